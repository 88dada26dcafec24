// DatasetSpec: the element_spec of a dataset-valued component (Dataset.window's elements), printed
// as TF does: `DatasetSpec(TensorSpec(shape=(), dtype=tf.int64, name=None), TensorShape([]))`.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { defineGetter, defineMethod } from '../../interpreter/builtins/define.js';
import { repr } from '../../interpreter/ops/text.js';
import { TensorShape } from '../tensor-shape.js';

const datasetSpecType = new PyType('DatasetSpec', [objectType], 'tensorflow.python.data.ops.dataset_ops');

/** The spec of a dataset-valued component. */
export class DatasetSpec implements PyObject {
  constructor(readonly elementSpec: PyValue) {}
  get cls(): PyType {
    return datasetSpecType;
  }
}

const datasetSpecRepr = (self: PyValue) => `DatasetSpec(${repr((self as DatasetSpec).elementSpec)}, TensorShape([]))`;
defineMethod(datasetSpecType, '__repr__', datasetSpecRepr);
defineMethod(datasetSpecType, '__str__', datasetSpecRepr);
defineGetter(datasetSpecType, 'element_spec', (self) => (self as DatasetSpec).elementSpec);
defineGetter(datasetSpecType, 'shape', () => new TensorShape([]));


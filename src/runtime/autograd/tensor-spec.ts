// tf.TensorSpec(shape, dtype=tf.float32, name=None): describes a tf.function argument.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { typeError } from '../../interpreter/objects/exceptions.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { repr } from '../../interpreter/ops/text.js';
import { DType, dtypeFromPy, dtypes } from '../dtypes.js';
import { TensorShape } from '../tensor-shape.js';
import { shapeStr } from '../printing/index.js';

export const tensorSpecType = new PyType('TensorSpec', [objectType], 'tensorflow.python.framework.tensor');

export class TensorSpec implements PyObject {
  constructor(
    readonly shape: (number | null)[] | null,
    readonly dtype: DType,
    readonly name: PyValue,
  ) {}
  get cls(): PyType {
    return tensorSpecType;
  }
}

const params = pyParams('TensorSpec', ['shape', 'dtype', 'name'], { dtype: dtypes.float32, name: null });

tensorSpecType.construct = (_cls, args, kwargs) => {
  const p = params(args, kwargs);
  let shape: (number | null)[] | null;
  if (p.shape === null) shape = null;
  else if (p.shape instanceof TensorShape) shape = p.shape.dims.slice();
  else shape = iterToArray(p.shape).map((d) => (d === null ? null : asIndex(d)));
  const dtype = dtypeFromPy(p.dtype);
  if (!dtype) throw typeError(`Cannot convert the argument \`type_value\`: ${repr(p.dtype)} to a TensorFlow DType.`);
  return new TensorSpec(shape, dtype, p.name);
};

const asSpec = (v: PyValue) => v as TensorSpec;
export const specText = (s: TensorSpec) => `TensorSpec(shape=${s.shape === null ? '<unknown>' : shapeStr(s.shape)}, dtype=tf.${s.dtype.name}, name=${repr(s.name)})`;
defineMethod(tensorSpecType, '__repr__', (self) => specText(asSpec(self)));
defineMethod(tensorSpecType, '__str__', (self) => specText(asSpec(self)));
defineGetter(tensorSpecType, 'shape', (self) => new TensorShape(asSpec(self).shape ?? []));
defineGetter(tensorSpecType, 'dtype', (self) => asSpec(self).dtype);
defineGetter(tensorSpecType, 'name', (self) => asSpec(self).name);

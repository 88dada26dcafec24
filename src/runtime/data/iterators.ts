// Python iterators over datasets: `iter(ds)` is TF's OwnedIterator (eager tensors, nests kept);
// `ds.as_numpy_iterator()` is a NumpyIterator yielding numpy values (bytes for strings).
import { PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { PyBaseException } from '../../interpreter/objects/exceptions.js';
import { defineGetter, defineMethod } from '../../interpreter/builtins/define.js';
import { callMethod } from '../../interpreter/ops/call.js';
import { PyIterator } from '../../interpreter/ops/iter.js';
import { repr } from '../../interpreter/ops/text.js';
import { tfErrorTypes } from '../errors.js';
import { CPU_DEVICE } from '../device.js';
import { Dataset } from './dataset.js';
import { leavesOf, mapNest } from './structure.js';
import { materialize } from './rows.js';

const ownedIteratorType = new PyType('OwnedIterator', [objectType], 'tensorflow.python.data.ops.iterator_ops');
const numpyIteratorType = new PyType('NumpyIterator', [objectType], 'tensorflow.python.data.ops.dataset_ops');

class OwnedIterator extends PyIterator {
  constructor(readonly dataset: Dataset) {
    const next = dataset.start();
    super(() => {
      const x = next();
      return x === undefined ? undefined : materialize(x);
    }, ownedIteratorType);
  }
}

class NumpyIterator extends PyIterator {
  constructor(readonly inner: OwnedIterator) {
    super(() => {
      const x = inner.next();
      return x === undefined ? undefined : mapNest(x, (t) => callMethod(t, 'numpy', [], null));
    }, numpyIteratorType);
  }
}

export const iterateDataset = (ds: Dataset): PyIterator => new OwnedIterator(ds);
export const numpyIterator = (ds: Dataset): PyIterator => new NumpyIterator(new OwnedIterator(ds));

defineMethod(ownedIteratorType, 'get_next', (self) => {
  const x = (self as OwnedIterator).next();
  if (x === undefined) {
    const outputs = leavesOf((self as OwnedIterator).dataset.spec).length;
    const node = `{{function_node __wrapped__IteratorGetNext_output_types_${outputs}_device_${CPU_DEVICE}}}`;
    throw new PyBaseException(tfErrorTypes.OutOfRangeError, [`${node} End of sequence [Op:IteratorGetNext] name: `]);
  }
  return x;
});
defineGetter(ownedIteratorType, 'element_spec', (self) => (self as OwnedIterator).dataset.spec);
defineMethod(numpyIteratorType, '__repr__', (self) => `NumpyIterator(iterator=${repr((self as NumpyIterator).inner as PyValue)})`);

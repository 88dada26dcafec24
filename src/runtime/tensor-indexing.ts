// Python indexing of tensors (`t[...]`) as TF's _slice_helper: ints (negative from the end),
// slices with steps, `...`, tf.newaxis/None, scalar int tensors, and tuples/lists of those become
// one StridedSlice; a bool mask (tensor or Python bool) becomes boolean_mask. Iteration walks dim 0.
import type { PyValue } from '../interpreter/objects/core.js';
import { typeError } from '../interpreter/objects/exceptions.js';
import { Ellipsis, PyList, PySlice, PyTuple } from '../interpreter/objects/values.js';
import { defineMethod } from '../interpreter/builtins/define.js';
import { repr } from '../interpreter/ops/text.js';
import { getIterator } from '../interpreter/ops/iter.js';
import { eagerTensorType, Tensor } from './tensor.js';
import { variableType } from './variable.js';
import { toTensor } from './convert.js';
import { NdArray } from './numpy-lite.js';
import { SparseSpec, stridedSlice } from './ops/shape-slice.js';
import { booleanMask } from './ops/shape-gather.js';

const SLICE_TYPE_ERROR =
  'Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar tf.int32/tf.int64 tensors are valid indices';

/** An index component as an int: Python ints/bools, or scalar int32/int64 tensors. */
function indexValue(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Tensor && v.rank === 0 && (v.dtype.name === 'int32' || v.dtype.name === 'int64')) return Number(v.values()[0]);
  throw typeError(`${SLICE_TYPE_ERROR}, got ${repr(v)}`);
}

export const isBoolMask = (v: PyValue): boolean =>
  typeof v === 'boolean' || ((v instanceof Tensor || v instanceof NdArray) && toTensor(v).dtype.name === 'bool');

/** Builds TF's sparse StridedSlice spec from a Python key. */
export function sliceSpecFromKey(key: PyValue): SparseSpec {
  const items = key instanceof PyTuple || key instanceof PyList ? key.items : [key];
  const spec: SparseSpec = { begin: [], end: [], strides: [], beginMask: 0, endMask: 0, ellipsisMask: 0, newAxisMask: 0, shrinkAxisMask: 0 };
  items.forEach((item, i) => {
    const b = 1 << i;
    if (item instanceof PySlice) {
      const step = item.step === null ? 1 : indexValue(item.step);
      if (item.start === null) spec.beginMask |= b;
      if (item.stop === null) spec.endMask |= b;
      spec.begin.push(item.start === null ? 0 : indexValue(item.start));
      spec.end.push(item.stop === null ? 0 : indexValue(item.stop));
      spec.strides.push(step);
      return;
    }
    if (item === Ellipsis) spec.ellipsisMask |= b;
    else if (item === null) spec.newAxisMask |= b;
    else {
      const idx = indexValue(item);
      spec.shrinkAxisMask |= b;
      spec.begin.push(idx);
      spec.end.push(idx + 1);
      spec.strides.push(1);
      return;
    }
    spec.begin.push(0);
    spec.end.push(0);
    spec.strides.push(1);
  });
  return spec;
}

export function getItem(x: Tensor, key: PyValue): Tensor {
  if (isBoolMask(key)) return booleanMask(x, toTensor(key), 0);
  return stridedSlice(x, sliceSpecFromKey(key));
}

defineMethod(eagerTensorType, '__getitem__', (self, args) => getItem(self as Tensor, args[0]));

function iterate(x: Tensor): PyValue {
  if (x.rank === 0) throw typeError('Cannot iterate over a scalar tensor.');
  const rows: Tensor[] = [];
  for (let i = 0; i < x.shape[0]; i++) rows.push(getItem(x, i));
  return getIterator(new PyList(rows));
}
defineMethod(eagerTensorType, '__iter__', (self) => iterate(self as Tensor));
defineMethod(variableType, '__iter__', (self) => iterate(toTensor(self)));

// Argument conversion shared by the tf.math functions: tensors with TF's eager dtype matching,
// axis lists, dtypes and plain numbers, each raising TF's Python error for bad input.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyFloat, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { typeError } from '../../interpreter/objects/exceptions.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { repr } from '../../interpreter/ops/text.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { DType, dtypeFromPy } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { isTensorLike, toOperandTensor, toTensor } from '../convert.js';

export const isTensorValue = (v: PyValue): boolean => v instanceof Tensor || isTensorLike(v);

/** Converts op arguments as TF's eager ops do (args_to_matching_eager): the first tensor decides
 *  the dtype of the Python values and numpy arrays next to it (toOperandTensor; `strict` as there),
 *  else the first value does. */
export function matchingTensors(values: PyValue[], strict = false): Tensor[] {
  const first = values.find(isTensorValue);
  let dtype: DType | null = first !== undefined ? toTensor(first).dtype : null;
  return values.map((v) => {
    if (isTensorValue(v)) return toTensor(v);
    if (dtype !== null) return toOperandTensor(v, dtype, strict);
    const t = toTensor(v);
    dtype = t.dtype;
    return t;
  });
}

/** An axis argument: None, an int, a list/tuple of ints, or an int tensor. */
export function axisList(v: PyValue): number[] | null {
  if (v === null) return null;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(asIndex);
  if (v instanceof Tensor) return Array.from(v.values() as ArrayLike<number | bigint>, Number);
  return [asIndex(v)];
}

export function dtypeOrNull(v: PyValue): DType | null {
  if (v === null) return null;
  const d = dtypeFromPy(v);
  if (!d) throw typeError(`Cannot convert the argument \`type_value\`: ${repr(v)} to a TensorFlow DType.`);
  return d;
}

/** A Python number or scalar tensor as a JS number. */
export function numberArg(v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number' || typeof v === 'boolean') return Number(v);
  if (typeof v === 'bigint') return Number(v);
  const t = toTensor(v);
  return Number(t.values()[0]);
}

export const isFloatValue = (v: PyValue): boolean =>
  v instanceof PyFloat || (isTensorValue(v) && toTensor(v).dtype.isFloating);

export const tensorList = (v: PyValue): Tensor[] => iterToArray(v).map((x) => toTensor(x));

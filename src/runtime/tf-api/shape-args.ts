// Argument conversion shared by the Python-facing shape/nn/image functions: shapes, axes, int lists
// and dtypes given as Python values, TensorShapes or tensors, and module registration.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { builtinFunction } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import type { DType } from '../dtypes.js';
import { dtypeOrNull } from './math-args.js';
import { Tensor } from '../tensor.js';
import { TensorShape } from '../tensor-shape.js';
import { isTensorLike, toTensor } from '../convert.js';
import { NdArray } from '../numpy-lite.js';

export type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

/** Sets functions on a module (tf, tf.nn, …), replacing earlier definitions of the same name. */
export function addFunctions(m: PyModule, fns: Record<string, Fn>): void {
  for (const [k, f] of Object.entries(fns)) m.dict.set(k, builtinFunction(k, f));
}

/** A submodule of tf, created on first use. */
export function submodule(tf: PyModule, attr: string, fullName: string): PyModule {
  const existing = tf.dict.get(attr);
  if (existing instanceof PyModule) return existing;
  const m = new PyModule(fullName);
  tf.dict.set(attr, m);
  return m;
}

export const isTensorValue = (v: PyValue): boolean => v instanceof Tensor || isTensorLike(v) || v instanceof NdArray;

/** A list of ints: Python int/list/tuple, TensorShape, or an int tensor (any rank, flattened). */
export function intList(v: PyValue): number[] {
  if (v instanceof TensorShape) return v.dims.map((d) => (d === null ? -1 : d));
  if (isTensorValue(v)) return Array.from(toTensor(v).values() as ArrayLike<number | bigint>, Number);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return [Number(v)];
  return iterToArray(v).map((x) => (isTensorValue(x) ? Number(toTensor(x).values()[0]) : asIndex(x)));
}

/** A nested int list (paddings): [[1, 2], [0, 0]] or a [n, 2] int tensor. */
export function pairList(v: PyValue): [number, number][] {
  if (isTensorValue(v)) {
    const t = toTensor(v);
    const flat = intList(t);
    return Array.from({ length: t.shape[0] ?? 0 }, (_, i) => [flat[2 * i], flat[2 * i + 1]] as [number, number]);
  }
  return iterToArray(v).map((row) => {
    const r = intList(row);
    return [r[0], r[1]] as [number, number];
  });
}

/** One int (axis), from an int or a scalar int tensor. */
export function intArg(v: PyValue): number {
  if (isTensorValue(v)) return Number(toTensor(v).values()[0]);
  return asIndex(v);
}

/** A dtype argument (DType or name), `fallback` for None; TF's TypeError otherwise. */
export function dtypeArg(v: PyValue, fallback: DType): DType {
  const d = dtypeOrNull(v);
  return d === null ? fallback : d;
}

/** Python sequences of tensors/values (concat, stack inputs). */
export function tensorList(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  return iterToArray(v);
}

// One rule for op operands across tf.*: the math functions' matching conversion.
export { matchingTensors } from './math-args.js';

// np.correlate and np.convolve as numpy's _pyarray_correlate computes them: each output is the
// dtype's dot product of the overlapping parts (for floats BLAS ddot/sdot, taken from linalg.ts's
// vector product), except that kernels of up to 11 floats run numpy's small_correlate, which adds
// the products left to right in the dtype itself.
import { PyValue } from '../../interpreter/objects/core.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { repr } from '../../interpreter/ops/text.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { NpTypedArray, np } from './dtype.js';
import { matmulArrays } from './linalg.js';
import { NdArray, castValues, makeArray } from './ndarray.js';
import { operandOrThrow, resultType } from './ufuncs.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

function modeOf(v: PyValue): number {
  if (typeof v === 'string') {
    const i = ['valid', 'same', 'full'].indexOf(v);
    if (i >= 0) return i;
    if (['v', 's', 'f'].includes(v)) throw valueError("Use one of 'valid', 'same', or 'full' for convolve/correlate mode");
    throw valueError(`mode must be one of 'valid', 'same', or 'full' (got ${repr(v)})`);
  }
  const m = typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : NaN;
  if (m !== 0 && m !== 1 && m !== 2) throw valueError('integer convolve/correlate mode must be 0, 1, or 2');
  return m;
}

function oneD(v: PyValue): { a: NdArray; op: ReturnType<typeof operandOrThrow> } {
  const op = operandOrThrow(v);
  if (op.arr.ndim > 1) throw valueError('object too deep for desired array');
  return { a: op.arr, op };
}

/** _pyarray_correlate: out[k] = sum_j x[k - left + j] * y[j] over the overlap. */
type Dot = ((x: NpTypedArray, y: NpTypedArray) => number) | null;
function correlateCore(x: NpTypedArray, y: NpTypedArray, mode: number, round: (v: number) => number, isBool: boolean, blasDot: Dot): Float64Array {
  const n1 = x.length;
  const n = y.length;
  let length = n1;
  let left = 0;
  let right = 0;
  if (mode === 0) length = n1 - n + 1;
  else if (mode === 1) { left = Math.floor(n / 2); right = n - left - 1; }
  else { left = right = n - 1; length = n1 + n - 1; }
  const out = new Float64Array(length);
  // The dtype's dot function: for floats the BLAS ddot/sdot that np.dot of two vectors uses.
  const dot = (xi: number, yi: number, count: number) => {
    if (blasDot) return blasDot(x.subarray(xi, xi + count), y.subarray(yi, yi + count));
    let s = 0;
    for (let j = 0; j < count; j++) s = isBool ? (s || (x[xi + j] && y[yi + j]) ? 1 : 0) : s + x[xi + j] * y[yi + j];
    return round(s);
  };
  // numpy's small_correlate (kernels up to 11 floats): sums in the dtype itself.
  const small = (xi: number) => {
    let s = 0;
    for (let j = 0; j < n; j++) s = round(s + round(x[xi + j] * y[j]));
    return s;
  };
  const center = !isBool && n <= 11 ? small : (xi: number) => dot(xi, 0, n);
  let o = 0;
  for (let i = 0; i < left; i++) out[o++] = dot(0, left - i, n - left + i);
  for (let i = 0; i < n1 - n + 1; i++) out[o++] = center(i);
  for (let i = 0; i < right; i++) out[o++] = dot(n1 - n + 1 + i, 0, n - 1 - i);
  return out;
}

function correlate(av: PyValue, vv: PyValue, modeArg: PyValue, convolve: boolean): NdArray {
  // correlate converts its mode before looking at the arrays; convolve checks them first.
  let mode = convolve ? 0 : modeOf(modeArg);
  const a = oneD(av);
  const v = oneD(vv);
  let x = a.a.ndim === 0 ? makeArray(a.a.dtype, [1], a.a.data) : a.a;
  let y = v.a.ndim === 0 ? makeArray(v.a.dtype, [1], v.a.data) : v.a;
  if (convolve) {
    if (x.size === 0) throw valueError('a cannot be empty');
    if (y.size === 0) throw valueError('v cannot be empty');
    if (y.size > x.size) [x, y] = [y, x];
    y = makeArray(y.dtype, [y.size], Array.from(y.data).reverse());
    mode = modeOf(modeArg);
  } else {
    if (x.size === 0) throw valueError('first array argument cannot be empty');
    if (y.size === 0) throw valueError('second array argument cannot be empty');
  }
  const t = resultType([a.op, v.op]);
  const inverted = x.size < y.size;
  if (inverted) [x, y] = [y, x];
  const round = t.kind === 'f' && t.itemsize <= 4 ? Math.fround : (z: number) => z;
  const blasDot: Dot = t.kind === 'f' && t.itemsize >= 4
    ? (u, v) => matmulArrays(new NdArray(t, [u.length], u), new NdArray(t, [v.length], v)).data[0]
    : null;
  const out = correlateCore(castValues(x.data, t), castValues(y.data, t), mode, round, t === np.bool, blasDot);
  if (inverted) out.reverse();
  return makeArray(t, [out.length], out);
}

const convolveParams = pyParams('convolve', ['a', 'v', 'mode'], { mode: 'full' });
const correlateParams = pyParams('correlate', ['a', 'v', 'mode'], { mode: 'valid' });
export const signalFunctions: Record<string, Fn> = {
  convolve: (args, kwargs) => {
    const p = convolveParams(args, kwargs);
    return correlate(p.a, p.v, p.mode, true);
  },
  correlate: (args, kwargs) => {
    const p = correlateParams(args, kwargs);
    return correlate(p.a, p.v, p.mode, false);
  },
};

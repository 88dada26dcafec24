// Products built on dot/matmul or on elementwise multiply, as numpy composes them: tensordot
// (transpose + reshape + dot), inner, vdot, kron (an outer product reshaped) and cross
// (a1*b2 - a2*b1 per component, each step rounded in the result dtype).
import { PyValue } from '../../interpreter/objects/core.js';
import { indexError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { np, promoteTypes } from './dtype.js';
import { NdArray, castValues, makeArray, numElements, wrapResult } from './ndarray.js';
import { applyBinary, multiply, operandOrThrow } from './ufuncs.js';
import { matmulArrays } from './linalg.js';
import { broadcastIndex, broadcastShapes } from './broadcast.js';
import { axisErrorType } from './errors.js';
import { PyBaseException } from '../../interpreter/objects/exceptions.js';
import * as S from './shape.js';
import { warnAtCaller } from './warn-at-caller.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const arr = (v: PyValue) => operandOrThrow(v).arr;
const prod = (xs: number[]) => xs.reduce((p, x) => p * x, 1);

function axesList(v: PyValue): number[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(asIndex);
  if (v instanceof NdArray) return Array.from(v.data);
  return [asIndex(v)];
}

/** np.tensordot: the summed axes moved to the end of a and the front of b, then one dot. */
export function tensordot(a: NdArray, b: NdArray, axes: PyValue): NdArray {
  let axesA: number[];
  let axesB: number[];
  if (axes instanceof PyList || axes instanceof PyTuple) {
    if (axes.items.length !== 2) throw valueError(`not enough values to unpack (expected 2, got ${axes.items.length})`);
    axesA = axesList(axes.items[0]);
    axesB = axesList(axes.items[1]);
  } else {
    const n = asIndex(axes);
    axesA = Array.from({ length: Math.max(0, n) }, (_, k) => k - n);
    axesB = Array.from({ length: Math.max(0, n) }, (_, k) => k);
  }
  if (new Set(axesA).size !== axesA.length || new Set(axesB).size !== axesB.length) throw valueError('duplicate axes are not allowed in tensordot');
  const dimOf = (s: number[], ax: number) => {
    const d = s[ax < 0 ? ax + s.length : ax];
    if (d === undefined) throw indexError('tuple index out of range');
    return d;
  };
  let equal = axesA.length === axesB.length;
  if (equal) {
    for (let k = 0; k < axesA.length; k++) {
      if (dimOf(a.shape, axesA[k]) !== dimOf(b.shape, axesB[k])) { equal = false; break; }
      if (axesA[k] < 0) axesA[k] += a.ndim;
      if (axesB[k] < 0) axesB[k] += b.ndim;
    }
  }
  if (!equal) throw valueError('shape-mismatch for sum');
  const notinA = a.shape.map((_, k) => k).filter((k) => !axesA.includes(k));
  const notinB = b.shape.map((_, k) => k).filter((k) => !axesB.includes(k));
  const n2 = prod(axesA.map((k) => a.shape[k]));
  const at = S.reshape(S.transpose(a, [...notinA, ...axesA]), [prod(notinA.map((k) => a.shape[k])), n2]);
  const bt = S.reshape(S.transpose(b, [...axesB, ...notinB]), [n2, prod(notinB.map((k) => b.shape[k]))]);
  const res = matmulArrays(at, bt);
  return S.reshape(res, [...notinA.map((k) => a.shape[k]), ...notinB.map((k) => b.shape[k])]);
}

/** np.inner: a sum over the last axes of both (a scalar product when either is 0-d). */
function inner(x: PyValue, y: PyValue): PyValue {
  const a = operandOrThrow(x);
  const b = operandOrThrow(y);
  if (a.arr.ndim === 0 || b.arr.ndim === 0) return wrapResult(applyBinary(multiply, a, b));
  const ka = a.arr.shape[a.arr.ndim - 1];
  const kb = b.arr.shape[b.arr.ndim - 1];
  if (ka !== kb) throw valueError('shapes ' + S.shapeText(a.arr.shape) + ' and ' + S.shapeText(b.arr.shape) + ` not aligned: ${ka} (dim ${a.arr.ndim - 1}) != ${kb} (dim ${b.arr.ndim - 1})`);
  return wrapResult(tensordot(a.arr, b.arr, new PyTuple([new PyList([-1]), new PyList([-1])])));
}

/** np.vdot: both flattened, then their dot product. */
function vdot(x: PyValue, y: PyValue): PyValue {
  const a = arr(x);
  const b = arr(y);
  if (a.size !== b.size) throw valueError('cannot reshape array of size ' + b.size + ' into shape (' + a.size + ',)');
  return wrapResult(matmulArrays(S.reshape(a, [a.size]), S.reshape(b, [b.size])));
}

/** np.kron: every product a[i]*b[j], laid out block by block. */
function kron(x: PyValue, y: PyValue): PyValue {
  const a = operandOrThrow(x);
  const b = operandOrThrow(y);
  const nd = Math.max(a.arr.ndim, b.arr.ndim);
  const pad = (s: number[]) => [...new Array<number>(nd - s.length).fill(1), ...s];
  const sa = pad(a.arr.shape);
  const sb = pad(b.arr.shape);
  // Interleave the axes: a's axis k becomes (sa[k], 1), b's (1, sb[k]); their product is the blocks.
  const av = S.reshape(a.arr, sa.flatMap((d) => [d, 1]));
  const bv = S.reshape(b.arr, sb.flatMap((d) => [1, d]));
  const p = applyBinary(multiply, { ...a, arr: av }, { ...b, arr: bv });
  return S.reshape(p, sa.map((d, k) => d * sb[k]));
}

const crossParams = pyParams('cross', ['a', 'b', 'axisa', 'axisb', 'axisc', 'axis'], { axisa: -1, axisb: -1, axisc: -1, axis: null });
const axisErr = (prefix: string, axis: number, ndim: number) =>
  new PyBaseException(axisErrorType, [`${prefix}: axis ${axis} is out of bounds for array of dimension ${ndim}`]);
function normAxis(prefix: string, axis: number, ndim: number): number {
  if (axis < -ndim || axis >= ndim) throw axisErr(prefix, axis, ndim);
  return axis < 0 ? axis + ndim : axis;
}
function moveToEnd(a: NdArray, axis: number): NdArray {
  const perm = a.shape.map((_, k) => k).filter((k) => k !== axis);
  return S.transpose(a, [...perm, axis]);
}

/** np.broadcast(a[..., 0], b[..., 0]).shape, with np.broadcast's error text. */
function crossLead(x: number[], y: number[]): number[] {
  try {
    return broadcastShapes(x, y);
  } catch {
    throw valueError(`shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ${S.shapeText(x)} and arg 1 with shape ${S.shapeText(y)}.`);
  }
}

/** np.cross with numpy's step-by-step rounding (product, product, difference). */
function cross(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = crossParams(args, kwargs);
  let [axa, axb, axc] = [p.axisa, p.axisb, p.axisc].map(asIndex);
  if (p.axis !== null) axa = axb = axc = asIndex(p.axis);
  let a = arr(p.a);
  let b = arr(p.b);
  if (a.ndim < 1 || b.ndim < 1) throw valueError('At least one array has zero dimension');
  a = moveToEnd(a, normAxis('axisa', axa, a.ndim));
  b = moveToEnd(b, normAxis('axisb', axb, b.ndim));
  const na = a.shape[a.ndim - 1];
  const nb = b.shape[b.ndim - 1];
  if (![2, 3].includes(na) || ![2, 3].includes(nb)) throw valueError('incompatible dimensions for cross product\n(dimension must be 2 or 3)');
  if (na === 2 || nb === 2) warnAtCaller('Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional vectors instead. (deprecated in NumPy 2.0)', 'DeprecationWarning');
  const t = promoteTypes(a.dtype, b.dtype);
  const lead = crossLead(a.shape.slice(0, -1), b.shape.slice(0, -1));
  const n = numElements(lead);
  const ma = broadcastIndex(a.shape.slice(0, -1), lead);
  const mb = broadcastIndex(b.shape.slice(0, -1), lead);
  const av = castValues(a.data, t);
  const bv = castValues(b.data, t);
  const comp = (v: ArrayLike<number>, len: number, m: Int32Array | number[] | null, i: number, k: number) => (k < len ? v[(m ? m[i] : i) * len + k] : 0);
  const r = (x: number) => castValues([x], t)[0];
  const three = na === 3 || nb === 3;
  if (three) normAxis('axisc', axc, lead.length + 1);
  const out = new Float64Array(n * (three ? 3 : 1));
  const mul = (x: number, y: number) => r(x * y);
  const sub = (x: number, y: number) => r(x - y);
  for (let i = 0; i < n; i++) {
    const [a0, a1, a2] = [0, 1, 2].map((k) => comp(av, na, ma as Int32Array | null, i, k));
    const [b0, b1, b2] = [0, 1, 2].map((k) => comp(bv, nb, mb as Int32Array | null, i, k));
    if (!three) { out[i] = sub(mul(a0, b1), mul(a1, b0)); continue; }
    // Components a 2-vector lacks are not computed with zeros: numpy negates or copies a product.
    out[i * 3] = nb === 2 ? r(-mul(a2, b1)) : na === 2 ? mul(a1, b2) : sub(mul(a1, b2), mul(a2, b1));
    out[i * 3 + 1] = nb === 2 ? mul(a2, b0) : na === 2 ? r(-mul(a0, b2)) : sub(mul(a2, b0), mul(a0, b2));
    out[i * 3 + 2] = sub(mul(a0, b1), mul(a1, b0));
  }
  let res = makeArray(t.kind === 'b' ? np.bool : t, three ? [...lead, 3] : lead, out);
  if (three) {
    const c = normAxis('axisc', axc, res.ndim);
    if (c !== res.ndim - 1) {
      const perm = res.shape.map((_, k) => k).slice(0, -1);
      perm.splice(c, 0, res.ndim - 1);
      res = S.transpose(res, perm);
    }
  }
  // A 2-vector cross product stays a 0-d array (numpy writes into an allocated array).
  return res;
}

const tensordotParams = pyParams('tensordot', ['a', 'b', 'axes'], { axes: 2 });
export const productFunctions: Record<string, Fn> = {
  tensordot: (args, kwargs) => {
    const p = tensordotParams(args, kwargs);
    return wrapResult(tensordot(arr(p.a), arr(p.b), p.axes));
  },
  inner: (args) => inner(args[0], args[1]),
  vdot: (args) => vdot(args[0], args[1]),
  kron: (args) => kron(args[0], args[1]),
  cross,
};

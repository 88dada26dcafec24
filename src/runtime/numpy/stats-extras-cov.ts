// np.cov and np.corrcoef as numpy's Python code computes them: rows centred by their mean, the
// product X @ X.T through dot (the BLAS product of linalg.ts), scaled by 1/fact, then (corrcoef)
// divided by the standard deviations row- and column-wise and clipped to [-1, 1].
import { PyValue } from '../../interpreter/objects/core.js';
import { excType, PyBaseException, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { dtypeArg, np, promoteTypes } from './dtype.js';
import { NdArray, makeArray, pyNumber, wrapResult } from './ndarray.js';
import { operandOrThrow, resultType } from './ufuncs.js';
import { matmulArrays } from './linalg.js';
import * as R from './reductions.js';
import * as S from './shape.js';
import { warnAtCaller } from './warn-at-caller.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const runtimeError = (msg: string) => new PyBaseException(excType('RuntimeError'), [msg]);

function weightsArg(v: PyValue, n: number, name: string): Float64Array {
  const w = makeArray(np.float64, operandOrThrow(v).arr.shape, operandOrThrow(v).arr.data);
  if (name === 'fweights' && !w.data.every((x) => x === Math.round(x))) throw typeError('fweights must be integer');
  if (w.ndim > 1) throw runtimeError(`cannot handle multidimensional ${name}`);
  if (w.shape[0] !== n) throw runtimeError(`incompatible numbers of samples and ${name}`);
  if (w.data.some((x) => x < 0)) throw valueError(`${name} cannot be negative`);
  return w.data as Float64Array;
}

const covParams = pyParams('cov', ['m', 'y', 'rowvar', 'bias', 'ddof', 'fweights', 'aweights'], { y: null, rowvar: true, bias: false, ddof: null, fweights: null, aweights: null, dtype: null }, ['dtype']);

export function cov(args: PyValue[], kwargs: Kwargs): NdArray {
  const p = covParams(args, kwargs);
  if (p.ddof !== null && pyNumber(p.ddof) !== Math.trunc(pyNumber(p.ddof))) throw valueError('ddof must be integer');
  const m = operandOrThrow(p.m);
  if (m.arr.ndim > 2) throw valueError('m has more than 2 dimensions');
  const y = p.y === null ? null : operandOrThrow(p.y);
  if (y && y.arr.ndim > 2) throw valueError('y has more than 2 dimensions');
  const rowvar = isTruthy(p.rowvar);
  const f64 = operandOrThrow(makeArray(np.float64, [], [0]));
  const dtype = dtypeArg(p.dtype) ?? resultType(y ? [m, y, f64] : [m, f64]);
  let X = S.atLeast2d(makeArray(dtype, m.arr.shape.slice(), m.arr.data));
  if (!rowvar && m.arr.ndim !== 1) X = S.transpose(X, [1, 0]);
  if (X.shape[0] === 0) return makeArray(np.float64, [0, 0], []);
  if (y) {
    let Y = S.atLeast2d(makeArray(dtype, y.arr.shape.slice(), y.arr.data));
    if (!rowvar && Y.shape[0] !== 1) Y = S.transpose(Y, [1, 0]);
    X = S.concatenate([X, Y], 0);
  }
  const ddof = p.ddof !== null ? pyNumber(p.ddof) : isTruthy(p.bias) ? 0 : 1;
  const [rows, n] = X.shape;
  let w: Float64Array | null = p.fweights === null ? null : weightsArg(p.fweights, n, 'fweights');
  const aw = p.aweights === null ? null : weightsArg(p.aweights, n, 'aweights');
  if (aw) w = w ? w.map((x, i) => x * aw[i]) : aw;
  const t = X.dtype;
  const r = t === np.float32 ? Math.fround : (v: number) => v;
  let avg: ArrayLike<number>;
  let wSum = n;
  if (w === null) avg = R.mean(X, [1], false).data;
  else {
    // np.average: (X * w).sum(axis=1) / w.sum(), in the result dtype.
    const wt = promoteTypes(t, np.float64);
    const scl = R.sum(makeArray(wt, [1, n], w), [1], false).data[0];
    const prod = makeArray(wt, [rows, n], Array.from(X.data, (x, i) => x * w![i % n]));
    avg = Array.from(R.sum(prod, [1], false).data, (s) => s / scl);
    wSum = scl;
  }
  let fact: number;
  if (w === null) fact = n - ddof;
  else if (ddof === 0) fact = wSum;
  else if (aw === null) fact = wSum - ddof;
  else {
    let s = 0;
    for (let i = 0; i < n; i++) s += w[i] * aw[i];
    fact = wSum - (ddof * s) / wSum;
  }
  if (fact <= 0) {
    warnAtCaller('Degrees of freedom <= 0 for slice', 'RuntimeWarning');
    fact = 0.0;
  }
  const centred = makeArray(t, [rows, n], Array.from(X.data, (x, i) => r(x - avg[Math.floor(i / n)])));
  const right = w === null ? centred : makeArray(t, [rows, n], Array.from(centred.data, (x, i) => r(x * w![i % n])));
  const c = matmulArrays(centred, S.transpose(right, [1, 0]));
  const scale = 1 / fact;
  const out = makeArray(c.dtype, c.shape, Array.from(c.data, (v) => r(v * scale)));
  return S.squeeze(out, null);
}

const corrParams = pyParams('corrcoef', ['x', 'y', 'rowvar'], { y: null, rowvar: true, dtype: null }, ['dtype']);
function corrcoef(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = corrParams(args, kwargs);
  const kw: Kwargs = new Map([['dtype', p.dtype]]);
  const c = cov([p.x, p.y, p.rowvar], kw);
  const r = c.dtype === np.float32 ? Math.fround : (v: number) => v;
  if (c.ndim !== 2) return wrapResult(makeArray(c.dtype, c.shape, Array.from(c.data, (v) => r(v / v))));
  const n = c.shape[0];
  const sd = Array.from({ length: n }, (_, i) => r(Math.sqrt(c.data[i * n + i])));
  const out = Array.from(c.data, (v, k) => {
    const x = r(r(v / sd[Math.floor(k / n)]) / sd[k % n]);
    return Number.isNaN(x) ? x : Math.min(1, Math.max(-1, x));
  });
  return makeArray(c.dtype, c.shape, out);
}

export const covFunctions: Record<string, Fn> = { cov: (args, kwargs) => cov(args, kwargs), corrcoef };

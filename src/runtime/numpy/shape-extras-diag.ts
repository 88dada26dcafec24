// Diagonals and triangles: diagonal, diagflat, tri/tril/triu, the *_indices helpers and
// fill_diagonal (which writes into its argument).
import type { PyValue } from '../../interpreter/objects/core.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { PyTuple } from '../../interpreter/objects/values.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { dtypeArg, np } from './dtype.js';
import { NdArray, castValues, makeArray, numpyStrides, withStrides, writeBack } from './ndarray.js';
import { stridesOf } from '../ops/index-map.js';
import { arr, normAxis, stridedOffsets, viewAt } from './shape-extras-util.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

export function diagonal(a: NdArray, offset: number, axis1: number, axis2: number): NdArray {
  if (a.ndim < 2) throw valueError('diag requires an array of at least two dimensions');
  const x = normAxis(axis1, a.ndim, 'axis1');
  const y = normAxis(axis2, a.ndim, 'axis2');
  if (x === y) throw valueError('axis1 and axis2 cannot be the same');
  const st = stridesOf(a.shape);
  const [n1, n2] = [a.shape[x], a.shape[y]];
  const len = Math.max(0, offset >= 0 ? Math.min(n1, n2 - offset) : Math.min(n1 + offset, n2));
  const start = len === 0 ? 0 : offset >= 0 ? offset * st[y] : -offset * st[x];
  const rest = a.shape.map((_, i) => i).filter((i) => i !== x && i !== y);
  const shape = [...rest.map((i) => a.shape[i]), len];
  // numpy's result is a read-only view stepping along both axes at once.
  const source = numpyStrides(a);
  const view = viewAt(a, shape, stridedOffsets(shape, [...rest.map((i) => st[i]), st[x] + st[y]], start));
  withStrides(view, [...rest.map((i) => source[i]), source[x] + source[y]]).writeable = false;
  return view;
}

function diagflat(v: NdArray, k: number): NdArray {
  const n = v.size + Math.abs(k);
  const out = new v.dtype.Storage(n * n);
  for (let i = 0; i < v.size; i++) out[(k >= 0 ? i : i - k) * n + (k >= 0 ? i + k : i)] = v.data[i];
  return new NdArray(v.dtype, [n, n], out);
}

/** The n×m mask of tri: 1 where j <= i + k. */
function triMask(n: number, m: number, k: number): Uint8Array {
  const out = new Uint8Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m && j <= i + k; j++) out[i * m + j] = 1;
  return out;
}

/** tril (keep j <= i + k) or triu (keep j >= i + k) over the last two axes. */
function triangle(a: NdArray, k: number, lower: boolean): NdArray {
  const src = a.ndim >= 2 ? a : null;
  const [n, m] = src ? a.shape.slice(-2) : [a.size, a.size];
  const mask = triMask(n, m, lower ? k : k - 1);
  const shape = src ? a.shape.slice() : [n, m];
  const out = new a.dtype.Storage(n * m * (src ? a.size / Math.max(n * m, 1) : 1));
  for (let i = 0; i < out.length; i++) {
    const cell = i % (n * m);
    const keep = lower ? mask[cell] === 1 : mask[cell] === 0;
    if (keep) out[i] = src ? a.data[i] : a.data[cell % m];
  }
  return new NdArray(a.dtype, shape, out);
}

function triIndices(n: number, k: number, m: number, lower: boolean): PyValue {
  const rows: number[] = [];
  const cols: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (lower ? j <= i + k : j >= i + k) {
        rows.push(i);
        cols.push(j);
      }
    }
  }
  return new PyTuple([makeArray(np.int64, [rows.length], rows), makeArray(np.int64, [cols.length], cols)]);
}

function diagIndices(n: number, ndim: number): PyValue {
  const idx = Array.from({ length: n }, (_, i) => i);
  return new PyTuple(Array.from({ length: ndim }, () => makeArray(np.int64, [n], idx)));
}

function fillDiagonal(a: NdArray, val: NdArray, wrap: boolean): void {
  if (a.ndim < 2) throw valueError('array must be at least 2-d');
  let step: number;
  let end = a.size;
  if (a.ndim === 2) {
    step = a.shape[1] + 1;
    if (!wrap) end = Math.min(a.size, a.shape[1] * a.shape[1]);
  } else {
    if (a.shape.some((s) => s !== a.shape[0])) throw valueError('All dimensions of input must be of equal length');
    step = 1 + stridesOf(a.shape).slice(0, -1).reduce((x, y) => x + y, 0);
  }
  const vals = castValues(val.data, a.dtype);
  if (vals.length === 0) return;
  for (let i = 0, k = 0; i < end; i += step, k++) a.data[i] = vals[k % vals.length];
  writeBack(a);
}

const diagonalParams = pyParams('diagonal', ['a', 'offset', 'axis1', 'axis2'], { offset: 0, axis1: 0, axis2: 1 });
const diagflatParams = pyParams('diagflat', ['v', 'k'], { k: 0 });
const triParams = pyParams('tri', ['N', 'M', 'k', 'dtype'], { M: null, k: 0, dtype: np.float64, like: null }, ['like']);
const trilParams = pyParams('tril', ['m', 'k'], { k: 0 });
const triuParams = pyParams('triu', ['m', 'k'], { k: 0 });
const idxParams = (name: string) => pyParams(name, ['n', 'k', 'm'], { k: 0, m: null });
const fromParams = (name: string) => pyParams(name, ['arr', 'k'], { k: 0 });
const diagIdxParams = pyParams('diag_indices', ['n', 'ndim'], { ndim: 2 });
const fillParams = pyParams('fill_diagonal', ['a', 'val', 'wrap'], { wrap: false });

function indicesFn(name: string, lower: boolean): Fn {
  const params = idxParams(name);
  return (args, kwargs) => {
    const p = params(args, kwargs);
    const n = asIndex(p.n);
    return triIndices(n, asIndex(p.k), p.m === null ? n : asIndex(p.m), lower);
  };
}
function indicesFromFn(name: string, lower: boolean): Fn {
  const params = fromParams(name);
  return (args, kwargs) => {
    const p = params(args, kwargs);
    const a = arr(p.arr);
    if (a.ndim !== 2) throw valueError('input array must be 2-d');
    return triIndices(a.shape[0], asIndex(p.k), a.shape[1], lower);
  };
}

export const diagFunctions: Record<string, Fn> = {
  diagonal: (args, kwargs) => {
    const p = diagonalParams(args, kwargs);
    return diagonal(arr(p.a), asIndex(p.offset), asIndex(p.axis1), asIndex(p.axis2));
  },
  diagflat: (args, kwargs) => {
    const p = diagflatParams(args, kwargs);
    return diagflat(arr(p.v), asIndex(p.k));
  },
  tri: (args, kwargs) => {
    const p = triParams(args, kwargs);
    const n = asIndex(p.N);
    const m = p.M === null ? n : asIndex(p.M);
    return makeArray(dtypeArg(p.dtype) ?? np.float64, [n, m], triMask(n, m, asIndex(p.k)));
  },
  tril: (args, kwargs) => {
    const p = trilParams(args, kwargs);
    return triangle(arr(p.m), asIndex(p.k), true);
  },
  triu: (args, kwargs) => {
    const p = triuParams(args, kwargs);
    return triangle(arr(p.m), asIndex(p.k), false);
  },
  tril_indices: indicesFn('tril_indices', true),
  triu_indices: indicesFn('triu_indices', false),
  tril_indices_from: indicesFromFn('tril_indices_from', true),
  triu_indices_from: indicesFromFn('triu_indices_from', false),
  diag_indices: (args, kwargs) => {
    const p = diagIdxParams(args, kwargs);
    return diagIndices(asIndex(p.n), asIndex(p.ndim));
  },
  diag_indices_from: (args) => {
    const a = arr(args[0]);
    if (a.ndim < 2) throw valueError('input array must be at least 2-d');
    if (a.shape.some((s) => s !== a.shape[0])) throw valueError('All dimensions of input must be of equal length');
    return diagIndices(a.shape[0], a.ndim);
  },
  fill_diagonal: (args, kwargs) => {
    const p = fillParams(args, kwargs);
    fillDiagonal(arr(p.a), arr(p.val), isTruthy(p.wrap));
    return null;
  },
};

// Further array functions scripts reach for: tile, outer, diag, flip, roll, column_stack,
// count_nonzero, median, pad (constant) and numpy.linalg's module (norm is linalg-norm.ts; the
// splits, repeat, take and trace live in shape-extras*.ts, percentile in math-extras-quantile.ts).
import { norm } from './linalg-norm.js';
import { PyValue } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { builtinFunction, pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { np } from './dtype.js';
import { NdArray, makeArray, numElements, pyNumber, wrapResult } from './ndarray.js';
import { applyBinary, multiply, operandOrThrow } from './ufuncs.js';
import { normalizeAxis } from './errors.js';
import { axisArg } from './reduce-api.js';
import { sortArray } from './sorting.js';
import { permute } from './reductions.js';
import * as S from './shape.js';
import * as R from './reductions.js';
import * as LU from './linalg-lu.js';
import { stridesOf } from '../ops/index-map.js';
import { linalgExtraFunctions } from './linalg-extras.js';
import { flipView } from './shape-extras-axes.js';
import { diagonal } from './shape-extras-diag.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const arr = (v: PyValue) => operandOrThrow(v).arr;

/** Builds an array of `shape` whose element at multi-index idx is a.data[source(idx)]. */
function gather(a: NdArray, shape: number[], source: (idx: number[]) => number): NdArray {
  const n = numElements(shape);
  const out = new a.dtype.Storage(n);
  const idx = new Array<number>(shape.length).fill(0);
  for (let k = 0; k < n; k++) {
    out[k] = a.data[source(idx)];
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return new NdArray(a.dtype, shape, out);
}

function tile(a: NdArray, reps: number[]): NdArray {
  const nd = Math.max(a.ndim, reps.length);
  const shape = [...new Array<number>(nd - a.ndim).fill(1), ...a.shape];
  const r = [...new Array<number>(nd - reps.length).fill(1), ...reps];
  const src = S.reshape(a, shape);
  const st = stridesOf(shape);
  return gather(src, shape.map((s, i) => s * r[i]), (idx) => idx.reduce((off, x, i) => off + (x % shape[i]) * st[i], 0));
}


/** np.flip: a view with the axes reversed (negative strides in numpy). */
function flip(a: NdArray, axes: number[] | null): NdArray {
  return flipView(a, axes === null ? a.shape.map((_, i) => i) : axes.map((x) => normalizeAxis(x, a.ndim)));
}

function roll(a: NdArray, shift: number, axis: number | null): NdArray {
  if (axis === null) return S.reshape(roll(S.reshape(a, [a.size]), shift, 0), a.shape.slice());
  const ax = normalizeAxis(axis, a.ndim);
  const st = stridesOf(a.shape);
  const len = a.shape[ax];
  return gather(a, a.shape.slice(), (idx) => idx.reduce((off, x, i) => off + (i === ax ? (((x - shift) % len) + len) % len : x) * st[i], 0));
}


/** The middle element, or the mean of the two middle ones, of each sorted lane (as np.median). */
function median(a: NdArray, axis: number | null): NdArray {
  const src = axis === null ? S.reshape(a, [a.size]) : a;
  const ax = axis === null ? 0 : normalizeAxis(axis, a.ndim);
  const sorted = sortArray(src, ax, false);
  const moved = permute(sorted.data, sorted.shape, [...sorted.shape.keys()].filter((i) => i !== ax).concat([ax]));
  const len = sorted.shape[ax];
  const outer = sorted.size / Math.max(len, 1);
  const t = a.dtype.isFloat ? a.dtype : np.float64;
  const r = t.name === 'float64' ? (x: number) => x : Math.fround;
  const out = new Float64Array(outer);
  for (let o = 0; o < outer; o++) {
    const lo = moved[o * len + Math.floor((len - 1) / 2)];
    const hi = moved[o * len + Math.floor(len / 2)];
    out[o] = len % 2 ? lo : r(r(lo + hi) / 2);
  }
  return makeArray(t, sorted.shape.filter((_, i) => i !== ax), out);
}

const countParams = pyParams('count_nonzero', ['a', 'axis'], { axis: null, keepdims: false }, ['keepdims']);
const diagParams = pyParams('diag', ['v', 'k'], { k: 0 });
const medianParams = pyParams('median', ['a', 'axis'], { axis: null });
const rollParams = pyParams('roll', ['a', 'shift', 'axis'], { axis: null });
const flipParams = pyParams('flip', ['m', 'axis'], { axis: null });
const padParams = pyParams('pad', ['array', 'pad_width', 'mode', 'constant_values'], { mode: 'constant', constant_values: 0 });

function pad(a: NdArray, width: PyValue, value: number): NdArray {
  let pairs: number[][];
  const w = arr(width);
  if (w.size === 1) pairs = a.shape.map(() => [w.data[0], w.data[0]]);
  else if (w.ndim === 1 && w.size === 2) pairs = a.shape.map(() => [w.data[0], w.data[1]]);
  else pairs = a.shape.map((_, i) => [w.data[i * 2], w.data[i * 2 + 1]]);
  const shape = a.shape.map((s, i) => s + pairs[i][0] + pairs[i][1]);
  const out = makeArray(a.dtype, shape, new Float64Array(numElements(shape)).fill(value));
  const st = stridesOf(a.shape);
  const ost = stridesOf(shape);
  const idx = new Array<number>(a.ndim).fill(0);
  for (let k = 0; k < a.size; k++) {
    out.data[idx.reduce((off, x, i) => off + (x + pairs[i][0]) * ost[i], 0)] = a.data[idx.reduce((off, x, i) => off + x * st[i], 0)];
    for (let d = a.ndim - 1; d >= 0; d--) {
      if (++idx[d] < a.shape[d]) break;
      idx[d] = 0;
    }
  }
  return out;
}

export const moreFunctions: Record<string, Fn> = {
  tile: (args) => tile(arr(args[0]), S.shapeArg(args[1])),
  outer: (args) => {
    const a = arr(args[0]);
    const b = arr(args[1]);
    const x = S.reshape(a, [a.size, 1]);
    const y = S.reshape(b, [1, b.size]);
    return applyBinary(multiply, operandOrThrow(x), operandOrThrow(y));
  },
  diag: (args, kwargs) => {
    const p = diagParams(args, kwargs);
    const a = arr(p.v);
    const k = asIndex(p.k);
    if (a.ndim === 1) {
      const n = a.size + Math.abs(k);
      const out = makeArray(a.dtype, [n, n], new Float64Array(n * n));
      for (let i = 0; i < a.size; i++) out.data[(i + Math.max(-k, 0)) * n + i + Math.max(k, 0)] = a.data[i];
      return out;
    }
    if (a.ndim !== 2) throw valueError('Input must be 1- or 2-d.');
    return diagonal(a, k, 0, 1);  // numpy's read-only view
  },
  count_nonzero: (args, kwargs) => {
    const p = countParams(args, kwargs);
    const a = arr(p.a);
    const ones = makeArray(np.int64, a.shape, Array.from(a.data, (v) => (v !== 0 ? 1 : 0)));
    return wrapResult(R.sum(ones, axisArg(p.axis), p.keepdims === true));
  },
  flip: (args, kwargs) => {
    const p = flipParams(args, kwargs);
    return flip(arr(p.m), axisArg(p.axis));
  },
  fliplr: (args) => flip(arr(args[0]), [1]),
  flipud: (args) => flip(arr(args[0]), [0]),
  roll: (args, kwargs) => {
    const p = rollParams(args, kwargs);
    return roll(arr(p.a), asIndex(p.shift), p.axis === null ? null : asIndex(p.axis));
  },
  column_stack: (args) => S.concatenate(S.arraysArg(args[0]).map((a) => (a.ndim < 2 ? S.reshape(a, [a.size, 1]) : a)), 1),
  median: (args, kwargs) => {
    const p = medianParams(args, kwargs);
    return wrapResult(median(arr(p.a), p.axis === null ? null : asIndex(p.axis)));
  },
  pad: (args, kwargs) => {
    const p = padParams(args, kwargs);
    if (p.mode !== 'constant') throw valueError(`tfts: np.pad mode '${String(p.mode)}' is not supported`);
    return pad(arr(p.array), p.pad_width, pyNumber(p.constant_values));
  },
};

export function createLinalgModule(): PyModule {
  const m = new PyModule('numpy.linalg');
  m.dict.set('norm', builtinFunction('norm', norm));  // linalg-norm.ts
  for (const [name, fn] of Object.entries({ inv: LU.inv, det: LU.det, slogdet: LU.slogdet, solve: LU.solve })) m.dict.set(name, builtinFunction(name, fn));
  for (const [name, fn] of Object.entries(linalgExtraFunctions)) m.dict.set(name, builtinFunction(name, fn));
  m.dict.set('LinAlgError', LU.linAlgErrorType);
  return m;
}

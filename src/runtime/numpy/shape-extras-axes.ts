// Axis moves (swapaxes, moveaxis, rollaxis, rot90), broadcasting to a shape, atleast_Nd,
// dstack and the h/v/d splits. Results that numpy returns as views write back into their base.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyBaseException, typeError, valueError, zeroDivisionError } from '../../interpreter/objects/exceptions.js';
import { axisErrorType } from './errors.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { NdArray, numpyStrides, sharedView, withStrides } from './ndarray.js';
import * as S from './shape.js';
import { broadcastIndex } from './broadcast.js';
import { stridesOf } from '../ops/index-map.js';
import { arr, intList, isSeq, normAxis, permutedView, stridedOffsets, viewAt } from './shape-extras-util.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

export function swapaxes(a: NdArray, ax1: number, ax2: number): NdArray {
  const i = normAxis(ax1, a.ndim, 'axis1');
  const j = normAxis(ax2, a.ndim, 'axis2');
  const perm = a.shape.map((_, k) => k);
  [perm[i], perm[j]] = [perm[j], perm[i]];
  return permutedView(a, perm);
}

function normAxes(v: PyValue, ndim: number, what: string): number[] {
  const axes = intList(v).map((x) => normAxis(x, ndim, what));
  if (new Set(axes).size !== axes.length) throw valueError(`repeated axis in \`${what}\` argument`);
  return axes;
}

export function moveaxis(a: NdArray, source: PyValue, destination: PyValue): NdArray {
  const src = normAxes(source, a.ndim, 'source');
  const dst = normAxes(destination, a.ndim, 'destination');
  if (src.length !== dst.length) throw valueError('`source` and `destination` arguments must have the same number of elements');
  const order = a.shape.map((_, k) => k).filter((k) => !src.includes(k));
  [...dst.map((d, i) => [d, src[i]])].sort((x, y) => x[0] - y[0]).forEach(([d, s]) => order.splice(d, 0, s));
  return permutedView(a, order);
}

function rollaxis(a: NdArray, axis: number, start: number): NdArray {
  const n = a.ndim;
  const ax = normAxis(axis, n);
  let st = start;
  if (st < 0) st += n;
  // numpy reports the start after adding ndim to a negative one.
  if (!(st >= 0 && st < n + 1)) throw new PyBaseException(axisErrorType, [`'start' arg requires ${-n} <= start < ${n + 1}, but ${st} was passed in`]);
  if (ax < st) st -= 1;
  if (ax === st) return permutedView(a, a.shape.map((_, k) => k));
  const order = a.shape.map((_, k) => k).filter((k) => k !== ax);
  order.splice(st, 0, ax);
  return permutedView(a, order);
}

/** a reversed along `axes` as a strided view. */
export function flipView(a: NdArray, axes: number[]): NdArray {
  const st = stridesOf(a.shape);
  let start = 0;
  const strides = st.map((s, d) => {
    if (!axes.includes(d)) return s;
    start += (a.shape[d] - 1) * s;
    return -s;
  });
  const source = numpyStrides(a);
  return withStrides(viewAt(a, a.shape.slice(), stridedOffsets(a.shape, strides, start)), source.map((s, d) => (axes.includes(d) ? -s : s)));
}

function rot90(m: NdArray, k: number, axesV: PyValue): NdArray {
  const axes = intList(axesV);
  if (axes.length !== 2) throw valueError('len(axes) must be 2.');
  const [a0, a1] = axes;
  if (a0 === a1 || Math.abs(a0 - a1) === m.ndim) throw valueError('Axes must be different.');
  if (a0 >= m.ndim || a0 < -m.ndim || a1 >= m.ndim || a1 < -m.ndim) {
    throw valueError(`Axes=(${a0}, ${a1}) out of range for array of ndim=${m.ndim}.`);
  }
  const kk = ((k % 4) + 4) % 4;
  const [x, y] = [a0 < 0 ? a0 + m.ndim : a0, a1 < 0 ? a1 + m.ndim : a1];
  if (kk === 0) return withStrides(viewAt(m, m.shape.slice(), stridedOffsets(m.shape, stridesOf(m.shape), 0)), m.npStrides);
  if (kk === 2) return flipView(m, [x, y]);
  const perm = m.shape.map((_, i) => i);
  [perm[x], perm[y]] = [perm[y], perm[x]];
  // Compose flip then transpose (k=1) or transpose then flip (k=3) as one strided view of m.
  const st = stridesOf(m.shape);
  let start = 0;
  const flipAxis = kk === 1 ? y : x;
  const fst = st.map((s, d) => {
    if (d !== flipAxis) return s;
    start += (m.shape[d] - 1) * s;
    return -s;
  });
  const shape = perm.map((p) => m.shape[p]);
  const source = numpyStrides(m).map((s, d) => (d === flipAxis ? -s : s));
  return withStrides(viewAt(m, shape, stridedOffsets(shape, perm.map((p) => fst[p]), start)), perm.map((p) => source[p]));
}

const shapeTxt = (s: number[]) => `(${s.join(',')}${s.length === 1 ? ',' : ''})`;

export function broadcastTo(a: NdArray, shape: number[]): NdArray {
  if (shape.some((s) => s < 0)) throw valueError('all elements of broadcast shape must be non-negative');
  if (a.ndim > shape.length) throw valueError('input operand has more dimensions than allowed by the axis remapping');
  const ok = a.shape.every((s, i) => s === 1 || s === shape[shape.length - a.ndim + i]);
  if (!ok) {
    throw valueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeTxt(a.shape)}  and requested shape ${shapeTxt(shape)}`);
  }
  const map = broadcastIndex(a.shape, shape);
  const offsets = map ? Float64Array.from(map) : stridedOffsets(shape, stridesOf(shape), 0);
  // numpy's result is a read-only view: stride 0 along the broadcast axes.
  const source = numpyStrides(a);
  const strides = shape.map((s, d) => {
    const i = d - (shape.length - a.ndim);
    return i < 0 || (a.shape[i] === 1 && s !== 1) ? 0 : source[i];
  });
  const r = withStrides(viewAt(a, shape.slice(), offsets), strides);
  r.npBase = a.npBase ?? a;
  r.writeable = false;
  return r;
}

function broadcastArrays(xs: NdArray[]): PyValue {
  const rank = Math.max(0, ...xs.map((x) => x.ndim));
  const shape = new Array<number>(rank).fill(1);
  const owner = new Array<number>(rank).fill(-1);
  xs.forEach((x, k) => {
    x.shape.forEach((s, i) => {
      const j = rank - x.ndim + i;
      if (s === 1 || s === shape[j]) return;
      if (shape[j] !== 1) {
        throw valueError(
          `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${owner[j]} with shape ${shapeTxt(xs[owner[j]].shape)} and arg ${k} with shape ${shapeTxt(x.shape)}.`,
        );
      }
      shape[j] = s;
      owner[j] = k;
    });
  });
  return new PyTuple(xs.map((x) => broadcastTo(x, shape)));
}

export const atLeast3d = (a: NdArray): NdArray =>
  a.ndim === 0 ? S.reshape(a, [1, 1, 1]) : a.ndim === 1 ? S.reshape(a, [1, a.shape[0], 1]) : a.ndim === 2 ? S.reshape(a, [...a.shape, 1]) : a;

/** atleast_Nd(*arys): one array for one argument, else a tuple. */
function atLeast(f: (a: NdArray) => NdArray): Fn {
  return (args) => {
    const out = args.map((v) => f(arr(v)));
    return out.length === 1 ? out[0] : new PyTuple(out);
  };
}

/** np.split's pieces as views of a along `axis`. */
export function splitViews(a: NdArray, sections: PyValue, axis: number, strict: boolean): PyValue {
  const ax = normAxis(axis, a.ndim);
  const len = a.shape[ax];
  let bounds: number[];
  if (isSeq(sections)) {
    const cuts = intList(sections);
    bounds = [0, ...cuts.map((c) => Math.min(Math.max(c < 0 ? c + len : c, 0), len)), len];
  } else {
    const n = asIndex(sections);
    if (strict && n === 0) throw zeroDivisionError('integer modulo by zero');
    if (n <= 0) throw valueError('number sections must be larger than 0.');
    if (strict && len % n !== 0) throw valueError('array split does not result in an equal division');
    const base = Math.floor(len / n);
    const extra = len % n;
    bounds = [0];
    for (let i = 0; i < n; i++) bounds.push(bounds[i] + base + (i < extra ? 1 : 0));
  }
  const st = stridesOf(a.shape);
  const parts: PyValue[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const lo = bounds[i];
    const hi = Math.max(bounds[i + 1], lo);
    const shape = a.shape.slice();
    shape[ax] = hi - lo;
    // With only size-1 axes before `axis` a piece is one contiguous run: share the memory.
    const contiguous = a.shape.slice(0, ax).every((s) => s === 1);
    const part = contiguous ? sharedView(a, shape, a.data.subarray(lo * st[ax], hi * st[ax])) : viewAt(a, shape, stridedOffsets(shape, st, lo * st[ax]));
    parts.push(withStrides(part, numpyStrides(a)));
  }
  return new PyList(parts);
}

function namedSplit(name: string, minDim: number, axis: (a: NdArray) => number): Fn {
  const params = pyParams(name, ['ary', 'indices_or_sections'], {});
  return (args, kwargs) => {
    const p = params(args, kwargs);
    const a = arr(p.ary);
    if (a.ndim < minDim) throw valueError(`${name} only works on arrays of ${minDim} or more dimensions`);
    return splitViews(a, p.indices_or_sections, axis(a), true);
  };
}

const swapParams = pyParams('swapaxes', ['a', 'axis1', 'axis2'], {});
const moveParams = pyParams('moveaxis', ['a', 'source', 'destination'], {});
const rollParams = pyParams('rollaxis', ['a', 'axis', 'start'], { start: 0 });
const rotParams = pyParams('rot90', ['m', 'k', 'axes'], { k: 1, axes: new PyTuple([0, 1]) });
const btParams = pyParams('broadcast_to', ['array', 'shape', 'subok'], { subok: false });
const splitParams = pyParams('split', ['ary', 'indices_or_sections', 'axis'], { axis: 0 });
const arraySplitParams = pyParams('array_split', ['ary', 'indices_or_sections', 'axis'], { axis: 0 });

export const axisFunctions: Record<string, Fn> = {
  swapaxes: (args, kwargs) => {
    const p = swapParams(args, kwargs);
    return swapaxes(arr(p.a), asIndex(p.axis1), asIndex(p.axis2));
  },
  moveaxis: (args, kwargs) => {
    const p = moveParams(args, kwargs);
    return moveaxis(arr(p.a), p.source, p.destination);
  },
  rollaxis: (args, kwargs) => {
    const p = rollParams(args, kwargs);
    return rollaxis(arr(p.a), asIndex(p.axis), asIndex(p.start));
  },
  rot90: (args, kwargs) => {
    const p = rotParams(args, kwargs);
    return rot90(arr(p.m), asIndex(p.k), p.axes);
  },
  broadcast_to: (args, kwargs) => {
    const p = btParams(args, kwargs);
    return broadcastTo(arr(p.array), S.shapeArg(p.shape));
  },
  broadcast_arrays: (args) => broadcastArrays(args.map(arr)),
  atleast_1d: atLeast(S.atLeast1d),
  atleast_2d: atLeast(S.atLeast2d),
  atleast_3d: atLeast(atLeast3d),
  dstack: (args) => {
    if (args.length !== 1) throw typeError(`dstack() takes 1 positional argument but ${args.length} were given`);
    return S.concatenate(S.arraysArg(args[0]).map(atLeast3d), 2);
  },
  split: (args, kwargs) => {
    const p = splitParams(args, kwargs);
    return splitViews(arr(p.ary), p.indices_or_sections, asIndex(p.axis), true);
  },
  array_split: (args, kwargs) => {
    const p = arraySplitParams(args, kwargs);
    return splitViews(arr(p.ary), p.indices_or_sections, asIndex(p.axis), false);
  },
  hsplit: namedSplit('hsplit', 1, (a) => (a.ndim > 1 ? 1 : 0)),
  vsplit: namedSplit('vsplit', 2, () => 0),
  dsplit: namedSplit('dsplit', 3, () => 2),
};

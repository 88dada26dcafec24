// Index helpers: take/put_along_axis, put, place, choose, select, indices, ix_,
// ravel_multi_index, unravel_index, argwhere and flatnonzero.
import type { PyValue } from '../../interpreter/objects/core.js';
import { indexError, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyFloat, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { dtypeArg, np, promoteTypes } from './dtype.js';
import { NdArray, NumpyScalar, castValues, makeArray, numElements, writeBack } from './ndarray.js';
import { broadcastIndex, broadcastShapes } from './broadcast.js';
import { stridesOf } from '../ops/index-map.js';
import * as S from './shape.js';
import { arr, intList, normAxis } from './shape-extras-util.js';
import * as U from './ufuncs.js';
import { StrArray } from './str-array.js';
import { broadcastTo } from './shape-extras-axes.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

/** The flat offsets into `a` that take/put_along_axis address, and the result shape. */
function alongAxis(a0: NdArray, idx: NdArray, axisV: PyValue): { a: NdArray; shape: number[]; offsets: Float64Array } {
  if (!idx.dtype.isInt) throw indexError('`indices` must be an integer array');
  let a = a0;
  let axis: number;
  if (axisV === null) {
    if (idx.ndim !== 1) throw valueError('when axis=None, `indices` must have a single dimension.');
    a = new NdArray(a0.dtype, [a0.size], a0.data);
    a.viewOf = null;
    axis = 0;
  } else {
    if (idx.ndim !== a.ndim) throw valueError('`indices` and `arr` must have the same number of dimensions');
    axis = normAxis(asIndex(axisV), a.ndim);
  }
  const shape = a.shape.map((s, d) => {
    if (d === axis) return idx.shape[d];
    const t = idx.shape[d];
    if (s !== t && s !== 1 && t !== 1) {
      // numpy indexes with `indices` and an arange per other axis, and reports all their shapes.
      const shapes = a.shape.map((n, k) => (k === axis ? idx.shape : a.shape.map((_, j) => (j === k ? n : 1))));
      throw indexError(`shape mismatch: indexing arrays could not be broadcast together with shapes ${shapes.map(S.shapeText).join(' ')} `);
    }
    return t === 1 ? s : t;
  });
  const ia = broadcastIndex(idx.shape, shape);
  const st = stridesOf(a.shape);
  const n = numElements(shape);
  const offsets = new Float64Array(n);
  const pos = new Array<number>(shape.length).fill(0);
  const len = a.shape[axis];
  for (let k = 0; k < n; k++) {
    let off = 0;
    for (let d = 0; d < shape.length; d++) {
      if (d === axis) {
        let j = idx.data[ia ? ia[k] : k];
        if (j < -len || j >= len) throw indexError(`index ${j} is out of bounds for axis ${axis} with size ${len}`);
        if (j < 0) j += len;
        off += j * st[d];
      } else off += (a.shape[d] === 1 ? 0 : pos[d]) * st[d];
    }
    offsets[k] = off;
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++pos[d] < shape[d]) break;
      pos[d] = 0;
    }
  }
  return { a, shape, offsets };
}

function takeAlongAxis(a0: NdArray, idx: NdArray, axisV: PyValue): NdArray {
  const { a, shape, offsets } = alongAxis(a0, idx, axisV);
  const out = new a.dtype.Storage(offsets.length);
  for (let i = 0; i < offsets.length; i++) out[i] = a.data[offsets[i]];
  return new NdArray(a.dtype, shape, out);
}

function putAlongAxis(a0: NdArray, idx: NdArray, values: NdArray, axisV: PyValue): void {
  const { shape, offsets } = alongAxis(a0, idx, axisV);
  const v = broadcastTo(values, shape);
  const vals = castValues(v.data, a0.dtype);
  for (let i = 0; i < offsets.length; i++) a0.data[offsets[i]] = vals[i];
  writeBack(a0);
}

function clipOrWrap(i: number, n: number, mode: string, what: () => never): number {
  if (mode === 'wrap') return ((i % n) + n) % n;
  if (mode === 'clip') return Math.min(Math.max(i, 0), n - 1);
  if (i < -n || i >= n) what();
  return i < 0 ? i + n : i;
}

function modeArg(v: PyValue): string {
  if (v === 'raise' || v === 'wrap' || v === 'clip') return v;
  throw valueError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got ${typeof v === 'string' ? `'${v}'` : String(v)})`);
}

function put(a: NdArray, ind: NdArray, v: NdArray, mode: string): void {
  if (a.size === 0) {
    if (ind.size === 0) return;
    throw indexError('cannot replace elements of an empty array');
  }
  const vals = castValues(v.data, a.dtype);
  if (vals.length === 0) return;
  for (let k = 0; k < ind.size; k++) {
    const raw = Math.trunc(ind.data[k]);
    const i = clipOrWrap(raw, a.size, mode, () => {
      throw indexError(`index ${raw} is out of bounds for axis 0 with size ${a.size}`);
    });
    a.data[i] = vals[k % vals.length];
  }
  writeBack(a);
}

function place(a: NdArray, mask: NdArray, vals: NdArray): void {
  if (mask.size !== a.size) throw valueError('place: mask and data must be the same size');
  const v = castValues(vals.data, a.dtype);
  let k = 0;
  for (let i = 0; i < a.size; i++) {
    if (!mask.data[i]) continue;
    if (v.length === 0) throw valueError('Cannot insert from an empty array!');
    a.data[i] = v[k++ % v.length];
  }
  writeBack(a);
}

function choose(a: NdArray, choices: NdArray[], mode: string): NdArray {
  if (!a.dtype.isInt && a.dtype.kind !== 'b') throw typeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
  const dtype = choices.map((c) => c.dtype).reduce(promoteTypes);
  const shape = broadcastShapes(a.shape, ...choices.map((c) => c.shape));
  const ma = broadcastIndex(a.shape, shape);
  const maps = choices.map((c) => broadcastIndex(c.shape, shape));
  const vals = choices.map((c) => castValues(c.data, dtype));
  const n = numElements(shape);
  const out = new dtype.Storage(n);
  for (let k = 0; k < n; k++) {
    const c = clipOrWrap(a.data[ma ? ma[k] : k], choices.length, mode, () => {
      throw valueError('invalid entry in choice array');
    });
    const m = maps[c];
    out[k] = vals[c][m ? m[k] : k];
  }
  return new NdArray(dtype, shape, out);
}

/** numpy's promotion error for a str choice beside a number (Python scalars have their own DTypes). */
function noCommonStrDtype(v: PyValue) {
  const py = v instanceof PyFloat ? '_PyFloatDType' : typeof v === 'number' || typeof v === 'bigint' ? '_PyLongDType' : null;
  const other = py ?? `${arr(v).dtype.name.replace(/^./, (c) => c.toUpperCase())}DType`;
  const pair = `(<class 'numpy.dtypes.StrDType'>, <class 'numpy.dtypes.${other}'>)`;
  return typeError(
    `Choicelist and default value do not have a common dtype: The DType <class 'numpy.dtypes.StrDType'> could not be promoted by <class 'numpy.dtypes.${other}'>. This means that no common DType exists for the given inputs. For example they cannot be stored in a single array unless the dtype is \`object\`. The full list of DTypes is: ${pair}`,
  );
}

/** select over string choices (Python str or '<U' arrays): a '<U' array as wide as the widest. */
function selectStrings(conds: NdArray[], choiceVals: PyValue[], defaultV: PyValue): StrArray {
  const choices = [...choiceVals, defaultV].map((v) => {
    if (typeof v !== 'string' && !(v instanceof StrArray)) throw noCommonStrDtype(v);
    return v instanceof StrArray ? v : new StrArray([v], []);
  });
  const shape = broadcastShapes(...conds.map((c) => c.shape), ...choices.map((c) => c.shape));
  const n = numElements(shape);
  const maps = choices.map((c) => broadcastIndex(c.shape, shape));
  const cmaps = conds.map((c) => broadcastIndex(c.shape, shape));
  const items: string[] = [];
  for (let k = 0; k < n; k++) {
    let pick = choices.length - 1;
    for (let i = 0; i < conds.length; i++) {
      if (conds[i].data[cmaps[i] ? cmaps[i]![k] : k]) {
        pick = i;
        break;
      }
    }
    items.push(choices[pick].items[maps[pick] ? maps[pick]![k] : k]);
  }
  return new StrArray(items, shape, Math.max(...choices.map((c) => c.width)));
}

function select(condV: PyValue, choiceV: PyValue, defaultV: PyValue): NdArray | StrArray {
  const conds = iterToArray(condV).map(arr);
  const choiceVals = iterToArray(choiceV);
  if (conds.length === choiceVals.length && conds.length > 0 && conds.every((c) => c.dtype.kind === 'b') &&
      [...choiceVals, defaultV].some((v) => typeof v === 'string' || v instanceof StrArray)) {
    return selectStrings(conds, choiceVals, defaultV);
  }
  const choices = choiceVals.map(arr);
  if (conds.length !== choices.length) throw valueError('list of cases must be same length as list of conditions');
  if (conds.length === 0) throw valueError('select with an empty condition list is not possible');
  // The default joins the result type as given: a Python scalar is weak (float32 choices stay float32).
  const def = U.operandOrThrow(defaultV);
  const dtype = U.resultType([...choices.map((c): U.Operand => ({ arr: c, weak: null, py: c })), def]);
  choices.push(def.arr);
  conds.forEach((c, i) => {
    if (c.dtype.kind !== 'b') throw typeError(`invalid entry ${i} in condlist: should be boolean ndarray`);
  });
  const shape = broadcastShapes(...conds.map((c) => c.shape), ...choices.map((c) => c.shape));
  const n = numElements(shape);
  const out = new dtype.Storage(n);
  const last = choices[choices.length - 1];
  const fill = castValues(broadcastTo(last, shape).data, dtype);
  out.set(fill);
  for (let i = conds.length - 1; i >= 0; i--) {
    const c = broadcastTo(conds[i], shape).data;
    const v = castValues(broadcastTo(choices[i], shape).data, dtype);
    for (let k = 0; k < n; k++) if (c[k]) out[k] = v[k];
  }
  return new NdArray(dtype, shape, out);
}

function indices(dims: number[], dtypeV: PyValue, sparse: boolean): PyValue {
  const dtype = dtypeArg(dtypeV) ?? np.int64;
  const parts = dims.map((n, i) => {
    const shape = dims.map((_, k) => (k === i ? n : 1));
    return makeArray(dtype, shape, Array.from({ length: n }, (_, j) => j));
  });
  if (sparse) return new PyTuple(parts);
  const size = numElements(dims);
  const out = new dtype.Storage(dims.length * size);
  parts.forEach((p, i) => out.set(broadcastTo(p, dims).data, i * size));
  return new NdArray(dtype, [dims.length, ...dims], out);
}

function ix(args: PyValue[]): PyValue {
  return new PyTuple(
    args.map((v, k) => {
      let a = v instanceof PyList && v.items.length === 0 ? makeArray(np.int64, [0], []) : arr(v);
      if (a.ndim !== 1) throw valueError('Cross index must be 1 dimensional');
      if (a.dtype.kind === 'b') {
        const hits: number[] = [];
        a.data.forEach((x, i) => x && hits.push(i));
        a = makeArray(np.int64, [hits.length], hits);
      }
      const shape = args.map((_, i) => (i === k ? a.size : 1));
      return new NdArray(a.dtype, shape, a.data);
    }),
  );
}

const isPyScalar = (v: PyValue) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof NumpyScalar;

function ravelMultiIndex(multi: PyValue, dimsV: PyValue, modeV: PyValue, order: PyValue): PyValue {
  const dims = intList(dimsV);
  const coords = iterToArray(multi).map(arr);
  if (coords.length !== dims.length) throw valueError(`parameter multi_index must be a sequence of length ${dims.length}`);
  const modes = modeV instanceof PyTuple || modeV instanceof PyList ? modeV.items.map(modeArg) : dims.map(() => modeArg(modeV));
  coords.forEach((c) => {
    if (!c.dtype.isInt && c.dtype.kind !== 'b') throw typeError("only int indices permitted");
  });
  const shape = broadcastShapes(...coords.map((c) => c.shape));
  const maps = coords.map((c) => broadcastIndex(c.shape, shape));
  const st = order === 'F' ? dims.map((_, i) => numElements(dims.slice(0, i))) : stridesOf(dims);
  const n = numElements(shape);
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let off = 0;
    coords.forEach((c, d) => {
      const raw = c.data[maps[d] ? maps[d]![k] : k];
      const m = modes[d];
      let i = raw;
      if (m === 'wrap') i = ((raw % dims[d]) + dims[d]) % dims[d];
      else if (m === 'clip') i = Math.min(Math.max(raw, 0), dims[d] - 1);
      else if (raw < 0 || raw >= dims[d]) throw valueError('invalid entry in coordinates array');
      off += i * st[d];
    });
    out[k] = off;
  }
  const r = makeArray(np.int64, shape, out);
  return shape.length === 0 ? new NumpyScalar(np.int64, out[0]) : r;
}

function unravelIndex(indicesV: PyValue, dimsV: PyValue, order: PyValue): PyValue {
  const dims = intList(dimsV);
  const idx = arr(indicesV);
  if ((indicesV instanceof PyList || indicesV instanceof PyTuple) && indicesV.items.length === 0) {
    throw typeError("indices must be integral: the provided empty sequence was inferred as float. Wrap it with 'np.array(indices, dtype=np.intp)'");
  }
  if (!idx.dtype.isInt) throw typeError('only int indices permitted');
  const size = numElements(dims);
  const cols = dims.map(() => new Float64Array(idx.size));
  for (let k = 0; k < idx.size; k++) {
    let rest = idx.data[k];
    if (rest < 0 || rest >= size) throw valueError(`index ${rest} is out of bounds for array with size ${size}`);
    const walk = order === 'F' ? dims.map((_, i) => i) : dims.map((_, i) => dims.length - 1 - i);
    for (const d of walk) {
      cols[d][k] = rest % dims[d];
      rest = Math.floor(rest / dims[d]);
    }
  }
  const scalar = isPyScalar(indicesV) || idx.ndim === 0;
  return new PyTuple(cols.map((c) => (scalar ? new NumpyScalar(np.int64, c[0]) : makeArray(np.int64, idx.shape.slice(), c))));
}

function argwhere(a: NdArray): NdArray {
  if (a.ndim === 0) return makeArray(np.int64, [a.data[0] ? 1 : 0, 0], []);
  const st = stridesOf(a.shape);
  const rows: number[] = [];
  for (let i = 0; i < a.size; i++) {
    if (!a.data[i]) continue;
    let rest = i;
    for (const s of st) {
      rows.push(Math.floor(rest / s));
      rest %= s;
    }
  }
  return makeArray(np.int64, [rows.length / a.ndim, a.ndim], rows);
}


const takeAlongParams = pyParams('take_along_axis', ['arr', 'indices', 'axis'], { axis: -1 });
const putAlongParams = pyParams('put_along_axis', ['arr', 'indices', 'values', 'axis'], {});
const putParams = pyParams('put', ['a', 'ind', 'v', 'mode'], { mode: 'raise' });
const placeParams = pyParams('place', ['arr', 'mask', 'vals'], {});
const chooseParams = pyParams('choose', ['a', 'choices', 'out', 'mode'], { out: null, mode: 'raise' });
const selectParams = pyParams('select', ['condlist', 'choicelist', 'default'], { default: 0 });
const indicesParams = pyParams('indices', ['dimensions', 'dtype', 'sparse'], { dtype: np.int64, sparse: false });
const ravelParams = pyParams('ravel_multi_index', ['multi_index', 'dims', 'mode', 'order'], { mode: 'raise', order: 'C' });
const unravelParams = pyParams('unravel_index', ['indices', 'shape', 'order'], { order: 'C' });

function ndarrayArg(name: string, v: PyValue): NdArray {
  if (v instanceof NdArray) return v;
  // put's check is numpy's C argument parser; place's is a Python f-string.
  const t = typeOf(v).name;
  throw typeError(name === 'put' ? `argument 1 must be numpy.ndarray, not <class '${t}'>` : `${name}() argument 1 must be numpy.ndarray, not ${t}`);
}

export const indexFunctions: Record<string, Fn> = {
  take_along_axis: (args, kwargs) => {
    const p = takeAlongParams(args, kwargs);
    return takeAlongAxis(arr(p.arr), arr(p.indices), p.axis);
  },
  put_along_axis: (args, kwargs) => {
    const p = putAlongParams(args, kwargs);
    putAlongAxis(arr(p.arr), arr(p.indices), arr(p.values), p.axis);
    return null;
  },
  put: (args, kwargs) => {
    const p = putParams(args, kwargs);
    put(ndarrayArg('put', p.a), arr(p.ind), arr(p.v), modeArg(p.mode));
    return null;
  },
  place: (args, kwargs) => {
    const p = placeParams(args, kwargs);
    place(ndarrayArg('place', p.arr), arr(p.mask), arr(p.vals));
    return null;
  },
  choose: (args, kwargs) => {
    const p = chooseParams(args, kwargs);
    return choose(arr(p.a), S.arraysArg(p.choices), modeArg(p.mode));
  },
  select: (args, kwargs) => {
    const p = selectParams(args, kwargs);
    return select(p.condlist, p.choicelist, p.default);
  },
  indices: (args, kwargs) => {
    const p = indicesParams(args, kwargs);
    return indices(intList(p.dimensions), p.dtype, isTruthy(p.sparse));
  },
  ix_: (args) => ix(args),
  ravel_multi_index: (args, kwargs) => {
    const p = ravelParams(args, kwargs);
    return ravelMultiIndex(p.multi_index, p.dims, p.mode, p.order);
  },
  unravel_index: (args, kwargs) => {
    const p = unravelParams(args, kwargs);
    return unravelIndex(p.indices, p.shape, p.order);
  },
  argwhere: (args) => argwhere(arr(args[0])),
  flatnonzero: (args) => {
    const a = arr(args[0]);
    const hits: number[] = [];
    a.data.forEach((x, i) => x && hits.push(i));
    return makeArray(np.int64, [hits.length], hits);
  },
};

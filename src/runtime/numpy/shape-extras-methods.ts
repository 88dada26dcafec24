// ndarray methods beyond the basics (a.diagonal, a.trace, a.put, a.take, a.repeat,
// a.searchsorted, a.compress, a.choose, a.resize, a.view, a.tobytes, ...) and numpy-exact
// versions of item/swapaxes/flatten/ravel/round/clip with their keyword arguments and errors.
import type { PyValue } from '../../interpreter/objects/core.js';
import { indexError, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { PyBytes } from '../../interpreter/objects/bytes.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { dtypeArg, np, NpDType } from './dtype.js';
import { NdArray, castValues, checkWriteable, elementToPy, makeArray, numElements, sharedView, withStrides, wrapResult, writeBack } from './ndarray.js';
import { ndarrayType } from './ndarray.js';
import * as U from './ufuncs.js';
import * as R from './reductions.js';
import * as S from './shape.js';
import { isCContiguous } from './layout.js';
import { roundArray } from './rounding.js';
import { dataBytes } from './io.js';
import { stridesOf } from '../ops/index-map.js';
import { arr, intList, normAxis } from './shape-extras-util.js';
import { diagonal } from './shape-extras-diag.js';
import { swapaxes } from './shape-extras-axes.js';
import { takeAlong } from './shape-extras-edit.js';
import { indexFunctions } from './shape-extras-index.js';

const self_ = (v: PyValue) => v as NdArray;

/** 'C'/'F' (and 'A'/'K', which are C order for our always C-ordered arrays). */
function orderArg(v: PyValue): 'C' | 'F' {
  if (v === null) return 'C';
  if (v === 'C' || v === 'F' || v === 'A' || v === 'K') return v === 'F' ? 'F' : 'C';
  throw valueError(`order must be one of 'C', 'F', 'A', or 'K' (got ${typeof v === 'string' ? `'${v}'` : String(v)})`);
}
const flatCopy = (a: NdArray, order: 'C' | 'F') =>
  order === 'F' ? S.reshape(S.transpose(a, null), [a.size]) : makeArray(a.dtype, [a.size], a.data);

const flattenParams = pyParams('flatten', ['order'], { order: 'C' });
defineMethod(ndarrayType, 'flatten', (self, args, kwargs) => flatCopy(self_(self), orderArg(flattenParams(args, kwargs).order)));
const ravelParams = pyParams('ravel', ['order'], { order: 'C' });
defineMethod(ndarrayType, 'ravel', (self, args, kwargs) => {
  const a = self_(self);
  const order = orderArg(ravelParams(args, kwargs).order);
  // C order is a view of a C-contiguous array and a copy of any other; F order copies as numpy's
  // does for a C-ordered array.
  if (order === 'F') return flatCopy(a, 'F');
  return isCContiguous(a) ? sharedView(a, [a.size]) : flatCopy(a, 'C');
});

const swapParams = pyParams('swapaxes', ['axis1', 'axis2'], {});
defineMethod(ndarrayType, 'swapaxes', (self, args, kwargs) => {
  const p = swapParams(args, kwargs);
  return swapaxes(self_(self), asIndex(p.axis1), asIndex(p.axis2));
});

const diagParams = pyParams('diagonal', ['offset', 'axis1', 'axis2'], { offset: 0, axis1: 0, axis2: 1 });
defineMethod(ndarrayType, 'diagonal', (self, args, kwargs) => {
  const p = diagParams(args, kwargs);
  return diagonal(self_(self), asIndex(p.offset), asIndex(p.axis1), asIndex(p.axis2));
});
const traceParams = pyParams('trace', ['offset', 'axis1', 'axis2', 'dtype', 'out'], { offset: 0, axis1: 0, axis2: 1, dtype: null, out: null });
defineMethod(ndarrayType, 'trace', (self, args, kwargs) => {
  const p = traceParams(args, kwargs);
  const d = diagonal(self_(self), asIndex(p.offset), asIndex(p.axis1), asIndex(p.axis2));
  return wrapResult(R.sum(d, [-1], false, dtypeArg(p.dtype)));
});

defineMethod(ndarrayType, 'item', (self, args) => {
  const a = self_(self);
  const idx = args.length === 1 && (args[0] instanceof PyTuple || args[0] instanceof PyList) ? intList(args[0]) : args.map(asIndex);
  if (idx.length === 0) {
    if (a.size !== 1) throw valueError('can only convert an array of size 1 to a Python scalar');
    return elementToPy(a.data[0], a.dtype);
  }
  if (idx.length === 1) {
    const i = idx[0];
    if (i < -a.size || i >= a.size) throw indexError(`index ${i} is out of bounds for size ${a.size}`);
    return elementToPy(a.data[i < 0 ? i + a.size : i], a.dtype);
  }
  if (idx.length !== a.ndim) throw valueError('incorrect number of indices for array');
  const st = stridesOf(a.shape);
  let off = 0;
  idx.forEach((i, d) => {
    const n = a.shape[d];
    if (i < -n || i >= n) throw indexError(`index ${i} is out of bounds for axis ${d} with size ${n}`);
    off += (i < 0 ? i + n : i) * st[d];
  });
  return elementToPy(a.data[off], a.dtype);
});

const putParams = pyParams('put', ['indices', 'values', 'mode'], { mode: 'raise' });
defineMethod(ndarrayType, 'put', (self, args, kwargs) => {
  const p = putParams(args, kwargs);
  return indexFunctions.put([self, p.indices, p.values, p.mode], null);
});
const chooseParams = pyParams('choose', ['choices', 'out', 'mode'], { out: null, mode: 'raise' });
defineMethod(ndarrayType, 'choose', (self, args, kwargs) => {
  const p = chooseParams(args, kwargs);
  return indexFunctions.choose([self, p.choices], new Map([['mode', p.mode]]));
});

const roundParams = pyParams('round', ['decimals', 'out'], { decimals: 0, out: null });
defineMethod(ndarrayType, 'round', (self, args, kwargs) => wrapResult(roundArray(self_(self), asIndex(roundParams(args, kwargs).decimals))));

const clipParams = pyParams('clip', ['min', 'max', 'out'], { min: null, max: null, out: null });
defineMethod(ndarrayType, 'clip', (self, args, kwargs) => {
  const p = clipParams(args, kwargs);
  let r: PyValue = self;
  if (p.min !== null) r = wrapResult(U.applyBinary(U.maximum, U.operandOrThrow(r), U.operandOrThrow(p.min)));
  if (p.max !== null) r = wrapResult(U.applyBinary(U.minimum, U.operandOrThrow(r), U.operandOrThrow(p.max)));
  return r;
});

/** a.repeat(repeats, axis): one count for all, or one per element along the axis. */
function repeat(a0: NdArray, repeatsV: PyValue, axisV: PyValue): NdArray {
  const a = axisV === null ? new NdArray(a0.dtype, [a0.size], a0.data) : a0;
  const axis = axisV === null ? 0 : normAxis(asIndex(axisV), a.ndim);
  const n = a.shape[axis];
  const reps = intList(repeatsV);
  if (reps.some((r) => r < 0)) throw valueError('negative dimensions are not allowed');
  if (reps.length !== 1 && reps.length !== n) throw valueError(`operands could not be broadcast together with shape (${n},) (${reps.length},)`);
  const pick: number[] = [];
  for (let i = 0; i < n; i++) for (let k = 0; k < reps[reps.length === 1 ? 0 : i]; k++) pick.push(i);
  return takeAlong(a, pick, axis);
}
const repeatParams = pyParams('repeat', ['repeats', 'axis'], { axis: null });
defineMethod(ndarrayType, 'repeat', (self, args, kwargs) => {
  const p = repeatParams(args, kwargs);
  return repeat(self_(self), p.repeats, p.axis);
});

/** a.take(indices, axis): whole sub-arrays along the axis (the flat array when axis is None). */
function take(a0: NdArray, indicesV: PyValue, axisV: PyValue, mode: PyValue): PyValue {
  const a = axisV === null ? new NdArray(a0.dtype, [a0.size], a0.data) : a0;
  const axis = axisV === null ? 0 : normAxis(asIndex(axisV), a.ndim);
  const idx = arr(indicesV);
  if (!idx.dtype.isInt && idx.size > 0) throw typeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
  const n = a.shape[axis];
  const pick = Array.from(idx.data, (i) => {
    if (mode === 'wrap') return ((i % n) + n) % n;
    if (mode === 'clip') return Math.min(Math.max(i, 0), n - 1);
    if (i < -n || i >= n) throw indexError(`index ${i} is out of bounds for axis ${axis} with size ${n}`);
    return i < 0 ? i + n : i;
  });
  const flat = takeAlong(a, pick, axis);
  return wrapResult(S.reshape(flat, [...a.shape.slice(0, axis), ...idx.shape, ...a.shape.slice(axis + 1)]));
}
const takeParams = pyParams('take', ['indices', 'axis', 'out', 'mode'], { axis: null, out: null, mode: 'raise' });
defineMethod(ndarrayType, 'take', (self, args, kwargs) => {
  const p = takeParams(args, kwargs);
  return take(self_(self), p.indices, p.axis, p.mode);
});

/** NaN sorts last, as in numpy's sort; left finds the first slot >= v, right the first > v. */
function searchsorted(a: NdArray, v: NdArray, right: boolean): Float64Array {
  const before = (x: number, y: number) => (Number.isNaN(y) ? !Number.isNaN(x) : x < y);
  const out = new Float64Array(v.size);
  for (let k = 0; k < v.size; k++) {
    const x = v.data[k];
    let lo = 0;
    let hi = a.size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const go = right ? !before(x, a.data[mid]) : before(a.data[mid], x);
      if (go) lo = mid + 1;
      else hi = mid;
    }
    out[k] = lo;
  }
  return out;
}
const searchParams = pyParams('searchsorted', ['v', 'side', 'sorter'], { side: 'left', sorter: null });
defineMethod(ndarrayType, 'searchsorted', (self, args, kwargs) => {
  const p = searchParams(args, kwargs);
  const a = self_(self);
  if (a.ndim !== 1) throw valueError('object too deep for desired array');
  if (p.side !== 'left' && p.side !== 'right') {
    throw valueError(`side must be 'left' or 'right' (got ${typeof p.side === 'string' ? `'${p.side}'` : String(p.side)})`);
  }
  const sorted = p.sorter === null ? a : takeAlong(a, Array.from(arr(p.sorter).data), 0);
  const v = arr(p.v);
  return wrapResult(makeArray(np.int64, v.shape.slice(), searchsorted(sorted, v, p.side === 'right')));
});

const compressParams = pyParams('compress', ['condition', 'axis', 'out'], { axis: null, out: null });
defineMethod(ndarrayType, 'compress', (self, args, kwargs) => {
  const p = compressParams(args, kwargs);
  const a0 = self_(self);
  const a = p.axis === null ? new NdArray(a0.dtype, [a0.size], a0.data) : a0;
  const axis = p.axis === null ? 0 : normAxis(asIndex(p.axis), a.ndim);
  const cond = arr(p.condition);
  const pick: number[] = [];
  cond.data.forEach((c, i) => {
    if (!c) return;
    if (i >= a.shape[axis]) throw indexError(`index ${i} is out of bounds for axis ${axis} with size ${a.shape[axis]}`);
    pick.push(i);
  });
  return takeAlong(a, pick, axis);
});

/** a.resize(new_shape): in place, keeping the leading elements and zero-filling the rest. */
defineMethod(ndarrayType, 'resize', (self, args, kwargs) => {
  const a = self_(self);
  if (kwargs) for (const k of kwargs.keys()) if (k !== 'refcheck') throw typeError(`'${k}' is an invalid keyword argument for this function`);
  const shape = args.length === 0 ? a.shape.slice() : S.shapeArg(args.length === 1 ? args[0] : args);
  if (shape.some((s) => s < 0)) throw valueError('negative dimensions not allowed');
  const out = new a.dtype.Storage(numElements(shape));
  out.set(a.data.subarray(0, Math.min(a.size, out.length)));
  a.shape = shape;
  a.data = out;
  return null;
});

for (const name of ['conj', 'conjugate']) defineMethod(ndarrayType, name, (self) => makeArray(self_(self).dtype, self_(self).shape.slice(), self_(self).data));

defineMethod(ndarrayType, 'tobytes', (self) => new PyBytes(new Uint8Array(dataBytes(self_(self)))));

/** The values stored in little-endian `bytes` as dtype t (float16 excluded: see view). */
function fromBytes(bytes: Uint8Array, t: NpDType): ArrayLike<number> {
  const buf = new Uint8Array(bytes).buffer;
  if (t.name === 'int64') return Array.from(new BigInt64Array(buf), Number);
  if (t.name === 'uint64') return Array.from(new BigUint64Array(buf), Number);
  return new t.Storage(buf);
}
defineMethod(ndarrayType, 'view', (self, args, kwargs) => {
  const a = self_(self);
  const d = args.length ? args[0] : kwargs?.get('dtype') ?? null;
  const t = d === null ? a.dtype : dtypeArg(d)!;
  if (t === a.dtype) return withStrides(sharedView(a, a.shape.slice()), a.npStrides);
  if (t.itemsize === 2 && t.kind === 'f') throw typeError(`viewing an array as ${t.name} is not supported`);
  const last = a.ndim ? a.shape[a.ndim - 1] * a.dtype.itemsize : a.dtype.itemsize;
  if (a.ndim === 0 || last % t.itemsize !== 0) {
    throw valueError('When changing to a smaller dtype, its size must be a divisor of the size of original dtype');
  }
  const shape = [...a.shape.slice(0, -1), last / t.itemsize];
  return new NdArray(t, shape, castValues(fromBytes(new Uint8Array(dataBytes(a)), t), t));
});

// A scalar's item and tolist ignore no arguments silently in numpy either; keep numpy's fill.
defineMethod(ndarrayType, 'fill', (self, args) => {
  const a = self_(self);
  const v = U.operandOrThrow(args[0]);
  checkWriteable(a);
  a.data.fill(castValues(v.arr.data.subarray(0, 1), a.dtype)[0]);
  writeBack(a);
  return null;
});

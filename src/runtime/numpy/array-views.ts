// numpy's view bookkeeping as Python sees it: `.base`, `.strides`, `.flags`, `.flat`,
// `.real`/`.imag`, `.mT`, `.device`, and np.shares_memory / np.may_share_memory. The layout facts
// come from the fields ndarray.ts keeps on every view (npBase, npStrides, memOwner, viewOf).
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { pyExc, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyBuiltinFunction, PyProperty } from '../../interpreter/objects/function.js';
import { PyTuple } from '../../interpreter/objects/values.js';
import { defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { repr } from '../../interpreter/ops/text.js';
import { iteratorType } from '../../interpreter/objects/builtin-types.js';
import { PyIterator } from '../../interpreter/ops/iter.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { addressText } from '../../interpreter/ops/ids.js';
import { NdArray, NumpyScalar, checkWriteable, makeArray, ndarrayType, numpyStrides, writeBack } from './ndarray.js';
import { NpDType, genericType, np, promoteTypes } from './dtype.js';
import { broadcastIndex } from './broadcast.js';
import { isCContiguous, isFContiguous } from './layout.js';
import { castFlags, reportFpErrors } from './fp-errors.js';
import { getItem, setItem } from './indexing.js';
import { reshapedView, shapeText } from './shape.js';
import { permutedView } from './shape-extras-util.js';
import { operandOrThrow } from './ufuncs.js';

const arr = (v: PyValue) => v as NdArray;

// ---- flags ----

const flagsType = new PyType('flagsobj', [objectType], 'numpy');

class ArrayFlags implements PyObject {
  constructor(readonly a: NdArray) {}
  get cls(): PyType {
    return flagsType;
  }
}

/** Every flag by its long and short names (numpy's flagsobj.__getitem__ keys). */
function flagValue(a: NdArray, key: string): boolean | undefined {
  const c = isCContiguous(a), f = isFContiguous(a);
  const behaved = a.writeable;  // aligned always
  switch (key) {
    case 'C_CONTIGUOUS': case 'C': case 'CONTIGUOUS': return c;
    case 'F_CONTIGUOUS': case 'F': case 'FORTRAN': return f;
    case 'OWNDATA': case 'O': return a.npBase === null;
    case 'WRITEABLE': case 'W': return a.writeable;
    case 'ALIGNED': case 'A': return true;
    case 'WRITEBACKIFCOPY': case 'X': return false;
    case 'FNC': return f && !c;
    case 'FORC': return f || c;
    case 'BEHAVED': case 'B': return behaved;
    case 'CARRAY': case 'CA': return behaved && c;
    case 'FARRAY': case 'FA': return behaved && f && !c;
    default: return undefined;
  }
}

const flagNames = ['C_CONTIGUOUS', 'F_CONTIGUOUS', 'OWNDATA', 'WRITEABLE', 'ALIGNED', 'WRITEBACKIFCOPY'];
defineMethod(flagsType, '__repr__', (self) => flagNames.map((n) => `  ${n} : ${flagValue((self as ArrayFlags).a, n) ? 'True' : 'False'}\n`).join(''));
defineMethod(flagsType, '__getitem__', (self, args) => {
  const key = args[0];
  const v = typeof key === 'string' ? flagValue((self as ArrayFlags).a, key) : undefined;
  if (v === undefined) throw pyExc('KeyError', 'Unknown flag');
  return v;
});

/** Sets WRITEABLE; numpy refuses True on a view of a read-only array. */
function setWriteable(a: NdArray, value: PyValue): void {
  const on = isTruthy(value);
  if (on && a.npBase !== null && !a.npBase.writeable) throw valueError('cannot set WRITEABLE flag to True of this array');
  a.writeable = on;
}
defineMethod(flagsType, '__setitem__', (self, args) => {
  if (args[0] !== 'WRITEABLE' && args[0] !== 'W') throw pyExc('KeyError', 'Unknown flag');
  setWriteable((self as ArrayFlags).a, args[1]);
  return null;
});
const flagAttributes: Record<string, string> = {
  c_contiguous: 'C', f_contiguous: 'F', contiguous: 'C', fortran: 'F', owndata: 'O', aligned: 'A',
  writebackifcopy: 'X', fnc: 'FNC', forc: 'FORC', behaved: 'B', carray: 'CA', farray: 'FA',
};
for (const [name, key] of Object.entries(flagAttributes)) defineGetter(flagsType, name, (self) => flagValue((self as ArrayFlags).a, key)!);
flagsType.dict.set(
  'writeable',
  new PyProperty(
    new PyBuiltinFunction('writeable', (args) => (args[0] as ArrayFlags).a.writeable),
    new PyBuiltinFunction('writeable', (args) => {
      setWriteable((args[0] as ArrayFlags).a, args[1]);
      return null;
    }),
  ),
);

// ---- flat ----

const flatiterType = new PyType('flatiter', [objectType], 'numpy');

class FlatIter implements PyObject {
  constructor(readonly a: NdArray) {}
  get cls(): PyType {
    return flatiterType;
  }
}

/** The array's elements in C order as a 1-D view (writes reach the array). */
const flatView = (a: NdArray) => reshapedView(a, [a.size]);

defineMethod(flatiterType, '__repr__', (self) => `<numpy.flatiter object at ${addressText(self)}>`);
defineMethod(flatiterType, '__len__', (self) => (self as FlatIter).a.size);
defineMethod(flatiterType, '__iter__', (self) => {
  const view = flatView((self as FlatIter).a);
  let i = 0;
  return new PyIterator(() => (i < view.size ? getItem(view, i++) : undefined), iteratorType);
});
defineMethod(flatiterType, '__getitem__', (self, args) => {
  const r = getItem(flatView((self as FlatIter).a), args[0]);
  return r instanceof NdArray ? makeArray(r.dtype, r.shape, r.data) : r;  // numpy's flat[...] copies
});
defineMethod(flatiterType, '__setitem__', (self, args) => {
  assignFlat((self as FlatIter).a, args[0], args[1]);
  return null;
});

/** a.flat[key] = value: the selected elements take the values in order, repeated as needed. */
function assignFlat(a: NdArray, key: PyValue, value: PyValue): void {
  checkWriteable(a);
  const view = flatView(a);
  const target = getItem(view, key);
  const count = target instanceof NdArray ? target.size : 1;
  const values = operandOrThrow(value).arr;
  if (values.size === 0 || values.size === count) {
    setItem(view, key, value);
    return;
  }
  const repeated = makeArray(a.dtype, [count], Array.from({ length: count }, (_, i) => values.data[i % values.size]));
  setItem(view, key, target instanceof NdArray ? repeated : repeated.data[0]);
}

ndarrayType.dict.set(
  'flat',
  new PyProperty(
    new PyBuiltinFunction('flat', (args) => new FlatIter(arr(args[0]))),
    new PyBuiltinFunction('flat', (args) => {
      assignFlat(arr(args[0]), null, args[1]);
      return null;
    }),
  ),
);

// ---- the other layout attributes ----

defineGetter(ndarrayType, 'base', (self) => arr(self).npBase);
defineGetter(ndarrayType, 'strides', (self) => {
  const a = arr(self);
  return new PyTuple(numpyStrides(a).map((s) => s * a.dtype.itemsize));
});
defineGetter(ndarrayType, 'flags', (self) => new ArrayFlags(arr(self)));
defineGetter(ndarrayType, 'device', () => 'cpu');
// Real dtypes only (tfts has no complex arrays): the real part is the array itself, the imaginary
// part a read-only array of zeros.
defineGetter(ndarrayType, 'real', (self) => self);
defineGetter(ndarrayType, 'imag', (self) => imaginaryPart(arr(self)));
defineGetter(ndarrayType, 'mT', (self) => {
  const a = arr(self);
  if (a.ndim < 2) throw valueError('matrix transpose with ndim < 2 is undefined');
  const perm = a.shape.map((_, i) => i);
  [perm[a.ndim - 2], perm[a.ndim - 1]] = [perm[a.ndim - 1], perm[a.ndim - 2]];
  return permutedView(a, perm);
});

export function imaginaryPart(a: NdArray): NdArray {
  const r = makeArray(a.dtype, a.shape.slice(), new a.dtype.Storage(a.size));
  r.writeable = false;
  return r;
}

// ---- memory overlap ----

/** The elements of `a` as positions in the buffer of the array that owns them (following strided
 *  copies back to their source), and that owner. */
function ownerPositions(a: NdArray): { owner: NdArray; positions: Float64Array } {
  let m = a.memOwner;
  const start = (a.rawData.byteOffset - m.rawData.byteOffset) / a.dtype.itemsize;
  let positions = Float64Array.from({ length: a.size }, (_, i) => start + i);
  while (m.viewOf !== null) {
    const { base, offsets } = m.viewOf;
    const up = base.memOwner;
    const shift = (base.rawData.byteOffset - up.rawData.byteOffset) / base.dtype.itemsize;
    positions = positions.map((p) => shift + offsets[p]);
    m = up;
  }
  return { owner: m, positions };
}

function overlapArgs(name: string, args: PyValue[]): [NdArray, NdArray] | null {
  if (args.length < 2) throw typeError(`${name}() missing required argument 'b' (pos 2)`);
  const [x, y] = args;
  return x instanceof NdArray && y instanceof NdArray ? [x, y] : null;  // other inputs are new arrays
}

// ---- np.copyto ----

const kindRank: Record<string, number> = { b: 0, u: 1, i: 2, f: 3 };
const castings = ['no', 'equiv', 'safe', 'same_kind', 'unsafe'];
const copytoParams = pyParams('copyto', ['dst', 'src', 'casting', 'where'], { casting: 'same_kind', where: true });

/** Whether numpy's casting rule lets `from` values into a `to` array. */
function castAllowed(from: NpDType, to: NpDType, casting: string): boolean {
  if (casting === 'unsafe' || from === to) return true;
  if (casting === 'same_kind') return kindRank[from.kind] <= kindRank[to.kind] && !(from.kind === 'i' && to.kind === 'u');
  return promoteTypes(from, to) === to;  // safe (and, approximately, equiv/no)
}

/** np.copyto(dst, src, casting='same_kind', where=True): src broadcast into dst in place. */
function copyto(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = copytoParams(args, kwargs);
  if (!(p.dst instanceof NdArray)) throw typeError(`copyto() argument 1 must be numpy.ndarray, not ${typeOf(p.dst).name}`);
  const dst = p.dst;
  const casting = p.casting;
  if (typeof casting !== 'string' || !castings.includes(casting)) {
    throw valueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got ${repr(casting)})`);
  }
  const src = operandOrThrow(p.src);
  // A Python scalar is cast by its value's kind (NEP 50), an array by its dtype.
  const fromType = src.weak === 'float' ? np.float64 : src.weak === 'int' ? null : src.arr.dtype;
  if (fromType !== null && !castAllowed(fromType, dst.dtype, casting)) {
    const what = src.weak !== null ? 'scalar' : 'array data';
    throw typeError(`Cannot cast ${what} from dtype('${fromType.name}') to dtype('${dst.dtype.name}') according to the rule '${casting}'`);
  }
  checkWriteable(dst);
  const values = broadcastInto(src.arr, dst.shape, 'input array');
  const cast = makeArray(dst.dtype, dst.shape.slice(), values.data);
  reportFpErrors('cast', castFlags(src.arr.dtype, dst.dtype, values.data, cast.data));
  const mask = p.where === true ? null : broadcastInto(operandOrThrow(p.where).arr, dst.shape, 'input array');
  const out = dst.data;
  for (let i = 0; i < out.length; i++) if (mask === null || mask.data[i]) out[i] = cast.data[i];
  writeBack(dst);
  return null;
}

/** `a`'s values broadcast to `shape` (C order), or numpy's "could not broadcast" error. */
function broadcastInto(a: NdArray, shape: number[], what: string): NdArray {
  let fits = a.ndim <= shape.length;
  if (fits) fits = a.shape.every((s, i) => s === 1 || s === shape[shape.length - a.ndim + i]);
  if (!fits) throw valueError(`could not broadcast ${what} from shape ${shapeText(a.shape)} into shape ${shapeText(shape)}`);
  const map = broadcastIndex(a.shape, shape);
  if (map === null) return a;
  const out = new a.dtype.Storage(map.length);
  for (let i = 0; i < map.length; i++) out[i] = a.data[map[i]];
  return new NdArray(a.dtype, shape.slice(), out);
}

export const viewFunctions: Record<string, (args: PyValue[], kwargs: Kwargs) => PyValue> = {
  copyto,
  /** Whether some element is in both arrays. */
  shares_memory: (args) => {
    const pair = overlapArgs('shares_memory', args);
    if (pair === null) return false;
    const [p, q] = pair.map(ownerPositions);
    if (p.owner !== q.owner) return false;
    const seen = new Set(p.positions);
    return q.positions.some((x) => seen.has(x));
  },
  /** Whether the memory bounds of the arrays overlap (numpy's quick, conservative test). */
  may_share_memory: (args) => {
    const pair = overlapArgs('may_share_memory', args);
    if (pair === null) return false;
    const [p, q] = pair.map(ownerPositions);
    if (p.owner !== q.owner || p.positions.length === 0 || q.positions.length === 0) return false;
    const lo = (v: Float64Array) => v.reduce((m, x) => Math.min(m, x), Infinity);
    const hi = (v: Float64Array) => v.reduce((m, x) => Math.max(m, x), -Infinity);
    return lo(p.positions) <= hi(q.positions) && lo(q.positions) <= hi(p.positions);
  },
  real: (args) => (args[0] instanceof NdArray ? args[0] : operandOrThrow(args[0]).arr),
  imag: (args) => imaginaryPart(operandOrThrow(args[0]).arr),
};

// numpy scalars answer the same questions as a read-only 0-d array that owns its value.
const scalar = (v: PyValue) => v as NumpyScalar;
defineGetter(genericType, 'strides', () => new PyTuple([]));
defineGetter(genericType, 'base', () => null);
defineGetter(genericType, 'device', () => 'cpu');
defineGetter(genericType, 'real', (self) => self);
defineGetter(genericType, 'imag', (self) => new NumpyScalar(scalar(self).dtype, 0));
defineGetter(genericType, 'flags', (self) => {
  const a = makeArray(scalar(self).dtype, [], [scalar(self).value]);
  a.writeable = false;
  return new ArrayFlags(a);
});

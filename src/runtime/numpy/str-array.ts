// numpy string arrays (dtype '<U<n>'): `class_names = np.array(['cat', 'dog'])` and what tutorials
// do with them: index (by int, argmax, label arrays, masks), compare with ==, unique, where, sort,
// concatenate/stack, astype(str), print. Elements are JS strings. Indexing, reshaping and joining
// reuse the numeric machinery on an int64 array of element positions, so their rules and errors
// are numpy's; sorting and unique work on each string's rank among the sorted distinct strings.
import { PyObject, PyType, PyValue } from '../../interpreter/objects/core.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { PyProperty } from '../../interpreter/objects/function.js';
import { defineGetter, defineMethod } from '../../interpreter/builtins/define.js';
import { builtinsDict } from '../../interpreter/builtins/registry.js';
import { PyIterator } from '../../interpreter/ops/iter.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { call } from '../../interpreter/ops/call.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { strRepr as pyStrRepr } from '../../interpreter/ops/text.js';
import { dtypeArg, np, npDtypeType, NpDType } from './dtype.js';
import { noLoopErrorFor } from './errors.js';
import { NdArray, NumpyScalar, makeArray, ndarrayType, numElements } from './ndarray.js';
import { getItem as numGetItem, setItem as numSetItem } from './indexing.js';
import { broadcastIndex, broadcastShapes } from './broadcast.js';
import * as S from './shape.js';
import { sortArray, uniqueArrays } from './sorting.js';
import { formatNumpyScalarStr, PrintDType } from '../printing/index.js';
import { printOptions } from '../printing/print-options.js';

const strArrayType = new PyType('ndarray', [ndarrayType], 'numpy');

/** Code points, as numpy's UCS4 storage counts them. */
const strLen = (s: string) => Array.from(s).length;

export class StrArray implements PyObject {
  constructor(
    readonly items: string[],
    readonly shape: number[],
    /** Characters per element: the n of '<U<n>' (at least 1). */
    readonly width: number = Math.max(1, ...items.map(strLen)),
  ) {}
  get cls(): PyType {
    return strArrayType;
  }
}

// ---- dtype('<U<n>') ----

const unicodeDtypeType = new PyType('dtype', [npDtypeType], 'numpy');
export class UnicodeDtype implements PyObject {
  constructor(readonly width: number) {}
  get cls(): PyType {
    return unicodeDtypeType;
  }
}
const ud = (v: PyValue) => v as UnicodeDtype;
defineMethod(unicodeDtypeType, '__repr__', (self) => `dtype('<U${ud(self).width}')`);
defineMethod(unicodeDtypeType, '__str__', (self) => `<U${ud(self).width}`);
const sameDtype = (self: PyValue, v: PyValue) => (v instanceof UnicodeDtype && v.width === ud(self).width) || v === `<U${ud(self).width}` || v === `U${ud(self).width}`;
defineMethod(unicodeDtypeType, '__eq__', (self, args) => sameDtype(self, args[0]));
defineMethod(unicodeDtypeType, '__ne__', (self, args) => !sameDtype(self, args[0]));
defineMethod(unicodeDtypeType, '__hash__', (self) => 1000 + ud(self).width);
defineGetter(unicodeDtypeType, 'name', (self) => `str${ud(self).width * 32}`);
defineGetter(unicodeDtypeType, 'str', (self) => `<U${ud(self).width}`);
defineGetter(unicodeDtypeType, 'kind', () => 'U');
defineGetter(unicodeDtypeType, 'char', () => 'U');
defineGetter(unicodeDtypeType, 'itemsize', (self) => 4 * ud(self).width);

/** The width a dtype argument asks for: 0 for `str`/'U' (fit the data), null when not a str dtype. */
export function strDtypeWidth(d: PyValue): number | null {
  if (d === builtinsDict.get('str')) return 0;
  if (d instanceof UnicodeDtype) return d.width;
  if (typeof d === 'string') {
    const m = /^[<=|]?U(\d*)$/.exec(d);
    if (m) return m[1] === '' ? 0 : Number(m[1]);
    if (d === 'str') return 0;
  }
  return null;
}

// ---- building ----

const truncate = (s: string, width: number) => (strLen(s) > width ? Array.from(s).slice(0, width).join('') : s);

/** str() of a Python element as numpy's unicode conversion writes it. */
function elementText(v: PyValue): string {
  if (typeof v === 'string') return v;
  return String(call(builtinsDict.get('str')!, [v], null));
}
/** The width numpy gives a non-string element converted to str: its dtype's widest text. */
function elementWidth(v: PyValue): number {
  if (typeof v === 'string') return strLen(v);
  if (typeof v === 'boolean') return 5;
  if (typeof v === 'number' || typeof v === 'bigint') return 21;
  if (v instanceof NumpyScalar) return numericWidth(v.dtype.name);
  return 32;
}
function numericWidth(dtype: string): number {
  const widths: Record<string, number> = {
    bool: 5, int8: 4, int16: 6, int32: 11, int64: 21, uint8: 3, uint16: 5, uint32: 10, uint64: 20,
  };
  return widths[dtype] ?? 32;
}

/** Nested lists/tuples holding at least one str: their shape and flat elements; null otherwise. */
function flattenStrings(v: PyValue): { shape: number[]; items: PyValue[] } | null {
  if (typeof v === 'string') return { shape: [], items: [v] };
  if (!(v instanceof PyList || v instanceof PyTuple)) return null;
  const items: PyValue[] = [];
  let shape: number[] | null = null;
  let anyStr = false;
  const walk = (x: PyValue, depth: number, dims: number[]): void => {
    if (x instanceof PyList || x instanceof PyTuple) {
      dims[depth] = x.items.length;
      for (const y of x.items) walk(y, depth + 1, dims);
      if (x.items.length === 0) shape = shape ?? dims.slice(0, depth + 1);
      return;
    }
    if (typeof x === 'string') anyStr = true;
    const here = dims.slice(0, depth);
    if (shape === null) shape = here;
    else if (shape.length !== here.length) {
      throw valueError(`setting an array element with a sequence. The requested array has an inhomogeneous shape after ${Math.min(shape.length, here.length)} dimensions. The detected shape was (${here.slice(0, Math.min(shape.length, here.length)).join(', ')},) + inhomogeneous part.`);
    }
    items.push(x);
  };
  const dims: number[] = [];
  walk(v, 0, dims);
  if (!anyStr) return null;
  const s = shape as number[] | null;
  return { shape: s ?? [], items };
}

/** np.array(v) for data holding strings (or any data with dtype=str); null when v has none. */
export function strArrayFrom(v: PyValue, width: number | null): StrArray | null {
  if (v instanceof StrArray) return width === null || width === 0 ? new StrArray(v.items.slice(), v.shape.slice(), v.width) : resized(v, width);
  if (v instanceof NdArray && width !== null) return numericAsStr(v, width);
  const flat = flattenStrings(v);
  if (flat === null) {
    if (width === null) return null;
    const list = v instanceof PyList || v instanceof PyTuple ? v : new PyList([v]);
    const all: PyValue[] = [];
    const walk = (x: PyValue) => (x instanceof PyList || x instanceof PyTuple ? x.items.forEach(walk) : all.push(x));
    walk(list);
    const shapeOf = (x: PyValue): number[] => (x instanceof PyList || x instanceof PyTuple ? [x.items.length, ...(x.items.length ? shapeOf(x.items[0]) : [])] : []);
    const texts = all.map(elementText);
    const w = width || Math.max(1, ...texts.map(strLen));
    return new StrArray(texts.map((t) => truncate(t, w)), v instanceof PyList || v instanceof PyTuple ? shapeOf(v) : [], w);
  }
  const texts = flat.items.map(elementText);
  const natural = Math.max(1, ...flat.items.map(elementWidth));
  const w = width || natural;
  return new StrArray(texts.map((t) => truncate(t, w)), flat.shape, w);
}

function resized(a: StrArray, width: number): StrArray {
  return new StrArray(a.items.map((t) => truncate(t, width)), a.shape.slice(), width);
}

/** .astype(str) of a numeric array: each element as str() of its numpy scalar. */
export function numericAsStr(a: NdArray, width: number): StrArray {
  const texts = Array.from(a.data, (x) => formatNumpyScalarStr(x, a.dtype.name as PrintDType));
  const w = width || numericWidth(a.dtype.name);
  return new StrArray(texts.map((t) => truncate(t, w)), a.shape.slice(), w);
}

// ---- positions: numpy's indexing and shape rules for free ----

const positions = (a: StrArray, offset = 0) => makeArray(np.int64, a.shape.slice(), a.items.map((_, i) => i + offset));

/** Strings at the positions numeric code selected: an array, or one str for a scalar. */
function pick(items: string[], width: number, r: PyValue): PyValue {
  if (r instanceof NumpyScalar) return items[r.value];
  const p = r as NdArray;
  return new StrArray(Array.from(p.data, (i) => items[i]), p.shape.slice(), width);
}

function setItems(a: StrArray, key: PyValue, value: PyValue): void {
  const pos = positions(a);
  const sel = numGetItem(pos, key);
  const targets = sel instanceof NumpyScalar ? [sel.value] : Array.from((sel as NdArray).data);
  const shape = sel instanceof NumpyScalar ? [] : (sel as NdArray).shape;
  const src = value instanceof StrArray ? value : strArrayFrom(value, 0);
  if (src === null) throw valueError(`invalid literal for str array: ${elementText(value)}`);
  const map = broadcastIndex(src.shape, broadcastShapes(src.shape, shape));
  // numSetItem's own checks (shape mismatch) run on the positions, for numpy's messages.
  numSetItem(makeArray(np.int64, pos.shape, pos.data), key, makeArray(np.int64, src.shape.slice(), src.items.map(() => 0)));
  targets.forEach((t, i) => {
    a.items[t] = truncate(src.items[map ? map[i] : i], a.width);
  });
}

// ---- comparisons ----

function compareWith(ufunc: string, a: StrArray, other: PyValue, op: (x: string, y: string) => boolean): PyValue {
  let b: StrArray | null = null;
  if (typeof other === 'string') b = new StrArray([other], []);
  else if (other instanceof StrArray) b = other;
  else if (other instanceof PyList || other instanceof PyTuple) b = strArrayFrom(other, null);
  if (b === null) {
    // == and != against a non-string are all False/True; ordering has no loop.
    if (ufunc !== 'equal' && ufunc !== 'not_equal') throw noLoopErrorFor(ufunc, [dtypeText(a), dtypeText(other)]);
    return makeArray(np.bool, a.shape.slice(), a.items.map(() => (ufunc === 'equal' ? 0 : 1)));
  }
  const shape = broadcastShapes(a.shape, b.shape);
  const ia = broadcastIndex(a.shape, shape), ib = broadcastIndex(b.shape, shape);
  const n = numElements(shape);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = op(a.items[ia ? ia[i] : i], b.items[ib ? ib[i] : i]) ? 1 : 0;
  const r = makeArray(np.bool, shape, out);
  return r.ndim === 0 ? new NumpyScalar(np.bool, r.data[0]) : r;
}

// ---- arithmetic: + concatenates; numpy has no other string loops ----

function dtypeText(v: PyValue): string {
  if (v instanceof StrArray) return `<U${v.width}`;
  if (typeof v === 'string') return `<U${Math.max(1, strLen(v))}`;
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number' || typeof v === 'bigint') return 'int64';
  if (v instanceof NdArray || v instanceof NumpyScalar) return v.dtype.name;
  return 'float64';
}

function arithmetic(ufunc: string, a: StrArray, other: PyValue, reflected: boolean): PyValue {
  const b = typeof other === 'string' || other instanceof StrArray ? asStr(other) : null;
  if (ufunc !== 'add' || b === null) {
    const names = [dtypeText(a), dtypeText(other)];
    throw noLoopErrorFor(ufunc, reflected ? names.reverse() : names);
  }
  const [x, y] = reflected ? [b, a] : [a, b];
  const shape = broadcastShapes(x.shape, y.shape);
  const ix = broadcastIndex(x.shape, shape), iy = broadcastIndex(y.shape, shape);
  const items = Array.from({ length: numElements(shape) }, (_, i) => x.items[ix ? ix[i] : i] + y.items[iy ? iy[i] : i]);
  return shape.length === 0 ? items[0] : new StrArray(items, shape, x.width + y.width);
}
const arithmeticOps: [string, string][] = [
  ['add', 'add'], ['sub', 'subtract'], ['mul', 'multiply'], ['truediv', 'divide'], ['floordiv', 'floor_divide'],
  ['mod', 'remainder'], ['pow', 'power'],
];

/** .astype(int/float...) parses each string as numpy does (Python's int()/float() rules). */
function parsedAs(a: StrArray, dtype: NpDType): NdArray {
  const values = a.items.map((t) => {
    if (dtype.kind === 'f') {
      const x = t.trim().toLowerCase().replace(/_/g, '');
      const v = /^[+-]?(inf|infinity)$/.test(x) ? (x.startsWith('-') ? -Infinity : Infinity) : /^[+-]?nan$/.test(x) ? NaN : x === '' ? NaN : Number(x);
      if (Number.isNaN(v) && !/nan$/.test(x)) throw valueError(`could not convert string to float: np.str_(${pyStrRepr(t)})`);
      return v;
    }
    if (dtype.kind === 'b') return t.length > 0 ? 1 : 0;
    if (!/^\s*[+-]?\d+\s*$/.test(t)) throw valueError(`invalid literal for int() with base 10: np.str_(${pyStrRepr(t)})`);
    return Number(t.trim());
  });
  return makeArray(dtype, a.shape.slice(), values);
}

// ---- sorting via ranks ----

const byCodePoint = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function ranks(a: StrArray): { distinct: string[]; rank: NdArray } {
  const distinct = Array.from(new Set(a.items)).sort(byCodePoint);
  const index = new Map(distinct.map((s, i) => [s, i]));
  return { distinct, rank: makeArray(np.int64, a.shape.slice(), a.items.map((s) => index.get(s)!)) };
}

export function sortStrings(a: StrArray, axis: number | null, indices: boolean): PyValue {
  const { distinct, rank } = ranks(a);
  const r = sortArray(rank, axis, indices);
  return indices ? r : new StrArray(Array.from(r.data, (i) => distinct[i]), r.shape.slice(), a.width);
}

export function uniqueStrings(a: StrArray, returnIndex: boolean, returnInverse: boolean, returnCounts: boolean): PyValue {
  const { distinct, rank } = ranks(a);
  const r = uniqueArrays(rank, returnIndex, returnInverse, returnCounts);
  const toStr = (u: NdArray) => new StrArray(Array.from(u.data, (i) => distinct[i]), u.shape.slice(), a.width);
  if (r instanceof NdArray) return toStr(r);
  const parts = (r as PyTuple).items.slice();
  parts[0] = toStr(parts[0] as NdArray);
  return new PyTuple(parts);
}

// ---- joining ----

function joined(arrays: StrArray[], f: (ps: NdArray[]) => NdArray): StrArray {
  const items: string[] = [];
  const ps = arrays.map((x) => {
    const p = positions(x, items.length);
    items.push(...x.items);
    return p;
  });
  const r = f(ps);
  return new StrArray(Array.from(r.data, (i) => items[i]), r.shape.slice(), Math.max(...arrays.map((x) => x.width)));
}

// ---- printing (numpy's array2string layout, elements as repr(str)) ----

function layout(a: StrArray, separator: string, prefix: string, lineWidth: number): string {
  const sepTrimmed = separator.trimEnd();
  const strides = a.shape.map((_, i) => numElements(a.shape.slice(i + 1)));
  const recurse = (axis: number, offset: number, indent: string, width: number): string => {
    const left = a.shape.length - axis;
    if (left === 0) return pyStrRepr(a.items[offset]);
    const len = a.shape[axis];
    const child = (i: number) => recurse(axis + 1, offset + i * strides[axis], indent + ' ', width - 1);
    let s = '';
    if (left === 1) {
      const elemWidth = width - Math.max(sepTrimmed.length, 1);
      let line = indent;
      for (let i = 0; i < len; i++) {
        const word = child(i);
        if (line.length + word.length > elemWidth && line.length > indent.length) {
          s += line.trimEnd() + '\n';
          line = indent;
        }
        line += word + (i < len - 1 ? separator : '');
      }
      s += line;
    } else {
      const lineSep = sepTrimmed + '\n'.repeat(left - 1);
      for (let i = 0; i < len; i++) s += indent + child(i) + (i < len - 1 ? lineSep : '');
    }
    return '[' + s.slice(indent.length) + ']';
  };
  return recurse(0, 0, ' ' + ' '.repeat(prefix.length), lineWidth);
}

function strOf(a: StrArray): string {
  if (a.shape.length === 0) return a.items[0];
  if (a.items.length === 0) return '[]';
  return layout(a, ' ', '', printOptions.linewidth);
}

function reprOf(a: StrArray): string {
  const dtype = `dtype='<U${a.width}')`;
  const body = a.shape.length === 0 ? pyStrRepr(a.items[0]) : a.items.length === 0 ? '[]' : layout(a, ', ', 'array(', printOptions.linewidth - 1);
  const head = `array(${body},`;
  const last = head.length - (head.lastIndexOf('\n') + 1);
  return head + (last + dtype.length + 1 > printOptions.linewidth ? '\n      ' : ' ') + dtype;
}

// ---- the Python face ----

const sa = (v: PyValue) => v as StrArray;
const methods: Record<string, (a: StrArray, args: PyValue[], kwargs: Kwargs) => PyValue> = {
  __repr__: (a) => reprOf(a),
  __str__: (a) => strOf(a),
  __len__: (a) => {
    if (a.shape.length === 0) throw typeError('len() of unsized object');
    return a.shape[0];
  },
  __getitem__: (a, args) => pick(a.items, a.width, numGetItem(positions(a), args[0])),
  __setitem__: (a, args) => {
    setItems(a, args[0], args[1]);
    return null;
  },
  __iter__: (a) => {
    if (a.shape.length === 0) throw typeError('iteration over a 0-d array');
    let i = 0;
    return new PyIterator(() => (i < a.shape[0] ? pick(a.items, a.width, numGetItem(positions(a), i++)) : undefined));
  },
  __eq__: (a, args) => compareWith('equal', a, args[0], (x, y) => x === y),
  __ne__: (a, args) => compareWith('not_equal', a, args[0], (x, y) => x !== y),
  __lt__: (a, args) => compareWith('less', a, args[0], (x, y) => x < y),
  __le__: (a, args) => compareWith('less_equal', a, args[0], (x, y) => x <= y),
  __gt__: (a, args) => compareWith('greater', a, args[0], (x, y) => x > y),
  __ge__: (a, args) => compareWith('greater_equal', a, args[0], (x, y) => x >= y),
  __contains__: (a, args) => a.items.includes(args[0] as string),
  tolist: (a) => {
    const build = (axis: number, offset: number): PyValue => {
      if (axis === a.shape.length) return a.items[offset];
      const stride = numElements(a.shape.slice(axis + 1));
      return new PyList(Array.from({ length: a.shape[axis] }, (_, i) => build(axis + 1, offset + i * stride)));
    };
    return build(0, 0);
  },
  copy: (a) => new StrArray(a.items.slice(), a.shape.slice(), a.width),
  astype: (a, args) => {
    const w = strDtypeWidth(args[0]);
    if (w === null) return parsedAs(a, dtypeArg(args[0])!);
    return w === 0 ? new StrArray(a.items.slice(), a.shape.slice(), a.width) : resized(a, w);
  },
  reshape: (a, args) => pick(a.items, a.width, S.reshape(positions(a), S.shapeArg(args.length === 1 ? args[0] : args))),
  flatten: (a) => new StrArray(a.items.slice(), [a.items.length], a.width),
  ravel: (a) => new StrArray(a.items.slice(), [a.items.length], a.width),
  argsort: (a) => sortStrings(a, -1, true),
  sort: (a) => {
    const r = sortStrings(a, -1, false) as StrArray;
    a.items.splice(0, a.items.length, ...r.items);
    return null;
  },
  item: (a) => {
    if (a.items.length !== 1) throw valueError('can only convert an array of size 1 to a Python scalar');
    return a.items[0];
  },
};
for (const [name, body] of Object.entries(methods)) defineMethod(strArrayType, name, (self, args, kwargs) => body(sa(self), args, kwargs ?? null));
strArrayType.dict.set('__hash__', null);
for (const [dunder, ufunc] of arithmeticOps) {
  defineMethod(strArrayType, `__${dunder}__`, (self, args) => arithmetic(ufunc, sa(self), args[0], false));
  defineMethod(strArrayType, `__r${dunder}__`, (self, args) => arithmetic(ufunc, sa(self), args[0], true));
}
defineGetter(strArrayType, 'shape', (self) => new PyTuple(sa(self).shape.slice()));
defineGetter(strArrayType, 'ndim', (self) => sa(self).shape.length);
defineGetter(strArrayType, 'size', (self) => sa(self).items.length);
defineGetter(strArrayType, 'dtype', (self) => new UnicodeDtype(sa(self).width));
defineGetter(strArrayType, 'itemsize', (self) => 4 * sa(self).width);
defineGetter(strArrayType, 'nbytes', (self) => 4 * sa(self).width * sa(self).items.length);
defineGetter(strArrayType, 'T', (self) => pick(sa(self).items, sa(self).width, S.transpose(positions(sa(self)), null)));

/** Numeric ndarray attributes not defined above: numpy's ufunc error rather than misread data. */
export function refuseNumericOnStrings(): void {
  for (const name of ndarrayType.dict.keys()) {
    if (strArrayType.dict.has(name) || name === '__class__') continue;
    const refuse = () => {
      throw typeError(`ufunc '${name.replace(/^__r?|__$/g, '')}' did not contain a loop with signature matching types (dtype('<U1'), dtype('<U1')) -> None`);
    };
    if (ndarrayType.dict.get(name) instanceof PyProperty) defineGetter(strArrayType, name, refuse);
    else defineMethod(strArrayType, name, refuse);
  }
}

// ---- numpy functions that take string arrays ----

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const kw = (kwargs: Kwargs, name: string, def: PyValue): PyValue => (kwargs && kwargs.has(name) ? kwargs.get(name)! : def);
const asStr = (v: PyValue): StrArray | null => (v instanceof StrArray ? v : typeof v === 'string' ? new StrArray([v], []) : strArrayFrom(v, null));
const arraysIn = (v: PyValue): PyValue[] => (v instanceof PyList || v instanceof PyTuple ? v.items.slice() : []);

/** String versions of numpy functions: each returns undefined when its arguments hold no strings. */
const overrides: Record<string, (args: PyValue[], kwargs: Kwargs) => PyValue | undefined> = {
  array: (args, kwargs) => {
    const d = args.length > 1 ? args[1] : kw(kwargs, 'dtype', null);
    const w = d === null ? null : strDtypeWidth(d);
    if (d !== null && w === null) return undefined;
    return strArrayFrom(args[0], w) ?? undefined;
  },
  unique: (args, kwargs) => {
    const a = args[0] instanceof StrArray ? args[0] : null;
    if (!a) return undefined;
    return uniqueStrings(a, isTruthy(kw(kwargs, 'return_index', false)), isTruthy(kw(kwargs, 'return_inverse', false)), isTruthy(kw(kwargs, 'return_counts', false)));
  },
  sort: (args, kwargs) => {
    if (!(args[0] instanceof StrArray)) return undefined;
    const axis = args.length > 1 ? args[1] : kw(kwargs, 'axis', -1);
    return sortStrings(args[0], axis === null ? null : asIndex(axis), false);
  },
  argsort: (args, kwargs) => {
    if (!(args[0] instanceof StrArray)) return undefined;
    const axis = args.length > 1 ? args[1] : kw(kwargs, 'axis', -1);
    return sortStrings(args[0], axis === null ? null : asIndex(axis), true);
  },
  where: (args) => {
    if (args.length !== 3 || !args.slice(1).some((v) => typeof v === 'string' || v instanceof StrArray || flattenStrings(v) !== null)) return undefined;
    const x = asStr(args[1]), y = asStr(args[2]);
    if (!x || !y) return undefined;
    const cond = args[0] instanceof NdArray ? args[0] : makeArray(np.bool, [], [isTruthy(args[0]) ? 1 : 0]);
    const shape = broadcastShapes(cond.shape, x.shape, y.shape);
    const [ic, ix, iy] = [cond.shape, x.shape, y.shape].map((s) => broadcastIndex(s, shape));
    const items = Array.from({ length: numElements(shape) }, (_, i) => (cond.data[ic ? ic[i] : i] ? x.items[ix ? ix[i] : i] : y.items[iy ? iy[i] : i]));
    return new StrArray(items, shape, Math.max(x.width, y.width));
  },
  concatenate: (args, kwargs) => {
    const xs = arraysIn(args[0]);
    if (!xs.some((v) => v instanceof StrArray)) return undefined;
    const axis = args.length > 1 ? args[1] : kw(kwargs, 'axis', 0);
    return joined(xs.map((v) => asStr(v)!), (ps) => S.concatenate(ps, axis === null ? null : asIndex(axis)));
  },
  stack: (args, kwargs) => {
    const xs = arraysIn(args[0]);
    if (!xs.some((v) => v instanceof StrArray)) return undefined;
    const axis = args.length > 1 ? args[1] : kw(kwargs, 'axis', 0);
    return joined(xs.map((v) => asStr(v)!), (ps) => S.stack(ps, asIndex(axis)));
  },
  full: (args, kwargs) => {
    const fill = args.length > 1 ? args[1] : kw(kwargs, 'fill_value', null);
    const d = args.length > 2 ? args[2] : kw(kwargs, 'dtype', null);
    const w = d === null ? null : strDtypeWidth(d);
    if (typeof fill !== 'string' && (w === null || fill instanceof NdArray)) return undefined;
    const one = strArrayFrom(new PyList([fill]), w === null ? 0 : w)!;
    const shape = S.shapeArg(args[0]);
    return new StrArray(new Array<string>(numElements(shape)).fill(one.items[0]), shape, one.width);
  },
  shape: (args) => (args[0] instanceof StrArray ? new PyTuple(args[0].shape.slice()) : undefined),
  size: (args) => (args[0] instanceof StrArray ? args[0].items.length : undefined),
  ndim: (args) => (args[0] instanceof StrArray ? args[0].shape.length : undefined),
};
overrides.asarray = overrides.array;
/** np.zeros/empty(shape, dtype=str): empty strings, '<U1'. */
const emptyStrings = (args: PyValue[], kwargs: Kwargs): PyValue | undefined => {
  const d = args.length > 1 ? args[1] : kw(kwargs, 'dtype', null);
  const w = d === null ? null : strDtypeWidth(d);
  if (w === null) return undefined;
  const shape = S.shapeArg(args[0]);
  return new StrArray(new Array<string>(numElements(shape)).fill(''), shape, Math.max(1, w));
};
overrides.zeros = emptyStrings;
overrides.empty = emptyStrings;

/** Wraps the numpy module's functions that have string versions. */
export function withStringOverrides(fns: Record<string, Fn>): void {
  for (const [name, f] of Object.entries(overrides)) {
    const base = fns[name];
    if (!base) continue;
    fns[name] = (args, kwargs) => {
      const r = f(args, kwargs);
      return r === undefined ? base(args, kwargs) : r;
    };
  }
}

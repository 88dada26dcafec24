// Calling the builtin types: int(), float(), bool(), str(), list(), tuple(), dict(), range(),
// object(), type(), with CPython's conversions and error texts.
import { PyType, PyValue, objectType, typeType } from '../objects/core.js';
import {
  boolType,
  dictType,
  floatType,
  intType,
  listType,
  rangeType,
  strType,
  tupleType,
  setType,
  frozensetType,
} from '../objects/builtin-types.js';
import { overflowError, typeError, valueError } from '../objects/exceptions.js';
import { PyDict, PyDictSub, PyFloat, PyInstance, PyList, PyListSub, PyRange, PyTuple, PyTupleSub, EMPTY_TUPLE } from '../objects/values.js';
import { baseExceptionType, exceptionTypes, PyBaseException } from '../objects/exceptions.js';
import { PyStaticMethod } from '../objects/function.js';
import { PySet } from '../objects/set.js';
import { makeClass } from '../ops/new-class.js';
import { PyBytes } from '../objects/bytes.js';
import { asInt } from '../ops/arith.js';
import { call, callDunder, Kwargs } from '../ops/call.js';
import { asIndex } from '../ops/convert.js';
import { normBig } from '../ops/int-math.js';
import { getIterator, iterToArray } from '../ops/iter.js';
import { kwargsToMap } from '../ops/kwargs.js';
import { str } from '../ops/text.js';
import { isTruthy } from '../ops/truth.js';
import { typeOf } from '../ops/typeof.js';
import { strRepr } from '../ops/text.js';
import { pyParams } from './define.js';

/** Parses an int literal as int(s, base) does (whitespace, sign, underscores, prefixes). */
export function parseIntLiteral(text: string, base: number): PyValue {
  const fail = () => valueError(`invalid literal for int() with base ${base}: ${strRepr(text)}`);
  let s = text.trim();
  let sign = 1n;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1n;
    s = s.slice(1);
  }
  let b = base;
  const prefix = s.slice(0, 2).toLowerCase();
  const prefixes: Record<string, number> = { '0x': 16, '0o': 8, '0b': 2 };
  if (prefixes[prefix] && (base === 0 || base === prefixes[prefix])) {
    b = prefixes[prefix];
    s = s.slice(2);
    if (s.startsWith('_')) s = s.slice(1);
  } else if (base === 0) {
    b = 10;
    if (/^0+[1-9]/.test(s)) throw fail();
  }
  if (s === '' || s.startsWith('_') || s.endsWith('_') || s.includes('__')) throw fail();
  s = s.replace(/_/g, '');
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  let value = 0n;
  const bigBase = BigInt(b);
  for (const ch of s.toLowerCase()) {
    const d = digits.indexOf(ch);
    if (d < 0) throw fail();
    value = value * bigBase + BigInt(d);
  }
  return normBig(sign * value);
}

export function floatToInt(x: number): PyValue {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t || 0 : normBig(BigInt(t));
}

const intParams = pyParams('int', ['x', 'base'], { x: 0, base: null });

function constructInt(args: PyValue[], kwargs: Kwargs): PyValue {
  const { x, base } = intParams(args, kwargs);
  if (base !== null) {
    if (typeof x !== 'string') throw typeError("int() can't convert non-string with explicit base");
    const b = asIndex(base);
    if (b !== 0 && (b < 2 || b > 36)) throw valueError('int() base must be >= 2 and <= 36, or 0');
    return parseIntLiteral(x, b);
  }
  if (typeof x === 'string') return parseIntLiteral(x, 10);
  const i = asInt(x);
  if (i !== undefined) return i;
  if (x instanceof PyFloat) return floatToInt(x.v);
  for (const dunder of ['__int__', '__index__', '__trunc__']) {
    const r = callDunder(x, dunder, []);
    if (r !== undefined) return r;
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeOf(x).name}'`);
}

/** float(str) as CPython accepts it: inf/nan words, underscores between digits, whitespace. */
export function parseFloatLiteral(text: string): number {
  const s = text.trim().toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(s);
  if (m) return m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
  const ok = /^[+-]?((\d(_?\d)*)?\.?\d(_?\d)*|\d(_?\d)*\.)(e[+-]?\d(_?\d)*)?$/.test(s);
  if (!ok || s === '') throw valueError(`could not convert string to float: ${strRepr(text)}`);
  return Number(s.replace(/_/g, ''));
}

function constructFloat(args: PyValue[], kwargs: Kwargs): PyValue {
  if (kwargs && kwargs.size) throw typeError('float() takes no keyword arguments');
  if (args.length > 1) throw typeError(`float expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return new PyFloat(0);
  const x = args[0];
  if (x instanceof PyFloat) return x;
  if (typeof x === 'string') return new PyFloat(parseFloatLiteral(x));
  const i = asInt(x);
  if (i !== undefined) {
    const f = Number(i);
    if (!Number.isFinite(f)) throw overflowError('int too large to convert to float');
    return new PyFloat(f);
  }
  const r = callDunder(x, '__float__', []);
  if (r instanceof PyFloat) return r;
  const idx = callDunder(x, '__index__', []);
  if (idx !== undefined) return new PyFloat(Number(idx));
  throw typeError(`float() argument must be a string or a real number, not '${typeOf(x).name}'`);
}

function constructStr(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = pyParams('str', ['object', 'encoding', 'errors'], { object: '', encoding: null, errors: null })(args, kwargs);
  if (p.encoding !== null && p.object instanceof PyBytes) return new TextDecoder().decode(p.object.data);
  return str(p.object);
}

function constructDict(args: PyValue[], kwargs: Kwargs): PyValue {
  const d = new PyDict();
  dictUpdate(d, args, kwargs, 'dict');
  return d;
}

/** dict(...)/dict.update(...)/dict.__init__(...): a mapping or an iterable of pairs, then kwargs. */
export function dictUpdate(d: PyDict, args: PyValue[], kwargs: Kwargs, name: string): void {
  if (args.length > 1) throw typeError(`${name} expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) {
    const src = args[0];
    if (src instanceof PyDict || (src !== null && typeOf(src).lookup('keys') !== undefined)) {
      for (const [k, v] of kwargsToMap(src, null, 'dict')) d.storage.set(k, v);
    } else {
      let i = 0;
      let it;
      try {
        it = getIterator(src);
      } catch (e) {
        if (e instanceof PyBaseException && e.cls.name === 'TypeError') {
          throw typeError(`'${typeOf(src).name}' object is not iterable`);
        }
        throw e;
      }
      for (let item = it.next(); item !== undefined; item = it.next(), i++) {
        let pair: PyValue[];
        try {
          pair = iterToArray(item);
        } catch {
          throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        if (pair.length !== 2) {
          throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        }
        d.storage.set(pair[0], pair[1]);
      }
    }
  }
  if (kwargs) for (const [k, v] of kwargs) d.storage.set(k, v);
}

function constructRange(args: PyValue[], kwargs: Kwargs): PyValue {
  if (kwargs && kwargs.size) throw typeError('range() takes no keyword arguments');
  if (args.length === 0) throw typeError('range expected at least 1 argument, got 0');
  if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  const ints = args.map(asIndex);
  const [start, stop, step] = ints.length === 1 ? [0, ints[0], 1] : [ints[0], ints[1], ints[2] ?? 1];
  if (step === 0) throw valueError('range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
}

/** A new, uninitialised instance of cls in the layout of its nearest builtin base (what
 *  object.__new__ / BaseException.__new__ / list.__new__ produce). */
export function bareInstance(cls: PyType, args: PyValue[]): PyValue {
  for (const base of cls.mro) {
    if (base === objectType) break;
    if (base === baseExceptionType) return new PyBaseException(cls, args);
    if (base === listType) return new PyListSub([], cls);
    if (base === dictType) return new PyDictSub(cls);
    if (base === tupleType) return new PyTupleSub([], cls);
    if (base === setType || base === frozensetType) return new PySet(base === frozensetType, cls);
  }
  return new PyInstance(cls);
}

/** type.__call__: cls.__new__(cls, ...) then, for an instance of cls, __init__(...). */
export function typeCall(cls: PyType, args: PyValue[], kwargs: Kwargs): PyValue {
  const newFn = cls.lookup('__new__');
  const objectNew = objectType.dict.get('__new__');
  const init = cls.lookup('__init__');
  const objectInit = objectType.dict.get('__init__');
  let inst: PyValue;
  if (newFn === objectNew || newFn === undefined) {
    if (init === objectInit && (args.length || (kwargs && kwargs.size))) {
      throw typeError(`${cls.qualname}() takes no arguments`);
    }
    inst = bareInstance(cls, args);
  } else {
    const fn = newFn instanceof PyStaticMethod ? newFn.func : newFn;
    inst = call(fn, [cls, ...args], kwargs);
    if (!typeOf(inst).isSubtypeOf(cls)) return inst;
  }
  const instInit = inst !== null && typeof inst === 'object' && inst.cls !== cls ? typeOf(inst).lookup('__init__') : init;
  if (instInit !== undefined && instInit !== objectInit) {
    const r = call(instInit, [inst, ...args], kwargs);
    if (r !== null) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`);
  }
  return inst;
}

function constructType(args: PyValue[], kwargs: Kwargs): PyValue {
  if (args.length === 1 && !(kwargs && kwargs.size)) return typeOf(args[0]);
  if (args.length !== 3) throw typeError('type() takes 1 or 3 arguments');
  const [name, bases, dict] = args;
  if (typeof name !== 'string') throw typeError(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (!(dict instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeOf(dict).name}`);
  const ns = new Map<string, PyValue>([['__module__', '__main__']]);
  for (const [k, v] of dict.storage.entries()) {
    if (typeof k === 'string') ns.set(k, v);
  }
  return makeClass(name, [...bases.items], ns, kwargs);
}

/** Installs `construct` on each builtin type so `T(...)` works. */
export function installConstructors(): void {
  intType.construct = (_c, a, k) => constructInt(a, k);
  boolType.construct = (_c, a, k) => {
    if (k && k.size) throw typeError('bool() takes no keyword arguments');
    if (a.length > 1) throw typeError(`bool expected at most 1 argument, got ${a.length}`);
    return a.length ? isTruthy(a[0]) : false;
  };
  floatType.construct = (_c, a, k) => constructFloat(a, k);
  strType.construct = (_c, a, k) => constructStr(a, k);
  listType.construct = (c, a, k) => {
    if (c !== listType) return typeCall(c, a, k);
    if (a.length > 1) throw typeError(`list expected at most 1 argument, got ${a.length}`);
    return new PyList(a.length ? iterToArray(a[0]) : []);
  };
  tupleType.construct = (c, a, k) => {
    if (c !== tupleType) return typeCall(c, a, k);
    if (a.length > 1) throw typeError(`tuple expected at most 1 argument, got ${a.length}`);
    // Only an exact tuple is returned as is: a subclass (namedtuple, struct sequence) is copied.
    if (a.length && a[0] instanceof PyTuple && a[0].cls === tupleType) return a[0];
    return a.length ? new PyTuple(iterToArray(a[0])) : EMPTY_TUPLE;
  };
  dictType.construct = (c, a, k) => (c === dictType ? constructDict(a, k) : typeCall(c, a, k));
  rangeType.construct = (_c, a, k) => constructRange(a, k);
  objectType.construct = typeCall;
  // Exception classes were created (inheriting a bare constructor) before this ran.
  for (const t of exceptionTypes.values()) t.construct = typeCall;
  typeType.construct = (_c, a, k) => constructType(a, k);
}

export const builtinTypes: Record<string, PyType> = {
  int: intType,
  bool: boolType,
  float: floatType,
  str: strType,
  list: listType,
  tuple: tupleType,
  dict: dictType,
  range: rangeType,
  object: objectType,
  type: typeType,
};

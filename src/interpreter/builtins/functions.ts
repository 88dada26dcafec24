// The builtin functions (print, len, range, isinstance, ...), with CPython's argument errors.
import { redirectedStdout } from '../stdlib/sys.js';
import { PyType, PyValue } from '../objects/core.js';
import { pyExc, typeError, valueError } from '../objects/exceptions.js';
import { PyBuiltinFunction, PyFunction, PyBoundMethod } from '../objects/function.js';
import { PyDict, PyFloat, PyList, PyRange, PyTuple } from '../objects/values.js';
import { PyDictView } from '../objects/dict-view.js';
import { iteratorType } from '../objects/builtin-types.js';
import { asInt, binaryOp } from '../ops/arith.js';
import { dirNames, getAttr, lookupAttr, setAttr, delAttr } from '../ops/attr.js';
import { call, callDunder, Kwargs } from '../ops/call.js';
import { compareOp, canonicalKey } from '../ops/compare.js';
import { stableSortByKeys } from './sort.js';
import { asIndex } from '../ops/convert.js';
import { formatValue } from '../ops/format.js';
import { objectId } from '../ops/ids.js';
import { len } from '../ops/items.js';
import { getIterator, iterToArray, PyIterator } from '../ops/iter.js';
import { repr, str } from '../ops/text.js';
import { isTruthy } from '../ops/truth.js';
import { typeOf } from '../ops/typeof.js';
import { intAdd, intNeg, normBig, PyInt } from '../ops/int-math.js';
import { writeStdout } from '../io.js';
import { builtinFunction, checkArity, noKwargs, pyParams } from './define.js';
import { roundBuiltin } from './round.js';
import { pyHash } from '../ops/hash.js';
import { inputBuiltin } from './input.js';

const printParams = pyParams('print', [], { sep: ' ', end: '\n', file: null, flush: false }, ['sep', 'end', 'file', 'flush'], true);

/**
 * While depth > 0, print() writes nothing: tf.function re-runs a body it has already traced for
 * these argument types, where TF would run the traced graph and none of the Python code, so the
 * body's print() calls must not show (tf.print, an op, still does).
 */
export const printMuting = { depth: 0 };

function print(args: PyValue[], kwargs: Kwargs): PyValue {
  if (printMuting.depth > 0) return null;
  let sep = ' ';
  let end = '\n';
  let file: PyValue = null;
  if (kwargs) {
    const p = printParams([], kwargs);
    if (p.sep !== null) {
      if (typeof p.sep !== 'string') throw typeError(`sep must be None or a string, not ${typeOf(p.sep).name}`);
      sep = p.sep;
    }
    if (p.end !== null) {
      if (typeof p.end !== 'string') throw typeError(`end must be None or a string, not ${typeOf(p.end).name}`);
      end = p.end;
    }
    file = p.file;
  }
  // print(file=None) writes to sys.stdout, which a script may have replaced (redirect_stdout).
  if (file === null) file = redirectedStdout();
  if (file !== null) {
    // As CPython: each piece is its own write() call.
    const write = getAttr(file, 'write');
    args.forEach((a, i) => {
      if (i > 0) call(write, [sep], null);
      call(write, [str(a)], null);
    });
    call(write, [end], null);
    return null;
  }
  let text = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0) text += sep;
    text += str(args[i]);
  }
  writeStdout(text + end);
  return null;
}

function isinstanceCheck(v: PyValue, spec: PyValue, fname: string): boolean {
  if (spec instanceof PyType) return typeOf(v).isSubtypeOf(spec);
  if (spec instanceof PyTuple) return spec.items.some((s) => isinstanceCheck(v, s, fname));
  throw typeError(`${fname}() arg 2 must be a type, a tuple of types, or a union`);
}

// A default of NO_DEFAULT means "not given" (None is a valid default).
const NO_DEFAULT = new PyTuple([]);
const minParams = pyParams('min', [], { key: null, default: NO_DEFAULT }, ['key', 'default'], true);
const maxParams = pyParams('max', [], { key: null, default: NO_DEFAULT }, ['key', 'default'], true);

function minmax(name: 'min' | 'max', args: PyValue[], kwargs: Kwargs): PyValue {
  const opts = (name === 'min' ? minParams : maxParams)([], kwargs);
  const items = args.length === 1 ? iterToArray(args[0]) : args;
  if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (items.length === 0) {
    if (opts.default !== NO_DEFAULT) return opts.default;
    throw valueError(`${name}() arg is an empty sequence`);
  }
  const key = opts.key;
  let best = items[0];
  let bestKey = key !== null ? call(key, [best], null) : best;
  const op = name === 'min' ? 'Lt' : 'Gt';
  for (let i = 1; i < items.length; i++) {
    const k = key !== null ? call(key, [items[i]], null) : items[i];
    if (isTruthy(compareOp(op, k, bestKey))) {
      best = items[i];
      bestKey = k;
    }
  }
  return best;
}

function sum(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = pyParams('sum', ['iterable', 'start'], { start: 0 })(args, kwargs);
  if (typeof p.start === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  let acc: PyValue = p.start;
  const it = getIterator(p.iterable);
  for (let x = it.next(); x !== undefined; x = it.next()) {
    if (typeof acc === 'number' && typeof x === 'number') acc = intAdd(acc, x);
    else acc = binaryOp('Add', acc, x);
  }
  return acc;
}

function abs(args: PyValue[]): PyValue {
  checkArity('abs', args, 1, 1);
  const v = args[0];
  const i = asInt(v);
  if (i !== undefined) return i < 0 ? intNeg(i) : i;
  if (v instanceof PyFloat) return new PyFloat(Math.abs(v.v));
  const r = callDunder(v, '__abs__', []);
  if (r !== undefined) return r;
  throw typeError(`bad operand type for abs(): '${typeOf(v).name}'`);
}

const iteratorTypes = new Map<string, PyType>();

/** An iterator object whose type prints as the builtin's name (`<enumerate object at ...>`). */
function makeIterator(next: () => PyValue | undefined, name: string): PyIterator {
  let t = iteratorTypes.get(name);
  if (!t) {
    t = new PyType(name, [iteratorType]);
    iteratorTypes.set(name, t);
  }
  return new PyIterator(next, t);
}

function enumerate(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = pyParams('enumerate', ['iterable', 'start'], { start: 0 })(args, kwargs);
  const it = getIterator(p.iterable);
  let i = p.start as PyInt;
  return makeIterator(() => {
    const x = it.next();
    if (x === undefined) return undefined;
    const item = new PyTuple([i, x]);
    i = intAdd(i, 1);
    return item;
  }, 'enumerate');
}

function zip(args: PyValue[], kwargs: Kwargs): PyValue {
  const strict = kwargs?.get('strict') ?? false;
  const its = args.map(getIterator);
  return makeIterator(() => {
    if (its.length === 0) return undefined;
    const items: PyValue[] = [];
    for (let k = 0; k < its.length; k++) {
      const x = its[k].next();
      if (x === undefined) {
        if (isTruthy(strict) && (k > 0 || its.slice(1).some((o) => o.next() !== undefined))) {
          throw valueError(`zip() argument ${k + 1} is shorter than argument${k > 1 ? 's' : ''} 1${k > 1 ? `-${k}` : ''}`);
        }
        return undefined;
      }
      items.push(x);
    }
    return new PyTuple(items);
  }, 'zip');
}

function map(args: PyValue[]): PyValue {
  if (args.length < 2) throw typeError('map() must have at least two arguments.');
  const fn = args[0];
  const its = args.slice(1).map(getIterator);
  return makeIterator(() => {
    const xs: PyValue[] = [];
    for (const it of its) {
      const x = it.next();
      if (x === undefined) return undefined;
      xs.push(x);
    }
    return call(fn, xs, null);
  }, 'map');
}

function filter(args: PyValue[]): PyValue {
  checkArity('filter', args, 2, 2);
  const [fn, src] = args;
  const it = getIterator(src);
  return makeIterator(() => {
    for (let x = it.next(); x !== undefined; x = it.next()) {
      if (isTruthy(fn === null ? x : call(fn, [x], null))) return x;
    }
    return undefined;
  }, 'filter');
}

const sortParams = pyParams('sort', [], { key: null, reverse: false }, ['key', 'reverse'], true);

function sorted(args: PyValue[], kwargs: Kwargs): PyValue {
  if (args.length !== 1) throw typeError(`sorted expected 1 argument, got ${args.length}`);
  const list = new PyList(iterToArray(args[0]));
  sortList(list, kwargs);
  return list;
}

/** list.sort semantics: stable, key=, reverse= (reverse keeps stability, as CPython). */
export function sortList(list: PyList, kwargs: Kwargs): void {
  const p = sortParams([], kwargs);
  const keys = p.key === null ? list.items : list.items.map((x) => call(p.key, [x], null));
  list.items = stableSortByKeys(list.items, keys, isTruthy(p.reverse));
}

function reversed(args: PyValue[]): PyValue {
  checkArity('reversed', args, 1, 1);
  const v = args[0];
  const custom = callDunder(v, '__reversed__', []);
  if (custom !== undefined) return custom;
  if (v instanceof PyRange) {
    const n = v.length;
    const last = v.start + (n - 1) * v.step;
    return getIterator(new PyRange(last, last - n * v.step, -v.step));
  }
  if (v instanceof PyList) {
    // Walks the live list from the end, as list_reverseiterator does.
    let i = v.items.length - 1;
    return makeIterator(() => {
      if (i >= v.items.length) i = -1;
      return i >= 0 ? v.items[i--] : undefined;
    }, 'list_reverseiterator');
  }
  if (v instanceof PyDict || v instanceof PyDictView) {
    const items = iterToArray(v).reverse();
    let j = 0;
    const kind = v instanceof PyDictView ? v.kind : 'keys';
    return makeIterator(() => (j < items.length ? items[j++] : undefined), `dict_reverse${kind.slice(0, -1)}iterator`);
  }
  if (!(typeof v === 'string' || v instanceof PyTuple) && typeOf(v).lookup('__getitem__') === undefined) {
    throw typeError(`'${typeOf(v).name}' object is not reversible`);
  }
  const items = iterToArray(v);
  let i = items.length - 1;
  return makeIterator(() => (i >= 0 ? items[i--] : undefined), 'reversed');
}

function next(args: PyValue[]): PyValue {
  checkArity('next', args, 1, 2);
  const it = args[0];
  if (!(it instanceof PyIterator) || it.cls.dict.has('__next__')) {
    const r = typeOf(it).lookup('__next__');
    if (r === undefined) throw typeError(`'${typeOf(it).name}' object is not an iterator`);
    try {
      return call(r, [it], null);
    } catch (e) {
      if (args.length === 2 && e !== null && typeof e === 'object' && 'cls' in e && (e as { cls: PyType }).cls.name === 'StopIteration') return args[1];
      throw e;
    }
  }
  const x = it.next();
  if (x !== undefined) return x;
  if (args.length === 2) return args[1];
  throw pyExc('StopIteration');
}

function getattrBuiltin(args: PyValue[]): PyValue {
  checkArity('getattr', args, 2, 3);
  const name = args[1];
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  if (args.length === 3) {
    try {
      const v = lookupAttr(args[0], name);
      return v === undefined ? args[2] : v;
    } catch (e) {
      if (e !== null && typeof e === 'object' && 'cls' in e && (e as { cls: PyType }).cls.name === 'AttributeError') return args[2];
      throw e;
    }
  }
  return getAttr(args[0], name);
}

function divmod(args: PyValue[]): PyValue {
  checkArity('divmod', args, 2, 2);
  return new PyTuple([binaryOp('FloorDiv', args[0], args[1]), binaryOp('Mod', args[0], args[1])]);
}

function powBuiltin(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = pyParams('pow', ['base', 'exp', 'mod'], { mod: null })(args, kwargs);
  if (p.mod === null) return binaryOp('Pow', p.base, p.exp);
  const bi = asInt(p.base);
  const ei = asInt(p.exp);
  const mi = asInt(p.mod);
  if (bi === undefined || ei === undefined || mi === undefined) {
    throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  }
  let m = BigInt(mi);
  if (m === 0n) throw valueError('pow() 3rd argument cannot be 0');
  const negMod = m < 0n;
  if (negMod) m = -m;
  let base = ((BigInt(bi) % m) + m) % m;
  let e = BigInt(ei);
  if (e < 0n) {
    base = modInverse(base, m);
    e = -e;
  }
  let result = m === 1n ? 0n : 1n;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % m;
    base = (base * base) % m;
    e >>= 1n;
  }
  if (negMod && result !== 0n) result -= m;
  return normBig(result);
}

/** The inverse of a modulo m (pow(a, -1, m)); ValueError when they are not coprime. */
function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw valueError('base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

function hashBuiltin(args: PyValue[]): PyValue {
  checkArity('hash', args, 1, 1);
  return pyHash(args[0]);
}

function chr(args: PyValue[]): PyValue {
  checkArity('chr', args, 1, 1);
  const i = asIndex(args[0]);
  if (i < 0 || i > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(i);
}

function ord(args: PyValue[]): PyValue {
  checkArity('ord', args, 1, 1);
  const s = args[0];
  if (typeof s !== 'string') throw typeError(`ord() expected string of length 1, but ${typeOf(s).name} found`);
  const chars = Array.from(s);
  if (chars.length !== 1) throw typeError(`ord() expected a character, but string of length ${chars.length} found`);
  return chars[0].codePointAt(0)!;
}

function radix(name: string, base: number, prefix: string) {
  return (args: PyValue[]): PyValue => {
    checkArity(name, args, 1, 1);
    const i = asInt(args[0]);
    if (i === undefined) throw typeError(`'${typeOf(args[0]).name}' object cannot be interpreted as an integer`);
    const neg = i < 0;
    const digits = (neg ? -BigInt(i) : BigInt(i)).toString(base);
    return (neg ? '-' : '') + prefix + digits;
  };
}

function callable(args: PyValue[]): PyValue {
  checkArity('callable', args, 1, 1);
  return isCallable(args[0]);
}

export function isCallable(v: PyValue): boolean {
  return (
    v instanceof PyFunction ||
    v instanceof PyBuiltinFunction ||
    v instanceof PyBoundMethod ||
    v instanceof PyType ||
    (v !== null && typeOf(v).lookup('__call__') !== undefined)
  );
}

export function builtinFunctions(): Record<string, PyValue> {
  return {
    print: builtinFunction('print', print),
    len: builtinFunction('len', (args, kwargs) => {
      noKwargs('len', kwargs);
      checkArity('len', args, 1, 1);
      return len(args[0]);
    }),
    input: builtinFunction('input', inputBuiltin),
    ascii: builtinFunction('ascii', (args) => {
      checkArity('ascii', args, 1, 1);
      return repr(args[0]).replace(/[^\x00-\x7f]/gu, (ch) => {
        const c = ch.codePointAt(0)!;
        if (c < 0x100) return '\\x' + c.toString(16).padStart(2, '0');
        if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0');
        return '\\U' + c.toString(16).padStart(8, '0');
      });
    }),
    repr: builtinFunction('repr', (args) => {
      checkArity('repr', args, 1, 1);
      return repr(args[0]);
    }),
    isinstance: builtinFunction('isinstance', (args) => {
      checkArity('isinstance', args, 2, 2);
      return isinstanceCheck(args[0], args[1], 'isinstance');
    }),
    issubclass: builtinFunction('issubclass', (args) => {
      checkArity('issubclass', args, 2, 2);
      if (!(args[0] instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
      const cls = args[0];
      const check = (spec: PyValue): boolean =>
        spec instanceof PyTuple ? spec.items.some(check) : spec instanceof PyType && cls.isSubtypeOf(spec);
      return check(args[1]);
    }),
    min: builtinFunction('min', (a, k) => minmax('min', a, k)),
    max: builtinFunction('max', (a, k) => minmax('max', a, k)),
    sum: builtinFunction('sum', sum),
    abs: builtinFunction('abs', abs),
    round: builtinFunction('round', roundBuiltin),
    enumerate: builtinFunction('enumerate', enumerate),
    zip: builtinFunction('zip', zip),
    map: builtinFunction('map', map),
    filter: builtinFunction('filter', filter),
    sorted: builtinFunction('sorted', sorted),
    reversed: builtinFunction('reversed', reversed),
    iter: builtinFunction('iter', (args, kwargs) => {
      noKwargs('iter', kwargs);
      checkArity('iter', args, 1, 2);
      if (args.length === 1) return getIterator(args[0]);
      const [fn, sentinel] = args;
      if (!isCallable(fn)) throw typeError('iter(v, w): v must be callable');
      // iter(callable, sentinel): call until the result equals the sentinel.
      let done = false;
      return makeIterator(() => {
        if (done) return undefined;
        const v = call(fn, [], null);
        if (v === sentinel || isTruthy(compareOp('Eq', v, sentinel))) {
          done = true;
          return undefined;
        }
        return v;
      }, 'callable_iterator');
    }),
    next: builtinFunction('next', next),
    any: builtinFunction('any', (args) => {
      checkArity('any', args, 1, 1);
      const it = getIterator(args[0]);
      for (let x = it.next(); x !== undefined; x = it.next()) if (isTruthy(x)) return true;
      return false;
    }),
    all: builtinFunction('all', (args) => {
      checkArity('all', args, 1, 1);
      const it = getIterator(args[0]);
      for (let x = it.next(); x !== undefined; x = it.next()) if (!isTruthy(x)) return false;
      return true;
    }),
    getattr: builtinFunction('getattr', getattrBuiltin),
    setattr: builtinFunction('setattr', (args) => {
      checkArity('setattr', args, 3, 3);
      setAttr(args[0], args[1] as string, args[2]);
      return null;
    }),
    delattr: builtinFunction('delattr', (args) => {
      checkArity('delattr', args, 2, 2);
      delAttr(args[0], args[1] as string);
      return null;
    }),
    hasattr: builtinFunction('hasattr', (args) => {
      checkArity('hasattr', args, 2, 2);
      if (typeof args[1] !== 'string') throw typeError(`attribute name must be string, not '${typeOf(args[1]).name}'`);
      try {
        return lookupAttr(args[0], args[1] as string) !== undefined;
      } catch (e) {
        if (e !== null && typeof e === 'object' && 'cls' in e && (e as { cls: PyType }).cls.name === 'AttributeError') return false;
        throw e;
      }
    }),
    callable: builtinFunction('callable', callable),
    id: builtinFunction('id', (args) => {
      checkArity('id', args, 1, 1);
      return objectId(args[0]);
    }),
    hash: builtinFunction('hash', hashBuiltin),
    divmod: builtinFunction('divmod', divmod),
    pow: builtinFunction('pow', powBuiltin),
    chr: builtinFunction('chr', chr),
    ord: builtinFunction('ord', ord),
    hex: builtinFunction('hex', radix('hex', 16, '0x')),
    oct: builtinFunction('oct', radix('oct', 8, '0o')),
    bin: builtinFunction('bin', radix('bin', 2, '0b')),
    format: builtinFunction('format', (args) => {
      checkArity('format', args, 1, 2);
      const spec = args.length > 1 ? args[1] : '';
      if (typeof spec !== 'string') throw typeError(`format() argument 2 must be str, not ${typeOf(spec).name}`);
      return formatValue(args[0], spec);
    }),
    // Without arguments these describe the caller's frame: direct calls are answered by the
    // compiler (compiler/frame-builtins.ts); only calls through another name get here.
    globals: builtinFunction('globals', (args) => {
      checkArity('globals', args, 0, 0);
      throw frameUnknown('globals');
    }),
    locals: builtinFunction('locals', (args) => {
      checkArity('locals', args, 0, 0);
      throw frameUnknown('locals');
    }),
    dir: builtinFunction('dir', (args) => {
      if (args.length > 1) throw typeError(`dir expected at most 1 argument, got ${args.length}`);
      if (args.length === 0) throw frameUnknown('dir');
      return new PyList(dirNames(args[0]));
    }),
    vars: builtinFunction('vars', (args) => {
      if (args.length > 1) throw typeError(`vars expected at most 1 argument, got ${args.length}`);
      if (args.length === 0) throw frameUnknown('vars');
      const v = args[0];
      const dict = lookupAttr(v, '__dict__');
      if (dict === undefined) throw typeError('vars() argument must have __dict__ attribute');
      return dict;
    }),
  };
}

/** A frame-reading builtin called indirectly (`f = locals; f()`): tfts knows the caller's frame
 *  only at direct calls, so it says so instead of answering wrongly. */
function frameUnknown(name: string) {
  return pyExc('RuntimeError', `tfts: ${name}() without arguments must be called directly by its name`);
}

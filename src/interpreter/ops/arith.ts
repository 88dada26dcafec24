// Binary and unary operators: fast paths for int/float/str, then Python's dunder protocol with
// reflected operands, and CPython's TypeError texts.
import type { Operator, UnaryOperator } from '../../../grammar/ast.js';
import type { PyValue } from '../objects/core.js';
import { overflowError, typeError, valueError, zeroDivisionError } from '../objects/exceptions.js';
import { cPow } from '../stdlib/libm.js';
import { getIterator, iterToArray } from './iter.js';
import { percentFormat } from './percent-format.js';
import { NotImplemented, PyDict, PyDictSub, PyFloat, PyList, PyTuple } from '../objects/values.js';
import * as I from './int-math.js';
import { typeOf } from './typeof.js';
import { callDunder, callMethod } from './call.js';
import { isTruthy } from './truth.js';
import { PySet } from '../objects/set.js';
import { PyBytes } from '../objects/bytes.js';
import { PyDictView } from '../objects/dict-view.js';
import * as S from './set-ops.js';

type SetOp = 'BitOr' | 'BitAnd' | 'BitXor' | 'Sub';

/** set|set, set&set, set^set, set-set: a new set of the left operand's kind. */
function setBinary(op: SetOp, a: PySet, b: PyValue): PySet {
  switch (op) {
    case 'BitOr':
      return S.setUnion(a, b);
    case 'BitAnd':
      return S.setIntersection(a, b);
    case 'BitXor':
      return S.setSymmetricDifference(a, b);
    case 'Sub':
      return S.setDifference(a, b);
  }
}

/** s |= t and friends mutate a set in place. */
function setInplace(op: SetOp, a: PySet, b: PySet): PySet {
  switch (op) {
    case 'BitOr':
      S.setUpdate(a, b);
      break;
    case 'BitAnd':
      S.setIntersectionUpdate(a, b);
      break;
    case 'BitXor':
      S.setSymmetricDifferenceUpdate(a, b);
      break;
    case 'Sub':
      S.setDifferenceUpdate(a, b);
      break;
  }
  return a;
}

const isSetOp = (op: Operator): op is SetOp => op === 'BitOr' || op === 'BitAnd' || op === 'BitXor' || op === 'Sub';
const isSetView = (v: PyValue): v is PyDictView => v instanceof PyDictView && v.kind !== 'values';

/** Set operators on sets and on dict key/item views (views first become a set of their items). */
function setOperator(op: SetOp, a: PyValue, b: PyValue): PyValue {
  if (a instanceof PySet && b instanceof PySet) return setBinary(op, a, b);
  if (isSetView(a) || isSetView(b)) {
    const first = isSetView(a) ? a : b;
    const other = first === a ? b : a;
    try {
      getIterator(other);
    } catch {
      return NotImplemented;
    }
    return setInplace(op, S.makeSet(a), S.makeSet(b));
  }
  return NotImplemented;
}

interface OpInfo {
  symbol: string;
  dunder: string;
  rdunder: string;
  idunder: string;
  int: (a: I.PyInt, b: I.PyInt) => PyValue;
  float: (a: number, b: number) => PyValue;
}

const fl = (v: number) => new PyFloat(v);

function floatFloorDiv(a: number, b: number): PyValue {
  if (b === 0) throw zeroDivisionError('float floor division by zero');
  return fl(floorDivMod(a, b)[0]);
}

function floatMod(a: number, b: number): PyValue {
  if (b === 0) throw zeroDivisionError('float modulo');
  return fl(floorDivMod(a, b)[1]);
}

/** CPython's float divmod: fmod-based, so results agree with C Python bit for bit. */
export function floorDivMod(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = Math.sign(b) * 0 || (b < 0 ? -0 : 0);
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = (a / b < 0 ? -0 : 0);
  }
  return [floordiv, mod];
}

/** float ** float through the C library's pow(), as CPython: V8's Math.pow differs from glibc in
 *  the last bit for some inputs, and in C99's special cases (1 ** nan == 1, (-1) ** inf == 1). */
function floatPow(a: number, b: number): PyValue {
  if (a === 0 && b < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) {
    throw typeError('complex results are not supported yet');
  }
  const r = cPow(a, b);
  // Finite operands with an infinite result: C's ERANGE, which CPython reports as OverflowError.
  if ((r === Infinity || r === -Infinity) && Number.isFinite(a) && Number.isFinite(b)) {
    throw overflowError("(34, 'Numerical result out of range')");
  }
  return fl(r);
}

function intPowOp(a: I.PyInt, b: I.PyInt): PyValue {
  if (b < 0) return floatPow(I.intToFloat(a), I.intToFloat(b));
  return I.intPow(a, b);
}

const ops: Record<Operator, OpInfo> = {
  Add: { symbol: '+', dunder: '__add__', rdunder: '__radd__', idunder: '__iadd__', int: I.intAdd, float: (a, b) => fl(a + b) },
  Sub: { symbol: '-', dunder: '__sub__', rdunder: '__rsub__', idunder: '__isub__', int: I.intSub, float: (a, b) => fl(a - b) },
  Mult: { symbol: '*', dunder: '__mul__', rdunder: '__rmul__', idunder: '__imul__', int: I.intMul, float: (a, b) => fl(a * b) },
  Div: {
    symbol: '/', dunder: '__truediv__', rdunder: '__rtruediv__', idunder: '__itruediv__',
    int: (a, b) => fl(I.intTrueDiv(a, b)),
    float: (a, b) => {
      if (b === 0) throw zeroDivisionError('float division by zero');
      return fl(a / b);
    },
  },
  FloorDiv: { symbol: '//', dunder: '__floordiv__', rdunder: '__rfloordiv__', idunder: '__ifloordiv__', int: I.intFloorDiv, float: floatFloorDiv },
  Mod: { symbol: '%', dunder: '__mod__', rdunder: '__rmod__', idunder: '__imod__', int: I.intMod, float: floatMod },
  Pow: { symbol: '** or pow()', dunder: '__pow__', rdunder: '__rpow__', idunder: '__ipow__', int: intPowOp, float: floatPow },
  MatMult: { symbol: '@', dunder: '__matmul__', rdunder: '__rmatmul__', idunder: '__imatmul__', int: () => NotImplemented, float: () => NotImplemented },
  LShift: {
    symbol: '<<', dunder: '__lshift__', rdunder: '__rlshift__', idunder: '__ilshift__',
    int: (a, b) => {
      if (b < 0) throw valueErrorNegShift();
      return I.intBitOp('lshift', a, b);
    },
    float: () => NotImplemented,
  },
  RShift: {
    symbol: '>>', dunder: '__rshift__', rdunder: '__rrshift__', idunder: '__irshift__',
    int: (a, b) => {
      if (b < 0) throw valueErrorNegShift();
      return I.intBitOp('rshift', a, b);
    },
    float: () => NotImplemented,
  },
  BitOr: { symbol: '|', dunder: '__or__', rdunder: '__ror__', idunder: '__ior__', int: (a, b) => I.intBitOp('or', a, b), float: () => NotImplemented },
  BitXor: { symbol: '^', dunder: '__xor__', rdunder: '__rxor__', idunder: '__ixor__', int: (a, b) => I.intBitOp('xor', a, b), float: () => NotImplemented },
  BitAnd: { symbol: '&', dunder: '__and__', rdunder: '__rand__', idunder: '__iand__', int: (a, b) => I.intBitOp('and', a, b), float: () => NotImplemented },
};

const valueErrorNegShift = () => valueError('negative shift count');

/** Python int (bool included) as number|bigint, or undefined. */
function asInt(v: PyValue): I.PyInt | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

/** int or float as a JS float, or undefined. */
function asFloat(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.v;
  const i = asInt(v);
  return i === undefined ? undefined : I.intToFloat(i);
}

/** The builtin numeric/sequence behaviour of an operator; NotImplemented when it does not apply. */
function builtinBinary(op: Operator, info: OpInfo, a: PyValue, b: PyValue): PyValue {
  const ai = asInt(a);
  const bi = asInt(b);
  if (ai !== undefined && bi !== undefined) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (op === 'BitAnd' || op === 'BitOr' || op === 'BitXor')) {
      return op === 'BitAnd' ? a && b : op === 'BitOr' ? a || b : a !== b;
    }
    return info.int(ai, bi);
  }
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const af = asFloat(a);
    const bf = asFloat(b);
    if (af !== undefined && bf !== undefined) return info.float(af, bf);
  }
  if (isSetOp(op) && typeof a === 'object' && typeof b === 'object') {
    const r = setOperator(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (op === 'BitOr' && a instanceof PyDict && b instanceof PyDict && !(a instanceof PyDictSub) && !(b instanceof PyDictSub)) {
    // d1 | d2: a new dict of d1's kind with d2's entries winning.
    const merged = new PyDict();
    for (const [k, v] of a.storage.entries()) merged.storage.set(k, v);
    for (const [k, v] of b.storage.entries()) merged.storage.set(k, v);
    return merged;
  }
  switch (op) {
    case 'Add':
      if (typeof a === 'string' && typeof b === 'string') return a + b;
      if (a instanceof PyList && b instanceof PyList) return new PyList([...a.items, ...b.items]);
      if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple([...a.items, ...b.items]);
      if (a instanceof PyBytes && b instanceof PyBytes) {
        const out = new Uint8Array(a.data.length + b.data.length);
        out.set(a.data);
        out.set(b.data, a.data.length);
        return new PyBytes(out);
      }
      break;
    case 'Mod':
      if (typeof a === 'string') return percentFormat(a, b);
      break;
    case 'Mult': {
      const [seq, n] = bi !== undefined ? [a, bi] : ai !== undefined ? [b, ai] : [null, undefined];
      if (n !== undefined && seq !== null) {
        const count = Math.max(0, I.intToFloat(n));
        if (typeof seq === 'string') return seq.repeat(count);
        if (seq instanceof PyList) return new PyList(repeatItems(seq.items, count));
        if (seq instanceof PyTuple) return new PyTuple(repeatItems(seq.items, count));
        if (seq instanceof PyBytes) {
          const out = new Uint8Array(seq.data.length * count);
          for (let i = 0; i < count; i++) out.set(seq.data, i * seq.data.length);
          return new PyBytes(out);
        }
      }
      if (isSequence(a) || isSequence(b)) {
        // CPython tries the other operand's __mul__/__rmul__ before sequence repetition, so
        // `tensor * [2.0]` and `[2.0] * tensor` reach the tensor; only builtin operands fail here.
        const other = isSequence(a) ? b : a;
        if (typeOf(other).module === 'builtins') throw sequenceRepeatError(other);
      }
      break;
    }
  }
  return NotImplemented;
}

const sequenceRepeatError = (other: PyValue) => typeError(`can't multiply sequence by non-int of type '${typeOf(other).name}'`);

const isSequence = (v: PyValue) => typeof v === 'string' || v instanceof PyList || v instanceof PyTuple;

function repeatItems(items: readonly PyValue[], n: number): PyValue[] {
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) for (const x of items) out.push(x);
  return out;
}

/** a <op> b with Python's full protocol. */
export function binaryOp(op: Operator, a: PyValue, b: PyValue): PyValue {
  const info = ops[op];
  const r = builtinBinary(op, info, a, b);
  if (r !== NotImplemented) return r;
  return dunderBinary(info, a, b, info.symbol);
}

function dunderBinary(info: OpInfo, a: PyValue, b: PyValue, symbol: string): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  // A subclass operand that overrides the reflected method gets the first try, as in CPython.
  if (tb !== ta && tb.isSubtypeOf(ta) && tb.lookup(info.rdunder) !== undefined) {
    const r = callDunder(b, info.rdunder, [a]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const r1 = callDunder(a, info.dunder, [b]);
  if (r1 !== undefined && r1 !== NotImplemented) return r1;
  if (tb !== ta) {
    const r2 = callDunder(b, info.rdunder, [a]);
    if (r2 !== undefined && r2 !== NotImplemented) return r2;
  }
  if (info.dunder === '__mul__' && (isSequence(a) || isSequence(b))) throw sequenceRepeatError(isSequence(a) ? b : a);
  if (info.dunder === '__add__' && (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple)) {
    // str/list/tuple concatenation names the operand it could not take.
    throw typeError(`can only concatenate ${ta.name} (not "${tb.name}") to ${ta.name}`);
  }
  throw typeError(`unsupported operand type(s) for ${symbol}: '${ta.name}' and '${tb.name}'`);
}

/** a <op>= b: the in-place dunder first, then the plain operator. */
export function inplaceOp(op: Operator, a: PyValue, b: PyValue): PyValue {
  const info = ops[op];
  if (a instanceof PyList && op === 'Add') {
    // list += iterable extends in place (and accepts any iterable, unlike list + list).
    a.items.push(...iterToArray(b));
    return a;
  }
  if (a instanceof PySet && !a.frozen && b instanceof PySet && isSetOp(op)) return setInplace(op, a, b);
  if (op === 'BitOr' && a instanceof PyDict && !(a instanceof PyDictSub)) {
    // d |= other accepts any mapping or iterable of pairs, like dict.update.
    callMethod(a, 'update', [b], null);
    return a;
  }
  const r = builtinBinary(op, info, a, b);
  if (r !== NotImplemented) return r;
  const ri = callDunder(a, info.idunder, [b]);
  if (ri !== undefined && ri !== NotImplemented) return ri;
  const symbol = op === 'Pow' ? '**=' : `${info.symbol}=`;
  return dunderBinary(info, a, b, symbol);
}

export function unaryOp(op: UnaryOperator, v: PyValue): PyValue {
  if (op === 'Not') return !isTruthy(v);
  const i = asInt(v);
  if (i !== undefined) {
    if (op === 'USub') return I.intNeg(i);
    if (op === 'UAdd') return i;
    return I.intBitOp('xor', i, -1);
  }
  if (v instanceof PyFloat) {
    if (op === 'USub') return fl(-v.v);
    if (op === 'UAdd') return v;
  }
  const dunder = op === 'USub' ? '__neg__' : op === 'UAdd' ? '__pos__' : '__invert__';
  const r = callDunder(v, dunder, []);
  if (r !== undefined && r !== NotImplemented) return r;
  const symbol = op === 'USub' ? '-' : op === 'UAdd' ? '+' : '~';
  throw typeError(`bad operand type for unary ${symbol}: '${typeOf(v).name}'`);
}

export { asInt, asFloat };

/** The builtin meaning of a <op> b only (no dunder fallback): what int.__add__ and friends do
 *  when Python code calls them explicitly. NotImplemented when the builtin types do not apply. */
export function builtinOperator(op: Operator, a: PyValue, b: PyValue): PyValue {
  return builtinBinary(op, ops[op], a, b);
}

/** The dunder names of each operator, for installing them on the builtin types. */
export const operatorDunders: [Operator, string, string][] = (Object.keys(ops) as Operator[]).map((op) => [op, ops[op].dunder, ops[op].rdunder]);

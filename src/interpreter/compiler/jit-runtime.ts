// The helpers generated function bodies (jit.ts) call. Each is one monomorphic function, so V8
// inlines its fast path (small ints, floats, exact lists, Python functions) into the generated
// code; the slow path is the same protocol the closure compiler uses, and notes the failing
// node's position for the traceback.
import type { Position } from '../../../grammar/ast.js';
import type { PyValue } from '../objects/core.js';
import { PyFunction } from '../objects/function.js';
import { PyFloat, PyInstance, PyList, PyRange, PyTuple } from '../objects/values.js';
import { rangeType } from '../objects/builtin-types.js';
import { binaryOp, inplaceOp, unaryOp } from '../ops/arith.js';
import { getAttr } from '../ops/attr.js';
import { call, callMethod } from '../ops/call.js';
import { compareOp } from '../ops/compare.js';
import { getItem, setItem } from '../ops/items.js';
import { getIterator, PyIterator } from '../ops/iter.js';
import { isTruthy } from '../ops/truth.js';
import { pollInterrupt } from '../interrupt.js';
import type { Frame } from './frame.js';
import { CompiledCode, fastSlots } from './function.js';
import { addFast, divFast, eqFast, floorDivFast, geFast, gtFast, leFast, listGetFast, listSetFast, ltFast, modFast, mulFast, neFast, subFast } from './fast-ops.js';
import { noteLocation } from './trace.js';
import { noteCall } from './call-site.js';
import { isLookupFailure } from './expr.js';

type Pos = Position;

function binSlow(op: string, a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
  noteCall(f, pos);  // see operators.ts
  try {
    return binaryOp(op as 'Add', a, b);
  } catch (e) {
    throw noteLocation(e, f, pos);
  }
}
function inplaceSlow(op: string, a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
  noteCall(f, pos);
  try {
    return inplaceOp(op as 'Add', a, b);
  } catch (e) {
    throw noteLocation(e, f, pos);
  }
}
function cmpSlow(op: string, a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
  try {
    return compareOp(op as 'Lt', a, b);
  } catch (e) {
    throw noteLocation(e, f, pos);
  }
}

export const rt = {
  PyList,
  PyTuple,
  PyRange,
  rangeType,
  poll: pollInterrupt,
  noteLocation,

  truth(v: PyValue): boolean {
    return v === true ? true : v === false ? false : isTruthy(v);
  },

  add(a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    const r = addFast(a, b);
    return r !== undefined ? r : binSlow('Add', a, b, f, pos);
  },
  sub(a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    const r = subFast(a, b);
    return r !== undefined ? r : binSlow('Sub', a, b, f, pos);
  },
  mul(a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    const r = mulFast(a, b);
    return r !== undefined ? r : binSlow('Mult', a, b, f, pos);
  },
  div(a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    const r = divFast(a, b);
    return r !== undefined ? r : binSlow('Div', a, b, f, pos);
  },
  mod(a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    const r = modFast(a, b);
    return r !== undefined ? r : binSlow('Mod', a, b, f, pos);
  },
  floordiv(a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    const r = floorDivFast(a, b);
    return r !== undefined ? r : binSlow('FloorDiv', a, b, f, pos);
  },
  binop(op: string, a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    return binSlow(op, a, b, f, pos);
  },

  iadd(a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    const r = addFast(a, b);
    return r !== undefined ? r : inplaceSlow('Add', a, b, f, pos);
  },
  isub(a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    const r = subFast(a, b);
    return r !== undefined ? r : inplaceSlow('Sub', a, b, f, pos);
  },
  imul(a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    const r = mulFast(a, b);
    return r !== undefined ? r : inplaceSlow('Mult', a, b, f, pos);
  },
  inplace(op: string, a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    return inplaceSlow(op, a, b, f, pos);
  },

  neg(v: PyValue, f: Frame, pos: Pos): PyValue {
    if (typeof v === 'number' && v !== 0) return -v;
    if (v instanceof PyFloat) return new PyFloat(-v.v);
    try {
      return unaryOp('USub', v);
    } catch (e) {
      throw noteLocation(e, f, pos);
    }
  },

  lt(a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    const r = ltFast(a, b);
    return r !== undefined ? r : cmpSlow('Lt', a, b, f, pos);
  },
  le(a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    const r = leFast(a, b);
    return r !== undefined ? r : cmpSlow('LtE', a, b, f, pos);
  },
  gt(a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    const r = gtFast(a, b);
    return r !== undefined ? r : cmpSlow('Gt', a, b, f, pos);
  },
  ge(a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    const r = geFast(a, b);
    return r !== undefined ? r : cmpSlow('GtE', a, b, f, pos);
  },
  eq(a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    const r = eqFast(a, b);
    return r !== undefined ? r : cmpSlow('Eq', a, b, f, pos);
  },
  ne(a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    const r = neFast(a, b);
    return r !== undefined ? r : cmpSlow('NotEq', a, b, f, pos);
  },
  cmp(op: string, a: PyValue, b: PyValue, f: Frame, pos: Pos): PyValue {
    if (op === 'Is') {
      if (a === null || b === null || typeof a === 'boolean' || typeof b === 'boolean') return a === b;
    } else if (op === 'IsNot') {
      if (a === null || b === null || typeof a === 'boolean' || typeof b === 'boolean') return a !== b;
    }
    return cmpSlow(op, a, b, f, pos);
  },

  getItem(o: PyValue, k: PyValue, f: Frame, pos: Pos): PyValue {
    const r = listGetFast(o, k);
    if (r !== undefined) return r;
    try {
      return getItem(o, k);
    } catch (e) {
      throw noteLocation(e, f, pos);
    }
  },
  setItem(o: PyValue, k: PyValue, v: PyValue, f: Frame, pos: Pos): void {
    if (listSetFast(o, k, v)) return;
    try {
      setItem(o, k, v);
    } catch (e) {
      throw noteLocation(e, f, pos);
    }
  },
  getAttr(o: PyValue, name: string, f: Frame, pos: Pos): PyValue {
    try {
      return getAttr(o, name);
    } catch (e) {
      throw noteLocation(e, f, pos);
    }
  },

  /** fn(*args) with the arguments already evaluated (`args` is a fresh array the generated code
   *  built for this call, so it can become the callee's slot array). */
  call(fn: PyFunction | PyValue, args: (PyValue | undefined)[], f: Frame, pos: Pos): PyValue {
    noteCall(f, pos);
    if (fn instanceof PyFunction) {
      const code = fn.code;
      if (code instanceof CompiledCode && code.plainArity === args.length) {
        for (let i = args.length; i < code.nslots; i++) args.push(undefined);
        try {
          return code.invoke(fn, args);
        } catch (e) {
          throw noteLocation(e, f, pos);
        }
      }
      const locals = fastSlots(fn, args.length);
      if (locals !== null) {
        for (let i = 0; i < args.length; i++) locals[i] = args[i];
        try {
          return (fn.code as CompiledCode).invoke(fn, locals);
        } catch (e) {
          throw noteLocation(e, f, pos);
        }
      }
    }
    try {
      return call(fn, args as PyValue[], null);
    } catch (e) {
      throw noteLocation(e, f, pos);
    }
  },

  /** o.name(*args); an AttributeError of the lookup itself points at `o.name` (attrPos). */
  callMethod(o: PyValue, name: string, args: PyValue[], f: Frame, pos: Pos, attrPos: Pos): PyValue {
    noteCall(f, pos);
    if (o instanceof PyInstance) {
      const descr = o.cls.lookup(name);
      if (descr instanceof PyFunction && !o.dict.has(name)) {
        const locals = fastSlots(descr, args.length + 1);
        if (locals !== null) {
          locals[0] = o;
          for (let i = 0; i < args.length; i++) locals[i + 1] = args[i];
          try {
            return (descr.code as CompiledCode).invoke(descr, locals);
          } catch (e) {
            throw noteLocation(e, f, pos);
          }
        }
      }
    }
    try {
      return callMethod(o, name, args, null);
    } catch (e) {
      throw noteLocation(e, f, isLookupFailure(e, o, name) ? attrPos : pos);
    }
  },

  iter(v: PyValue, f: Frame, pos: Pos): PyIterator {
    try {
      return getIterator(v);
    } catch (e) {
      throw noteLocation(e, f, pos);
    }
  },
};

export type Runtime = typeof rt;

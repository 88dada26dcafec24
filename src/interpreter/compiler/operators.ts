// Binary operators and comparisons. Each operator gets its own closure (written out per case, not
// shared through a parameter) so V8 sees one fast-path function per call site and inlines it;
// anything but small ints and floats falls through to the full Python protocol.
import type * as A from '../../../grammar/ast.js';
import type { PyValue } from '../objects/core.js';
import { binaryOp } from '../ops/arith.js';
import { compareOp } from '../ops/compare.js';
import { isTruthy } from '../ops/truth.js';
import type { Ev, Frame } from './frame.js';
import { addFast, divFast, eqFast, floorDivFast, geFast, gtFast, leFast, ltFast, modFast, mulFast, neFast, subFast } from './fast-ops.js';
import { noteCall } from './call-site.js';
import { noteLocation } from './trace.js';

export function compileBinOpWith(n: A.BinOp, left: Ev, right: Ev): Ev {
  const op = n.op;
  const slow = (f: Frame, a: PyValue, b: PyValue): PyValue => {
    noteCall(f, n);  // an operator on objects runs their code (numpy's warnings name this line)
    try {
      return binaryOp(op, a, b);
    } catch (e) {
      throw noteLocation(e, f, n);
    }
  };
  switch (op) {
    case 'Add':
      return (f) => {
        const a = left(f);
        const b = right(f);
        const r = addFast(a, b);
        return r !== undefined ? r : slow(f, a, b);
      };
    case 'Sub':
      return (f) => {
        const a = left(f);
        const b = right(f);
        const r = subFast(a, b);
        return r !== undefined ? r : slow(f, a, b);
      };
    case 'Mult':
      return (f) => {
        const a = left(f);
        const b = right(f);
        const r = mulFast(a, b);
        return r !== undefined ? r : slow(f, a, b);
      };
    case 'Div':
      return (f) => {
        const a = left(f);
        const b = right(f);
        const r = divFast(a, b);
        return r !== undefined ? r : slow(f, a, b);
      };
    case 'Mod':
      return (f) => {
        const a = left(f);
        const b = right(f);
        const r = modFast(a, b);
        return r !== undefined ? r : slow(f, a, b);
      };
    case 'FloorDiv':
      return (f) => {
        const a = left(f);
        const b = right(f);
        const r = floorDivFast(a, b);
        return r !== undefined ? r : slow(f, a, b);
      };
    default:
      return (f) => {
        const a = left(f);
        return slow(f, a, right(f));
      };
  }
}

/** A single comparison `a op b`. */
export function compileCompareWith(n: A.Compare, left: Ev, right: Ev): Ev {
  const op = n.ops[0];
  const slow = (f: Frame, a: PyValue, b: PyValue): PyValue => {
    try {
      return compareOp(op, a, b);
    } catch (e) {
      throw noteLocation(e, f, n);
    }
  };
  switch (op) {
    case 'Lt':
      return (f) => {
        const a = left(f);
        const b = right(f);
        const r = ltFast(a, b);
        return r !== undefined ? r : slow(f, a, b);
      };
    case 'LtE':
      return (f) => {
        const a = left(f);
        const b = right(f);
        const r = leFast(a, b);
        return r !== undefined ? r : slow(f, a, b);
      };
    case 'Gt':
      return (f) => {
        const a = left(f);
        const b = right(f);
        const r = gtFast(a, b);
        return r !== undefined ? r : slow(f, a, b);
      };
    case 'GtE':
      return (f) => {
        const a = left(f);
        const b = right(f);
        const r = geFast(a, b);
        return r !== undefined ? r : slow(f, a, b);
      };
    case 'Eq':
      return (f) => {
        const a = left(f);
        const b = right(f);
        const r = eqFast(a, b);
        return r !== undefined ? r : slow(f, a, b);
      };
    case 'NotEq':
      return (f) => {
        const a = left(f);
        const b = right(f);
        const r = neFast(a, b);
        return r !== undefined ? r : slow(f, a, b);
      };
    case 'Is':
      return (f) => {
        const a = left(f);
        const b = right(f);
        // Identity of values that are JS primitives or objects; floats and big ints go the long way.
        if (b === null || a === null || typeof a === 'boolean' || typeof b === 'boolean') return a === b;
        return slow(f, a, b);
      };
    case 'IsNot':
      return (f) => {
        const a = left(f);
        const b = right(f);
        if (b === null || a === null || typeof a === 'boolean' || typeof b === 'boolean') return a !== b;
        return slow(f, a, b);
      };
    default:
      return (f) => {
        const a = left(f);
        return slow(f, a, right(f));
      };
  }
}

/** A chained comparison `a < b < c`: each operand evaluated once, stopping at the first false. */
export function compileChainedCompare(n: A.Compare, left: Ev, rights: Ev[]): Ev {
  const ops = n.ops;
  return (f) => {
    let a = left(f);
    let result: PyValue = true;
    for (let i = 0; i < ops.length; i++) {
      const b = rights[i](f);
      try {
        result = compareOp(ops[i], a, b);
      } catch (e) {
        throw noteLocation(e, f, n);
      }
      if (!isTruthy(result)) return result;
      a = b;
    }
    return result;
  };
}

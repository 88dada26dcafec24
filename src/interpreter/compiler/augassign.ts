// Augmented assignment `target op= value`: the in-place protocol, with inline fast paths for
// small-int/float counters in local variables and list elements.
import type * as A from '../../../grammar/ast.js';
import type { PyValue } from '../objects/core.js';
import { inplaceOp } from '../ops/arith.js';
import { getAttr, setAttr } from '../ops/attr.js';
import { getItem, setItem } from '../ops/items.js';
import type { CompileContext } from './context.js';
import { Ex, Flow, Frame } from './frame.js';
import { compileExpr } from './expr.js';
import { compileLoad } from './names.js';
import { compileStoreTarget } from './targets.js';
import { addFast, fastBinary, listGetFast, listSetFast, mulFast, subFast } from './fast-ops.js';
import { noteLocation } from './trace.js';
import { noteCall } from './call-site.js';

export function compileAugAssign(s: A.AugAssign, ctx: CompileContext): Ex {
  const value = compileExpr(s.value, ctx);
  const op = s.op;
  const fast = fastBinary(op);
  const apply = (f: Frame, a: PyValue, b: PyValue): PyValue => {
    if (fast !== null) {
      const r = fast(a, b);
      if (r !== undefined) return r;
    }
    noteCall(f, s);  // an in-place operator on objects runs their code (numpy's warnings name this line)
    try {
      return inplaceOp(op, a, b);
    } catch (e) {
      throw noteLocation(e, f, s);
    }
  };
  const t = s.target;
  if (t._type === 'Name') {
    const load = compileLoad(t.id, ctx, t);
    const r = ctx.scope.resolve(t.id);
    if (r.kind === 'local') return localAugAssign(op, r.slot, load, value, apply);
    const store = compileStoreTarget(t, ctx);
    return (f) => {
      store(f, apply(f, load(f), value(f)));
      return Flow.Normal;
    };
  }
  if (t._type === 'Attribute') {
    const obj = compileExpr(t.value, ctx);
    return (f) => {
      const o = obj(f);
      let cur: PyValue;
      try {
        cur = getAttr(o, t.attr);
      } catch (e) {
        throw noteLocation(e, f, t);
      }
      const r = apply(f, cur, value(f));
      try {
        setAttr(o, t.attr, r);
      } catch (e) {
        throw noteLocation(e, f, t);
      }
      return Flow.Normal;
    };
  }
  if (t._type !== 'Subscript') throw new Error('the parser produced an invalid augmented assignment target');
  const obj = compileExpr(t.value, ctx);
  const key = compileExpr(t.slice, ctx);
  return (f) => {
    const o = obj(f);
    const k = key(f);
    let cur = listGetFast(o, k);
    if (cur === undefined) {
      try {
        cur = getItem(o, k);
      } catch (e) {
        throw noteLocation(e, f, t);
      }
    }
    const r = apply(f, cur, value(f));
    if (listSetFast(o, k, r)) return Flow.Normal;
    try {
      setItem(o, k, r);
    } catch (e) {
      throw noteLocation(e, f, t);
    }
    return Flow.Normal;
  };
}

/** `x op= v` on a plain local: the slot read and written directly, the common operators inline. */
function localAugAssign(op: string, slot: number, load: (f: Frame) => PyValue, value: (f: Frame) => PyValue, apply: (f: Frame, a: PyValue, b: PyValue) => PyValue): Ex {
  switch (op) {
    case 'Add':
      return (f) => {
        let a = f.locals[slot] as PyValue | undefined;
        if (a === undefined) a = load(f);
        const b = value(f);
        const r = addFast(a, b);
        f.locals[slot] = r !== undefined ? r : apply(f, a, b);
        return Flow.Normal;
      };
    case 'Sub':
      return (f) => {
        let a = f.locals[slot] as PyValue | undefined;
        if (a === undefined) a = load(f);
        const b = value(f);
        const r = subFast(a, b);
        f.locals[slot] = r !== undefined ? r : apply(f, a, b);
        return Flow.Normal;
      };
    case 'Mult':
      return (f) => {
        let a = f.locals[slot] as PyValue | undefined;
        if (a === undefined) a = load(f);
        const b = value(f);
        const r = mulFast(a, b);
        f.locals[slot] = r !== undefined ? r : apply(f, a, b);
        return Flow.Normal;
      };
    default:
      return (f) => {
        let a = f.locals[slot] as PyValue | undefined;
        if (a === undefined) a = load(f);
        f.locals[slot] = apply(f, a, value(f));
        return Flow.Normal;
      };
  }
}

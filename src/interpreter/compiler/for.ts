// The for statement. Iterating a range counts in a JS loop (no iterator object, no boxing), and a
// plain local loop variable is written straight into its slot. Every iteration polls for Ctrl-C.
import type * as A from '../../../grammar/ast.js';
import { pollInterrupt } from '../interrupt.js';
import { PyRange } from '../objects/values.js';
import { rangeType } from '../objects/builtin-types.js';
import { getIterator, PyIterator } from '../ops/iter.js';
import type { CompileContext } from './context.js';
import { Ex, Flow } from './frame.js';
import { compileExpr } from './expr.js';
import { compileBlock } from './stmt.js';
import { compileStoreTarget } from './targets.js';
import { noteLocation } from './trace.js';

export function compileFor(s: A.For, ctx: CompileContext): Ex {
  const iterable = compileExpr(s.iter, ctx);
  const store = compileStoreTarget(s.target, ctx);
  const body = compileBlock(s.body, ctx);
  const orelse = s.orelse.length ? compileBlock(s.orelse, ctx) : null;
  const r = s.target._type === 'Name' ? ctx.scope.resolve(s.target.id) : null;
  const slot = r !== null && r.kind === 'local' ? r.slot : -1;
  return (f) => {
    const src = iterable(f);
    if (src instanceof PyRange && src.cls === rangeType) {
      const { start, step } = src;
      const n = src.length;
      for (let i = 0; i < n; i++) {
        pollInterrupt();
        const x = start + step * i;
        if (slot >= 0) f.locals[slot] = x;
        else store(f, x);
        const flow = body(f);
        if (flow === Flow.Break) return Flow.Normal;
        if (flow === Flow.Return) return flow;
      }
      return orelse ? orelse(f) : Flow.Normal;
    }
    let it: PyIterator;
    try {
      it = getIterator(src);
    } catch (e) {
      throw noteLocation(e, f, s.iter);
    }
    for (let x = it.next(); x !== undefined; x = it.next()) {
      pollInterrupt();
      if (slot >= 0) f.locals[slot] = x;
      else store(f, x);
      const flow = body(f);
      if (flow === Flow.Break) return Flow.Normal;
      if (flow === Flow.Return) return flow;
    }
    return orelse ? orelse(f) : Flow.Normal;
  };
}

// Statements of a generator body, compiled to JS generator closures so that a `yield` can suspend
// them. Only statements that contain a yield take this form; the others are the ordinary closures
// of stmt.ts, called directly. The control-flow logic mirrors stmt.ts statement by statement.
import type * as A from '../../../grammar/ast.js';
import type { PyValue } from '../objects/core.js';
import { pollInterrupt } from '../interrupt.js';
import { getIterator, PyIterator } from '../ops/iter.js';
import { isTruthy } from '../ops/truth.js';
import type { CompileContext } from './context.js';
import { Ex, Flow, Frame } from './frame.js';
import { compileGenExpr, splitAtYields } from './gen-expr.js';
import { compileBlock, compileStmt } from './stmt.js';
import { chainTo, compileHandlers, enterContext, ExceptClause, exitContext, matchHandler, runFinally } from './exceptions-flow.js';
import { compileStoreTarget } from './targets.js';
import { handledExceptions } from './handled.js';
import { noteLocation, recordEntryNow } from './trace.js';
import { containsYield } from './yields.js';

export type GenFlow = Generator<PyValue, Flow, PyValue>;
/** A compiled statement that may suspend. */
export type GEx = (f: Frame) => GenFlow;

/** Either form of a compiled block: `sync` when nothing in it yields. */
interface Part {
  sync: Ex | null;
  gen: GEx | null;
}

function part(stmts: A.Stmt[], ctx: CompileContext): Part {
  return containsYield(stmts) ? { sync: null, gen: compileGenBlock(stmts, ctx) } : { sync: compileBlock(stmts, ctx), gen: null };
}

export function compileGenBlock(stmts: A.Stmt[], ctx: CompileContext): GEx {
  const sync = stmts.map((s) => (containsYield(s) ? null : compileStmt(s, ctx)));
  const gen = stmts.map((s, i) => (sync[i] === null ? compileGenStmt(s, ctx) : null));
  const n = stmts.length;
  return function* (f) {
    let i = 0;
    try {
      for (; i < n; i++) {
        const s = sync[i];
        const flow = s !== null ? s(f) : yield* gen[i]!(f);
        if (flow !== Flow.Normal) return flow;
      }
      return Flow.Normal;
    } catch (e) {
      throw noteLocation(e, f, stmts[i]);
    }
  };
}

function compileGenStmt(s: A.Stmt, ctx: CompileContext): GEx {
  switch (s._type) {
    case 'Expr': {
      const value = compileGenExpr(s.value, ctx);
      return function* (f) {
        yield* value(f);
        return Flow.Normal;
      };
    }
    case 'If': {
      const test = compileGenExpr(s.test, ctx);
      const body = part(s.body, ctx);
      const orelse = part(s.orelse, ctx);
      return function* (f) {
        const p = isTruthy(yield* test(f)) ? body : orelse;
        return p.sync !== null ? p.sync(f) : yield* p.gen!(f);
      };
    }
    case 'While':
      return compileGenWhile(s, ctx);
    case 'For':
      return compileGenFor(s, ctx);
    case 'Try':
      return compileGenTry(s, ctx);
    case 'With':
      return compileGenWith(s, 0, part(s.body, ctx), ctx);
    default: {
      // Simple statements (assignments, return, raise, ...): evaluate the yielding operands first,
      // then run the ordinary statement on their values.
      const { pre, node } = splitAtYields(s, ctx);
      const rest = compileStmt(node as A.Stmt, ctx);
      return function* (f) {
        yield* pre(f);
        return rest(f);
      };
    }
  }
}

function compileGenWhile(s: A.While, ctx: CompileContext): GEx {
  const test = compileGenExpr(s.test, ctx);
  const body = part(s.body, ctx);
  const orelse = part(s.orelse, ctx);
  return function* (f) {
    while (isTruthy(yield* test(f))) {
      pollInterrupt();
      const flow = body.sync !== null ? body.sync(f) : yield* body.gen!(f);
      if (flow === Flow.Break) return Flow.Normal;
      if (flow === Flow.Return) return flow;
    }
    return orelse.sync !== null ? orelse.sync(f) : yield* orelse.gen!(f);
  };
}

function compileGenFor(s: A.For, ctx: CompileContext): GEx {
  const iterable = compileGenExpr(s.iter, ctx);
  const store = compileStoreTarget(s.target, ctx);
  const body = part(s.body, ctx);
  const orelse = part(s.orelse, ctx);
  return function* (f) {
    const src = yield* iterable(f);
    let it: PyIterator;
    try {
      it = getIterator(src);
    } catch (e) {
      throw noteLocation(e, f, s.iter);
    }
    for (let x = it.next(); x !== undefined; x = it.next()) {
      pollInterrupt();
      store(f, x);
      const flow = body.sync !== null ? body.sync(f) : yield* body.gen!(f);
      if (flow === Flow.Break) return Flow.Normal;
      if (flow === Flow.Return) return flow;
    }
    return orelse.sync !== null ? orelse.sync(f) : yield* orelse.gen!(f);
  };
}

function compileGenTry(s: A.Try, ctx: CompileContext): GEx {
  const body = part(s.body, ctx);
  const handlers: (ExceptClause & { part: Part })[] = compileHandlers(s, ctx).map((h, i) => ({ ...h, part: part(s.handlers[i].body, ctx) }));
  const orelse = s.orelse.length ? part(s.orelse, ctx) : null;
  const finalbody = s.finalbody.length ? part(s.finalbody, ctx) : null;

  function* tryExcept(f: Frame): GenFlow {
    let flow: Flow;
    try {
      flow = body.sync !== null ? body.sync(f) : yield* body.gen!(f);
    } catch (e) {
      if (handlers.length === 0) throw e;
      const { handler, pe } = matchHandler(f, e, s, handlers, ctx);
      handledExceptions.push(pe);
      try {
        return handler.part.sync !== null ? handler.part.sync(f) : yield* handler.part.gen!(f);
      } catch (inner) {
        throw chainTo(inner, pe);
      } finally {
        handledExceptions.pop();
        if (handler.unbind) handler.unbind(f);
      }
    }
    if (orelse === null) return flow;
    return orelse.sync !== null ? orelse.sync(f) : yield* orelse.gen!(f);
  }
  if (finalbody === null) return tryExcept;
  return function* (f) {
    let flow: Flow;
    try {
      flow = yield* tryExcept(f);
    } catch (e) {
      const pe = noteLocation(e, f, s);
      recordEntryNow(pe, f, ctx.filename, ctx.frameName);
      handledExceptions.push(pe);
      let fin: Flow;
      try {
        fin = finalbody.sync !== null ? finalbody.sync(f) : yield* finalbody.gen!(f);
      } catch (inner) {
        throw chainTo(inner, pe);
      } finally {
        handledExceptions.pop();
      }
      if (fin !== Flow.Normal) return fin;
      throw pe;
    }
    const fin = finalbody.sync !== null ? finalbody.sync(f) : yield* finalbody.gen!(f);
    return runFinally(flow, fin);
  };
}

function compileGenWith(s: A.With, index: number, body: Part, ctx: CompileContext): GEx {
  const item = s.items[index];
  const inner: Part = index + 1 < s.items.length ? { sync: null, gen: compileGenWith(s, index + 1, body, ctx) } : body;
  const mgrEv = compileGenExpr(item.context_expr, ctx);
  const store = item.optional_vars ? compileStoreTarget(item.optional_vars, ctx) : null;
  return function* (f) {
    const mgr = yield* mgrEv(f);
    const entered = enterContext(f, mgr, s);
    if (store) store(f, entered.value);
    let flow: Flow;
    try {
      flow = inner.sync !== null ? inner.sync(f) : yield* inner.gen!(f);
    } catch (e) {
      return exitContext(f, entered, e, s, ctx);
    }
    exitContext(f, entered, null, s, ctx);
    return flow;
  };
}

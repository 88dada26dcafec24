// try/except/else/finally, raise (with `from`), and with: the statements through which exceptions
// flow. The helpers are shared with the resumable (generator) forms in gen-stmt.ts.
//
// Exception chaining as CPython does it: while an exception is being handled (in an except block,
// in a finally block it passes through, in the __exit__ it is given to) it sits on
// handledExceptions; an exception raised there gets it as __context__.
import type * as A from '../../../grammar/ast.js';
import { PyType, PyValue } from '../objects/core.js';
import { PyBaseException, pyExc, typeError } from '../objects/exceptions.js';
import { PyTuple } from '../objects/values.js';
import { call } from '../ops/call.js';
import { isTruthy } from '../ops/truth.js';
import { typeOf } from '../ops/typeof.js';
import type { CompileContext } from './context.js';
import { Ev, Ex, Flow, Frame } from './frame.js';
import { compileExpr } from './expr.js';
import { compileDelete, compileStore, Store } from './names.js';
import { compileStoreTarget } from './targets.js';
import { compileBlock } from './stmt.js';
import { handledExceptions } from './handled.js';
import { ALREADY_RECORDED, asPyException, noteLocation, recordEntryNow } from './trace.js';

/** The frame that caught each exception, so a bare `raise` there does not add a second entry. */
const caughtIn = new WeakMap<PyBaseException, Frame>();

/** An exception is caught in frame f: its traceback gets f's entry now, as CPython's does. */
function caught(pe: PyBaseException, f: Frame, filename: string, name: string): void {
  recordEntryNow(pe, f, filename, name);
  pe.pendingFrame = null;
  pe.pendingPos = null;
  caughtIn.set(pe, f);
}

/** An exception escaping code that ran while `handled` was being handled: chain it. */
export function chainTo(e: unknown, handled: PyBaseException): PyBaseException {
  const ie = asPyException(e);
  if (ie !== handled && ie.context === null) ie.context = handled;
  return ie;
}

/** Makes the exception object a `raise X` names: a class is instantiated, an instance used as is. */
function exceptionFrom(v: PyValue, what: string): PyBaseException {
  if (v instanceof PyType) {
    const inst = call(v, [], null);
    if (inst instanceof PyBaseException) return inst;
  } else if (v instanceof PyBaseException) return v;
  throw typeError(`exceptions must derive from BaseException${what}`);
}

export function compileRaise(s: A.Raise, ctx: CompileContext): Ex {
  const exc = s.exc ? compileExpr(s.exc, ctx) : null;
  const cause = s.cause ? compileExpr(s.cause, ctx) : null;
  return (f) => {
    const current = handledExceptions.length ? handledExceptions[handledExceptions.length - 1] : null;
    if (!exc) {
      if (current === null) throw pyExc('RuntimeError', 'No active exception to reraise');
      if (caughtIn.get(current) === f) {
        // Re-raised where it was caught: the traceback already points at the original line.
        current.pendingFrame = f;
        current.pendingPos = ALREADY_RECORDED;
      }
      throw current;
    }
    const e = exceptionFrom(exc(f), '');
    e.pendingFrame = null;
    if (cause) {
      const c = cause(f);
      if (c === null) e.cause = null;
      else if (c instanceof PyType || c instanceof PyBaseException) e.cause = exceptionFrom(c, '');
      else throw typeError('exception causes must derive from BaseException');
      e.suppressContext = true;
    }
    if (current !== null && current !== e && !inChain(current, e)) e.context = current;
    throw e;
  };
}

/** True when e is already in the __context__ chain of start (linking would make a cycle). */
function inChain(start: PyBaseException, e: PyBaseException): boolean {
  for (let c: PyBaseException | null = start; c !== null; c = c.context) if (c === e) return true;
  return false;
}

export interface ExceptClause {
  type: Ev | null;
  store: Store | null;
  /** `except E as name` unbinds the name when the handler ends. */
  unbind: ((f: Frame) => void) | null;
}

export function compileHandlers(s: A.Try, ctx: CompileContext): ExceptClause[] {
  return s.handlers.map((h) => {
    const del = h.name ? compileDelete(h.name, ctx) : null;
    return {
      type: h.type ? compileExpr(h.type, ctx) : null,
      store: h.name ? compileStore(h.name, ctx) : null,
      unbind: del
        ? (f: Frame) => {
            try {
              del(f);
            } catch {
              // The handler may have deleted the name itself.
            }
          }
        : null,
    };
  });
}

/** The handler that catches e at try statement s (binding `as` names); rethrows e if none does. */
export function matchHandler<H extends ExceptClause>(f: Frame, e: unknown, s: A.Try, handlers: H[], ctx: CompileContext): { handler: H; pe: PyBaseException } {
  const pe = noteLocation(e, f, s);
  if (handledExceptions.length) {
    const current = handledExceptions[handledExceptions.length - 1];
    if (current !== pe && pe.context === null && !inChain(current, pe)) pe.context = current;
  }
  for (const h of handlers) {
    if (h.type) {
      let matches: boolean;
      try {
        matches = exceptionMatches(pe, h.type(f));
      } catch (te) {
        throw chainTo(te, pe);
      }
      if (!matches) continue;
    }
    caught(pe, f, ctx.filename, ctx.frameName);
    if (h.store) h.store(f, pe);
    return { handler: h, pe };
  }
  throw pe;
}

function exceptionMatches(e: PyBaseException, spec: PyValue): boolean {
  if (spec instanceof PyTuple) return spec.items.some((t) => exceptionMatches(e, t));
  if (spec instanceof PyType && spec.isSubtypeOf(baseException())) return e.cls.isSubtypeOf(spec);
  throw typeError('catching classes that do not inherit from BaseException is not allowed');
}

let baseExceptionType: PyType | null = null;
function baseException(): PyType {
  if (baseExceptionType === null) baseExceptionType = pyExc('BaseException').cls;
  return baseExceptionType;
}

/** The flow after `finally`: a return/break/continue in the finally block wins. */
export function runFinally(flow: Flow, fin: Flow): Flow {
  return fin !== Flow.Normal ? fin : flow;
}

export function compileTry(s: A.Try, ctx: CompileContext): Ex {
  const body = compileBlock(s.body, ctx);
  const handlers = compileHandlers(s, ctx).map((h, i) => ({ ...h, body: compileBlock(s.handlers[i].body, ctx) }));
  const orelse = s.orelse.length ? compileBlock(s.orelse, ctx) : null;
  const finalbody = s.finalbody.length ? compileBlock(s.finalbody, ctx) : null;

  const tryExcept = (f: Frame): Flow => {
    let flow: Flow;
    try {
      flow = body(f);
    } catch (e) {
      if (handlers.length === 0) throw e;
      const { handler, pe } = matchHandler(f, e, s, handlers, ctx);
      handledExceptions.push(pe);
      try {
        return handler.body(f);
      } catch (inner) {
        throw chainTo(inner, pe);
      } finally {
        handledExceptions.pop();
        if (handler.unbind) handler.unbind(f);
      }
    }
    return orelse ? orelse(f) : flow;
  };
  if (!finalbody) return tryExcept;
  return (f) => {
    let flow: Flow;
    try {
      flow = tryExcept(f);
    } catch (e) {
      const pe = noteLocation(e, f, s);
      recordEntryNow(pe, f, ctx.filename, ctx.frameName);
      handledExceptions.push(pe);
      let fin: Flow;
      try {
        fin = finalbody(f);
      } catch (inner) {
        throw chainTo(inner, pe);
      } finally {
        handledExceptions.pop();
      }
      if (fin !== Flow.Normal) return fin;
      throw pe;
    }
    return runFinally(flow, finalbody(f));
  };
}

export interface Entered {
  mgr: PyValue;
  exit: PyValue;
  value: PyValue;
}

/** Calls __enter__ on the manager of a with statement. */
export function enterContext(f: Frame, mgr: PyValue, s: A.With): Entered {
  const t = typeOf(mgr);
  const enter = t.lookup('__enter__');
  if (enter === undefined) {
    throw noteLocation(typeError(`'${t.qualname}' object does not support the context manager protocol`), f, s);
  }
  const exit = t.lookup('__exit__');
  if (exit === undefined) {
    throw noteLocation(typeError(`'${t.qualname}' object does not support the context manager protocol (missed __exit__ method)`), f, s);
  }
  return { mgr, exit, value: call(enter, [mgr], null) };
}

/** Calls __exit__: with (None, None, None) after a normal exit, or with the exception, which is
 *  suppressed (Normal flow) when __exit__ returns a true value and re-raised otherwise. */
export function exitContext(f: Frame, entered: Entered, e: unknown, s: A.With, ctx: CompileContext): Flow {
  if (e === null) {
    call(entered.exit, [entered.mgr, null, null, null], null);
    return Flow.Normal;
  }
  const pe = noteLocation(e, f, s);
  recordEntryNow(pe, f, ctx.filename, ctx.frameName);
  handledExceptions.push(pe);
  let suppress: boolean;
  try {
    suppress = isTruthy(call(entered.exit, [entered.mgr, pe.cls, pe, null], null));
  } catch (inner) {
    throw chainTo(inner, pe);
  } finally {
    handledExceptions.pop();
  }
  if (!suppress) throw pe;
  caught(pe, f, ctx.filename, ctx.frameName);
  return Flow.Normal;
}

/** `with a as x, b as y:` nests one context manager per item, as Python defines it. */
export function compileWith(s: A.With, index: number, body: Ex, ctx: CompileContext): Ex {
  const item = s.items[index];
  const inner = index + 1 < s.items.length ? compileWith(s, index + 1, body, ctx) : body;
  const mgrEv = compileExpr(item.context_expr, ctx);
  const store = item.optional_vars ? compileStoreTarget(item.optional_vars, ctx) : null;
  return (f) => {
    const entered = enterContext(f, mgrEv(f), s);
    if (store) store(f, entered.value);
    let flow: Flow;
    try {
      flow = inner(f);
    } catch (e) {
      return exitContext(f, entered, e, s, ctx);
    }
    exitContext(f, entered, null, s, ctx);
    return flow;
  };
}

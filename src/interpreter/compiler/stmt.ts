// Statements → closures returning a Flow (normal, break, continue, return), so control flow
// never needs JS exceptions. A block notes which statement was running when an exception passed.
import { pollInterrupt } from '../interrupt.js';
import type * as A from '../../../grammar/ast.js';
import { PyType, PyValue, MroError, objectType } from '../objects/core.js';
import { PyBaseException, pyExc, typeError } from '../objects/exceptions.js';
import { PyTuple } from '../objects/values.js';
import { inplaceOp } from '../ops/arith.js';
import { getAttr, setAttr } from '../ops/attr.js';
import { call } from '../ops/call.js';
import { getItem, setItem } from '../ops/items.js';
import { getIterator, PyIterator } from '../ops/iter.js';
import { isTruthy } from '../ops/truth.js';
import { typeOf } from '../ops/typeof.js';
import { importFrom, importModule } from '../modules/loader.js';
import { handledExceptions } from './handled.js';
import type { CompileContext } from './context.js';
import { Ex, Flow, Frame } from './frame.js';
import { compileExpr } from './expr.js';
import { closureBuilder, compileFunction } from './function.js';
import { compileStore } from './names.js';
import { compileDeleteTarget, compileStoreTarget } from './targets.js';
import { asPyException, noteLocation } from './trace.js';
import { builtinsDict } from '../builtins/registry.js';

export function compileBlock(stmts: A.Stmt[], ctx: CompileContext): Ex {
  const compiled = stmts.map((s) => compileStmt(s, ctx));
  const n = compiled.length;
  if (n === 1) {
    const only = compiled[0];
    const pos = stmts[0];
    return (f) => {
      try {
        return only(f);
      } catch (e) {
        throw noteLocation(e, f, pos);
      }
    };
  }
  return (f) => {
    let i = 0;
    try {
      for (; i < n; i++) {
        const flow = compiled[i](f);
        if (flow !== Flow.Normal) return flow;
      }
      return Flow.Normal;
    } catch (e) {
      throw noteLocation(e, f, stmts[i]);
    }
  };
}

export function compileStmt(s: A.Stmt, ctx: CompileContext): Ex {
  switch (s._type) {
    case 'Expr': {
      const ev = compileExpr(s.value, ctx);
      return (f) => {
        ev(f);
        return Flow.Normal;
      };
    }
    case 'Assign':
      return compileAssign(s, ctx);
    case 'AugAssign':
      return compileAugAssign(s, ctx);
    case 'AnnAssign': {
      if (!s.value) return () => Flow.Normal;
      const value = compileExpr(s.value, ctx);
      const store = compileStoreTarget(s.target, ctx);
      return (f) => {
        store(f, value(f));
        return Flow.Normal;
      };
    }
    case 'If': {
      const test = compileExpr(s.test, ctx);
      const body = compileBlock(s.body, ctx);
      const orelse = s.orelse.length ? compileBlock(s.orelse, ctx) : null;
      return (f) => (isTruthy(test(f)) ? body(f) : orelse ? orelse(f) : Flow.Normal);
    }
    case 'While': {
      const test = compileExpr(s.test, ctx);
      const body = compileBlock(s.body, ctx);
      const orelse = s.orelse.length ? compileBlock(s.orelse, ctx) : null;
      return (f) => {
        while (isTruthy(test(f))) {
          pollInterrupt();
          const flow = body(f);
          if (flow === Flow.Break) return Flow.Normal;
          if (flow === Flow.Return) return flow;
        }
        return orelse ? orelse(f) : Flow.Normal;
      };
    }
    case 'For':
      return compileFor(s, ctx);
    case 'Break':
      return () => Flow.Break;
    case 'Continue':
      return () => Flow.Continue;
    case 'Return': {
      const value = s.value ? compileExpr(s.value, ctx) : null;
      return (f) => {
        f.ret = value ? value(f) : null;
        return Flow.Return;
      };
    }
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return () => Flow.Normal;
    case 'FunctionDef': {
      const make = compileFunction(s, ctx);
      const store = compileStore(s.name, ctx);
      return (f) => {
        store(f, make(f));
        return Flow.Normal;
      };
    }
    case 'ClassDef':
      return compileClass(s, ctx);
    case 'Delete': {
      const dels = s.targets.map((t) => compileDeleteTarget(t, ctx));
      return (f) => {
        for (const d of dels) d(f);
        return Flow.Normal;
      };
    }
    case 'Assert': {
      const test = compileExpr(s.test, ctx);
      const msg = s.msg ? compileExpr(s.msg, ctx) : null;
      return (f) => {
        if (!isTruthy(test(f))) {
          const e = pyExc('AssertionError');
          if (msg) e.args = [msg(f)];
          // CPython points the traceback at the asserted expression.
          throw noteLocation(e, f, s.test);
        }
        return Flow.Normal;
      };
    }
    case 'With':
      return compileWith(s, 0, compileBlock(s.body, ctx), ctx);
    case 'Import':
      return compileImport(s, ctx);
    case 'ImportFrom':
      return compileImportFrom(s, ctx);
    case 'Raise':
      return compileRaise(s, ctx);
    case 'Try':
      return compileTry(s, ctx);
  }
}

function compileAssign(s: A.Assign, ctx: CompileContext): Ex {
  const value = compileExpr(s.value, ctx);
  const stores = s.targets.map((t) => compileStoreTarget(t, ctx));
  if (stores.length === 1) {
    const store = stores[0];
    return (f) => {
      store(f, value(f));
      return Flow.Normal;
    };
  }
  return (f) => {
    const v = value(f);
    for (const st of stores) st(f, v);
    return Flow.Normal;
  };
}

function compileAugAssign(s: A.AugAssign, ctx: CompileContext): Ex {
  const value = compileExpr(s.value, ctx);
  const op = s.op;
  const apply = (f: Frame, a: PyValue, b: PyValue): PyValue => {
    try {
      return inplaceOp(op, a, b);
    } catch (e) {
      throw noteLocation(e, f, s);
    }
  };
  const t = s.target;
  if (t._type === 'Name') {
    const load = compileExpr({ ...t, ctx: 'Load' }, ctx);
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
      setAttr(o, t.attr, r);
      return Flow.Normal;
    };
  }
  const obj = compileExpr(t.value, ctx);
  const key = compileExpr(t.slice, ctx);
  return (f) => {
    const o = obj(f);
    const k = key(f);
    let cur: PyValue;
    try {
      cur = getItem(o, k);
    } catch (e) {
      throw noteLocation(e, f, t);
    }
    setItem(o, k, apply(f, cur, value(f)));
    return Flow.Normal;
  };
}

function compileFor(s: A.For, ctx: CompileContext): Ex {
  const iterable = compileExpr(s.iter, ctx);
  const store = compileStoreTarget(s.target, ctx);
  const body = compileBlock(s.body, ctx);
  const orelse = s.orelse.length ? compileBlock(s.orelse, ctx) : null;
  return (f) => {
    const src = iterable(f);
    let it: PyIterator;
    try {
      it = getIterator(src);
    } catch (e) {
      throw noteLocation(e, f, s.iter);
    }
    for (let x = it.next(); x !== undefined; x = it.next()) {
      pollInterrupt();
      store(f, x);
      const flow = body(f);
      if (flow === Flow.Break) return Flow.Normal;
      if (flow === Flow.Return) return flow;
    }
    return orelse ? orelse(f) : Flow.Normal;
  };
}

/** `with a as x, b as y:` nests one context manager per item, as Python defines it. */
function compileWith(s: A.With, index: number, body: Ex, ctx: CompileContext): Ex {
  const item = s.items[index];
  const inner = index + 1 < s.items.length ? compileWith(s, index + 1, body, ctx) : body;
  const mgrEv = compileExpr(item.context_expr, ctx);
  const store = item.optional_vars ? compileStoreTarget(item.optional_vars, ctx) : null;
  return (f) => {
    const mgr = mgrEv(f);
    const t = typeOf(mgr);
    const enter = t.lookup('__enter__');
    const exit = t.lookup('__exit__');
    if (enter === undefined || exit === undefined) {
      throw noteLocation(typeError(`'${t.name}' object does not support the context manager protocol`), f, s);
    }
    const value = call(enter, [mgr], null);
    if (store) store(f, value);
    let flow: Flow;
    try {
      flow = inner(f);
    } catch (e) {
      const pe = noteLocation(e, f, s);
      const suppress = isTruthy(call(exit, [mgr, pe.cls, pe, null], null));
      if (!suppress) throw pe;
      return Flow.Normal;
    }
    call(exit, [mgr, null, null, null], null);
    return flow;
  };
}

function compileImport(s: A.Import, ctx: CompileContext): Ex {
  const parts = s.names.map((a) => ({
    name: a.name,
    asname: a.asname,
    store: compileStore(a.asname ?? a.name.split('.')[0], ctx),
  }));
  return (f) => {
    for (const p of parts) {
      const mod = importModule(p.name);
      if (p.asname) p.store(f, mod);
      else p.store(f, importModule(p.name.split('.')[0]));
    }
    return Flow.Normal;
  };
}

function compileImportFrom(s: A.ImportFrom, ctx: CompileContext): Ex {
  const moduleName = s.module ?? '';
  if (s.names.some((a) => a.name === '*')) {
    return (f) => {
      const mod = importModule(moduleName);
      const names = [...mod.dict.keys()].filter((k) => !k.startsWith('_'));
      for (const k of names) (f.classNamespace ?? f.globals).set(k, mod.dict.get(k)!);
      return Flow.Normal;
    };
  }
  const parts = s.names.map((a) => ({ name: a.name, store: compileStore(a.asname ?? a.name, ctx) }));
  return (f) => {
    const mod = importModule(moduleName);
    for (const p of parts) p.store(f, importFrom(mod, p.name));
    return Flow.Normal;
  };
}

/** Makes the exception object a `raise X` names: a class is instantiated, an instance used as is. */
function exceptionFrom(v: PyValue, what: string): PyBaseException {
  if (v instanceof PyType) {
    const inst = call(v, [], null);
    if (inst instanceof PyBaseException) return inst;
  } else if (v instanceof PyBaseException) return v;
  throw typeError(`exceptions must derive from BaseException${what}`);
}

function compileRaise(s: A.Raise, ctx: CompileContext): Ex {
  const exc = s.exc ? compileExpr(s.exc, ctx) : null;
  const cause = s.cause ? compileExpr(s.cause, ctx) : null;
  return (f) => {
    if (!exc) {
      const current = handledExceptions[handledExceptions.length - 1];
      if (!current) throw pyExc('RuntimeError', 'No active exception to reraise');
      throw current;
    }
    const e = exceptionFrom(exc(f), '');
    e.pendingFrame = null;
    if (cause) {
      const c = cause(f);
      e.cause = c === null ? null : exceptionFrom(c, '');
      e.suppressContext = true;
    }
    throw e;
  };
}

function compileTry(s: A.Try, ctx: CompileContext): Ex {
  const body = compileBlock(s.body, ctx);
  const handlers = s.handlers.map((h) => ({
    type: h.type ? compileExpr(h.type, ctx) : null,
    store: h.name ? compileStore(h.name, ctx) : null,
    unbind: h.name ? compileDeleteTarget({ _type: 'Name', id: h.name, ctx: 'Del', lineno: h.lineno, col_offset: h.col_offset, end_lineno: h.end_lineno, end_col_offset: h.end_col_offset }, ctx) : null,
    body: compileBlock(h.body, ctx),
  }));
  const orelse = s.orelse.length ? compileBlock(s.orelse, ctx) : null;
  const finalbody = s.finalbody.length ? compileBlock(s.finalbody, ctx) : null;

  const runHandlers = (f: Frame, e: unknown): Flow => {
    const pe = noteLocation(e, f, s);
    for (const h of handlers) {
      if (h.type && !exceptionMatches(pe, h.type(f))) continue;
      pe.pendingFrame = null;
      if (h.store) h.store(f, pe);
      handledExceptions.push(pe);
      try {
        return h.body(f);
      } catch (inner) {
        const ie = asPyException(inner);
        if (ie !== pe && ie.context === null) ie.context = pe;
        throw ie;
      } finally {
        handledExceptions.pop();
        if (h.unbind) {
          try {
            h.unbind(f);
          } catch {
            // The handler may have deleted the name itself.
          }
        }
      }
    }
    throw pe;
  };

  const tryExcept = (f: Frame): Flow => {
    let flow: Flow;
    try {
      flow = body(f);
    } catch (e) {
      if (handlers.length === 0) throw e;
      return runHandlers(f, e);
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
      const fin = finalbody(f);
      if (fin !== Flow.Normal) return fin;
      throw pe;
    }
    const fin = finalbody(f);
    return fin !== Flow.Normal ? fin : flow;
  };
}

function exceptionMatches(e: PyBaseException, spec: PyValue): boolean {
  if (spec instanceof PyTuple) return spec.items.some((t) => exceptionMatches(e, t));
  if (spec instanceof PyType) return e.cls.isSubtypeOf(spec);
  throw typeError('catching classes that do not inherit from BaseException is not allowed');
}

function compileClass(s: A.ClassDef, ctx: CompileContext): Ex {
  const inner = ctx.child(s, `${ctx.qualPrefix}${s.name}.`);
  const body = compileBlock(s.body, inner);
  const bases = s.bases.map((b) => compileExpr(b, ctx));
  const decorators = s.decorator_list.map((d) => compileExpr(d, ctx));
  const closure = closureBuilder(inner.scope, ctx);
  const store = compileStore(s.name, ctx);
  const qualname = ctx.qualPrefix + s.name;
  return (f) => {
    const decos = decorators.map((d) => d(f));
    const baseTypes = bases.map((b) => b(f));
    for (const b of baseTypes) if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    const frame = new Frame([], closure ? closure(f) : null, f.globals, builtinsDict);
    frame.classNamespace = new Map<string, PyValue>([['__module__', ctx.moduleName], ['__qualname__', qualname]]);
    body(frame);
    let cls: PyValue;
    try {
      const t = new PyType(s.name, baseTypes.length ? (baseTypes as PyType[]) : [objectType], ctx.moduleName, qualname);
      for (const [k, v] of frame.classNamespace) if (k !== '__qualname__' && k !== '__module__') t.dict.set(k, v);
      cls = t;
    } catch (e) {
      if (e instanceof MroError) throw typeError(e.message);
      throw e;
    }
    for (let i = decos.length - 1; i >= 0; i--) cls = call(decos[i], [cls], null);
    store(f, cls);
    return Flow.Normal;
  };
}


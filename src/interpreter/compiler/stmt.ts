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
import { importFrom, importModule, resolveRelativeName } from '../modules/loader.js';
import { handledExceptions } from './handled.js';
import type { CompileContext } from './context.js';
import { Ex, Flow, Frame } from './frame.js';
import { compileExpr } from './expr.js';
import { closureBuilder, compileFunction } from './function.js';
import { compileStore } from './names.js';
import { compileDeleteTarget, compileStoreTarget } from './targets.js';
import { asPyException, noteLocation } from './trace.js';
import { builtinsDict } from '../builtins/registry.js';
import { compileClass } from './classdef.js';
import { compileRaise, compileTry, compileWith } from './exceptions-flow.js';
import { compileAugAssign } from './augassign.js';
import { compileFor } from './for.js';
import { docstringOf } from './docstring.js';
import { bodyHasAnnotations, compileAnnAssign, setupAnnotations } from './annotations.js';

export function compileBlock(stmts: A.Stmt[], ctx: CompileContext): Ex {
  // A module body with annotations starts by creating the module's `__annotations__`.
  if (ctx.scope.kind === 'module' && stmts === (ctx.scope.node as A.Module).body && bodyHasAnnotations(stmts)) {
    const block = compileStatements(stmts, ctx);
    return (f) => {
      setupAnnotations(f.globals);
      return block(f);
    };
  }
  return compileStatements(stmts, ctx);
}

function compileStatements(stmts: A.Stmt[], ctx: CompileContext): Ex {
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
      const moduleDoc = ctx.scope.kind === 'module' && (ctx.scope.node as A.Module).body[0] === s ? docstringOf([s]) : null;
      if (moduleDoc !== null) {
        return (f) => {
          f.globals.set('__doc__', moduleDoc);
          return Flow.Normal;
        };
      }
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
    case 'AnnAssign':
      return compileAnnAssign(s, ctx);
    case 'If': {
      const test = compileExpr(s.test, ctx);
      const body = compileBlock(s.body, ctx);
      const orelse = s.orelse.length ? compileBlock(s.orelse, ctx) : null;
      return (f) => {
        const t = test(f);
        if (t === true || (t !== false && isTruthy(t))) return body(f);
        return orelse ? orelse(f) : Flow.Normal;
      };
    }
    case 'While': {
      const test = compileExpr(s.test, ctx);
      const body = compileBlock(s.body, ctx);
      const orelse = s.orelse.length ? compileBlock(s.orelse, ctx) : null;
      return (f) => {
        for (;;) {
          const t = test(f);
          if (!(t === true || (t !== false && isTruthy(t)))) break;
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
      const mod = importModule(resolveRelativeName(s.module, s.level, f.globals));
      const names = [...mod.dict.keys()].filter((k) => !k.startsWith('_'));
      for (const k of names) (f.classNamespace ?? f.globals).set(k, mod.dict.get(k)!);
      return Flow.Normal;
    };
  }
  const parts = s.names.map((a) => ({ name: a.name, store: compileStore(a.asname ?? a.name, ctx) }));
  return (f) => {
    const mod = importModule(s.level ? resolveRelativeName(s.module, s.level, f.globals) : moduleName);
    for (const p of parts) p.store(f, importFrom(mod, p.name));
    return Flow.Normal;
  };
}

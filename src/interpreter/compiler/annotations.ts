// Variable annotations (`x: int = 3`, `y: str`). In a module or class body CPython evaluates each
// annotation after the assignment and, for a simple name, stores it in the scope's
// `__annotations__` dict (created before the body runs when the body has any annotation, nested
// blocks included, nested defs and classes not). Complex targets (`obj.a: int`) get their
// annotation evaluated but not stored; inside functions annotations are not evaluated at all.
import type * as A from '../../../grammar/ast.js';
import type { PyValue } from '../objects/core.js';
import { PyDict } from '../objects/values.js';
import { setItem } from '../ops/items.js';
import type { CompileContext } from './context.js';
import { Ev, Ex, Flow, Frame } from './frame.js';
import { compileExpr } from './expr.js';
import { compileLoad } from './names.js';
import { compileStoreTarget } from './targets.js';

/** True when a module or class body needs CPython's SETUP_ANNOTATIONS. */
export function bodyHasAnnotations(body: A.Stmt[]): boolean {
  return body.some(stmtHasAnnotations);
}

function stmtHasAnnotations(s: A.Stmt): boolean {
  switch (s._type) {
    case 'AnnAssign':
      return true;
    case 'For':
    case 'While':
    case 'If':
      return bodyHasAnnotations(s.body) || bodyHasAnnotations(s.orelse);
    case 'With':
      return bodyHasAnnotations(s.body);
    case 'Try':
      return bodyHasAnnotations(s.body) || s.handlers.some((h) => bodyHasAnnotations(h.body)) || bodyHasAnnotations(s.orelse) || bodyHasAnnotations(s.finalbody);
    default:
      return false;
  }
}

/** Creates the scope's `__annotations__` dict unless it is already there. */
export function setupAnnotations(namespace: Map<string, PyValue>): void {
  if (!namespace.has('__annotations__')) namespace.set('__annotations__', new PyDict());
}

export function compileAnnAssign(s: A.AnnAssign, ctx: CompileContext): Ex {
  const value = s.value ? compileExpr(s.value, ctx) : null;
  const store = s.value ? compileStoreTarget(s.target, ctx) : null;
  const evaluated = ctx.scope.kind === 'module' || ctx.scope.kind === 'class';
  if (!evaluated) {
    if (!value) return () => Flow.Normal;
    return (f) => {
      store!(f, value(f));
      return Flow.Normal;
    };
  }
  const annotation = compileExpr(s.annotation, ctx);
  let record: (f: Frame, ann: PyValue) => void = () => {};
  if (s.target._type === 'Name' && s.simple) {
    const annotations = compileLoad('__annotations__', ctx, s);
    const key = s.target.id;
    record = (f, ann) => setItem(annotations(f), key, ann);
  }
  // Without a value, a complex target's object (and subscript) is still evaluated.
  const probe = !value && s.target._type !== 'Name' ? targetProbe(s.target, ctx) : null;
  return (f) => {
    if (value) store!(f, value(f));
    else if (probe) probe(f);
    record(f, annotation(f));
    return Flow.Normal;
  };
}

function targetProbe(t: A.Attribute | A.Subscript, ctx: CompileContext): Ev {
  const obj = compileExpr(t.value, ctx);
  if (t._type === 'Attribute') return obj;
  const slice = compileExpr(t.slice, ctx);
  return (f) => {
    obj(f);
    return slice(f);
  };
}

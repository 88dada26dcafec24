// The class statement: evaluate decorators and bases, run the body in its own namespace, build
// the class (ops/new-class.ts), fill the implicit `__class__` cell that zero-argument super()
// reads, then apply the decorators.
import type * as A from '../../../grammar/ast.js';
import type { PyValue } from '../objects/core.js';
import { Cell } from '../objects/function.js';
import { PyDict, PyTuple } from '../objects/values.js';
import { call, Kwargs } from '../ops/call.js';
import { makeClass } from '../ops/new-class.js';
import { iterToArray } from '../ops/iter.js';
import { kwargsToMap } from '../ops/kwargs.js';
import { typeType } from '../objects/builtin-types.js';
import { builtinsDict } from '../builtins/registry.js';
import type { CompileContext } from './context.js';
import { Ex, Flow, Frame } from './frame.js';
import { compileExpr } from './expr.js';
import { closureBuilder } from './function.js';
import { compileStore } from './names.js';
import { compileBlock } from './stmt.js';
import { docstringOf } from './docstring.js';
import { bodyHasAnnotations, setupAnnotations } from './annotations.js';

export function compileClass(s: A.ClassDef, ctx: CompileContext): Ex {
  const inner = ctx.child(s, `${ctx.qualPrefix}${s.name}.`);
  const body = compileBlock(s.body, inner);
  const bases = s.bases.map((b) =>
    b._type === 'Starred' ? { star: true, ev: compileExpr(b.value, ctx) } : { star: false, ev: compileExpr(b, ctx) },
  );
  const keywords = s.keywords.map((k) => ({ name: k.arg, ev: compileExpr(k.value, ctx) }));
  const decorators = s.decorator_list.map((d) => compileExpr(d, ctx));
  const closure = closureBuilder(inner.scope, ctx);
  const store = compileStore(s.name, ctx);
  const qualname = ctx.qualPrefix + s.name;
  const doc = docstringOf(s.body);
  const hasAnnotations = bodyHasAnnotations(s.body);
  // Methods using super() or __class__ close over the class being defined (see scope.ts).
  const needsClassCell = inner.scope.cells.has('__class__');
  return (f) => {
    const decos = decorators.map((d) => d(f));
    const baseValues: PyValue[] = [];
    for (const b of bases) {
      if (b.star) baseValues.push(...iterToArray(b.ev(f)));
      else baseValues.push(b.ev(f));
    }
    let kwargs: Kwargs = null;
    let metaclass: PyValue | undefined;
    for (const k of keywords) {
      kwargs ??= new Map();
      if (k.name === null) kwargsToMap(k.ev(f), kwargs, 'call');
      else kwargs.set(k.name, k.ev(f));
    }
    if (kwargs) {
      metaclass = kwargs.get('metaclass');
      kwargs.delete('metaclass');
      if (kwargs.size === 0) kwargs = null;
    }
    const classCell = needsClassCell ? new Cell() : null;
    const frame = new Frame(classCell ? [classCell] : [], closure ? closure(f) : null, f.globals, builtinsDict);
    frame.classNamespace = new Map<string, PyValue>([
      ['__module__', ctx.moduleName],
      ['__qualname__', qualname],
    ]);
    if (hasAnnotations) setupAnnotations(frame.classNamespace);
    if (doc !== null) frame.classNamespace.set('__doc__', doc);
    body(frame);
    let cls: PyValue;
    if (metaclass !== undefined && metaclass !== typeType) {
      // A metaclass other than type: call it as Python does, metaclass(name, bases, namespace).
      const ns = namespaceDict(frame.classNamespace);
      cls = call(metaclass, [s.name, new PyTuple(baseValues), ns], kwargs);
    } else {
      cls = makeClass(s.name, baseValues, frame.classNamespace, kwargs);
    }
    if (classCell) classCell.value = cls;
    for (let i = decos.length - 1; i >= 0; i--) cls = call(decos[i], [cls], null);
    store(f, cls);
    return Flow.Normal;
  };
}

/** The class namespace as a Python dict, for a metaclass call. */
function namespaceDict(ns: Map<string, PyValue>): PyDict {
  const d = new PyDict();
  for (const [k, v] of ns) d.storage.set(k, v);
  return d;
}

// globals(), locals(), vars() and dir() without arguments describe the calling frame, which a
// builtin function never sees. The compiler recognises direct calls of these names and answers
// them from the frame itself; when the name is rebound (a global or a local of that name) the
// call goes to whatever it is bound to, as CPython would.
import type * as A from '../../../grammar/ast.js';
import type { PyValue } from '../objects/core.js';
import type { Cell } from '../objects/function.js';
import { PyDict, PyList } from '../objects/values.js';
import { attrDictView } from '../ops/attr.js';
import { call } from '../ops/call.js';
import { builtinsDict } from '../builtins/registry.js';
import type { CompileContext } from './context.js';
import type { Ev, Frame } from './frame.js';
import { compileLoad } from './names.js';
import { noteLocation } from './trace.js';

const FRAME_BUILTINS = new Set(['globals', 'locals', 'vars', 'dir']);

/** A zero-argument call of globals/locals/vars/dir whose name is not a local or free variable. */
export function isFrameBuiltinCall(n: A.Call, ctx: CompileContext): n is A.Call & { func: A.Name } {
  return (
    n.func._type === 'Name' &&
    FRAME_BUILTINS.has(n.func.id) &&
    n.args.length === 0 &&
    n.keywords.length === 0 &&
    ctx.scope.resolve(n.func.id).kind === 'global'
  );
}

export function compileFrameBuiltinCall(n: A.Call & { func: A.Name }, ctx: CompileContext): Ev {
  const name = n.func.id;
  const load = compileLoad(name, ctx, n.func);
  const namespace = namespaceOf(ctx);
  const answer: Ev = name === 'globals' ? (f) => globalsDict(f.globals) : name === 'dir' ? (f) => sortedNames(namespace(f)) : namespace;
  return (f) => {
    const fn = load(f);
    if (fn === builtinsDict.get(name)) return answer(f);
    try {
      return call(fn, [], null);
    } catch (e) {
      throw noteLocation(e, f, n);
    }
  };
}

/** locals() of the scope being compiled: the live module or class namespace, or for a function a
 *  fresh dict of its bound variables in CPython's order (plain locals and parameters in slot
 *  order, then captured locals and free variables, each sorted). */
function namespaceOf(ctx: CompileContext): Ev {
  const scope = ctx.scope;
  if (scope.kind === 'module') return (f) => globalsDict(f.globals);
  if (scope.kind === 'class') return (f) => attrDictView.make(f.classNamespace!);
  const entries: { name: string; get: (f: Frame) => PyValue | undefined }[] = [];
  const params = new Set(scope.params);
  const cells: string[] = [];
  for (const [name, slot] of [...scope.slots].sort((a, b) => a[1] - b[1])) {
    if (scope.cells.has(name) && !params.has(name)) cells.push(name);
    else if (scope.cells.has(name)) entries.push({ name, get: (f) => (f.locals[slot] as Cell).value });
    else entries.push({ name, get: (f) => f.locals[slot] as PyValue | undefined });
  }
  for (const name of cells.sort()) {
    const slot = scope.slots.get(name)!;
    entries.push({ name, get: (f) => (f.locals[slot] as Cell).value });
  }
  for (const name of [...scope.free].sort()) {
    const index = scope.free.indexOf(name);
    entries.push({ name, get: (f) => f.closure![index].value });
  }
  return (f) => {
    let d = f.localsDict as PyDict | null;
    if (d === null) f.localsDict = d = new PyDict();
    for (const e of entries) {
      const v = e.get(f);
      if (v !== undefined) d.storage.set(e.name, v);
      else d.storage.delete(e.name);
    }
    return d;
  };
}

/** The module's globals as one dict object, so `globals() is globals()`. */
const globalsViews = new WeakMap<Map<string, PyValue>, PyValue>();
function globalsDict(globals: Map<string, PyValue>): PyValue {
  let d = globalsViews.get(globals);
  if (d === undefined) globalsViews.set(globals, (d = attrDictView.make(globals)));
  return d;
}

function sortedNames(ns: PyValue): PyValue {
  const names: string[] = [];
  for (const k of (ns as PyDict).storage.keys()) names.push(k as string);
  return new PyList(names.sort());
}

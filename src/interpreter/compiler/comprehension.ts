// List/dict comprehensions and generator expressions. Each runs in its own scope (a fresh frame),
// as in Python 3; the first iterable is evaluated in the enclosing scope.
import type * as A from '../../../grammar/ast.js';
import type { PyValue } from '../objects/core.js';
import { Cell } from '../objects/function.js';
import { PyDict, PyList } from '../objects/values.js';
import { PySet } from '../objects/set.js';
import { getIterator, PyIterator } from '../ops/iter.js';
import { isTruthy } from '../ops/truth.js';
import { builtinsDict } from '../builtins/registry.js';
import type { CompileContext } from './context.js';
import { Ev, Frame } from './frame.js';
import { compileExpr } from './expr.js';
import { closureBuilder, enterCall, exitCall } from './function.js';
import { compileStoreTarget } from './targets.js';
import { leaveFrame, noteLocation } from './trace.js';
import { BodyRun, PyGenerator } from './generator.js';

type Sink = (f: Frame) => void;

export function compileComprehension(n: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, ctx: CompileContext): Ev {
  if (n._type === 'GeneratorExp') return compileGeneratorExp(n, ctx);
  const kindName = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' }[n._type];
  const inner = ctx.child(n, ctx.qualPrefix);
  const scope = inner.scope;
  const firstIter = compileExpr(n.generators[0].iter, ctx);
  const closure = closureBuilder(scope, ctx);
  const cellSlots = [...scope.cells].map((name) => scope.slots.get(name)!);

  // Build the nested loops from the innermost outwards: each level drives the next.
  let result: PyValue[] = [];
  let dict: PyDict | null = null;
  let emit: Sink;
  if (n._type === 'DictComp') {
    const key = compileExpr(n.key, inner);
    const value = compileExpr(n.value, inner);
    emit = (f) => {
      const k = key(f);
      dict!.storage.set(k, value(f));
    };
  } else {
    const elt = compileExpr(n.elt, inner);
    emit = (f) => {
      result.push(elt(f));
    };
  }
  let level: (f: Frame, it: PyIterator) => void = () => {};
  for (let i = n.generators.length - 1; i >= 0; i--) {
    const g = n.generators[i];
    const store = compileStoreTarget(g.target, inner);
    const conds = g.ifs.map((c) => compileExpr(c, inner));
    const next = i === n.generators.length - 1 ? null : level;
    const nextIter = i === n.generators.length - 1 ? null : compileExpr(n.generators[i + 1].iter, inner);
    const nextIterNode = i === n.generators.length - 1 ? null : n.generators[i + 1].iter;
    level = (f, it) => {
      outer: for (let x = it.next(); x !== undefined; x = it.next()) {
        store(f, x);
        for (const c of conds) if (!isTruthy(c(f))) continue outer;
        if (next) {
          const src = nextIter!(f);
          let inner: PyIterator;
          try {
            inner = getIterator(src);
          } catch (e) {
            throw noteLocation(e, f, nextIterNode!);
          }
          next(f, inner);
        } else emit(f);
      }
    };
  }
  const run = level;
  return (outer) => {
    let it: PyIterator;
    try {
      it = getIterator(firstIter(outer));
    } catch (e) {
      throw noteLocation(e, outer, n.generators[0].iter);
    }
    const locals: (PyValue | Cell | undefined)[] = new Array(scope.nslots);
    const f = new Frame(locals, closure ? closure(outer) : null, outer.globals, builtinsDict);
    for (const s of cellSlots) locals[s] = new Cell();
    const savedResult = result;
    const savedDict = dict;
    result = [];
    dict = n._type === 'DictComp' ? new PyDict() : null;
    enterCall();
    try {
      run(f, it);
      if (n._type === 'DictComp') return dict!;
      if (n._type === 'SetComp') {
        const set = new PySet();
        for (let i = 0; i < result.length; i++) set.table.add(result[i]);
        return set;
      }
      return new PyList(result);
    } catch (e) {
      throw leaveFrame(e, f, ctx.filename, kindName, n);
    } finally {
      exitCall();
      result = savedResult;
      dict = savedDict;
    }
  };
}

type Level = (f: Frame, it: PyIterator) => Generator<PyValue, void, PyValue>;

/** A generator expression: a generator object whose body runs the loops lazily, one element per
 *  resumption. Its first iterable is evaluated at once, in the enclosing scope. */
function compileGeneratorExp(n: A.GeneratorExp, ctx: CompileContext): Ev {
  const inner = ctx.child(n, ctx.qualPrefix);
  const scope = inner.scope;
  const firstIter = compileExpr(n.generators[0].iter, ctx);
  const closure = closureBuilder(scope, ctx);
  const cellSlots = [...scope.cells].map((name) => scope.slots.get(name)!);
  const elt = compileExpr(n.elt, inner);
  let level: Level = function* () {};
  for (let i = n.generators.length - 1; i >= 0; i--) {
    const g = n.generators[i];
    const store = compileStoreTarget(g.target, inner);
    const conds = g.ifs.map((c) => compileExpr(c, inner));
    const last = i === n.generators.length - 1;
    const next = level;
    const nextIter = last ? null : compileExpr(n.generators[i + 1].iter, inner);
    const nextIterNode = last ? null : n.generators[i + 1].iter;
    level = function* (f, it) {
      outer: for (let x = it.next(); x !== undefined; x = it.next()) {
        store(f, x);
        for (const c of conds) if (!isTruthy(c(f))) continue outer;
        if (last) {
          yield elt(f);
          continue;
        }
        let innerIt: PyIterator;
        try {
          innerIt = getIterator(nextIter!(f));
        } catch (e) {
          throw noteLocation(e, f, nextIterNode!);
        }
        yield* next(f, innerIt);
      }
    };
  }
  const run = level;
  const code = { name: '<genexpr>', qualname: `${ctx.qualPrefix}<genexpr>`, filename: ctx.filename, pos: n };
  return (outer) => {
    let it: PyIterator;
    try {
      it = getIterator(firstIter(outer));
    } catch (e) {
      throw noteLocation(e, outer, n.generators[0].iter);
    }
    const locals: (PyValue | Cell | undefined)[] = new Array(scope.nslots);
    const f = new Frame(locals, closure ? closure(outer) : null, outer.globals, builtinsDict);
    for (const s of cellSlots) locals[s] = new Cell();
    return new PyGenerator(genexpBody(run, f, it), f, code);
  };
}

function* genexpBody(run: Level, f: Frame, it: PyIterator): BodyRun {
  yield* run(f, it);
  return null;
}

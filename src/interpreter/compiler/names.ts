// Loading, storing and deleting names, specialised by what the resolver decided.
import type { PyValue } from '../objects/core.js';
import { Cell } from '../objects/function.js';
import { nameError, pyExc } from '../objects/exceptions.js';
import type { CompileContext } from './context.js';
import type { Ev, Frame } from './frame.js';
import type { Position } from '../../../grammar/ast.js';
import { noteLocation } from './trace.js';

const unboundLocal = (name: string) =>
  pyExc('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
const unboundFree = (name: string) =>
  pyExc('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);

/** A name's value; a failure (unbound, undefined) points the traceback at `pos`. */
export function compileLoad(name: string, ctx: CompileContext, pos: Position): Ev {
  const r = ctx.scope.resolve(name);
  switch (r.kind) {
    case 'local': {
      const slot = r.slot;
      return (f) => {
        const v = f.locals[slot];
        if (v === undefined) throw noteLocation(unboundLocal(name), f, pos);
        return v as PyValue;
      };
    }
    case 'cell': {
      const slot = r.slot;
      return (f) => {
        const v = (f.locals[slot] as Cell).value;
        if (v === undefined) throw noteLocation(unboundLocal(name), f, pos);
        return v;
      };
    }
    case 'free': {
      const index = r.index;
      if (ctx.scope.kind === 'class') {
        // A class body reads its own namespace first, then the enclosing function's cell.
        return (f) => {
          let v = f.classNamespace!.get(name);
          if (v === undefined) v = f.closure![index].value;
          if (v === undefined) throw noteLocation(unboundFree(name), f, pos);
          return v;
        };
      }
      return (f) => {
        const v = f.closure![index].value;
        if (v === undefined) throw noteLocation(unboundFree(name), f, pos);
        return v;
      };
    }
    case 'global':
      if (ctx.scope.kind === 'class') {
        return (f) => {
          let v = f.classNamespace!.get(name);
          if (v === undefined) v = f.globals.get(name);
          if (v === undefined) v = f.builtins.get(name);
          if (v === undefined) throw noteLocation(nameErrorIn(name, f, ctx), f, pos);
          return v;
        };
      }
      return (f) => {
        // None is null, so the fallback must test for undefined, not use `??`.
        let v = f.globals.get(name);
        if (v === undefined) v = f.builtins.get(name);
        if (v === undefined) throw noteLocation(nameErrorIn(name, f, ctx), f, pos);
        return v;
      };
  }
}

export type Store = (f: Frame, v: PyValue) => void;

export function compileStore(name: string, ctx: CompileContext): Store {
  const r = ctx.scope.resolve(name);
  switch (r.kind) {
    case 'local': {
      const slot = r.slot;
      return (f, v) => {
        f.locals[slot] = v;
      };
    }
    case 'cell': {
      const slot = r.slot;
      return (f, v) => {
        (f.locals[slot] as Cell).value = v;
      };
    }
    case 'free': {
      const index = r.index;
      return (f, v) => {
        f.closure![index].value = v;
      };
    }
    case 'global':
      if (ctx.scope.kind === 'class' && !ctx.scope.globals.has(name)) {
        return (f, v) => {
          f.classNamespace!.set(name, v);
        };
      }
      return (f, v) => {
        f.globals.set(name, v);
      };
  }
}

export function compileDelete(name: string, ctx: CompileContext): (f: Frame) => void {
  const r = ctx.scope.resolve(name);
  switch (r.kind) {
    case 'local': {
      const slot = r.slot;
      return (f) => {
        if (f.locals[slot] === undefined) throw unboundLocal(name);
        f.locals[slot] = undefined;
      };
    }
    case 'cell': {
      const slot = r.slot;
      return (f) => {
        const c = f.locals[slot] as Cell;
        if (c.value === undefined) throw unboundLocal(name);
        c.value = undefined;
      };
    }
    case 'free': {
      const index = r.index;
      return (f) => {
        f.closure![index].value = undefined;
      };
    }
    case 'global':
      return (f) => {
        const dict = ctx.scope.kind === 'class' && !ctx.scope.globals.has(name) ? f.classNamespace! : f.globals;
        if (!dict.delete(name)) throw nameError(name);
      };
  }
}

/** NameError carrying the names visible in this frame, as CPython's suggestions consider them. */
function nameErrorIn(name: string, f: Frame, ctx: CompileContext) {
  const e = nameError(name);
  const localNames = [...ctx.scope.slots.keys()];
  e.nameCandidates = () => [localNames, [...f.globals.keys()], [...f.builtins.keys()]];
  return e;
}

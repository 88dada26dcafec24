// Assignment targets: names, attributes, items, and (nested, starred) unpacking.
import type * as A from '../../../grammar/ast.js';
import type { PyValue } from '../objects/core.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { PyList, PyTuple } from '../objects/values.js';
import { setAttr, delAttr } from '../ops/attr.js';
import { setItem, delItem } from '../ops/items.js';
import { getIterator } from '../ops/iter.js';
import { typeOf } from '../ops/typeof.js';
import type { CompileContext } from './context.js';
import type { Frame } from './frame.js';
import { compileDelete, compileStore, Store } from './names.js';
import { compileExpr } from './expr.js';
import { noteLocation } from './trace.js';

export function compileStoreTarget(t: A.Expr, ctx: CompileContext): Store {
  switch (t._type) {
    case 'Name':
      return compileStore(t.id, ctx);
    case 'Attribute': {
      const obj = compileExpr(t.value, ctx);
      const name = t.attr;
      return (f, v) => {
        const o = obj(f);
        try {
          setAttr(o, name, v);
        } catch (e) {
          throw noteLocation(e, f, t);
        }
      };
    }
    case 'Subscript': {
      const obj = compileExpr(t.value, ctx);
      const key = compileExpr(t.slice, ctx);
      return (f, v) => {
        const o = obj(f);
        const k = key(f);
        try {
          setItem(o, k, v);
        } catch (e) {
          throw noteLocation(e, f, t);
        }
      };
    }
    case 'Tuple':
    case 'List':
      return compileUnpack(t.elts, ctx);
    default:
      throw new Error(`the parser produced an invalid assignment target ${t._type}`);
  }
}

function compileUnpack(elts: A.Expr[], ctx: CompileContext): Store {
  const starAt = elts.findIndex((e) => e._type === 'Starred');
  const stores = elts.map((e) => compileStoreTarget(e._type === 'Starred' ? e.value : e, ctx));
  const n = elts.length;
  return (f: Frame, v: PyValue) => {
    const items = unpackValues(v, n, starAt);
    for (let i = 0; i < n; i++) stores[i](f, items[i]);
  };
}

/** The values to assign to n targets (the starred one, if any, receives a list). */
function unpackValues(v: PyValue, n: number, starAt: number): PyValue[] {
  let items: readonly PyValue[];
  if (v instanceof PyTuple || v instanceof PyList) items = v.items;
  else {
    let it;
    try {
      it = getIterator(v);
    } catch (e) {
      if (e !== null && typeof e === 'object' && 'cls' in e && (e as { cls: { name: string } }).cls.name === 'TypeError') {
        throw typeError(`cannot unpack non-iterable ${typeOf(v).name} object`);
      }
      throw e;
    }
    const out: PyValue[] = [];
    for (let x = it.next(); x !== undefined; x = it.next()) {
      out.push(x);
      if (starAt < 0 && out.length > n) break;
    }
    items = out;
  }
  if (starAt < 0) {
    if (items.length > n) throw valueError(`too many values to unpack (expected ${n})`);
    if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
    return items as PyValue[];
  }
  const after = n - starAt - 1;
  if (items.length < n - 1) {
    throw valueError(`not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
  }
  return [
    ...items.slice(0, starAt),
    new PyList(items.slice(starAt, items.length - after)),
    ...items.slice(items.length - after),
  ];
}

export function compileDeleteTarget(t: A.Expr, ctx: CompileContext): (f: Frame) => void {
  switch (t._type) {
    case 'Name':
      return compileDelete(t.id, ctx);
    case 'Attribute': {
      const obj = compileExpr(t.value, ctx);
      return (f) => {
        const o = obj(f);
        try {
          delAttr(o, t.attr);
        } catch (e) {
          throw noteLocation(e, f, t);
        }
      };
    }
    case 'Subscript': {
      const obj = compileExpr(t.value, ctx);
      const key = compileExpr(t.slice, ctx);
      return (f) => {
        const o = obj(f);
        const k = key(f);
        try {
          delItem(o, k);
        } catch (e) {
          throw noteLocation(e, f, t);
        }
      };
    }
    case 'Tuple':
    case 'List': {
      const parts = t.elts.map((e) => compileDeleteTarget(e, ctx));
      return (f) => {
        for (const p of parts) p(f);
      };
    }
    default:
      throw new Error(`the parser produced an invalid del target ${t._type}`);
  }
}

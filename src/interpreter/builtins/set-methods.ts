// set and frozenset: constructors and methods, with CPython's argument errors.
import type { PyValue } from '../objects/core.js';
import { frozensetType, setType } from '../objects/builtin-types.js';
import { typeError } from '../objects/exceptions.js';
import { keyError } from '../ops/items.js';
import { PySet } from '../objects/set.js';
import { builtinHash } from '../ops/hash.js';
import { builtinKeyHooks } from '../ops/compare.js';
import { HashedKey } from '../objects/dict-storage.js';
import * as S from '../ops/set-ops.js';
import { typeCall } from './constructors.js';
import { checkArity, defineMethod, noKwargs } from './define.js';

export function installSetMethods(): void {
  setType.construct = (c, a, k) => {
    if (c !== setType) return typeCall(c, a, k);
    noKwargs('set', k);
    checkArity('set', a, 0, 1);
    return S.makeSet(a.length ? a[0] : undefined);
  };
  frozensetType.construct = (c, a, k) => {
    noKwargs('frozenset', k);
    checkArity('frozenset', a, 0, 1);
    if (c === frozensetType && a.length && a[0] instanceof PySet && a[0].frozen && a[0].cls === frozensetType) return a[0];
    const s = c === frozensetType ? new PySet(true) : new PySet(true, c);
    if (a.length) S.setUpdate(s, a[0]);
    return s;
  };
  defineMethod(setType, '__init__', (self, args) => {
    checkArity('set', args, 0, 1);
    const s = self as PySet;
    s.table.clear();
    if (args.length) S.setUpdate(s, args[0]);
    return null;
  });
  setType.dict.set('__hash__', null);
  builtinHash.set(frozensetType, (v) => S.frozensetHash(v as PySet));
  builtinKeyHooks.push((key) => {
    if (key instanceof PySet) {
      if (!key.frozen) throw typeError(`unhashable type: '${key.cls.name}'`);
      return new HashedKey(S.frozensetHash(key));
    }
    return undefined;
  });

  for (const t of [setType, frozensetType]) {
    const m = (name: string, body: (s: PySet, args: PyValue[]) => PyValue) =>
      defineMethod(t, name, (self, args, kwargs) => {
        noKwargs(`${t.name}.${name}`, kwargs);
        return body(self as PySet, args);
      });
    const multi = (name: string, fold: (acc: PySet, other: PyValue) => PySet) =>
      m(name, (s, args) => {
        let acc = S.setCopy(s);
        if (args.length === 0) return acc;
        for (const o of args) acc = fold(acc, o);
        return acc;
      });
    multi('union', (acc, o) => {
      S.setUpdate(acc, o);
      return acc;
    });
    multi('intersection', (acc, o) => S.setIntersection(acc, o));
    multi('difference', (acc, o) => {
      S.setDifferenceUpdate(acc, o);
      return acc;
    });
    m('symmetric_difference', (s, a) => {
      checkArity('symmetric_difference', a, 1, 1);
      return S.setSymmetricDifference(s, a[0]);
    });
    m('issubset', (s, a) => {
      checkArity('issubset', a, 1, 1);
      return S.isSubset(s, a[0] instanceof PySet ? a[0] : S.makeSet(a[0]));
    });
    m('issuperset', (s, a) => {
      checkArity('issuperset', a, 1, 1);
      return S.isSubset(a[0] instanceof PySet ? a[0] : S.makeSet(a[0]), s);
    });
    m('isdisjoint', (s, a) => {
      checkArity('isdisjoint', a, 1, 1);
      return S.isDisjoint(s, a[0]);
    });
    m('copy', (s) => (s.frozen && s.cls === frozensetType ? s : S.setCopy(s)));
  }

  const m = (name: string, body: (s: PySet, args: PyValue[]) => PyValue) =>
    defineMethod(setType, name, (self, args, kwargs) => {
      noKwargs(`set.${name}`, kwargs);
      return body(self as PySet, args);
    });
  m('add', (s, a) => {
    checkArity('set.add', a, 1, 1);
    s.table.add(a[0]);
    return null;
  });
  m('discard', (s, a) => {
    checkArity('set.discard', a, 1, 1);
    s.table.discard(a[0]);
    return null;
  });
  m('remove', (s, a) => {
    checkArity('set.remove', a, 1, 1);
    if (!s.table.discard(a[0])) throw keyError(a[0]);
    return null;
  });
  m('pop', (s, a) => {
    checkArity('set.pop', a, 0, 0);
    const k = s.table.pop();
    if (k === undefined) throw keyError('pop from an empty set');
    return k;
  });
  m('clear', (s) => {
    s.table.clear();
    return null;
  });
  m('update', (s, a) => {
    for (const o of a) S.setUpdate(s, o);
    return null;
  });
  m('intersection_update', (s, a) => {
    for (const o of a) S.setIntersectionUpdate(s, o);
    return null;
  });
  m('difference_update', (s, a) => {
    for (const o of a) S.setDifferenceUpdate(s, o);
    return null;
  });
  m('symmetric_difference_update', (s, a) => {
    checkArity('symmetric_difference_update', a, 1, 1);
    S.setSymmetricDifferenceUpdate(s, a[0]);
    return null;
  });
}

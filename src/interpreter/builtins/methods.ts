// Methods of the builtin types that tutorial code calls most: str, list, tuple, dict, float, int.
import type { PyValue } from '../objects/core.js';
import { dictItemsType, dictKeysType, dictType, dictValuesType, floatType, intType, listType, strType, tupleType } from '../objects/builtin-types.js';
import { PyDictView } from '../objects/dict-view.js';
import { PyBuiltinFunction, PyClassMethod, PyStaticMethod } from '../objects/function.js';
import { PyTupleSub } from '../objects/values.js';
import { call } from '../ops/call.js';
import { delItemRaw, getItemRaw, setItem, setItemRaw } from '../ops/items.js';
import { isDisjoint, makeSet } from '../ops/set-ops.js';
import { dictUpdate } from './constructors.js';
import { indexError, typeError, valueError } from '../objects/exceptions.js';
import { PyDict, PyFloat, PyList, PyTuple } from '../objects/values.js';
import { asIndex } from '../ops/convert.js';
import { pyEquals } from '../ops/compare.js';
import { getItem, keyError } from '../ops/items.js';
import { iterToArray, PyIterator } from '../ops/iter.js';
import { kwargsToMap } from '../ops/kwargs.js';
import { formatValue } from '../ops/format.js';
import { repr as reprOf, str } from '../ops/text.js';
import { PyBytes } from '../objects/bytes.js';
import { typeOf } from '../ops/typeof.js';
import { getAttr } from '../ops/attr.js';
import { checkArity, defineMethod, noKwargs, pyParams } from './define.js';
import { sortList } from './functions.js';
import { iteratorType } from '../objects/builtin-types.js';
import { PyType } from '../objects/core.js';

const asStr = (v: PyValue, what: string): string => {
  if (typeof v !== 'string') throw typeError(`${what} must be str, not ${typeOf(v).name}`);
  return v;
};

function installStrMethods(): void {
  const m = (name: string, body: (s: string, args: PyValue[]) => PyValue) =>
    defineMethod(strType, name, (self, args) => body(self as string, args));
  m('upper', (s) => s.toUpperCase());
  m('lower', (s) => s.toLowerCase());
  m('isalpha', (s) => s.length > 0 && /^\p{L}+$/u.test(s));
  m('isspace', (s) => s.length > 0 && /^\s+$/u.test(s));
  const stripChars = (args: PyValue[]) => (args.length && args[0] !== null ? asStr(args[0], 'strip arg') : null);
  const strip = (s: string, chars: string | null, left: boolean, right: boolean) => {
    const isStrip = (c: string) => (chars === null ? /\s/u.test(c) : chars.includes(c));
    let a = 0;
    let b = s.length;
    if (left) while (a < b && isStrip(s[a])) a++;
    if (right) while (b > a && isStrip(s[b - 1])) b--;
    return s.slice(a, b);
  };
  m('strip', (s, a) => strip(s, stripChars(a), true, true));
  m('lstrip', (s, a) => strip(s, stripChars(a), true, false));
  m('rstrip', (s, a) => strip(s, stripChars(a), false, true));
  m('startswith', (s, a) => {
    const p = a[0];
    if (p instanceof PyTuple) return p.items.some((x) => s.startsWith(x as string));
    return s.startsWith(asStr(p, 'startswith first arg'));
  });
  m('endswith', (s, a) => {
    const p = a[0];
    if (p instanceof PyTuple) return p.items.some((x) => s.endsWith(x as string));
    return s.endsWith(asStr(p, 'endswith first arg'));
  });
  m('replace', (s, a) => {
    checkArity('replace', a, 2, 3);
    const old = asStr(a[0], 'replace arg 1');
    const repl = asStr(a[1], 'replace arg 2');
    const count = a.length > 2 ? asIndex(a[2]) : -1;
    if (old === '') {
      // An empty pattern matches between every character (and at both ends).
      const chars = Array.from(s);
      const n = count < 0 ? chars.length + 1 : Math.min(count, chars.length + 1);
      let out = '';
      for (let i = 0; i < chars.length; i++) out += (i < n ? repl : '') + chars[i];
      return out + (n > chars.length ? repl : '');
    }
    if (count < 0) return s.split(old).join(repl);
    let out = s;
    let from = 0;
    for (let i = 0; i < count; i++) {
      const at = out.indexOf(old, from);
      if (at < 0) break;
      out = out.slice(0, at) + repl + out.slice(at + old.length);
      from = at + repl.length;
    }
    return out;
  });
  defineMethod(strType, 'split', (self, args, kwargs) => {
    const p = pyParams('split', ['sep', 'maxsplit'], { sep: null, maxsplit: -1 })(args, kwargs);
    if (p.sep !== null && typeof p.sep !== 'string') throw typeError(`must be str or None, not ${typeOf(p.sep).name}`);
    return new PyList(splitStr(self as string, p.sep, asIndex(p.maxsplit)));
  });
  m('splitlines', (s) => new PyList(s.split(/\r\n|\r|\n/).filter((x, i, arr) => i < arr.length - 1 || x !== '')));
  m('join', (s, a) => {
    checkArity('join', a, 1, 1);
    const parts = iterToArray(a[0]);
    parts.forEach((p, i) => {
      if (typeof p !== 'string') throw typeError(`sequence item ${i}: expected str instance, ${typeOf(p).name} found`);
    });
    return parts.join(s);
  });
  const padder = (name: string, place: (s: string, w: number, f: string) => string) =>
    m(name, (s, a) => {
      const w = asIndex(a[0]);
      const fill = a.length > 1 ? asStr(a[1], `${name}() argument 2`) : ' ';
      return s.length >= w ? s : place(s, w, fill);
    });
  padder('ljust', (s, w, f) => s + f.repeat(w - s.length));
  padder('rjust', (s, w, f) => f.repeat(w - s.length) + s);
  padder('center', (s, w, f) => {
    // CPython rounds the odd padding to the left only when the width is odd.
    const total = w - s.length;
    const left = Math.floor(total / 2) + (total & w & 1);
    return f.repeat(left) + s + f.repeat(total - left);
  });
  m('zfill', (s, a) => {
    const w = asIndex(a[0]);
    if (s.length >= w) return s;
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
    return sign + '0'.repeat(w - s.length) + s.slice(sign.length);
  });
  defineMethod(strType, 'format', (self, args, kwargs) => strFormat(self as string, args, kwargs));
  m('encode', (s) => new PyBytes(new TextEncoder().encode(s)));
}


function splitStr(s: string, sep: string | null, maxsplit: number): string[] {
  if (sep === '') throw valueError('empty separator');
  if (sep === null) {
    const parts: string[] = [];
    let rest = s.replace(/^\s+/u, '');
    while (rest.length) {
      if (maxsplit >= 0 && parts.length === maxsplit) {
        parts.push(rest);
        break;
      }
      const m = /\s+/u.exec(rest);
      if (!m) {
        parts.push(rest);
        break;
      }
      parts.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
    return parts;
  }
  const all = s.split(sep);
  if (maxsplit < 0 || all.length <= maxsplit + 1) return all;
  return [...all.slice(0, maxsplit), all.slice(maxsplit).join(sep)];
}

/** str.format: {}, {0}, {name}, {0.attr}, {0[key]}, conversions and format specs. */
export function strFormat(template: string, args: PyValue[], kwargs: Map<string, PyValue> | null): string {
  let auto = 0;
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i];
    if (ch === '{') {
      if (template[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      let depth = 1;
      let j = i + 1;
      while (j < template.length && depth > 0) {
        if (template[j] === '{') depth++;
        else if (template[j] === '}') depth--;
        j++;
      }
      if (depth > 0) throw valueError("expected '}' before end of string");
      const field = template.slice(i + 1, j - 1);
      out += formatField(field, args, kwargs, () => auto++);
      i = j;
    } else if (ch === '}') {
      if (template[i + 1] !== '}') throw valueError("Single '}' encountered in format string");
      out += '}';
      i += 2;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function formatField(field: string, args: PyValue[], kwargs: Map<string, PyValue> | null, nextAuto: () => number): string {
  const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(field);
  if (!m) throw valueError(`invalid format field '${field}'`);
  const [, ref, conv, rawSpec] = m;
  const head = /^[^.[]*/.exec(ref)![0];
  let value: PyValue;
  if (head === '') {
    const idx = nextAuto();
    if (idx >= args.length) throw indexError(`Replacement index ${idx} out of range for positional args tuple`);
    value = args[idx];
  } else if (/^\d+$/.test(head)) {
    const idx = Number(head);
    if (idx >= args.length) throw indexError(`Replacement index ${idx} out of range for positional args tuple`);
    value = args[idx];
  } else {
    const v = kwargs?.get(head);
    if (v === undefined) throw keyError(head);
    value = v;
  }
  const rest = ref.slice(head.length);
  const accessor = /\.([^.[]+)|\[([^\]]+)\]/g;
  for (let a = accessor.exec(rest); a; a = accessor.exec(rest)) {
    if (a[1] !== undefined) value = getAttr(value, a[1]);
    else value = getItem(value, /^\d+$/.test(a[2]) ? Number(a[2]) : a[2]);
  }
  if (conv === 'r' || conv === 'a') value = reprOf(value);
  else if (conv === 's') value = str(value);
  const spec = rawSpec ? strFormat(rawSpec, args, kwargs) : '';
  return formatValue(value, spec);
}

/** list.index/tuple.index: the first position of args[0] within the optional [start, stop). */
function indexIn(items: readonly PyValue[], args: PyValue[]): number {
  const n = items.length;
  const clamp = (v: PyValue | undefined, dflt: number) => {
    if (v === undefined) return dflt;
    let i = asIndex(v);
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  const start = clamp(args[1], 0);
  const stop = clamp(args[2], n);
  for (let i = start; i < stop; i++) if (items[i] === args[0] || pyEquals(items[i], args[0])) return i;
  return -1;
}

function installListMethods(): void {
  const m = (name: string, body: (l: PyList, args: PyValue[]) => PyValue) =>
    defineMethod(listType, name, (self, args) => body(self as PyList, args));
  m('append', (l, a) => {
    checkArity('list.append', a, 1, 1);
    l.items.push(a[0]);
    return null;
  });
  m('extend', (l, a) => {
    l.items.push(...iterToArray(a[0]));
    return null;
  });
  m('insert', (l, a) => {
    checkArity('insert', a, 2, 2);
    let i = asIndex(a[0]);
    const n = l.items.length;
    if (i < 0) i = Math.max(0, i + n);
    l.items.splice(Math.min(i, n), 0, a[1]);
    return null;
  });
  m('pop', (l, a) => {
    if (l.items.length === 0) throw indexError('pop from empty list');
    let i = a.length ? asIndex(a[0]) : l.items.length - 1;
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throw indexError('pop index out of range');
    return l.items.splice(i, 1)[0];
  });
  m('remove', (l, a) => {
    const i = l.items.findIndex((x) => pyEquals(x, a[0]));
    if (i < 0) throw valueError('list.remove(x): x not in list');
    l.items.splice(i, 1);
    return null;
  });
  m('index', (l, a) => {
    checkArity('index', a, 1, 3);
    const i = indexIn(l.items, a);
    if (i < 0) throw valueError(`${reprOf(a[0])} is not in list`);
    return i;
  });
  m('count', (l, a) => l.items.filter((x) => pyEquals(x, a[0])).length);
  m('clear', (l) => {
    l.items.length = 0;
    return null;
  });
  m('copy', (l) => new PyList(l.items.slice()));
  m('reverse', (l) => {
    l.items.reverse();
    return null;
  });
  defineMethod(listType, 'sort', (self, args, kwargs) => {
    if (args.length) throw typeError('sort() takes no positional arguments');
    sortList(self as PyList, kwargs);
    return null;
  });
  defineMethod(tupleType, 'index', (self, args) => {
    checkArity('index', args, 1, 3);
    const i = indexIn((self as PyTuple).items, args);
    if (i < 0) throw valueError('tuple.index(x): x not in tuple');
    return i;
  });
  defineMethod(tupleType, 'count', (self, args) => (self as PyTuple).items.filter((x) => pyEquals(x, args[0])).length);
}

function installDictMethods(): void {
  const m = (name: string, body: (d: PyDict, args: PyValue[]) => PyValue) =>
    defineMethod(dictType, name, (self, args, kwargs) => {
      noKwargs(`dict.${name}`, kwargs);
      return body(self as PyDict, args);
    });
  m('keys', (d) => new PyDictView('keys', d));
  m('values', (d) => new PyDictView('values', d));
  m('items', (d) => new PyDictView('items', d));
  m('get', (d, a) => {
    checkArity('get', a, 1, 2);
    const v = d.storage.get(a[0]);
    return v !== undefined ? v : a.length > 1 ? a[1] : null;
  });
  m('pop', (d, a) => {
    checkArity('pop', a, 1, 2);
    const v = d.storage.get(a[0]);
    if (v === undefined) {
      if (a.length > 1) return a[1];
      throw keyError(a[0]);
    }
    d.storage.delete(a[0]);
    return v;
  });
  m('popitem', (d, a) => {
    checkArity('popitem', a, 0, 0);
    const e = d.storage.popLast();
    if (e === undefined) throw keyError('popitem(): dictionary is empty');
    return new PyTuple([e[0], e[1]]);
  });
  m('setdefault', (d, a) => {
    checkArity('setdefault', a, 1, 2);
    const v = d.storage.get(a[0]);
    if (v !== undefined) return v;
    const dflt = a.length > 1 ? a[1] : null;
    d.storage.set(a[0], dflt);
    return dflt;
  });
  defineMethod(dictType, 'update', (self, args, kwargs) => {
    dictUpdate(self as PyDict, args, kwargs, 'update');
    return null;
  });
  defineMethod(dictType, '__init__', (self, args, kwargs) => {
    dictUpdate(self as PyDict, args, kwargs, 'dict');
    return null;
  });
  m('clear', (d) => {
    d.storage.clear();
    return null;
  });
  m('copy', (d) => {
    const c = new PyDict();
    for (const [k, v] of d.storage.entries()) c.storage.set(k, v);
    return c;
  });
  const fromkeys = new PyBuiltinFunction('fromkeys', (args) => {
    checkArity('fromkeys', args.slice(1), 1, 2);
    const cls = args[0] as PyType;
    const d = call(cls, [], null);
    const value = args.length > 2 ? args[2] : null;
    for (const k of iterToArray(args[1])) setItem(d, k, value);
    return d;
  }, false, 'dict.fromkeys');
  dictType.dict.set('fromkeys', new PyClassMethod(fromkeys));
  defineMethod(dictType, '__getitem__', (self, args) => {
    checkArity('__getitem__', args, 1, 1);
    return getItemRaw(self, args[0]);
  });
  defineMethod(dictType, '__setitem__', (self, args) => {
    checkArity('__setitem__', args, 2, 2);
    (self as PyDict).storage.set(args[0], args[1]);
    return null;
  });
  defineMethod(dictType, '__contains__', (self, args) => {
    checkArity('__contains__', args, 1, 1);
    return (self as PyDict).storage.has(args[0]);
  });
  for (const t of [dictKeysType, dictItemsType, dictValuesType]) {
    defineMethod(t, 'mapping', (self) => (self as PyDictView).dict);
  }
  defineMethod(dictKeysType, 'isdisjoint', (self, args) => isDisjoint(makeSet(self), args[0]));
  defineMethod(dictItemsType, 'isdisjoint', (self, args) => isDisjoint(makeSet(self), args[0]));
}

function installContainerInit(): void {
  defineMethod(listType, '__init__', (self, args, kwargs) => {
    noKwargs('list', kwargs);
    checkArity('list', args, 0, 1);
    (self as PyList).items = args.length ? iterToArray(args[0]) : [];
    return null;
  });
  const tupleNew = new PyBuiltinFunction('__new__', (args, kwargs) => {
    noKwargs('tuple', kwargs);
    const cls = args[0] as PyType;
    checkArity('tuple', args.slice(1), 0, 1);
    const items = args.length > 1 ? iterToArray(args[1]) : [];
    return cls === tupleType ? new PyTuple(items) : new PyTupleSub(items, cls);
  }, false, 'tuple.__new__');
  tupleType.dict.set('__new__', new PyStaticMethod(tupleNew));
  defineMethod(listType, '__getitem__', (self, args) => getItemRaw(self, args[0]));
  defineMethod(listType, '__setitem__', (self, args) => {
    setItemRaw(self, args[0], args[1]);
    return null;
  });
  for (const t of [listType, dictType]) {
    defineMethod(t, '__delitem__', (self, args) => {
      checkArity('__delitem__', args, 1, 1);
      delItemRaw(self, args[0]);
      return null;
    });
  }
  defineMethod(listType, '__len__', (self) => (self as PyList).items.length);
  defineMethod(tupleType, '__getitem__', (self, args) => getItemRaw(self, args[0]));
  defineMethod(tupleType, '__len__', (self) => (self as PyTuple).items.length);
  defineMethod(dictType, '__len__', (self) => (self as PyDict).storage.size);
  listType.dict.set('__hash__', null);
  dictType.dict.set('__hash__', null);
}

function installNumberMethods(): void {
  defineMethod(floatType, 'is_integer', (self) => Number.isInteger((self as PyFloat).v));
  defineMethod(intType, 'bit_length', (self) => {
    const v = BigInt(self as number);
    return (v < 0n ? -v : v).toString(2).replace(/^0$/, '').length;
  });
}

export function installMethods(): void {
  installStrMethods();
  installListMethods();
  installDictMethods();
  installContainerInit();
  installNumberMethods();
}

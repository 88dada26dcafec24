// The re module on top of JavaScript's RegExp (patterns translated by re-translate.ts): Pattern
// and Match objects with CPython's API and reprs, module-level functions with a pattern cache,
// sub/subn with Python replacement templates (\1, \g<name>) or a function, split, findall.
import { PyObject, PyType, PyValue, objectType } from '../objects/core.js';
import { excType, indexError, PyBaseException, typeError } from '../objects/exceptions.js';
import { PyDict, PyList, PyTuple } from '../objects/values.js';
import { asIndex } from '../ops/convert.js';
import { call, Kwargs } from '../ops/call.js';
import { PyIterator } from '../ops/iter.js';
import { repr } from '../ops/text.js';
import { typeOf } from '../ops/typeof.js';
import { defineGetter, defineMethod, pyParams } from '../builtins/define.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { makeModule } from './module-helpers.js';
import { FLAG, jsFlags, PatternSyntaxError, translate } from './re-translate.js';

export const reErrorType = new PyType('error', [excType('Exception')], 're');
const patternType = new PyType('Pattern', [objectType], 're');
const matchType = new PyType('Match', [objectType], 're');

function reError(message: string, pattern: string, pos: number | null): PyBaseException {
  const e = new PyBaseException(reErrorType, [pos === null ? message : `${message} at position ${pos}`]);
  e.dict.set('msg', message);
  e.dict.set('pattern', pattern);
  e.dict.set('pos', pos);
  return e;
}

class PyPattern implements PyObject {
  readonly cls = patternType;
  readonly search: RegExp;
  readonly sticky: RegExp;
  private fullRe: RegExp | null = null;
  readonly groups: number;
  readonly groupNames: Map<string, number>;
  readonly flags: number;
  constructor(readonly pattern: string, flags: number) {
    let t;
    try {
      t = translate(pattern, flags);
      const f = jsFlags(t.flags);
      this.search = new RegExp(t.source, 'gd' + f);
      this.sticky = new RegExp(t.source, 'yd' + f);
    } catch (e) {
      if (e instanceof PatternSyntaxError) throw reError(e.message, pattern, e.pos);
      throw reError(String((e as Error).message).replace(/^Invalid regular expression: /, ''), pattern, null);
    }
    this.groups = t.groups;
    this.groupNames = t.groupNames;
    // str patterns are always UNICODE in Python 3 unless ASCII was asked for.
    this.flags = t.flags | (t.flags & FLAG.ASCII ? 0 : FLAG.UNICODE);
  }
  full(): RegExp {
    if (this.fullRe === null) this.fullRe = new RegExp(`(?:${this.sticky.source})(?![\\s\\S])`, this.sticky.flags);
    return this.fullRe;
  }
  /** The match starting exactly at pos ('match'/'fullmatch') or anywhere from pos ('search'). */
  exec(kind: 'match' | 'search' | 'fullmatch', s: string, pos: number, endpos: number): PyMatch | null {
    const re = kind === 'search' ? this.search : kind === 'match' ? this.sticky : this.full();
    const target = endpos < s.length ? s.slice(0, endpos) : s;
    re.lastIndex = pos;
    const m = re.exec(target);
    return m === null ? null : new PyMatch(this, s, m, pos, endpos);
  }
  /** Every match from pos, as Python iterates them (an empty match advances one character). */
  *all(s: string, pos = 0, endpos = s.length): Generator<PyMatch> {
    const target = endpos < s.length ? s.slice(0, endpos) : s;
    const re = this.search;
    re.lastIndex = pos;
    while (re.lastIndex <= target.length) {
      const m = re.exec(target);
      if (m === null) return;
      const match = new PyMatch(this, s, m, pos, endpos);
      if (m[0].length === 0) re.lastIndex = m.index + 1;
      yield match;
    }
  }
}

type Indices = Array<[number, number] | undefined>;

class PyMatch implements PyObject {
  readonly cls = matchType;
  readonly indices: Indices;
  constructor(
    readonly pattern: PyPattern,
    readonly string: string,
    readonly m: RegExpExecArray,
    readonly pos: number,
    readonly endpos: number,
  ) {
    this.indices = (m as unknown as { indices: Indices }).indices;
  }
  groupIndex(g: PyValue): number {
    if (typeof g === 'string') {
      const i = this.pattern.groupNames.get(g);
      if (i === undefined) throw indexError('no such group');
      return i;
    }
    if (typeof g !== 'number' && typeof g !== 'boolean') throw indexError('no such group');
    const i = Number(g);
    if (i < 0 || i > this.pattern.groups) throw indexError('no such group');
    return i;
  }
  group(i: number): string | null {
    const v = this.m[i];
    return v === undefined ? null : v;
  }
  span(i: number): [number, number] {
    const s = this.indices[i];
    return s === undefined ? [-1, -1] : s;
  }
}

const patternCache = new Map<string, PyPattern>();

function compile(pattern: PyValue, flags: PyValue): PyPattern {
  if (pattern instanceof PyPattern) {
    if (flags !== 0 && flags !== null) throw typeError('cannot process flags argument with a compiled pattern');
    return pattern;
  }
  if (typeof pattern !== 'string') throw typeError('first argument must be string or compiled pattern');
  const f = flags === null ? 0 : asIndex(flags);
  const key = `${f}:${pattern}`;
  let p = patternCache.get(key);
  if (!p) {
    p = new PyPattern(pattern, f);
    if (patternCache.size > 512) patternCache.clear();
    patternCache.set(key, p);
  }
  return p;
}

function stringArg(v: PyValue): string {
  if (typeof v !== 'string') throw typeError(`expected string or bytes-like object, got '${typeOf(v).name}'`);
  return v;
}

/** Expands a replacement template for one match: \1, \g<1>, \g<name>, and the usual escapes. */
function expandTemplate(template: string, m: PyMatch): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = template[i + 1];
    if (next === undefined) throw reError('bad escape (end of pattern)', template, i);
    if (/\d/.test(next)) {
      let digits = next;
      if (/\d/.test(template[i + 2] ?? '')) digits += template[i + 2];
      const g = parseInt(digits, 10);
      if (g > m.pattern.groups) throw reError(`invalid group reference ${g}`, template, i + 1);
      out += m.group(g) ?? '';
      i += digits.length;
      continue;
    }
    if (next === 'g') {
      const close = template.indexOf('>', i);
      if (template[i + 2] !== '<' || close < 0) throw reError('missing <', template, i + 2);
      const name = template.slice(i + 3, close);
      const g = /^\d+$/.test(name) ? parseInt(name, 10) : m.pattern.groupNames.get(name);
      if (g === undefined) throw new PyBaseException(excType('IndexError'), [`unknown group name '${name}'`]);
      if (g > m.pattern.groups) throw reError(`invalid group reference ${g}`, template, i + 3);
      out += m.group(g) ?? '';
      i = close;
      continue;
    }
    const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '\\': '\\' };
    if (escapes[next] !== undefined) out += escapes[next];
    else if (/[A-Za-z]/.test(next)) throw reError(`bad escape \\${next}`, template, i);
    else out += '\\' + next;
    i++;
  }
  return out;
}

function subn(p: PyPattern, repl: PyValue, s: string, count: number): [string, number] {
  const isTemplate = typeof repl === 'string';
  let out = '';
  let last = 0;
  let n = 0;
  for (const m of p.all(s)) {
    if (count > 0 && n >= count) break;
    const [start, end] = m.span(0);
    out += s.slice(last, start);
    if (isTemplate) out += expandTemplate(repl as string, m);
    else {
      const r = call(repl, [m], null);
      if (typeof r !== 'string') throw typeError(`expected str instance, ${typeOf(r).name} found`);
      out += r;
    }
    last = end;
    n++;
  }
  return [out + s.slice(last), n];
}

function split(p: PyPattern, s: string, maxsplit: number): PyValue {
  const out: PyValue[] = [];
  let last = 0;
  let n = 0;
  for (const m of p.all(s)) {
    if (maxsplit > 0 && n >= maxsplit) break;
    const [start, end] = m.span(0);
    out.push(s.slice(last, start));
    for (let g = 1; g <= p.groups; g++) out.push(m.group(g));
    last = end;
    n++;
  }
  out.push(s.slice(last));
  return new PyList(out);
}

function findall(p: PyPattern, s: string, pos: number, endpos: number): PyValue {
  const out: PyValue[] = [];
  for (const m of p.all(s, pos, endpos)) {
    if (p.groups === 0) out.push(m.group(0));
    else if (p.groups === 1) out.push(m.group(1) ?? '');
    else out.push(new PyTuple(Array.from({ length: p.groups }, (_, g) => m.group(g + 1) ?? '')));
  }
  return new PyList(out);
}

const FLAG_NAMES: [string, number][] = [
  ['TEMPLATE', FLAG.TEMPLATE], ['IGNORECASE', FLAG.IGNORECASE], ['LOCALE', FLAG.LOCALE], ['MULTILINE', FLAG.MULTILINE],
  ['DOTALL', FLAG.DOTALL], ['UNICODE', FLAG.UNICODE], ['VERBOSE', FLAG.VERBOSE], ['DEBUG', FLAG.DEBUG], ['ASCII', FLAG.ASCII],
];

function patternRepr(p: PyPattern): string {
  let text = repr(p.pattern);
  if (text.length > 200) text = text.slice(0, 200);
  const shown = p.flags & ~FLAG.UNICODE;
  if (shown === 0) return `re.compile(${text})`;
  const names = FLAG_NAMES.filter(([, v]) => shown & v).map(([n]) => `re.${n}`);
  return `re.compile(${text}, ${names.join('|')})`;
}

// ---- Pattern methods (also the module functions, which compile first) ----

const posParams = (name: string) => pyParams(name, ['string', 'pos', 'endpos'], { pos: 0, endpos: null });
const matchP = posParams('match');
const searchP = posParams('search');
const fullmatchP = posParams('fullmatch');
const findallP = posParams('findall');
const finditerP = posParams('finditer');
const subP = pyParams('sub', ['repl', 'string', 'count'], { count: 0 });
const splitP = pyParams('split', ['string', 'maxsplit'], { maxsplit: 0 });

function bounds(s: string, pos: PyValue, endpos: PyValue): [number, number] {
  let p = asIndex(pos);
  let e = endpos === null ? s.length : asIndex(endpos);
  if (p < 0) p = 0;
  if (e > s.length) e = s.length;
  if (e < p) e = p;
  return [p, e];
}

type PatternOp = (p: PyPattern, args: PyValue[], kwargs: Kwargs) => PyValue;
const patternOps: Record<string, PatternOp> = {
  match: (p, a, k) => runMatch(p, 'match', matchP(a, k)),
  search: (p, a, k) => runMatch(p, 'search', searchP(a, k)),
  fullmatch: (p, a, k) => runMatch(p, 'fullmatch', fullmatchP(a, k)),
  findall: (p, a, k) => {
    const q = findallP(a, k);
    const s = stringArg(q.string);
    return findall(p, s, ...bounds(s, q.pos, q.endpos));
  },
  finditer: (p, a, k) => {
    const q = finditerP(a, k);
    const s = stringArg(q.string);
    const gen = p.all(s, ...bounds(s, q.pos, q.endpos));
    return new PyIterator(() => {
      const r = gen.next();
      return r.done ? undefined : r.value;
    });
  },
  sub: (p, a, k) => {
    const q = subP(a, k);
    return subn(p, q.repl, stringArg(q.string), asIndex(q.count))[0];
  },
  subn: (p, a, k) => {
    const q = subP(a, k);
    const [s, n] = subn(p, q.repl, stringArg(q.string), asIndex(q.count));
    return new PyTuple([s, n]);
  },
  split: (p, a, k) => {
    const q = splitP(a, k);
    return split(p, stringArg(q.string), asIndex(q.maxsplit));
  },
};

function runMatch(p: PyPattern, kind: 'match' | 'search' | 'fullmatch', q: Record<string, PyValue>): PyValue {
  const s = stringArg(q.string);
  const [pos, endpos] = bounds(s, q.pos, q.endpos);
  return p.exec(kind, s, pos, endpos);
}

for (const [name, op] of Object.entries(patternOps)) {
  defineMethod(patternType, name, (self, args, kwargs) => op(self as PyPattern, args, kwargs));
}
defineMethod(patternType, '__repr__', (self) => patternRepr(self as PyPattern));
defineGetter(patternType, 'pattern', (self) => (self as PyPattern).pattern);
defineGetter(patternType, 'flags', (self) => (self as PyPattern).flags);
defineGetter(patternType, 'groups', (self) => (self as PyPattern).groups);
defineGetter(patternType, 'groupindex', (self) => {
  const d = new PyDict();
  for (const [k, v] of (self as PyPattern).groupNames) d.storage.set(k, v);
  return d;
});

// ---- Match methods ----

const asMatch = (v: PyValue) => v as PyMatch;
function groupValue(m: PyMatch, g: PyValue): PyValue {
  return m.group(m.groupIndex(g));
}
defineMethod(matchType, 'group', (self, args) => {
  const m = asMatch(self);
  if (args.length === 0) return m.group(0);
  if (args.length === 1) return groupValue(m, args[0]);
  return new PyTuple(args.map((g) => groupValue(m, g)));
});
defineMethod(matchType, '__getitem__', (self, args) => groupValue(asMatch(self), args[0]));
defineMethod(matchType, 'groups', (self, args, kwargs) => {
  const m = asMatch(self);
  const dflt = args.length ? args[0] : kwargs?.get('default') ?? null;
  return new PyTuple(Array.from({ length: m.pattern.groups }, (_, i) => {
    const v = m.group(i + 1);
    return v === null ? dflt : v;
  }));
});
defineMethod(matchType, 'groupdict', (self, args, kwargs) => {
  const m = asMatch(self);
  const dflt = args.length ? args[0] : kwargs?.get('default') ?? null;
  const d = new PyDict();
  for (const [name, i] of m.pattern.groupNames) {
    const v = m.group(i);
    d.storage.set(name, v === null ? dflt : v);
  }
  return d;
});
defineMethod(matchType, 'start', (self, args) => asMatch(self).span(args.length ? asMatch(self).groupIndex(args[0]) : 0)[0]);
defineMethod(matchType, 'end', (self, args) => asMatch(self).span(args.length ? asMatch(self).groupIndex(args[0]) : 0)[1]);
defineMethod(matchType, 'span', (self, args) => new PyTuple(asMatch(self).span(args.length ? asMatch(self).groupIndex(args[0]) : 0)));
defineMethod(matchType, 'expand', (self, args) => expandTemplate(stringArg(args[0]), asMatch(self)));
defineMethod(matchType, '__repr__', (self) => {
  const m = asMatch(self);
  const [s, e] = m.span(0);
  return `<re.Match object; span=(${s}, ${e}), match=${repr(m.group(0))}>`;
});
defineMethod(matchType, '__bool__', () => true);
defineGetter(matchType, 'string', (self) => asMatch(self).string);
defineGetter(matchType, 're', (self) => asMatch(self).pattern);
defineGetter(matchType, 'pos', (self) => asMatch(self).pos);
defineGetter(matchType, 'endpos', (self) => asMatch(self).endpos);
defineGetter(matchType, 'lastindex', (self) => {
  const m = asMatch(self);
  // The matched group that closed last: the one with the greatest end (outermost on ties).
  let best: number | null = null;
  let bestEnd = -1;
  for (let g = 1; g <= m.pattern.groups; g++) {
    const sp = m.indices[g];
    if (sp !== undefined && sp[1] > bestEnd) {
      best = g;
      bestEnd = sp[1];
    }
  }
  return best;
});
defineGetter(matchType, 'lastgroup', (self) => {
  const m = asMatch(self);
  const idx = (matchType.lookup('lastindex') as never as { fget: PyValue }).fget;
  const last = call(idx, [m], null);
  for (const [name, i] of m.pattern.groupNames) if (i === last) return name;
  return null;
});

// ---- the module ----

const SPECIAL = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f');

const moduleParams = {
  compile: pyParams('compile', ['pattern', 'flags'], { flags: 0 }),
  match: pyParams('match', ['pattern', 'string', 'flags'], { flags: 0 }),
  search: pyParams('search', ['pattern', 'string', 'flags'], { flags: 0 }),
  fullmatch: pyParams('fullmatch', ['pattern', 'string', 'flags'], { flags: 0 }),
  findall: pyParams('findall', ['pattern', 'string', 'flags'], { flags: 0 }),
  finditer: pyParams('finditer', ['pattern', 'string', 'flags'], { flags: 0 }),
  sub: pyParams('sub', ['pattern', 'repl', 'string', 'count', 'flags'], { count: 0, flags: 0 }),
  subn: pyParams('subn', ['pattern', 'repl', 'string', 'count', 'flags'], { count: 0, flags: 0 }),
  split: pyParams('split', ['pattern', 'string', 'maxsplit', 'flags'], { maxsplit: 0, flags: 0 }),
};

registerBuiltinModule('re', () => {
  const flagValues: Record<string, PyValue> = {};
  for (const [name, v] of FLAG_NAMES) flagValues[name] = v;
  Object.assign(flagValues, { I: FLAG.IGNORECASE, L: FLAG.LOCALE, M: FLAG.MULTILINE, S: FLAG.DOTALL, U: FLAG.UNICODE, X: FLAG.VERBOSE, A: FLAG.ASCII, T: FLAG.TEMPLATE });
  return makeModule(
    're',
    {
      compile: (a, k) => {
        const q = moduleParams.compile(a, k);
        return compile(q.pattern, q.flags);
      },
      match: (a, k) => {
        const q = moduleParams.match(a, k);
        return patternOps.match(compile(q.pattern, q.flags), [q.string], null);
      },
      search: (a, k) => {
        const q = moduleParams.search(a, k);
        return patternOps.search(compile(q.pattern, q.flags), [q.string], null);
      },
      fullmatch: (a, k) => {
        const q = moduleParams.fullmatch(a, k);
        return patternOps.fullmatch(compile(q.pattern, q.flags), [q.string], null);
      },
      findall: (a, k) => {
        const q = moduleParams.findall(a, k);
        return patternOps.findall(compile(q.pattern, q.flags), [q.string], null);
      },
      finditer: (a, k) => {
        const q = moduleParams.finditer(a, k);
        return patternOps.finditer(compile(q.pattern, q.flags), [q.string], null);
      },
      sub: (a, k) => {
        const q = moduleParams.sub(a, k);
        return patternOps.sub(compile(q.pattern, q.flags), [q.repl, q.string, q.count], null);
      },
      subn: (a, k) => {
        const q = moduleParams.subn(a, k);
        return patternOps.subn(compile(q.pattern, q.flags), [q.repl, q.string, q.count], null);
      },
      split: (a, k) => {
        const q = moduleParams.split(a, k);
        return patternOps.split(compile(q.pattern, q.flags), [q.string, q.maxsplit], null);
      },
      escape: (a) => {
        const s = stringArg(a[0]);
        let out = '';
        for (const ch of s) out += SPECIAL.has(ch) ? '\\' + ch : ch;
        return out;
      },
      purge: () => {
        patternCache.clear();
        return null;
      },
    },
    { ...flagValues, error: reErrorType, Pattern: patternType, Match: matchType },
  );
});

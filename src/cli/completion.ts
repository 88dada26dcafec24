// Tab completion, computed in the worker that owns the Python namespace: keywords and names
// (globals, then builtins), module names after `import`/`from`, and `obj.attr` for dotted names,
// with rlcompleter's conventions (a callable gets `(`, `_` names only when asked for).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PyValue } from '../interpreter/objects/core.js';
import { PyModule } from '../interpreter/objects/function.js';
import { builtinsDict } from '../interpreter/builtins/registry.js';
import { dirNames, getAttr } from '../interpreter/ops/attr.js';
import { call } from '../interpreter/ops/call.js';
import { builtinModuleNames, searchPath } from '../interpreter/modules/loader.js';

export interface Completion {
  /** Candidate replacements for `word`. */
  matches: string[];
  /** The end of the line that the candidates replace. */
  word: string;
}

const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
];
/** Keywords rlcompleter completes without a following space. */
const BARE_KEYWORDS = new Set(['False', 'None', 'True', 'break', 'continue', 'pass', 'else']);

export function complete(line: string, globals: Map<string, PyValue>): Completion {
  const importing = /^\s*(?:import|from)\s+([\w.]*)$/.exec(line);
  if (importing) return { matches: moduleNames(importing[1]), word: importing[1] };
  const word = /[\w.]*$/.exec(line)![0];
  // rlcompleter: Tab with nothing to complete indents.
  if (word === '') return { matches: ['\t'], word };
  const dot = word.lastIndexOf('.');
  const matches = dot < 0 ? globalMatches(word, globals) : attributeMatches(word.slice(0, dot), word.slice(dot + 1), globals);
  return { matches: matches.sort(), word };
}

function globalMatches(prefix: string, globals: Map<string, PyValue>): string[] {
  const found = new Set<string>();
  for (const k of KEYWORDS) {
    if (!k.startsWith(prefix)) continue;
    found.add(k === 'finally' || k === 'try' ? `${k}:` : BARE_KEYWORDS.has(k) ? k : `${k} `);
  }
  for (const names of [globals, builtinsDict]) {
    for (const [name, value] of names) {
      if (name.startsWith(prefix) && isIdentifier(name) && !KEYWORDS.includes(name)) found.add(withParen(name, value));
    }
  }
  return [...found];
}

/** `expr.prefix`: evaluates the dotted name `expr` (names and attributes only, never calls). */
function attributeMatches(expr: string, prefix: string, globals: Map<string, PyValue>): string[] {
  const parts = expr.split('.');
  if (!parts.every(isIdentifier)) return [];
  let obj: PyValue | undefined = globals.get(parts[0]);
  if (obj === undefined) obj = builtinsDict.get(parts[0]);
  if (obj === undefined) return [];
  try {
    for (const name of parts.slice(1)) obj = getAttr(obj, name);
    const names = obj instanceof PyModule ? [...obj.dict.keys()] : dirNames(obj);
    const hidden = prefix === '' ? '_' : prefix === '_' ? '__' : null;
    const found: string[] = [];
    for (const name of new Set(names)) {
      if (!name.startsWith(prefix) || (hidden !== null && name.startsWith(hidden))) continue;
      found.push(`${expr}.${withParen(name, attributeOrUndefined(obj, name))}`);
    }
    return found;
  } catch {
    return [];
  }
}

function attributeOrUndefined(obj: PyValue, name: string): PyValue | undefined {
  try {
    return getAttr(obj, name);
  } catch {
    return undefined;
  }
}

function withParen(name: string, value: PyValue | undefined): string {
  if (value === undefined) return name;
  try {
    return call(builtinsDict.get('callable')!, [value], null) === true ? `${name}(` : name;
  } catch {
    return name;
  }
}

/** Builtin modules, and .py files and packages in the folders imports search. */
function moduleNames(prefix: string): string[] {
  const found = new Set(builtinModuleNames().filter((n) => n.startsWith(prefix)));
  if (!prefix.includes('.')) {
    for (const dir of new Set([process.cwd(), ...searchPath])) {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const name = e.isFile() && e.name.endsWith('.py') ? e.name.slice(0, -3) : e.isDirectory() && fs.existsSync(path.join(dir, e.name, '__init__.py')) ? e.name : null;
        if (name !== null && name.startsWith(prefix) && isIdentifier(name)) found.add(name);
      }
    }
  }
  return [...found].sort();
}

function isIdentifier(s: string): boolean {
  return /^[A-Za-z_][\w]*$/.test(s);
}

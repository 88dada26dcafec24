// glob and fnmatch as CPython implements them: directory entries in the order the file system
// returns them (os.scandir order, not sorted), hidden names only matched by patterns starting
// with '.', '**' with recursive=True.
import * as fs from 'node:fs';
import type { PyValue } from '../objects/core.js';
import { PyList } from '../objects/values.js';
import { isTruthy } from '../ops/truth.js';
import { iterToArray, PyIterator } from '../ops/iter.js';
import { pyParams } from '../builtins/define.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { makeModule } from './module-helpers.js';
import { join, pathArg, splitPath } from './os-path.js';

/** Directory entries in readdir order (what os.scandir and os.listdir see). */
export function rawListdir(dir: string): fs.Dirent[] {
  const out: fs.Dirent[] = [];
  let d: fs.Dir;
  try {
    d = fs.opendirSync(dir);
  } catch {
    return out;
  }
  try {
    for (let e = d.readSync(); e !== null; e = d.readSync()) out.push(e);
  } finally {
    d.closeSync();
  }
  return out;
}

const fnmatchCache = new Map<string, RegExp>();

/** fnmatch.translate's semantics: * ? [seq] [!seq], everything else literal. */
export function fnmatchRegex(pat: string): RegExp {
  let re = fnmatchCache.get(pat);
  if (re) return re;
  let out = '';
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i];
    if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      let j = i + 1;
      if (pat[j] === '!') j++;
      if (pat[j] === ']') j++;
      while (j < pat.length && pat[j] !== ']') j++;
      if (j >= pat.length) out += '\\[';
      else {
        let stuff = pat.slice(i + 1, j).replace(/\\/g, '\\\\');
        if (stuff.startsWith('!')) stuff = '^' + stuff.slice(1);
        else if (stuff.startsWith('^')) stuff = '\\' + stuff;
        out += `[${stuff.replace(/\]/g, '\\]')}]`;
        i = j;
      }
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  re = new RegExp(`^(?:${out})$`);
  fnmatchCache.set(pat, re);
  return re;
}

const hasMagic = (s: string) => /[*?[]/.test(s);
const isHidden = (s: string) => s.startsWith('.');
const isRecursive = (s: string) => s === '**';

function exists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function listdir(dir: string, dironly: boolean): string[] {
  return rawListdir(dir || '.')
    .filter((e) => !dironly || e.isDirectory() || (e.isSymbolicLink() && isDir(join([dir || '.', e.name]))))
    .map((e) => e.name);
}

function glob1(dir: string, pattern: string, dironly: boolean): string[] {
  let names = listdir(dir, dironly);
  if (!isHidden(pattern)) names = names.filter((n) => !isHidden(n));
  const re = fnmatchRegex(pattern);
  return names.filter((n) => re.test(n));
}

function glob0(dir: string, basename: string): string[] {
  if (basename) return exists(join([dir || '.', basename])) ? [basename] : [];
  return isDir(dir) ? [basename] : [];
}

function* rlistdir(dir: string, dironly: boolean): Generator<string> {
  for (const x of listdir(dir, dironly)) {
    if (isHidden(x)) continue;
    yield x;
    const path = dir ? join([dir, x]) : x;
    for (const y of rlistdir(path, dironly)) yield join([x, y]);
  }
}

function glob2(dir: string, _pattern: string, dironly: boolean): string[] {
  return ['', ...rlistdir(dir, dironly)];
}

function* iglob(pathname: string, recursive: boolean, dironly: boolean): Generator<string> {
  const [dirname, basename] = splitPath(pathname);
  if (!hasMagic(pathname)) {
    if (basename) {
      if (exists(pathname)) yield pathname;
    } else if (isDir(dirname)) yield pathname;
    return;
  }
  if (!dirname) {
    if (recursive && isRecursive(basename)) yield* glob2('', basename, dironly);
    else yield* glob1('', basename, dironly);
    return;
  }
  const dirs = dirname !== pathname && hasMagic(dirname) ? iglob(dirname, recursive, true) : [dirname];
  const inDir = hasMagic(basename) ? (recursive && isRecursive(basename) ? glob2 : glob1) : (d: string, b: string) => glob0(d, b);
  for (const d of dirs) for (const name of inDir(d, basename, dironly)) yield join([d, name]);
}

/** glob.glob(pattern, recursive=...) as a list. */
export function globList(pattern: string, recursive: boolean): string[] {
  const out = [...iglob(pattern, recursive, false)];
  // A leading '**' first yields '' (the top directory itself), which glob() drops.
  if (recursive && pattern.startsWith('**') && out[0] === '') out.shift();
  return out;
}

const globParams = pyParams('glob', ['pathname'], { root_dir: null, dir_fd: null, recursive: false, include_hidden: false }, ['root_dir', 'dir_fd', 'recursive', 'include_hidden']);

registerBuiltinModule('glob', () =>
  makeModule('glob', {
    glob: (args, kwargs) => {
      const p = globParams(args, kwargs);
      return new PyList(globList(pathArg(p.pathname, 'glob'), isTruthy(p.recursive)));
    },
    iglob: (args, kwargs) => {
      const p = globParams(args, kwargs);
      const items = globList(pathArg(p.pathname, 'iglob'), isTruthy(p.recursive));
      let i = 0;
      return new PyIterator(() => (i < items.length ? items[i++] : undefined));
    },
    has_magic: (args) => hasMagic(pathArg(args[0], 'has_magic')),
    escape: (args) => pathArg(args[0], 'escape').replace(/([*?[])/g, '[$1]'),
  }),
);

registerBuiltinModule('fnmatch', () =>
  makeModule('fnmatch', {
    fnmatch: (args) => fnmatchRegex(pathArg(args[1], 'fnmatch')).test(pathArg(args[0], 'fnmatch')),
    fnmatchcase: (args) => fnmatchRegex(pathArg(args[1], 'fnmatchcase')).test(pathArg(args[0], 'fnmatchcase')),
    filter: (args) => {
      const re = fnmatchRegex(pathArg(args[1], 'filter'));
      return new PyList(iterToArray(args[0]).filter((n: PyValue) => typeof n === 'string' && re.test(n)));
    },
  }),
);

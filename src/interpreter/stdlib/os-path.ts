// os.path (posixpath): pure string functions written as CPython's posixpath does them, plus the
// file tests (exists, isfile, getsize...) over Node's fs.
import * as fs from 'node:fs';
import type { PyValue } from '../objects/core.js';
import { PyModule } from '../objects/function.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { PyFloat, PyList, PyTuple } from '../objects/values.js';
import { iterToArray } from '../ops/iter.js';
import { callDunder } from '../ops/call.js';
import { typeOf } from '../ops/typeof.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { makeModule } from './module-helpers.js';
import { osErrorFromNode } from './os-errors.js';

export function pathArg(v: PyValue, fn: string): string {
  if (typeof v === 'string') return v;
  // pathlib.Path and other os.PathLike objects
  if (v !== null && typeof v === 'object') {
    const fspath = typeOf(v).lookup('__fspath__');
    if (fspath !== undefined) {
      const r = callFspath(v);
      if (typeof r === 'string') return r;
    }
  }
  throw typeError(`${fn}: path should be string, bytes or os.PathLike, not ${typeOf(v).name}`);
}

const callFspath = (v: PyValue) => callDunder(v, '__fspath__', []);

export function join(parts: string[]): string {
  let out = parts[0];
  for (const part of parts.slice(1)) {
    if (part.startsWith('/')) out = part;
    else if (out === '' || out.endsWith('/')) out += part;
    else out += '/' + part;
  }
  return out;
}

export function normpath(path: string): string {
  if (path === '') return '.';
  let initial = path.startsWith('/') ? 1 : 0;
  if (initial && path.startsWith('//') && !path.startsWith('///')) initial = 2;
  const comps: string[] = [];
  for (const comp of path.split('/')) {
    if (comp === '' || comp === '.') continue;
    if (comp !== '..' || (!initial && comps.length === 0) || (comps.length > 0 && comps[comps.length - 1] === '..')) comps.push(comp);
    else if (comps.length) comps.pop();
  }
  const out = '/'.repeat(initial) + comps.join('/');
  return out === '' ? '.' : out;
}

export const abspath = (p: string): string => normpath(p.startsWith('/') ? p : join([process.cwd(), p]));

export function splitPath(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head && !/^\/+$/.test(head)) head = head.replace(/\/+$/, '');
  return [head, tail];
}

export function splitext(p: string): [string, string] {
  const sepIndex = p.lastIndexOf('/');
  const dotIndex = p.lastIndexOf('.');
  if (dotIndex > sepIndex) {
    for (let i = sepIndex + 1; i < dotIndex; i++) if (p[i] !== '.') return [p.slice(0, dotIndex), p.slice(dotIndex)];
  }
  return [p, ''];
}

function commonprefix(items: PyValue[]): PyValue {
  if (items.length === 0) return '';
  if (items.every((x) => typeof x === 'string')) {
    const strs = items as string[];
    let lo = strs.reduce((a, b) => (a < b ? a : b));
    const hi = strs.reduce((a, b) => (a > b ? a : b));
    let i = 0;
    while (i < lo.length && lo[i] === hi[i]) i++;
    lo = lo.slice(0, i);
    return lo;
  }
  const lists = items.map((x) => iterToArray(x));
  const n = Math.min(...lists.map((l) => l.length));
  let i = 0;
  while (i < n && lists.every((l) => l[i] === lists[0][i])) i++;
  return new PyList(lists[0].slice(0, i));
}

function stat(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

function statOrRaise(p: string): fs.Stats {
  try {
    return fs.statSync(p);
  } catch (err) {
    throw osErrorFromNode(err, p);
  }
}

export function createPathModule(): PyModule {
  return makeModule(
    'posixpath',
    {
      join: (args) => {
        if (args.length === 0) throw typeError('join() missing 1 required positional argument: \'a\'');
        return join(args.map((a) => pathArg(a, 'join')));
      },
      exists: (args) => stat(pathArg(args[0], 'exists')) !== null,
      isfile: (args) => stat(pathArg(args[0], 'isfile'))?.isFile() === true,
      isdir: (args) => stat(pathArg(args[0], 'isdir'))?.isDirectory() === true,
      islink: (args) => {
        try {
          return fs.lstatSync(pathArg(args[0], 'islink')).isSymbolicLink();
        } catch {
          return false;
        }
      },
      isabs: (args) => pathArg(args[0], 'isabs').startsWith('/'),
      basename: (args) => splitPath(pathArg(args[0], 'basename'))[1],
      dirname: (args) => splitPath(pathArg(args[0], 'dirname'))[0],
      split: (args) => new PyTuple(splitPath(pathArg(args[0], 'split'))),
      splitext: (args) => new PyTuple(splitext(pathArg(args[0], 'splitext'))),
      normpath: (args) => normpath(pathArg(args[0], 'normpath')),
      abspath: (args) => abspath(pathArg(args[0], 'abspath')),
      realpath: (args) => {
        const p = abspath(pathArg(args[0], 'realpath'));
        try {
          return fs.realpathSync(p);
        } catch {
          return p;
        }
      },
      relpath: (args) => {
        const path = pathArg(args[0], 'relpath');
        if (path === '') throw valueError('no path specified');
        const start = args.length > 1 && args[1] !== null ? pathArg(args[1], 'relpath') : '.';
        const startList = abspath(start).split('/').filter((x) => x);
        const pathList = abspath(path).split('/').filter((x) => x);
        let i = 0;
        while (i < startList.length && i < pathList.length && startList[i] === pathList[i]) i++;
        const rel = [...Array(startList.length - i).fill('..'), ...pathList.slice(i)];
        return rel.length ? join(rel) : '.';
      },
      expanduser: (args) => pathArg(args[0], 'expanduser').replace(/^~(?=$|\/)/, process.env.HOME ?? '~'),
      getsize: (args) => statOrRaise(pathArg(args[0], 'getsize')).size,
      getmtime: (args) => new PyFloat(statOrRaise(pathArg(args[0], 'getmtime')).mtimeMs / 1000),
      commonprefix: (args) => commonprefix(iterToArray(args[0])),
    },
    { sep: '/', curdir: '.', pardir: '..', extsep: '.', pathsep: ':', devnull: '/dev/null' },
  );
}

registerBuiltinModule('os.path', createPathModule);

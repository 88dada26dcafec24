// The os module (environ, getcwd, listdir, makedirs, sep) and os.path basics.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import * as nodeOs from 'node:os';
import type { PyValue } from '../objects/core.js';
import { PyModule } from '../objects/function.js';
import { PyDict, PyList, PyTuple } from '../objects/values.js';
import { pyExc, typeError } from '../objects/exceptions.js';
import { typeOf } from '../ops/typeof.js';
import { isTruthy } from '../ops/truth.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { makeModule } from './module-helpers.js';

function pathArg(v: PyValue, fn: string): string {
  if (typeof v !== 'string') throw typeError(`${fn}: path should be string, bytes or os.PathLike, not ${typeOf(v).name}`);
  return v;
}

function fileNotFound(path: string): never {
  const e = pyExc('FileNotFoundError');
  e.args = [2, 'No such file or directory'];
  e.dict.set('filename', path);
  throw e;
}

function createPathModule(): PyModule {
  return makeModule(
    'posixpath',
    {
      join: (args) => {
        // posixpath.join: an absolute component discards what came before; no normalisation.
        let out = '';
        for (const part of args.map((a) => pathArg(a, 'join'))) {
          if (part.startsWith('/')) out = part;
          else if (out === '' || out.endsWith('/')) out += part;
          else out += '/' + part;
        }
        return out;
      },
      exists: (args) => fs.existsSync(pathArg(args[0], 'exists')),
      isfile: (args) => fs.existsSync(args[0] as string) && fs.statSync(args[0] as string).isFile(),
      isdir: (args) => fs.existsSync(args[0] as string) && fs.statSync(args[0] as string).isDirectory(),
      basename: (args) => {
        const p = pathArg(args[0], 'basename');
        return p.slice(p.lastIndexOf('/') + 1);
      },
      dirname: (args) => {
        const p = pathArg(args[0], 'dirname');
        const i = p.lastIndexOf('/');
        if (i < 0) return '';
        const head = p.slice(0, i + 1);
        return /^\/+$/.test(head) ? head : head.replace(/\/+$/, '');
      },
      abspath: (args) => nodePath.resolve(pathArg(args[0], 'abspath')),
      split: (args) => {
        const p = pathArg(args[0], 'split');
        const i = p.lastIndexOf('/') + 1;
        const head = p.slice(0, i);
        return new PyTuple([/^\/+$/.test(head) ? head : head.replace(/\/+$/, ''), p.slice(i)]);
      },
      splitext: (args) => {
        const p = pathArg(args[0], 'splitext');
        const base = p.slice(p.lastIndexOf('/') + 1);
        const dot = base.lastIndexOf('.');
        if (dot <= 0 || /^\.+$/.test(base.slice(0, dot + 1))) return new PyTuple([p, '']);
        const cut = p.length - base.length + dot;
        return new PyTuple([p.slice(0, cut), p.slice(cut)]);
      },
      expanduser: (args) => pathArg(args[0], 'expanduser').replace(/^~(?=$|\/)/, process.env.HOME ?? '~'),
    },
    { sep: '/' },
  );
}

/** os.environ as a dict snapshot; writes go to the dict (and are mirrored to process.env). */
function environ(): PyDict {
  const d = new PyDict();
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) d.storage.set(k, v);
  return d;
}

registerBuiltinModule('os.path', createPathModule);
registerBuiltinModule('os', () => {
  const path = createPathModule();
  return makeModule(
    'os',
    {
      getcwd: () => process.cwd(),
      listdir: (args) => {
        const p = args.length ? pathArg(args[0], 'listdir') : '.';
        if (!fs.existsSync(p)) fileNotFound(p);
        return new PyList(fs.readdirSync(p));
      },
      makedirs: (args, kwargs) => {
        const p = pathArg(args[0], 'makedirs');
        if (fs.existsSync(p) && !isTruthy(kwargs?.get('exist_ok') ?? false)) {
          const e = pyExc('FileExistsError');
          e.args = [17, 'File exists'];
          throw e;
        }
        fs.mkdirSync(p, { recursive: true });
        return null;
      },
      mkdir: (args) => {
        fs.mkdirSync(pathArg(args[0], 'mkdir'));
        return null;
      },
      remove: (args) => {
        const p = pathArg(args[0], 'remove');
        if (!fs.existsSync(p)) fileNotFound(p);
        fs.unlinkSync(p);
        return null;
      },
      getenv: (args) => process.env[pathArg(args[0], 'getenv')] ?? (args.length > 1 ? args[1] : null),
      cpu_count: () => nodeOs.availableParallelism(),
    },
    { environ: environ(), path, sep: '/', name: 'posix', linesep: '\n' },
  );
});


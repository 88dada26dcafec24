// The os module (files and directories, environ, walk) over Node's fs; failures raise CPython's
// OSError subclasses with errno and file name.
import * as fs from 'node:fs';
import * as nodeOs from 'node:os';
import type { PyValue } from '../objects/core.js';
import { PyDict, PyList, PyTuple } from '../objects/values.js';
import { typeError } from '../objects/exceptions.js';
import { typeOf } from '../ops/typeof.js';
import { isTruthy } from '../ops/truth.js';
import { PyIterator } from '../ops/iter.js';
import { pyParams } from '../builtins/define.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { makeModule } from './module-helpers.js';
import { createPathModule, pathArg } from './os-path.js';
import { installOsErrorStr, osErrorFromNode } from './os-errors.js';
import { structSeqType } from './struct-seq.js';
import { rawListdir } from './glob.js';
import { PyFloat } from '../objects/values.js';

/** Runs a Node fs call, turning its error into the Python exception for `path`. */
function fsCall<T>(path: string, f: () => T, path2?: string): T {
  try {
    return f();
  } catch (err) {
    throw osErrorFromNode(err, path, path2);
  }
}

/** os.environ as a dict snapshot of the process environment. */
function environ(): PyDict {
  const d = new PyDict();
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) d.storage.set(k, v);
  return d;
}

const statResult = structSeqType('os.stat_result', ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime']);

const makedirsParams = pyParams('makedirs', ['name', 'mode', 'exist_ok'], { mode: 0o777, exist_ok: false });
const walkParams = pyParams('walk', ['top', 'topdown', 'onerror', 'followlinks'], { topdown: true, onerror: null, followlinks: false });

/** os.walk: (dirpath, dirnames, filenames) top-down, names in directory order as scandir gives. */
function walk(top: string, topdown: boolean): PyIterator {
  const out: PyValue[] = [];
  const visit = (dir: string) => {
    const entries = rawListdir(dir);
    const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name);
    const files = entries.filter((e) => !e.isDirectory()).map((e) => e.name);
    const entry = new PyTuple([dir, new PyList(dirs), new PyList(files)]);
    if (topdown) out.push(entry);
    for (const d of dirs) visit(dir.endsWith('/') ? dir + d : `${dir}/${d}`);
    if (!topdown) out.push(entry);
  };
  visit(top);
  let i = 0;
  return new PyIterator(() => (i < out.length ? out[i++] : undefined));
}

registerBuiltinModule('os', () => {
  installOsErrorStr();
  const path = createPathModule();
  return makeModule(
    'os',
    {
      getcwd: () => process.cwd(),
      chdir: (args) => {
        const p = pathArg(args[0], 'chdir');
        fsCall(p, () => process.chdir(p));
        return null;
      },
      listdir: (args) => {
        const p = args.length ? pathArg(args[0], 'listdir') : '.';
        // readdir order, as CPython's listdir (Node's readdirSync would sort).
        fsCall(p, () => fs.accessSync(p));
        if (!fs.statSync(p).isDirectory()) throw osErrorFromNode({ code: 'ENOTDIR' }, p);
        return new PyList(rawListdir(p).map((e) => e.name));
      },
      makedirs: (args, kwargs) => {
        const p = makedirsParams(args, kwargs);
        const name = pathArg(p.name, 'makedirs');
        if (fs.existsSync(name)) {
          if (isTruthy(p.exist_ok) && fs.statSync(name).isDirectory()) return null;
          throw osErrorFromNode({ code: 'EEXIST' }, name);
        }
        fsCall(name, () => fs.mkdirSync(name, { recursive: true }));
        return null;
      },
      mkdir: (args) => {
        const p = pathArg(args[0], 'mkdir');
        fsCall(p, () => fs.mkdirSync(p));
        return null;
      },
      remove: (args) => {
        const p = pathArg(args[0], 'remove');
        fsCall(p, () => fs.unlinkSync(p));
        return null;
      },
      unlink: (args) => {
        const p = pathArg(args[0], 'unlink');
        fsCall(p, () => fs.unlinkSync(p));
        return null;
      },
      rmdir: (args) => {
        const p = pathArg(args[0], 'rmdir');
        fsCall(p, () => fs.rmdirSync(p));
        return null;
      },
      rename: (args) => {
        const a = pathArg(args[0], 'rename');
        const b = pathArg(args[1], 'rename');
        fsCall(a, () => fs.renameSync(a, b), b);
        return null;
      },
      replace: (args) => {
        const a = pathArg(args[0], 'replace');
        const b = pathArg(args[1], 'replace');
        fsCall(a, () => fs.renameSync(a, b), b);
        return null;
      },
      stat: (args) => {
        const p = pathArg(args[0], 'stat');
        const s = fsCall(p, () => fs.statSync(p));
        return statResult([s.mode, s.ino, s.dev, s.nlink, s.uid, s.gid, s.size, new PyFloat(s.atimeMs / 1000), new PyFloat(s.mtimeMs / 1000), new PyFloat(s.ctimeMs / 1000)]);
      },
      walk: (args, kwargs) => {
        const p = walkParams(args, kwargs);
        return walk(pathArg(p.top, 'walk'), isTruthy(p.topdown));
      },
      getenv: (args) => {
        if (typeof args[0] !== 'string') throw typeError(`str expected, not ${typeOf(args[0]).name}`);
        const v = process.env[args[0]];
        return v !== undefined ? v : args.length > 1 ? args[1] : null;
      },
      getpid: () => process.pid,
      cpu_count: () => nodeOs.availableParallelism(),
    },
    { environ: environ(), path, sep: '/', altsep: null, extsep: '.', pathsep: ':', curdir: '.', pardir: '..', devnull: '/dev/null', name: 'posix', linesep: '\n' },
  );
});

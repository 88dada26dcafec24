// The sys module: argv, exit, path, modules, stdout/stderr, version facts.
import { PyType, PyValue, objectType } from '../objects/core.js';
import { PyModule } from '../objects/function.js';
import { pyExc } from '../objects/exceptions.js';
import { PyDict, PyList, PyTuple, PyInstance } from '../objects/values.js';
import { str } from '../ops/text.js';
import { flushStdout, writeStderr, writeStdout } from '../io.js';
import { defineMethod } from '../builtins/define.js';
import { loadedModules, registerBuiltinModule, searchPath } from '../modules/loader.js';
import { RECURSION_LIMIT } from '../compiler/function.js';
import { makeModule } from './module-helpers.js';
import { sysState } from './hooks.js';

const textIOType = new PyType('TextIOWrapper', [objectType], '_io');

function makeStream(write: (s: string) => void, flush: () => void, name: string): PyValue {
  const stream = new PyInstance(textIOType);
  stream.dict.set('name', name);
  (stream as unknown as { write: (s: string) => void }).write = write;
  (stream as unknown as { flush: () => void }).flush = flush;
  return stream;
}

defineMethod(textIOType, 'write', (self, args) => {
  const s = str(args[0]);
  (self as unknown as { write: (s: string) => void }).write(s);
  return s.length;
});
defineMethod(textIOType, 'flush', (self) => {
  (self as unknown as { flush: () => void }).flush();
  return null;
});

/** A dict view of sys.modules (a snapshot: assignments to it are not seen by the importer). */
function modulesDict(): PyDict {
  const d = new PyDict();
  for (const [k, v] of loadedModules) d.storage.set(k, v);
  return d;
}

export function createSysModule(): PyModule {
  const m = makeModule(
    'sys',
    {
      exit: (args) => {
        const e = pyExc('SystemExit');
        e.args = args.length ? [args[0]] : [];
        throw e;
      },
      getrecursionlimit: () => RECURSION_LIMIT,
      setrecursionlimit: () => null,
    },
    {
      argv: new PyList(sysState.argv.slice()),
      path: new PyList(searchPath.slice()),
      executable: sysState.executable,
      platform: process.platform === 'win32' ? 'win32' : process.platform,
      version: '3.11.7 (tfts)',
      version_info: new PyTuple([3, 11, 7, 'final', 0]),
      maxsize: 9223372036854775807n,
      byteorder: 'little',
      stdout: makeStream(writeStdout, flushStdout, '<stdout>'),
      stderr: makeStream(writeStderr, () => null, '<stderr>'),
    },
  );
  m.dict.set('modules', modulesDict());
  return m;
}

registerBuiltinModule('sys', createSysModule);

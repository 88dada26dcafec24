// The sys module: argv, exit, path, modules, stdout/stderr, version facts.
import { PyType, PyValue, objectType } from '../objects/core.js';
import { PyModule } from '../objects/function.js';
import { pyExc } from '../objects/exceptions.js';
import { PyDict, PyList, PyInstance } from '../objects/values.js';
import { repr, str } from '../ops/text.js';
import { flushStdout, writeStderr, writeStdout } from '../io.js';
import { defineMethod } from '../builtins/define.js';
import { loadedModules, registerBuiltinModule, searchPath } from '../modules/loader.js';
import { RECURSION_LIMIT } from '../compiler/function.js';
import { makeModule } from './module-helpers.js';
import { structSeqType } from './struct-seq.js';
import { PyFloat } from '../objects/values.js';
import { asIndex } from '../ops/convert.js';
import { valueError } from '../objects/exceptions.js';

/** sys.version of the CPython these outputs are recorded from. */
const CPYTHON_VERSION = '3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]';
const versionInfo = structSeqType('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const floatInfo = structSeqType('sys.float_info', [
  'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds',
]);
const intInfo = structSeqType('sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
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
defineMethod(textIOType, '__repr__', (self) => {
  const name = (self as PyInstance).dict.get('name');
  return `<_io.TextIOWrapper name=${repr(name === undefined ? null : name)} mode='w' encoding='utf-8'>`;
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
      // The limit is fixed by the interpreter's own stack guard; accepting the call keeps scripts
      // that raise it running.
      setrecursionlimit: (args) => {
        const n = asIndex(args[0]);
        if (n < 1) throw valueError('recursion limit must be greater or equal than 1');
        return null;
      },
      getsizeof: (args) => (typeof args[0] === 'number' ? 28 : 56),
      intern: (args) => args[0],
      getdefaultencoding: () => 'utf-8',
      getfilesystemencoding: () => 'utf-8',
    },
    {
      argv: new PyList(sysState.argv.slice()),
      path: new PyList(searchPath.slice()),
      executable: sysState.executable,
      platform: process.platform === 'win32' ? 'win32' : process.platform,
      version: CPYTHON_VERSION,
      version_info: versionInfo([3, 11, 7, 'final', 0]),
      hexversion: 0x030b07f0,
      float_info: floatInfo([
        new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53,
        new PyFloat(Number.EPSILON), 2, 1,
      ]),
      int_info: intInfo([30, 4, 4300, 640]),
      implementation: makeModule('implementation', {}, { name: 'cpython', cache_tag: 'cpython-311' }),
      api_version: 1013,
      copyright: 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.',
      prefix: '/usr/local',
      dont_write_bytecode: true,
      maxsize: 9223372036854775807n,
      byteorder: 'little',
      stdout: originalStdout,
      stderr: makeStream(writeStderr, () => null, '<stderr>'),
    },
  );
  m.dict.set('modules', modulesDict());
  sysModule = m;
  return m;
}

let sysModule: PyModule | null = null;
const originalStdout = makeStream(writeStdout, flushStdout, '<stdout>');

/** What a script put in sys.stdout in place of the real stream (print writes there), or null. */
export function redirectedStdout(): PyValue | null {
  if (sysModule === null) return null;
  const current = sysModule.dict.get('stdout');
  return current === undefined || current === originalStdout ? null : current;
}

registerBuiltinModule('sys', createSysModule);

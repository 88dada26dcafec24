// The timeit module: timeit.timeit and timeit.repeat with a callable or a source string.
import type { PyValue } from '../objects/core.js';
import { PyFloat, PyList, PyDict } from '../objects/values.js';
import { typeError } from '../objects/exceptions.js';
import { call } from '../ops/call.js';
import { asIndex } from '../ops/convert.js';
import { pyParams } from '../builtins/define.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { makeModule } from './module-helpers.js';
import { runnerHooks } from './hooks.js';

const DEFAULT_NUMBER = 1000000;

/** Turns a statement (callable or source) into a JS thunk, running the setup first. */
function prepare(stmt: PyValue, setup: PyValue, globals: PyValue): () => void {
  const namespace = new Map<string, PyValue>();
  if (globals instanceof PyDict) for (const [k, v] of globals.storage.entries()) namespace.set(k as string, v);
  const runSource = (src: string) => runnerHooks.execSource!(src, namespace, '<timeit-src>');
  if (typeof setup === 'string') runSource(setup);
  else if (setup !== null) call(setup, [], null);
  if (typeof stmt === 'string') {
    // Compile once into a function so the loop measures the statement, not the compiler.
    const body = stmt.split('\n').map((l) => `    ${l}`).join('\n');
    runSource(`def __tfts_timeit_inner():\n${body}\n`);
    const fn = namespace.get('__tfts_timeit_inner')!;
    return () => call(fn, [], null);
  }
  if (stmt === null) throw typeError('stmt is neither a string nor callable');
  return () => call(stmt, [], null);
}

function timeOnce(run: () => void, number: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < number; i++) run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const timeitParams = pyParams('timeit', ['stmt', 'setup', 'timer', 'number', 'globals'], {
  stmt: 'pass',
  setup: 'pass',
  timer: null,
  number: DEFAULT_NUMBER,
  globals: null,
});
const repeatParams = pyParams('repeat', ['stmt', 'setup', 'timer', 'repeat', 'number', 'globals'], {
  stmt: 'pass',
  setup: 'pass',
  timer: null,
  repeat: 5,
  number: DEFAULT_NUMBER,
  globals: null,
});

registerBuiltinModule('timeit', () =>
  makeModule(
    'timeit',
    {
      timeit: (args, kwargs) => {
        const p = timeitParams(args, kwargs);
        return new PyFloat(timeOnce(prepare(p.stmt, p.setup, p.globals), asIndex(p.number)));
      },
      repeat: (args, kwargs) => {
        const p = repeatParams(args, kwargs);
        const run = prepare(p.stmt, p.setup, p.globals);
        const n = asIndex(p.number);
        return new PyList(Array.from({ length: asIndex(p.repeat) }, () => new PyFloat(timeOnce(run, n))));
      },
      default_timer: () => new PyFloat(Number(process.hrtime.bigint()) / 1e9),
    },
    { default_number: DEFAULT_NUMBER },
  ),
);

// Building builtin modules from JS.
import type { PyValue } from '../objects/core.js';
import { PyModule } from '../objects/function.js';
import type { Kwargs } from '../ops/call.js';
import { builtinFunction } from '../builtins/define.js';
import { runnerHooks } from './hooks.js';

export type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

export function makeModule(name: string, functions: Record<string, Fn>, values: Record<string, PyValue> = {}): PyModule {
  const m = new PyModule(name);
  for (const [k, fn] of Object.entries(functions)) m.dict.set(k, builtinFunction(k, fn));
  for (const [k, v] of Object.entries(values)) m.dict.set(k, v);
  return m;
}

/** A stdlib module written in Python: `source` runs in a fresh module namespace (after `natives`,
 *  the JS helpers it may use, are bound there). Used where CPython itself has Python code
 *  (collections, functools, copy, ...), so class-level behaviour follows the language's rules. */
export function pythonModule(name: string, source: string, natives: Record<string, PyValue> = {}): PyModule {
  const m = new PyModule(name);
  m.dict.set('__file__', `<tfts stdlib ${name}>`);
  for (const [k, v] of Object.entries(natives)) m.dict.set(k, v);
  runnerHooks.execSource!(source, m.dict, `<tfts stdlib ${name}>`, name);
  return m;
}

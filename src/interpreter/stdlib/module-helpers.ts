// Building builtin modules from JS.
import type { PyValue } from '../objects/core.js';
import { PyModule } from '../objects/function.js';
import type { Kwargs } from '../ops/call.js';
import { builtinFunction } from '../builtins/define.js';

export type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

export function makeModule(name: string, functions: Record<string, Fn>, values: Record<string, PyValue> = {}): PyModule {
  const m = new PyModule(name);
  for (const [k, fn] of Object.entries(functions)) m.dict.set(k, builtinFunction(k, fn));
  for (const [k, v] of Object.entries(values)) m.dict.set(k, v);
  return m;
}

// Services the stdlib needs from the runner (which owns parsing and compiling). The runner
// installs them at start-up, keeping imports pointing one way.
import type { PyValue } from '../objects/core.js';

export const runnerHooks: {
  /** Compiles and runs source text in the given globals (timeit's string statements; stdlib
   *  modules written in Python, which pass their module name for their classes' __module__). */
  execSource: ((source: string, globals: Map<string, PyValue>, filename: string, moduleName?: string) => void) | null;
} = { execSource: null };

/** What `sys` reports; the CLI fills it before running a script. */
export const sysState = {
  argv: [] as string[],
  executable: process.execPath,
};

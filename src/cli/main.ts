// The `tfts` command: python(1)'s command line (args.ts) for TensorFlow scripts, notebooks and
// the REPL. This thread keeps the terminal and signals; Python runs in a worker (worker.ts) so
// that Ctrl-C reaches running code as KeyboardInterrupt.
import { Engine } from './engine.js';
import type { Invocation } from './args.js';

export async function main(argv: string[]): Promise<void> {
  // The worker loads the interpreter meanwhile (the slow part of starting), so the command line
  // (commander) and the REPL are loaded after it has started.
  const engine = new Engine();
  process.on('SIGINT', () => engine.interrupt());
  const { USAGE, UsageError, parseArgs } = await import('./args.js');
  let inv: Invocation;
  try {
    inv = parseArgs(argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n${USAGE}\nTry \`tfts -h' for more information.\n`);
    process.exit(2);
  }
  engine.configure(inv.unbuffered);
  let program = inv.program;
  // Like python: with no program, a terminal gets the REPL and anything else is a script.
  if (program === null && !process.stdin.isTTY && !inv.inspect) program = { kind: 'stdin', argv0: '', args: [] };
  if (program !== null) {
    const result = await engine.run(program);
    if (result.interrupted && !inv.inspect) await dieOfSigint();
    if (!inv.inspect) process.exit(result.status);
  }
  const { runRepl } = await import('./repl.js');
  process.exit(await runRepl(engine, program === null && !inv.quiet));
}

/** python re-raises SIGINT after an uncaught KeyboardInterrupt's traceback, so the shell sees it. */
function dieOfSigint(): Promise<never> {
  process.removeAllListeners('SIGINT');
  process.kill(process.pid, 'SIGINT');
  // The signal arrives asynchronously; this only runs if it somehow does not end the process.
  return new Promise(() => setTimeout(() => process.exit(130), 1000));
}

// The thread that runs Python. The main thread keeps the terminal, signals, history and the
// prompt; this one owns the interpreter and the namespace, so a busy `while True: pass` here
// never stops Ctrl-C from reaching the main thread, which then sets the shared interrupt flag
// that loops poll (src/interpreter/interrupt.ts).
import * as fs from 'node:fs';
import { isatty } from 'node:tty';
import { parentPort, workerData } from 'node:worker_threads';
import { PythonSyntaxError } from '../../grammar/index.js';
import type { PyValue } from '../interpreter/objects/core.js';
import { ModuleSession } from '../interpreter/session.js';
import { Outcome, isCompleteInput, isSystemExit, reportUncaught, runMain, runModuleAsMain, runScriptFile } from '../interpreter/script.js';
import { setInterruptFlag } from '../interpreter/interrupt.js';
import { asPyException } from '../interpreter/compiler/trace.js';
import { formatException, formatSyntaxError } from '../interpreter/traceback.js';
import { builtinsDict } from '../interpreter/builtins/registry.js';
import { PyModule } from '../interpreter/objects/function.js';
import { repr } from '../interpreter/ops/text.js';
import { flushStdout, setUnbuffered, writeStderr, writeStdout } from '../interpreter/io.js';
import { searchPath } from '../interpreter/modules/loader.js';
import { sysState } from '../interpreter/stdlib/hooks.js';
import { flushOpenFiles } from '../interpreter/stdlib/io-file.js';
import { registerRuntimeModules } from '../runtime/register.js';
import { routeOutputToFds } from './fd-output.js';
import { complete } from './completion.js';
import { runNotebook } from './notebook.js';
import type { CompleteReply, InputReply, Program, Request, RunReply, WorkerSetup } from './protocol.js';

const setup = workerData as WorkerSetup;
const interrupt = new Int32Array(setup.interrupt);
routeOutputToFds();
setInterruptFlag(interrupt);
// CPython line-buffers a terminal; unbuffered is what a person watching it sees.
const stdoutIsTerminal = isatty(1);
setUnbuffered(stdoutIsTerminal);
registerRuntimeModules();

/** The namespace the REPL continues in (a script's, after `-i`). */
let session: ModuleSession | null = null;

parentPort!.on('message', (req: Request) => {
  if (req.op === 'configure') setUnbuffered(req.unbuffered || stdoutIsTerminal);
  else {
    const reply = handle(req);
    flushOpenFiles();
    parentPort!.postMessage(reply);
  }
});

function handle(req: Exclude<Request, { op: 'configure' }>): RunReply | InputReply | CompleteReply {
  switch (req.op) {
    case 'run':
      return { id: req.id, ...run(req.program) };
    case 'input':
      return { id: req.id, ...input(req.source) };
    case 'complete':
      return { id: req.id, ...complete(req.line, replSession().globals) };
  }
}

function run(program: Program): { status: number; interrupted: boolean } {
  let outcome: Outcome | null;
  switch (program.kind) {
    case 'file':
      outcome = runScriptFile(program.file, program.args);
      break;
    case 'command':
      outcome = runMain(program.code, '<string>', ['-c', ...program.args], process.cwd());
      break;
    case 'module':
      outcome = runModuleAsMain(program.name, program.args);
      break;
    case 'stdin':
      outcome = runMain(fs.readFileSync(0, 'utf8'), '<stdin>', [program.argv0, ...program.args], process.cwd());
      break;
    case 'notebook':
      return runNotebook(program.file, program.args, program);
  }
  if (outcome === null) return { status: program.kind === 'module' ? 1 : 2, interrupted: false };
  session = outcome.session;
  return { status: outcome.status, interrupted: outcome.interrupted };
}

function replSession(): ModuleSession {
  if (session === null) {
    sysState.argv = [''];
    searchPath.unshift(process.cwd());
    session = new ModuleSession('<stdin>');
    session.globals.delete('__file__');
  }
  return session;
}

/** Runs a REPL input when it is complete, reporting errors as CPython's REPL does. */
function input(source: string): { more: boolean; exit: number | null } {
  if (!isCompleteInput(source)) return { more: true, exit: null };
  const s = replSession();
  try {
    s.runInteractive(source, 'single', display, '<stdin>');
  } catch (e) {
    if (e instanceof PythonSyntaxError) {
      writeStderr(formatSyntaxError(e, '<stdin>'));
    } else {
      const pe = asPyException(e);
      if (isSystemExit(pe)) return { more: false, exit: reportUncaught(pe, '<stdin>') };
      writeStderr(formatException(pe));
    }
  } finally {
    flushStdout();
  }
  return { more: false, exit: null };
}

/** sys.displayhook: print the repr and keep the value as builtins._ */
function display(value: PyValue): void {
  setUnderscore(null);
  writeStdout(`${repr(value)}\n`);
  setUnderscore(value);
}

function setUnderscore(value: PyValue): void {
  builtinsDict.set('_', value);
  const mod = replSession().globals.get('__builtins__');
  if (mod instanceof PyModule) mod.dict.set('_', value);
}

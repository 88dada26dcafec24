// Running a main program as python does — `python FILE args...`, `-c CMD`, `-m MOD`, a script on
// stdin: sys.argv, sys.path[0], CPython's reports for syntax errors and uncaught exceptions, and its
// exit statuses; and the REPL's test of whether the lines typed so far make a complete input.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PythonSyntaxError } from '../../grammar/errors.js';
import { PyBaseException } from './objects/exceptions.js';
import { asPyException } from './compiler/trace.js';
import { formatException, formatSyntaxError } from './traceback.js';
import { flushStdout, writeStderr } from './io.js';
import { searchPath } from './modules/loader.js';
import { sysState } from './stdlib/hooks.js';
import { str } from './ops/text.js';
import { ModuleSession } from './session.js';
import { parseModule } from '../../grammar/index.js';

/** Exit status for an exception that ends the program (SystemExit's code, else 1 after a report). */
export function reportUncaught(e: unknown, filename: string): number {
  if (e instanceof PythonSyntaxError) {
    writeStderr(formatSyntaxError(e, filename));
    return 1;
  }
  const pe = asPyException(e);
  if (isSystemExit(pe)) return systemExitStatus(pe);
  writeStderr(formatException(pe));
  return 1;
}

export function isSystemExit(e: PyBaseException): boolean {
  return e.cls.mro.some((t) => t.name === 'SystemExit' && t.module === 'builtins');
}

function systemExitStatus(e: PyBaseException): number {
  const code = e.args.length ? e.args[0] : null;
  if (code === null) return 0;
  if (typeof code === 'number') return code & 0xff;
  if (typeof code === 'boolean') return code ? 1 : 0;
  writeStderr(`${str(code)}\n`);
  return 1;
}

/** How a main program ended: its exit status, and whether an uncaught KeyboardInterrupt ended it
 *  (python then dies by SIGINT after the traceback, which the CLI reproduces). */
export interface Outcome {
  status: number;
  interrupted: boolean;
  /** The program's namespace, for `-i` (the REPL continues in it). */
  session: ModuleSession;
}

/** Runs `source` as `__main__`: sys.argv, sys.path[0] (the folder imports search first), then
 *  CPython's report of an uncaught exception. */
export function runMain(source: string, filename: string, argv: string[], pathEntry: string): Outcome {
  sysState.argv = argv;
  searchPath.unshift(pathEntry);
  const session = new ModuleSession(filename);
  // Only a real file gives `__file__` (python -c and the REPL have none).
  if (filename === '<string>') session.globals.delete('__file__');
  try {
    session.run(source);
    return { status: 0, interrupted: false, session };
  } catch (e) {
    return { status: reportUncaught(e, filename), interrupted: isKeyboardInterrupt(e), session };
  } finally {
    flushStdout();
  }
}

export function isKeyboardInterrupt(e: unknown): boolean {
  return e instanceof PyBaseException && e.cls.mro.some((t) => t.name === 'KeyboardInterrupt' && t.module === 'builtins');
}

/** `python FILE args...`; null (after python's message) when the file cannot be read. */
export function runScriptFile(file: string, args: string[]): Outcome | null {
  const abs = path.resolve(file);
  let source: string;
  try {
    source = fs.readFileSync(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code === 'EISDIR' ? 21 : 2;
    const reason = code === 21 ? 'Is a directory' : 'No such file or directory';
    writeStderr(`tfts: can't open file '${abs}': [Errno ${code}] ${reason}\n`);
    return null;
  }
  return runMain(source, abs, [file, ...args], path.dirname(abs));
}

/** `python -m NAME args...`: NAME.py (or NAME/__main__.py) found from the current folder on,
 *  run as `__main__` with its full path as sys.argv[0]; null (after python's message) if absent. */
export function runModuleAsMain(name: string, args: string[]): Outcome | null {
  const rel = name.split('.').join(path.sep);
  for (const dir of [process.cwd(), ...searchPath]) {
    for (const candidate of [path.join(dir, `${rel}.py`), path.join(dir, rel, '__main__.py')]) {
      if (fs.existsSync(candidate)) {
        return runMain(fs.readFileSync(candidate, 'utf8'), candidate, [candidate, ...args], process.cwd());
      }
    }
  }
  writeStderr(`tfts: No module named ${name}\n`);
  return null;
}

/** Whether `source` (lines typed so far, each ending in a newline) is a whole interactive input,
 *  as CPython's REPL decides between `>>> ` and `... `: open brackets, unfinished strings, a
 *  trailing backslash and block headers ask for more; a compound statement ends at an empty line;
 *  any other syntax error is complete (the REPL then reports it). */
export function isCompleteInput(source: string): boolean {
  const lines = source.replace(/\n$/, '').split('\n');
  const endsWithBlankLine = lines.length > 1 && lines[lines.length - 1].trim() === '';
  try {
    const tree = parseModule(source, '<stdin>');
    const last = tree.body[tree.body.length - 1];
    return endsWithBlankLine || last === undefined || !COMPOUND.has(last._type);
  } catch (e) {
    if (!(e instanceof PythonSyntaxError) || endsWithBlankLine) return true;
    return !needsMoreInput(e, lines);
  }
}

const COMPOUND = new Set(['If', 'For', 'While', 'With', 'Try', 'FunctionDef', 'ClassDef']);

function needsMoreInput(e: PythonSyntaxError, lines: string[]): boolean {
  if (/was never closed$|^unterminated triple-quoted string|^expected an indented block|^expected 'except' or 'finally'/.test(e.msg)) {
    return true;
  }
  // The error sits past the last line (a trailing backslash), or the input is only decorators so far.
  const lastText = lines[lines.length - 1].trim();
  return !(e.lineno <= lines.length) || lastText.startsWith('@');
}

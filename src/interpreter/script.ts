// Running a script file as `python FILE args...` does: sys.argv, the script's folder on sys.path,
// CPython's reports for syntax errors and uncaught exceptions, and its exit statuses.
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

function isSystemExit(e: PyBaseException): boolean {
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

export function runScriptFile(file: string, args: string[]): number {
  const abs = path.resolve(file);
  let source: string;
  try {
    source = fs.readFileSync(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code === 'EISDIR' ? 21 : 2;
    const reason = code === 21 ? 'Is a directory' : 'No such file or directory';
    writeStderr(`tfts: can't open file '${abs}': [Errno ${code}] ${reason}\n`);
    return 2;
  }
  sysState.argv = [file, ...args];
  searchPath.unshift(path.dirname(abs));
  const session = new ModuleSession(abs);
  try {
    session.run(source);
    return 0;
  } catch (e) {
    return reportUncaught(e, abs);
  } finally {
    flushStdout();
  }
}

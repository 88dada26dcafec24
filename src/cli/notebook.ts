// `tfts run notebook.ipynb`: runs the code cells in order in one namespace and prints each like
// Jupyter's text view (`In [N]:`, the cell's output, `Out[N]: ` and the repr of a final
// expression); `--write OUT.ipynb` saves a copy with the outputs filled in. Runs in the worker.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PythonSyntaxError } from '../../grammar/index.js';
import type { PyValue } from '../interpreter/objects/core.js';
import { ModuleSession } from '../interpreter/session.js';
import { isKeyboardInterrupt } from '../interpreter/script.js';
import { asPyException } from '../interpreter/compiler/trace.js';
import { exceptionTypeName, formatException, formatSyntaxError, rememberSource } from '../interpreter/traceback.js';
import { exceptionStr, repr } from '../interpreter/ops/text.js';
import { flushStdout, writeStderr, writeStdout } from '../interpreter/io.js';
import { searchPath } from '../interpreter/modules/loader.js';
import { sysState } from '../interpreter/stdlib/hooks.js';
import { teeOutput } from './fd-output.js';
import { NotebookError, cellSource, multiline, parseNotebook, serializeNotebook } from './notebook-format.js';
import type { NotebookCell, NotebookOutput } from './notebook-format.js';

export interface NotebookOptions {
  /** Where to save the notebook with its outputs, or null. */
  write: string | null;
  /** Go on after a failing cell (as `jupyter nbconvert --allow-errors`). */
  allowErrors: boolean;
}

export interface NotebookRun {
  status: number;
  interrupted: boolean;
}

export function runNotebook(file: string, args: string[], options: NotebookOptions): NotebookRun {
  const abs = path.resolve(file);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch {
    writeStderr(`tfts: can't open file '${abs}': [Errno 2] No such file or directory\n`);
    return { status: 2, interrupted: false };
  }
  let nb;
  try {
    nb = parseNotebook(text, file);
  } catch (e) {
    if (!(e instanceof NotebookError)) throw e;
    writeStderr(`tfts: ${e.message}\n`);
    return { status: 1, interrupted: false };
  }
  sysState.argv = [file, ...args];
  searchPath.unshift(path.dirname(abs));
  const session = new ModuleSession(abs);
  session.globals.delete('__file__');
  const run: NotebookRun = { status: 0, interrupted: false };
  let count = 0;
  for (const cell of nb.cells) {
    if (cell.cell_type !== 'code') continue;
    const source = dedentCell(cellSource(cell));
    if (source.trim() === '') {
      cell.outputs = [];
      cell.execution_count = null;
      continue;
    }
    count++;
    writeStdout(`${count > 1 ? '\n' : ''}In [${count}]:\n`);
    flushStdout(); // before the cell's output is collected
    const failure = runCell(session, cell, source, count);
    if (failure !== null) {
      run.status = 1;
      run.interrupted = isKeyboardInterrupt(failure);
      if (run.interrupted || !options.allowErrors) break;
    }
  }
  flushStdout();
  if (options.allowErrors && !run.interrupted) run.status = 0;
  if (options.write !== null) fs.writeFileSync(options.write, serializeNotebook(nb));
  return run;
}

/** Runs one cell, filling its outputs; returns what it raised, or null. */
function runCell(session: ModuleSession, cell: NotebookCell, source: string, count: number): unknown {
  const filename = `<cell In[${count}]>`;
  rememberSource(filename, source);
  const outputs: NotebookOutput[] = [];
  const stream = (name: 'stdout' | 'stderr') => (text: string) => {
    const last = outputs[outputs.length - 1];
    if (last?.output_type === 'stream' && last.name === name) last.text.push(text);
    else outputs.push({ output_type: 'stream', name, text: [text] });
  };
  teeOutput('stdout', stream('stdout'));
  teeOutput('stderr', stream('stderr'));
  let shown: string | null = null;
  let failure: unknown = null;
  try {
    const display = (v: PyValue) => {
      shown = repr(v);
    };
    session.runInteractive(source, endsWithSemicolon(source) ? 'none' : 'last_expr', display, filename);
  } catch (e) {
    failure = e;
  } finally {
    flushStdout();
    teeOutput('stdout', null);
    teeOutput('stderr', null);
  }
  for (const o of outputs) if (o.output_type === 'stream') o.text = multiline(o.text.join(''));
  if (failure !== null) {
    outputs.push(reportFailure(failure, filename));
  } else if (shown !== null) {
    const text: string = shown;
    writeStdout(`Out[${count}]: ${text.includes('\n') ? '\n' : ''}${text}\n`);
    outputs.push({ output_type: 'execute_result', execution_count: count, data: { 'text/plain': multiline(text) }, metadata: {} });
  }
  cell.outputs = outputs;
  cell.execution_count = count;
  return failure;
}

function reportFailure(e: unknown, filename: string): NotebookOutput {
  if (e instanceof PythonSyntaxError) {
    const report = formatSyntaxError(e, filename);
    writeStderr(report);
    return { output_type: 'error', ename: e.kind, evalue: e.msg, traceback: report.replace(/\n$/, '').split('\n') };
  }
  const pe = asPyException(e);
  const report = formatException(pe);
  writeStderr(report);
  return { output_type: 'error', ename: exceptionTypeName(pe.cls), evalue: exceptionStr(pe), traceback: report.replace(/\n$/, '').split('\n') };
}

/** IPython removes the first line's indentation from every line that has it. */
export function dedentCell(source: string): string {
  const indent = /^[ \t]+/.exec(source);
  if (!indent) return source;
  return source
    .split('\n')
    .map((line) => (line.startsWith(indent[0]) ? line.slice(indent[0].length) : line))
    .join('\n');
}

/** A final `;` hides the cell's value in IPython. */
function endsWithSemicolon(source: string): boolean {
  const lines = source.split('\n').filter((l) => l.trim() !== '');
  const last = lines[lines.length - 1] ?? '';
  return last.replace(/#.*$/, '').trimEnd().endsWith(';');
}

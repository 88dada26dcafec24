// input([prompt]): the prompt goes to stdout (flushed), then one line is read from stdin.
import { readSync } from 'node:fs';
import type { PyValue } from '../objects/core.js';
import { pyExc } from '../objects/exceptions.js';
import { flushStdout, writeStdout } from '../io.js';
import { str } from '../ops/text.js';
import { checkArity, noKwargs } from './define.js';
import type { Kwargs } from '../ops/call.js';

/** One line from fd 0 without its newline; null at end of input. Reads byte by byte so nothing
 *  past the line is consumed (a later input() or sys.stdin read gets it). */
function readLine(): string | null {
  const bytes: number[] = [];
  const one = Buffer.alloc(1);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, one, 0, 1, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EOF') n = 0;
      else throw e;
    }
    if (n === 0) return bytes.length ? Buffer.from(bytes).toString('utf8') : null;
    if (one[0] === 0x0a) return Buffer.from(bytes).toString('utf8').replace(/\r$/, '');
    bytes.push(one[0]);
  }
}

export function inputBuiltin(args: PyValue[], kwargs: Kwargs): PyValue {
  noKwargs('input', kwargs);
  checkArity('input', args, 0, 1);
  if (args.length) writeStdout(str(args[0]));
  flushStdout();
  const line = readLine();
  if (line === null) throw pyExc('EOFError', 'EOF when reading a line');
  return line;
}

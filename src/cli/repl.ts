// The interactive interpreter, CPython's REPL on the main thread: prompts `>>> ` and `... `, line
// editing, history and tab completion through node:readline; each input goes to the worker, which
// says whether it is complete and runs it. While code runs the terminal is in normal (cooked)
// mode, as under GNU readline: typed-ahead text waits, and Ctrl-C is a real SIGINT, which sets
// the interrupt flag. When stdin is not a terminal, prompts go to stderr as python's do.
import * as readline from 'node:readline';
import type { Engine } from './engine.js';
import { HISTORY_SIZE, appendHistory, loadHistory } from './history.js';
import { TF_VERSION, TFTS_VERSION } from '../version.js';

const PS1 = '>>> ';
const PS2 = '... ';

export function banner(): string {
  return (
    `tfts ${TFTS_VERSION} (Python 3.11 language, TensorFlow ${TF_VERSION} API) on ${process.platform}\n` +
    'Type "exit()" or Ctrl-D (end of input) to leave.\n'
  );
}

/** Runs the REPL until Ctrl-D or SystemExit; resolves to the exit status. */
export function runRepl(engine: Engine, showBanner: boolean): Promise<number> {
  const terminal = process.stdin.isTTY === true;
  const promptStream = terminal ? process.stdout : process.stderr;
  if (showBanner) process.stderr.write(banner());
  const rl = readline.createInterface({
    input: process.stdin,
    output: terminal ? process.stdout : undefined,
    terminal,
    history: terminal ? loadHistory() : [],
    historySize: HISTORY_SIZE,
    completer: terminal ? completer(engine) : undefined,
    tabSize: 4,
  });

  return new Promise((resolve) => {
    let lines: string[] = [];
    const queue: string[] = [];
    let draining = false;
    let finished = false;
    /** stdin ended (Ctrl-D, or the end of piped input); leave once the queued lines have run. */
    let closedInput = false;

    const finish = (status: number) => {
      if (finished) return;
      finished = true;
      rl.close();
      resolve(status);
    };
    const endOfInput = () => {
      promptStream.write('\n');
      finish(0);
    };
    const prompt = (text: string) => {
      if (terminal) {
        rl.setPrompt(text);
        rl.prompt();
      } else {
        promptStream.write(text);
      }
    };
    /** Python code may run: let the terminal behave normally so Ctrl-C raises SIGINT. */
    const suspend = () => {
      rl.pause();
      if (terminal) process.stdin.setRawMode(false);
    };
    const resume = () => {
      if (terminal) process.stdin.setRawMode(true);
      rl.resume();
    };

    const drain = async () => {
      if (draining) return;
      draining = true;
      while (queue.length && !finished) {
        const line = queue.shift()!;
        if (lines.length === 0 && line.trim() === '') {
          prompt(PS1);
          continue;
        }
        lines.push(line);
        suspend();
        const reply = await engine.input(`${lines.join('\n')}\n`);
        resume();
        if (reply.exit !== null) return finish(reply.exit);
        if (!reply.more) lines = [];
        prompt(reply.more ? PS2 : PS1);
      }
      draining = false;
      if (closedInput && !finished) endOfInput();
    };

    rl.on('line', (line) => {
      if (terminal && line.trim() !== '') appendHistory(line);
      queue.push(line);
      void drain();
    });
    // Ctrl-D at the prompt, or the end of piped input once every line has run.
    rl.on('close', () => {
      closedInput = true;
      if (!draining) endOfInput();
    });
    // Ctrl-C while typing (raw mode delivers it as a key): drop the input, as CPython does.
    rl.on('SIGINT', () => {
      rl.write(null, { ctrl: true, name: 'e' });
      rl.write(null, { ctrl: true, name: 'u' });
      promptStream.write('\nKeyboardInterrupt\n');
      lines = [];
      prompt(PS1);
    });
    prompt(PS1);
  });
}

/** readline's asynchronous completer: asks the worker, which owns the namespace. */
function completer(engine: Engine): readline.AsyncCompleter {
  return (line, callback) => {
    if (engine.busy) return callback(null, [[], line]);
    engine.complete(line).then(
      (r) => callback(null, [r.matches, r.word]),
      () => callback(null, [[], line]),
    );
  };
}

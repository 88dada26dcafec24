// The REPL on a real (pseudo-)terminal: prompts, continuation lines, `_`, a traceback and going
// on, Ctrl-C while typing and while `while True: pass` runs, tab completion (`tf.rand` →
// `tf.random`), history in $HOME/.tfts_history, Ctrl-D and exit(n). The screen texts are
// CPython 3.11's REPL conventions (its transcript for the same keys shows the same lines).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Terminal } from './terminal.js';
import { fixturesDir } from './run-tfts.js';

let open: Terminal[] = [];
afterEach(() => {
  for (const t of open) t.kill();
  open = [];
});

function startRepl(home: string, args: string[] = []): Terminal {
  const t = new Terminal(args, { HOME: home }, fixturesDir);
  open.push(t);
  return t;
}

describe('REPL on a terminal', () => {
  it('prompts, continues, prints values, keeps _, reports errors, survives Ctrl-C, exits on Ctrl-D', async () => {
    const home = mkdtempSync(join(tmpdir(), 'tfts-home-'));
    const t = startRepl(home);
    const banner = await t.waitFor('>>> ');
    expect(banner).toMatch(/^tfts \d+\.\d+\.\d+ \(Python 3\.11 language, TensorFlow 2\.\d+\.\d+ API\)/);

    t.type('1+1\n');
    await t.waitFor('1+1\n2\n>>> ');
    t.type('for i in range(2):\n');
    await t.waitFor('... ');
    t.type('  i * 10\n');
    await t.waitFor('... ');
    t.type('\n');
    await t.waitFor('0\n10\n>>> ');
    t.type('_ + 1\n');
    await t.waitFor('11\n>>> ');

    t.type('1/0\n');
    await t.waitFor('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n>>> ');
    t.type('x = 5\n');
    await t.waitFor('>>> ');

    // Ctrl-C while typing drops the line.
    t.type('abc');
    await t.waitFor('abc');
    t.type('\x03');
    await t.waitFor('\nKeyboardInterrupt\n>>> ');
    t.type('x\n');
    await t.waitFor('x\n5\n>>> ');

    // Ctrl-C while code runs raises KeyboardInterrupt in it; the REPL goes on.
    t.type('while True: pass\n');
    await t.waitFor('... ');
    t.type('\n');
    await new Promise((r) => setTimeout(r, 700));
    t.type('\x03');
    await t.waitFor('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n>>> ');
    t.type('x + 1\n');
    await t.waitFor('6\n>>> ');

    t.type('\x04');
    expect(await t.exited).toBe(0);
    const history = readFileSync(join(home, '.tfts_history'), 'utf8').split('\n');
    expect(history).toEqual(expect.arrayContaining(['1+1', 'for i in range(2):', '  i * 10', 'x = 5', 'while True: pass']));
    expect(history).not.toContain('abc');
  }, 240_000);

  it('completes names, keywords, modules after import, and tf.rand → tf.random', async () => {
    const t = startRepl(mkdtempSync(join(tmpdir(), 'tfts-home-')), ['-q']);
    await t.waitFor('>>> ');
    await t.typeSlowly('pri', '\t');
    await t.waitFor('print(');
    await t.typeSlowly('"ok")\n');
    await t.waitFor('ok\n>>> ');
    await t.typeSlowly('import tensorfl', '\t');
    await t.waitFor('import tensorflow');
    await t.typeSlowly(' as tf\n');
    await t.waitFor('>>> ');
    await t.typeSlowly('tf.ra', '\t', '\t');
    const listing = await t.waitFor(/tf\.random\b/);
    expect(listing).toContain('tf.ra');
    await t.typeSlowly('\x15', 'print(tf.rand', '\t');
    await t.waitFor('print(tf.random');
    await t.typeSlowly(' is tf.random)\n');
    await t.waitFor('True\n>>> ');
    await t.typeSlowly('wh', '\t');
    await t.waitFor('while ');
    await t.typeSlowly('\x15', 'exit(3)\n');
    expect(await t.exited).toBe(3);
  }, 240_000);

  it('loads history from earlier sessions (Up arrow)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'tfts-home-'));
    writeFileSync(join(home, '.tfts_history'), 'print(40 + 2)\n');
    const t = startRepl(home, ['-q']);
    await t.waitFor('>>> ');
    await t.typeSlowly('\x1b[A', '\n');
    await t.waitFor('42\n>>> ');
    t.type('\x04');
    expect(await t.exited).toBe(0);
  }, 120_000);
});

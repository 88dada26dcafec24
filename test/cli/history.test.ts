// REPL history in $HOME/.tfts_history: entries appended as typed, loaded newest first, and a file
// that has grown to twice the history size cut back when a session starts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_SIZE, appendHistory, historyFile, loadHistory } from '../../src/cli/history.js';

let savedHome: string | undefined;
let home: string;
beforeEach(() => {
  savedHome = process.env.HOME;
  home = mkdtempSync(join(tmpdir(), 'tfts-history-'));
  process.env.HOME = home;
});
afterEach(() => {
  process.env.HOME = savedHome;
});

describe('history file', () => {
  it('lives in $HOME, gets each entry at once, and loads newest first', () => {
    expect(historyFile()).toBe(join(home, '.tfts_history'));
    expect(loadHistory()).toEqual([]);
    appendHistory('x = 1');
    appendHistory('print(x)');
    expect(readFileSync(historyFile(), 'utf8')).toBe('x = 1\nprint(x)\n');
    expect(loadHistory()).toEqual(['print(x)', 'x = 1']);
  });

  it('cuts a file of more than twice the size back to the newest entries', () => {
    const lines = Array.from({ length: 2 * HISTORY_SIZE + 5 }, (_, i) => `n = ${i}`);
    writeFileSync(historyFile(), `${lines.join('\n')}\n`);
    const loaded = loadHistory();
    expect(loaded.length).toBe(HISTORY_SIZE);
    expect(loaded[0]).toBe(`n = ${2 * HISTORY_SIZE + 4}`);
    expect(readFileSync(historyFile(), 'utf8').split('\n').filter(Boolean).length).toBe(HISTORY_SIZE);
  });
});

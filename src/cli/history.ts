// REPL history kept across sessions in ~/.tfts_history (HOME decides where, so tests can point it
// elsewhere), one entry per line, oldest first, as GNU readline's history file.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const HISTORY_SIZE = 1000;

export function historyFile(): string {
  return path.join(os.homedir(), '.tfts_history');
}

/** Saved entries, newest first (the order node:readline wants). */
export function loadHistory(): string[] {
  try {
    return fs.readFileSync(historyFile(), 'utf8').split('\n').filter((l) => l !== '').slice(-HISTORY_SIZE).reverse();
  } catch {
    return [];
  }
}

/** Appends an entry at once, so a session that is killed keeps what was typed. */
export function appendHistory(entry: string): void {
  try {
    fs.appendFileSync(historyFile(), `${entry}\n`);
  } catch {
    // An unwritable home only loses history, as in CPython.
  }
}

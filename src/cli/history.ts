// REPL history kept across sessions in ~/.tfts_history (HOME decides where, so tests can point it
// elsewhere), one entry per line, oldest first, as GNU readline's history file.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const HISTORY_SIZE = 1000;

export function historyFile(): string {
  return path.join(os.homedir(), '.tfts_history');
}

/** Saved entries, newest first (the order node:readline wants). A file grown to twice the
 *  history size is cut back to it, so appending never makes it grow without end. */
export function loadHistory(): string[] {
  let entries: string[];
  try {
    entries = fs.readFileSync(historyFile(), 'utf8').split('\n').filter((l) => l !== '');
  } catch {
    return [];
  }
  const kept = entries.slice(-HISTORY_SIZE);
  if (entries.length > 2 * HISTORY_SIZE) {
    try {
      fs.writeFileSync(historyFile(), `${kept.join('\n')}\n`);
    } catch {
      // Left as it is; only its size suffers.
    }
  }
  return kept.reverse();
}

/** Appends an entry at once, so a session that is killed keeps what was typed. */
export function appendHistory(entry: string): void {
  try {
    fs.appendFileSync(historyFile(), `${entry}\n`);
  } catch {
    // An unwritable home only loses history, as in CPython.
  }
}

// Per-tape options that the recorder consults (kept apart so tape.ts has no Python knowledge).
import type { TapeRecorder } from './tape.js';

const watchAccessed = new WeakMap<TapeRecorder, boolean>();

export function setWatchAccessed(tape: TapeRecorder, on: boolean): void {
  watchAccessed.set(tape, on);
}

export function activeTapeWatchesAccessed(tape: TapeRecorder): boolean {
  return watchAccessed.get(tape) ?? true;
}

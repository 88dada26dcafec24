// Where the running code is, for the warnings module: CPython reports a warning at the line of
// the warn() call (stacklevel=1) or of the calls that led there (stacklevel=2, 3, ...). tfts keeps
// no per-statement line, so every compiled call notes its frame and position just before calling
// (two stores), and each Python function call saves the site it was called from at its depth.
import type { Position } from '../../../grammar/ast.js';
import type { Frame } from './frame.js';

/** The call most recently started: inside a builtin function, that builtin's own call. */
export const lastCall: { frame: Frame | null; pos: Position | null } = { frame: null, pos: null };

// Caller sites of the running Python functions, indexed by call depth (1 = outermost function).
const callerFrames: (Frame | null)[] = [];
const callerPositions: (Position | null)[] = [];

export function noteCall(frame: Frame, pos: Position): void {
  lastCall.frame = frame;
  lastCall.pos = pos;
}

/** Saves lastCall as the caller site of the function call entering `depth`. */
export function saveCallerSite(depth: number): void {
  callerFrames[depth] = lastCall.frame;
  callerPositions[depth] = lastCall.pos;
}

/** The frame and position `level` calls out from the running builtin: level 1 is that builtin's
 *  own call, level 2 the call of the Python function containing it, and so on; null past the
 *  module level. */
export function callSiteAt(level: number, depth: number): { frame: Frame; pos: Position } | null {
  if (level <= 1) return lastCall.frame && lastCall.pos ? { frame: lastCall.frame, pos: lastCall.pos } : null;
  const d = depth - (level - 2);
  if (d < 1) return null;
  const frame = callerFrames[d], pos = callerPositions[d];
  return frame && pos ? { frame, pos } : null;
}

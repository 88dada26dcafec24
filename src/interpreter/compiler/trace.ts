// Traceback bookkeeping. While an exception unwinds, the innermost expression that failed in each
// frame notes its position; when the exception leaves the frame, that position becomes one
// traceback entry. Non-Python errors (a JS bug, a stack overflow) become Python exceptions here.
import type { Position } from '../../../grammar/ast.js';
import { PyBaseException, pyExc } from '../objects/exceptions.js';

/** Converts anything thrown into a Python exception (RecursionError for JS stack overflow). */
export function asPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    return pyExc('RecursionError', 'maximum recursion depth exceeded');
  }
  const err = pyExc('SystemError', `internal error: ${e instanceof Error ? e.message : String(e)}`);
  if (process.env.TFTS_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return err;
}

/** Records pos as the failing position in frame `frame` unless an inner node already did. */
export function noteLocation(e: unknown, frame: object, pos: Position): PyBaseException {
  const pe = asPyException(e);
  if (pe.pendingFrame !== frame) {
    pe.pendingFrame = frame;
    pe.pendingPos = pos;
  }
  return pe;
}

/** Position meaning "this frame's entry is already in the traceback": set when an exception was
 *  caught or passed to a finally block or __exit__ (which may print it as a __context__). */
export const ALREADY_RECORDED: Position = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

/** Adds frame's entry to the traceback now, while the exception is still inside the frame. */
export function recordEntryNow(pe: PyBaseException, frame: object, filename: string, name: string): void {
  if (pe.pendingFrame === frame && pe.pendingPos !== null && pe.pendingPos !== ALREADY_RECORDED) {
    pe.traceback.push({ filename, name, pos: pe.pendingPos });
  }
  pe.pendingFrame = frame;
  pe.pendingPos = ALREADY_RECORDED;
}

/** Turns the noted position into a traceback entry as the exception leaves a frame. */
export function leaveFrame(e: unknown, frame: object, filename: string, name: string, fallback: Position): PyBaseException {
  const pe = noteLocation(e, frame, fallback);
  if (pe.pendingPos !== ALREADY_RECORDED) pe.traceback.push({ filename, name, pos: pe.pendingPos! });
  pe.pendingFrame = null;
  pe.pendingPos = null;
  return pe;
}

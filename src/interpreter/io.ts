// Buffered standard output. Python block-buffers stdout when it is not a terminal; we buffer
// too (writes are many and small) and flush before anything goes to stderr, at exit, and when
// the buffer grows, so the interleaving a user sees matches CPython's.
let buffer = '';
let unbuffered = false;
const LIMIT = 1 << 16;

export function setUnbuffered(on: boolean): void {
  unbuffered = on;
}

export function writeStdout(s: string): void {
  buffer += s;
  if (unbuffered || buffer.length > LIMIT) flushStdout();
}

export function flushStdout(): void {
  if (buffer.length === 0) return;
  const out = buffer;
  buffer = '';
  process.stdout.write(out);
}

export function writeStderr(s: string): void {
  flushStdout();
  process.stderr.write(s);
}

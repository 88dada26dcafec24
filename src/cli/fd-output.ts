// Output of the worker thread that runs Python. A worker's process.stdout is a pipe through the
// main thread, delivered later and on another channel than the worker's messages, so a result
// could overtake its output and the next prompt could land before the last print. Writing the
// file descriptors directly, synchronously, keeps everything in the order it was written, as
// CPython's writes are.
import * as fs from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `text` to `fd`, waiting out a full non-blocking pipe; a closed reader ends it. */
export function writeAllSync(fd: number, text: string | Uint8Array): void {
  const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let offset = 0;
  while (offset < buf.length) {
    try {
      offset += fs.writeSync(fd, buf, offset, buf.length - offset);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1);
      else if (code === 'EPIPE') return;
      else throw e;
    }
  }
}

type Tee = ((text: string) => void) | null;
const tees: { stdout: Tee; stderr: Tee } = { stdout: null, stderr: null };

/** Also hands everything written to stdout/stderr to a function (a notebook cell's outputs). */
export function teeOutput(stream: 'stdout' | 'stderr', tee: Tee): void {
  tees[stream] = tee;
}

/** Makes process.stdout/stderr of this thread write fds 1 and 2 directly. */
export function routeOutputToFds(): void {
  for (const [stream, fd] of [['stdout', 1], ['stderr', 2]] as const) {
    const target = process[stream];
    target.write = ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
      const tee = tees[stream];
      if (tee) tee(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      writeAllSync(fd, chunk);
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') done();
      return true;
    }) as typeof target.write;
  }
}

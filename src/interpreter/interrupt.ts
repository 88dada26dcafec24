// Ctrl-C while Python code runs. Node delivers SIGINT through the event loop, which never runs while
// a `while True: pass` loop occupies the thread, so the code runs in a thread whose loops poll a
// shared flag that another thread (the CLI's main thread, which does see SIGINT) sets.
// Loops and calls poll with `pollInterrupt()`: one typed-array read when no flag is installed.
import { pyExc } from './objects/exceptions.js';

let flag: Int32Array | null = null;

/** Installs the shared flag (an Int32Array over a SharedArrayBuffer; element 0 ≠ 0 means "interrupt"). */
export function setInterruptFlag(shared: Int32Array | null): void {
  flag = shared;
}

/** Raises KeyboardInterrupt in the running Python code if Ctrl-C was pressed since the last poll. */
export function pollInterrupt(): void {
  if (flag !== null && flag[0] !== 0) {
    Atomics.store(flag, 0, 0);
    throw pyExc('KeyboardInterrupt');
  }
}

/** time.sleep: blocks for `ms` milliseconds, but Ctrl-C ends the wait at once (the main thread
 *  notifies the flag) and raises KeyboardInterrupt, as in CPython. */
export function sleepInterruptibly(ms: number): void {
  if (flag === null) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    return;
  }
  const end = performance.now() + ms;
  for (let left = ms; left > 0; left = end - performance.now()) {
    Atomics.wait(flag, 0, 0, left);
    pollInterrupt();
  }
}

// The main thread's handle on the worker that runs Python (worker.ts): requests and their
// replies, and the interrupt flag that Ctrl-C sets while Python code runs.
import { Worker } from 'node:worker_threads';
import type { CompleteReply, InputReply, Program, RunReply, WorkerSetup } from './protocol.js';

type Reply = RunReply | InputReply | CompleteReply;
type Pending = (reply: Reply) => void;

export class Engine {
  private readonly worker: Worker;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** A request is in flight (Python code may be running). */
  busy = false;

  /** Starts the worker at once: it loads the interpreter while the command line is read. */
  constructor() {
    const setup: WorkerSetup = { interrupt: this.flag.buffer as SharedArrayBuffer };
    // stdout/stderr: false — the worker writes fds 1 and 2 itself (see fd-output.ts).
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup, stdout: false, stderr: false });
    this.worker.on('message', (reply: Reply) => {
      const done = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      this.busy = this.pending.size > 0;
      done?.(reply);
    });
    // A failure outside Python's own error handling (the build is broken, an interpreter bug):
    // say so briefly; TFTS_DEBUG shows the JavaScript stack.
    this.worker.on('error', (e) => {
      const detail = e instanceof Error ? (process.env.TFTS_DEBUG ? (e.stack ?? e.message) : e.message) : String(e);
      process.stderr.write(`tfts: internal error: ${detail}\n`);
      process.exit(1);
    });
    // The worker ended by itself (process.exit inside it): nothing will answer, so end too.
    this.worker.on('exit', (code) => process.exit(code));
  }

  configure(unbuffered: boolean): void {
    this.worker.postMessage({ op: 'configure', id: 0, unbuffered });
  }

  run(program: Program): Promise<RunReply> {
    return this.request({ op: 'run', program }) as Promise<RunReply>;
  }

  input(source: string): Promise<InputReply> {
    return this.request({ op: 'input', source }) as Promise<InputReply>;
  }

  complete(line: string): Promise<CompleteReply> {
    return this.request({ op: 'complete', line }) as Promise<CompleteReply>;
  }

  /** Ctrl-C: the running Python code raises KeyboardInterrupt at its next poll. */
  interrupt(): void {
    Atomics.store(this.flag, 0, 1);
    Atomics.notify(this.flag, 0); // wakes an interruptible time.sleep
  }

  private request(req: { op: string; [k: string]: unknown }): Promise<Reply> {
    const id = this.nextId++;
    this.busy = true;
    // Forget a Ctrl-C pressed while nothing ran; one pressed from now on reaches this request.
    Atomics.store(this.flag, 0, 0);
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ ...req, id });
    });
  }
}

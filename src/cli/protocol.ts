// Messages between the CLI's main thread (terminal, signals, history) and the worker thread that
// runs Python (see worker.ts). Every request carries an id that its reply repeats.

/** What the command line asked to run. */
export type Program =
  | { kind: 'file'; file: string; args: string[] }
  | { kind: 'command'; code: string; args: string[] }
  | { kind: 'module'; name: string; args: string[] }
  | { kind: 'stdin'; argv0: string; args: string[] }
  | { kind: 'notebook'; file: string; args: string[]; write: string | null; allowErrors: boolean };

export type Request =
  /** Settings from the command line, sent before anything runs; no reply. */
  | { id: number; op: 'configure'; unbuffered: boolean }
  | { id: number; op: 'run'; program: Program }
  /** A REPL input so far (lines joined with newlines): run it if complete. */
  | { id: number; op: 'input'; source: string }
  | { id: number; op: 'complete'; line: string };

export interface RunReply {
  id: number;
  /** The exit status the program asks for; null when `-i` may continue (python's inspect mode). */
  status: number;
  /** An uncaught KeyboardInterrupt ended it (python then dies by SIGINT). */
  interrupted: boolean;
}

export interface InputReply {
  id: number;
  /** The input is unfinished: show `... ` and send it again with the next line. */
  more: boolean;
  /** SystemExit was raised: leave with this status. */
  exit: number | null;
}

export interface CompleteReply {
  id: number;
  matches: string[];
  word: string;
}

/** Data the worker starts with. */
export interface WorkerSetup {
  /** Int32Array's buffer whose element 0 the main thread sets on Ctrl-C. */
  interrupt: SharedArrayBuffer;
}

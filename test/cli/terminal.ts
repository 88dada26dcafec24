// A tfts REPL on a pseudo-terminal, for tests: pty-bridge.py (python3's pty module, no native
// npm dependency) gives tfts a real terminal and relays it over pipes. `type` sends keys;
// `waitFor` waits until the screen text (escape sequences and carriage returns removed) shows
// something after the last mark.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tftsBin } from './run-tfts.js';

const bridge = fileURLToPath(new URL('./pty-bridge.py', import.meta.url));

export class Terminal {
  private readonly child: ChildProcessWithoutNullStreams;
  private raw = '';
  private mark = 0;
  readonly exited: Promise<number | null>;

  constructor(args: string[], env: Record<string, string>, cwd: string) {
    this.child = spawn('python3', [bridge, '80', process.execPath, tftsBin, ...args], {
      cwd,
      env: { ...process.env, ...env, TERM: 'xterm' },
    });
    this.child.stdout.setEncoding('utf8').on('data', (s: string) => (this.raw += s));
    this.child.stderr.setEncoding('utf8').on('data', (s: string) => (this.raw += s));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  /** Everything shown so far, as plain text. */
  get screen(): string {
    // eslint-disable-next-line no-control-regex
    return this.raw.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
  }

  type(keys: string): void {
    this.child.stdin.write(keys);
  }

  /** Waits until `text` appears after the last mark, then moves the mark past it. */
  async waitFor(text: string | RegExp, timeoutMs = 60_000): Promise<string> {
    const start = Date.now();
    for (;;) {
      const rest = this.screen.slice(this.mark);
      const m = typeof text === 'string' ? (rest.includes(text) ? { index: rest.indexOf(text), length: text.length } : null) : (() => {
        const r = text.exec(rest);
        return r ? { index: r.index, length: r[0].length } : null;
      })();
      if (m) {
        const seen = rest.slice(0, m.index + m.length);
        this.mark += m.index + m.length;
        return seen;
      }
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${JSON.stringify(String(text))}; screen after mark:\n${rest}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Sends keys one write at a time (readline completes only on a Tab at the end of a write). */
  async typeSlowly(...writes: string[]): Promise<void> {
    for (const w of writes) {
      this.type(w);
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

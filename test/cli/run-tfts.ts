// Runs bin/tfts.js as a child process with pipes, for the CLI tests.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const tftsBin = fileURLToPath(new URL('../../bin/tfts.js', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('./fixtures', import.meta.url));

export interface Ran {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: NodeJS.Signals | null;
}

export function runTfts(args: string[], options: { stdin?: string; cwd?: string; env?: Record<string, string>; interruptWhen?: string } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tftsBin, ...args], {
      cwd: options.cwd ?? fixturesDir,
      env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let interrupted = false;
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      if (options.interruptWhen !== undefined && !interrupted && stdout.includes(options.interruptWhen)) {
        interrupted = true;
        setTimeout(() => child.kill('SIGINT'), 300);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ stdout, stderr, status, signal }));
    child.stdin.end(options.stdin ?? '');
  });
}

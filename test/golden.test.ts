// Golden tests: every test/golden/**/NAME.py (TF scripts) and test/python/**/NAME.py (the pure-Python
// differential suite, recorded from CPython 3.11) is run with `node bin/tfts.js run NAME.py` (cwd = the
// script's directory) and must behave exactly as `python3 NAME.py` did with TensorFlow 2.21:
//   NAME.out     stdout, byte for byte
//   NAME.exit    exit status (absent: 0)
//   NAME.err     last non-empty stderr line (an empty file: stderr has no non-empty line)
//   NAME.stderr  whole stderr, for failures whose traceback is deterministic (pure Python, syntax);
//                {GOLDEN_DIR} stands for the script's absolute directory (CPython prints __main__'s
//                path absolute in tracebacks)
//   NAME.noavx512.out  stdout where the CPU lacks AVX-512 (AVX512_SKX): numpy picks its exp/log
//                loops by CPU, and so does tfts; used instead of NAME.out on such CPUs, when present
// The expectations are recorded from the real thing by scripts/record-goldens.sh.
// Needs the build (`npm run build`). GOLDEN_TIMEOUT_MS overrides the per-script limit (20 s).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const goldenRoots = [join(repoRoot, 'test', 'golden'), join(repoRoot, 'test', 'python')];
// TFTS_BIN: another entry script to test (e.g. a shim that runs the oracle, to check the harness).
const tftsBin = process.env.TFTS_BIN ?? join(repoRoot, 'bin', 'tfts.js');
const timeoutMs = Number(process.env.GOLDEN_TIMEOUT_MS ?? 20_000);

function findScripts(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findScripts(path));
    // One leading _ (not a dunder such as __init__) marks a helper module the scripts import.
    else if (entry.isFile() && entry.name.endsWith('.py') && !/^_[^_]/.test(entry.name)) found.push(path);
  }
  return found.sort();
}

interface RunResult {
  stdout: Buffer;
  stderr: string;
  status: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

function runTfts(script: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tftsBin, 'run', script.slice(dirname(script).length + 1)], {
      cwd: dirname(script),
      // TF_ENABLE_ONEDNN_OPTS=1: the expected outputs are recorded with TF's oneDNN kernels on
      // (scripts/record-goldens.sh), whatever CPU runs the tests (src/runtime/onednn.ts).
      env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', TF_ENABLE_ONEDNN_OPTS: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8'),
        status,
        signal,
        timedOut,
      });
    });
  });
}

/** Lines of `text`, each newline kept visible so a missing final newline shows up in diffs. */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  const last = lines.pop()!;
  const shown = lines.map((l) => l + '\n');
  if (last !== '') shown.push(last);
  return shown;
}

function show(line: string): string {
  const body = line.endsWith('\n') ? line.slice(0, -1) : line;
  const visible = /[\t\r]|\s$/.test(body) ? JSON.stringify(body) : body;
  return line.endsWith('\n') ? visible : `${visible}  (no newline at end)`;
}

/** A unified-style line diff (- expected, + actual) with 2 lines of context around changes. */
function lineDiff(expected: string, actual: string): string {
  const a = splitLines(expected);
  const b = splitLines(actual);
  if (a.length * b.length > 4_000_000) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return `first difference at line ${i + 1}:\n- ${show(a[i] ?? '<end>')}\n+ ${show(b[i] ?? '<end>')}`;
  }
  // LCS table, then walk it to produce the edit script.
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: { tag: ' ' | '-' | '+'; text: string; line: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ tag: ' ', text: a[i++], line: j++ });
    else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ tag: '-', text: a[i], line: i++ });
    else ops.push({ tag: '+', text: b[j], line: j++ });
  }
  const keep = ops.map(() => false);
  ops.forEach((op, k) => {
    if (op.tag !== ' ') for (let c = Math.max(0, k - 2); c <= Math.min(ops.length - 1, k + 2); c++) keep[c] = true;
  });
  const out: string[] = [];
  let skipped = false;
  ops.forEach((op, k) => {
    if (!keep[k]) {
      if (!skipped) out.push('  ...');
      skipped = true;
      return;
    }
    skipped = false;
    out.push(`${op.tag} ${show(op.text)}`);
  });
  return out.join('\n');
}

function lastNonEmptyLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1].replace(/\r$/, '') : '';
}

function readOptional(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function tail(text: string, n: number): string {
  return text.split('\n').slice(-n).join('\n');
}

const scripts = goldenRoots.filter((root) => existsSync(root)).flatMap(findScripts);

// numpy's AVX512_SKX feature group (its float64 exp/log use SVML only there).
const cpuFlags = existsSync('/proc/cpuinfo') ? new Set(/^flags\s*:(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1].trim().split(/\s+/)) : new Set<string>();
const hasAvx512Skx = ['avx512f', 'avx512cd', 'avx512bw', 'avx512dq', 'avx512vl'].every((f) => cpuFlags.has(f));

describe.concurrent('golden', () => {
  if (scripts.length === 0) it('has golden scripts', () => { throw new Error(`no scripts under ${goldenRoots.join(', ')}`); });

  for (const script of scripts) {
    const rel = relative(join(repoRoot, 'test'), script);
    const base = script.slice(0, -'.py'.length);
    it(rel, async () => {
      if (!existsSync(tftsBin)) throw new Error(`${tftsBin} not found: run \`npm run build\` first`);
      const expectedOut = (hasAvx512Skx ? undefined : readOptional(`${base}.noavx512.out`)) ?? readOptional(`${base}.out`);
      if (expectedOut === undefined) throw new Error(`${rel}: no ${rel.replace(/\.py$/, '.out')}; run scripts/record-goldens.sh`);
      const expectedExit = Number((readOptional(`${base}.exit`) ?? '0').trim());
      const expectedErr = readOptional(`${base}.err`)?.replace(/\r?\n$/, '');
      const expectedStderr = readOptional(`${base}.stderr`)?.replaceAll('{GOLDEN_DIR}', realpathSync(dirname(script)));

      const r = await runTfts(script);
      const actualOut = r.stdout.toString('utf8');
      const problems: string[] = [];
      if (r.timedOut) problems.push(`timed out after ${timeoutMs} ms (killed)`);
      else if (r.signal) problems.push(`killed by signal ${r.signal}`);
      else if (r.status !== expectedExit) problems.push(`exit status: expected ${expectedExit}, got ${r.status}`);
      if (!r.stdout.equals(Buffer.from(expectedOut, 'utf8')))
        problems.push(`stdout differs (- expected, + actual):\n${lineDiff(expectedOut, actualOut)}`);
      if (expectedStderr !== undefined && r.stderr !== expectedStderr)
        problems.push(`stderr differs (- expected, + actual):\n${lineDiff(expectedStderr, r.stderr)}`);
      else if (expectedErr !== undefined && lastNonEmptyLine(r.stderr) !== expectedErr)
        problems.push(`last stderr line:\n- ${expectedErr}\n+ ${lastNonEmptyLine(r.stderr)}`);
      if (problems.length) {
        const stderrTail = r.stderr.trim() ? `\n--- stderr (last 20 lines) ---\n${tail(r.stderr.trimEnd(), 20)}` : '';
        throw new Error(`${rel}\n${problems.join('\n\n')}${stderrTail}`);
      }
    }, timeoutMs + 5_000);
  }
});

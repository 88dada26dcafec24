// Shared by the op benchmarks: run one Python benchmark program under tfts and under the oracle
// python (TensorFlow and numpy), collect its `key seconds` lines, and print a table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const oracle = process.env.ORACLE ?? '/work/oracle/bin/python';
const tftsBin = join(root, 'bin', 'tfts.js');
const env = { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' };

/** Runs `source` (argv[1] = backend) with the given runner; returns {key: seconds} or an error text. */
export function runBench(source, runner, backend) {
  const file = join(mkdtempSync(join(tmpdir(), 'tfts-bench-')), 'bench.py');
  writeFileSync(file, source);
  const [cmd, args, missing] =
    runner === 'tfts'
      ? [process.execPath, [tftsBin, 'run', file, backend], existsSync(tftsBin) ? null : 'bin/tfts.js missing (npm run build)']
      : [oracle, [file, backend], existsSync(oracle) ? null : `oracle missing (${oracle}; set ORACLE)`];
  if (missing) return missing;
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) return `failed: ${(r.stderr || String(r.error)).trim().split('\n').pop()}`;
  const out = {};
  for (const line of r.stdout.trim().split('\n')) {
    const [k, v] = line.split(' ');
    out[k] = Number(v);
  }
  return out;
}

/**
 * Runs every [runner, backend] pair `rounds` times, taking turns (tfts, then each peer, then
 * again), and keeps each key's fastest time. On a shared VM the machine's speed drifts by 10-20%
 * over tens of seconds; backends measured one after the other in a single pass each would compare
 * different machines. Returns one result per pair, as runBench does.
 */
export function runRounds(pairs, source, rounds = Number(process.env.BENCH_ROUNDS ?? 3)) {
  const results = pairs.map(() => ({}));
  for (let round = 0; round < rounds; ++round) {
    pairs.forEach(([runner, backend], i) => {
      if (typeof results[i] === 'string') return;
      const r = runBench(source, runner, backend);
      if (typeof r === 'string') {
        results[i] = r;
        return;
      }
      for (const [k, v] of Object.entries(r)) results[i][k] = Math.min(results[i][k] ?? Infinity, v);
    });
  }
  return results;
}

/** Prints rows of cells as an aligned text table. */
export function printTable(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  for (const r of all) console.log(r.map((c, i) => String(c).padStart(widths[i])).join('  '));
}

export const ms = (s) => (typeof s === 'number' ? (s * 1e3).toFixed(2) : 'n/a');

#!/usr/bin/env node
// Pure-Python benchmark: each ../shared/bench/python/*.py (or the files given) under tfts and under
// CPython (`python3`) in the same run, N runs each (default 3), reporting the minimum wall time of
// each and the ratio tfts/CPython (below 1.0 means tfts is faster). The two outputs must agree: a
// mismatch or a failure is reported in the row instead of a time.
//
//   node scripts/bench/python.mjs                 # every benchmark, 3 runs each
//   BENCH_RUNS=5 node scripts/bench/python.mjs ../shared/bench/python/fib.py
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const benchDir = process.env.BENCH_DIR ?? resolve(root, '..', 'shared', 'bench', 'python');
const scripts = process.argv.length > 2
  ? process.argv.slice(2).map((f) => resolve(f))
  : readdirSync(benchDir).filter((f) => f.endsWith('.py')).sort().map((f) => join(benchDir, f));
const tftsBin = process.env.TFTS_BIN ?? join(root, 'bin', 'tfts.js');

function once(cmd, args, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) return { error: String(r.error.message) };
  if (r.status !== 0) {
    const last = r.stderr.toString().trim().split('\n').pop() ?? '';
    return { error: `exit ${r.status ?? r.signal}: ${last.slice(0, 70)}` };
  }
  return { ms, out: r.stdout.toString() };
}

/** Minimum time over `runs` runs, and the output of the first. */
function best(cmd, args, cwd) {
  let min = Infinity;
  let out = null;
  for (let i = 0; i < runs; i++) {
    const r = once(cmd, args, cwd);
    if (r.error) return r;
    min = Math.min(min, r.ms);
    out ??= r.out;
  }
  return { ms: min, out };
}

if (!existsSync(tftsBin)) {
  console.error('bin/tfts.js missing: npm run build');
  process.exit(2);
}
const rows = [['benchmark', 'CPython s', 'tfts s', 'tfts/CPython']];
for (const script of scripts) {
  const cwd = dirname(script);
  const name = basename(script);
  const py = best('python3', [name], cwd);
  const ts = best(process.execPath, [tftsBin, 'run', name], cwd);
  const cell = (r) => (r.error ? r.error : (r.ms / 1000).toFixed(2));
  let ratio = '';
  if (!py.error && !ts.error) ratio = py.out === ts.out ? (ts.ms / py.ms).toFixed(2) : 'OUTPUT DIFFERS';
  rows.push([name, cell(py), cell(ts), ratio]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
console.log(`(minimum of ${runs} runs each, wall time including start-up; node ${process.version})`);

#!/usr/bin/env node
// Start-up benchmark: wall time of the whole process for `tfts run` on the chapter-1 autograd golden,
// next to real TensorFlow (the oracle python) on the same script and `python3 -c pass` as a floor.
//
//   npm run bench:startup               # 10 runs each
//   BENCH_RUNS=20 ORACLE=/path/to/python npm run bench:startup
//   node scripts/bench/startup.mjs [runs] [script.py]
//
// Each row reports the minimum and median of N runs (after one untimed warm-up run, so the file
// cache is hot for everyone). A command that is missing or fails is reported in its row, not thrown.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runs = Number(process.argv[2] ?? process.env.BENCH_RUNS ?? 10);
const script = resolve(process.argv[3] ?? join(root, 'test', 'golden', 'chapter1', 'autograd.py'));
const oracle = process.env.ORACLE ?? '/work/oracle/bin/python';
const tftsBin = join(root, 'bin', 'tfts.js');
const env = { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' };

// `python3` is often a launcher shim (pyenv): time the interpreter it resolves to.
const py = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
const python3 = py.status === 0 && py.stdout.trim() ? py.stdout.trim() : 'python3';

const cases = [
  { what: `tfts run ${basename(script)}`, cmd: process.execPath, args: [tftsBin, 'run', basename(script)], cwd: dirname(script),
    missing: existsSync(tftsBin) ? null : 'bin/tfts.js missing (npm run build)' },
  { what: `oracle TF python ${basename(script)}`, cmd: oracle, args: [basename(script)], cwd: dirname(script),
    missing: existsSync(oracle) ? null : `oracle missing (${oracle}; set ORACLE)` },
  { what: 'python3 -c pass', cmd: python3, args: ['-c', 'pass'], cwd: root, missing: null },
  { what: 'node -e ""', cmd: process.execPath, args: ['-e', ''], cwd: root, missing: null },
];

function once(c) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(c.cmd, c.args, { cwd: c.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) return { error: r.error.code === 'ENOENT' ? `not found: ${c.cmd}` : String(r.error.message) };
  if (r.status !== 0) {
    const last = r.stderr.toString().trim().split('\n').pop() ?? '';
    return { error: `exit ${r.status ?? r.signal}: ${last.slice(0, 80)}` };
  }
  return { ms };
}

const fmt = (x) => x.toFixed(1);
const rows = [];
for (const c of cases) {
  if (c.missing) { rows.push([c.what, c.missing, '']); continue; }
  const warm = once(c);
  if (warm.error) { rows.push([c.what, warm.error, '']); continue; }
  const times = [];
  let error = null;
  for (let i = 0; i < runs && !error; i++) {
    const r = once(c);
    if (r.error) error = r.error; else times.push(r.ms);
  }
  if (error) { rows.push([c.what, error, '']); continue; }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  rows.push([c.what, fmt(times[0]), fmt(median)]);
}

console.log(`startup: ${runs} runs each, whole-process wall time, script ${script.slice(root.length + 1)}`);
console.log('| what | min ms | median ms |');
console.log('|---|---:|---:|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);

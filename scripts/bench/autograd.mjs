#!/usr/bin/env node
// Autograd benchmark: one GradientTape step of the seed demo (y = a*w**2 + b*w + c, 4 gradients)
// and one 784-256-10 MLP training step (batch 128, SGD and Adam), under tfts and under TF eager
// (the oracle python) in the same run. The program is scripts/bench/autograd_bench.py, run
// unchanged by both. "tfts/TF" below 1.0 means tfts is faster.
//   node scripts/bench/autograd.mjs        (needs the build; ORACLE=/path/to/python for the peer)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const program = join(here, 'autograd_bench.py');
const oracle = process.env.ORACLE ?? '/work/oracle/bin/python';
const tftsBin = process.env.TFTS_BIN ?? join(root, 'bin', 'tfts.js');
const env = { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' };

/** Runs the program; returns {key: seconds} or an error text. */
function run(cmd, args) {
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) return `failed: ${(r.stderr || String(r.error)).trim().split('\n').pop()}`;
  const out = {};
  for (const line of r.stdout.trim().split('\n')) {
    const [k, v] = line.split(' ');
    out[k] = Number(v);
  }
  return out;
}

const tfts = existsSync(tftsBin) ? run(process.execPath, [tftsBin, 'run', program]) : 'bin/tfts.js missing (build first)';
const tf = existsSync(oracle) ? run(oracle, [program]) : `oracle missing (${oracle}; set ORACLE)`;

const us = (s) => (typeof s === 'number' ? (s * 1e6).toFixed(1) : 'n/a');
const rows = [['step', 'tfts (us)', 'TF eager (us)', 'tfts/TF']];
for (const key of ['tape_step', 'mlp_sgd', 'mlp_adam']) {
  const a = typeof tfts === 'object' ? tfts[key] : undefined;
  const b = typeof tf === 'object' ? tf[key] : undefined;
  rows.push([key, us(a), us(b), a && b ? (a / b).toFixed(2) : 'n/a']);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
if (typeof tfts === 'string') console.log(`tfts: ${tfts}`);
if (typeof tf === 'string') console.log(`TF: ${tf}`);

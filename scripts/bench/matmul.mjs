#!/usr/bin/env node
// float32 matmul (n x n) @ (n x n) for n = 256..2048: tfts next to TensorFlow and numpy from the
// same run. Each figure is the best of several repetitions (after one warm-up), in ms and GFLOP/s;
// "vs best" is tfts's speed relative to the faster of TF and numpy (>= 1.0 means as fast or faster).
// The three take turns for BENCH_ROUNDS rounds (default 3; runRounds says why), best of all kept.
// Every backend first warms up for ~0.3 s per size: tfts's outputs come from a heap that grows until
// the first GCs free tensors (its first ~64 MB of outputs fault in fresh pages), a one-time cost
// per process that a best-of-few loop would otherwise report as the steady-state speed.
//   node scripts/bench/matmul.mjs          (needs `npm run build`; ORACLE=/path/to/python for the peers)
import { ms, printTable, runRounds } from './bench-common.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '256,512,1024,2048').split(',').map(Number);

const source = `
import sys, time
backend = sys.argv[1]
sizes = [${SIZES.join(', ')}]
if backend == 'numpy':
    import numpy as np
    rng = np.random.default_rng(0)
    def make(n):
        return rng.random((n, n), dtype=np.float32)
    def mm(a, b):
        return a @ b
else:
    import tensorflow as tf
    def make(n):
        return tf.random.uniform([n, n])
    def mm(a, b):
        return tf.matmul(a, b)
for n in sizes:
    a = make(n)
    b = make(n)
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 0.3:
        mm(a, b)
    reps = max(10, int(4e9 / (2 * n ** 3)))  # at least 10: on a shared VM a best of 3 is mostly noise
    best = 1e9
    for _ in range(reps):
        t = time.perf_counter()
        mm(a, b)
        best = min(best, time.perf_counter() - t)
    print('mm' + str(n), best)
`;

const [tfts, tf, np] = runRounds([['tfts', 'tf'], ['oracle', 'tf'], ['oracle', 'numpy']], source);
const gflops = (n, s) => (typeof s === 'number' ? ((2 * n ** 3) / s / 1e9).toFixed(1) : 'n/a');
const rows = SIZES.map((n) => {
  const k = `mm${n}`;
  const [a, b, c] = [tfts, tf, np].map((r) => (typeof r === 'object' ? r[k] : r));
  const best = Math.min(...[b, c].filter((x) => typeof x === 'number'));
  return [n, ms(a), gflops(n, a), ms(b), gflops(n, b), ms(c), gflops(n, c), typeof a === 'number' && Number.isFinite(best) ? (best / a).toFixed(2) : 'n/a'];
});
printTable(['n', 'tfts ms', 'GFLOP/s', 'TF ms', 'GFLOP/s', 'numpy ms', 'GFLOP/s', 'vs best'], rows);
for (const [name, r] of [['tfts', tfts], ['TF', tf], ['numpy', np]]) if (typeof r === 'string') console.log(`${name}: ${r}`);

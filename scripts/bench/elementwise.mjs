#!/usr/bin/env node
// Memory-bound ops on float32 vectors of 1e6 and 1e7 elements: add (2 reads + 1 write) and
// reduce_sum (1 read), for tfts, TensorFlow and numpy from the same run, as ms and GB/s, next to
// numpy's copy bandwidth (np.copyto, 1 read + 1 write) as the machine's practical memory figure.
//   node scripts/bench/elementwise.mjs     (needs `npm run build`; ORACLE=/path/to/python for the peers)
import { ms, printTable, runBench } from './bench-common.mjs';

const SIZES = [1_000_000, 10_000_000];

const source = `
import sys, time
backend = sys.argv[1]
sizes = [${SIZES.join(', ')}]
if backend == 'numpy':
    import numpy as np
    def make(n):
        return np.random.default_rng(0).random(n, dtype=np.float32)
    add = np.add
    total = np.sum
else:
    import tensorflow as tf
    def make(n):
        return tf.random.uniform([n])
    add = tf.add
    total = tf.reduce_sum
def best_of(f, reps):
    f()
    best = 1e9
    for _ in range(reps):
        t = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t)
    return best
for n in sizes:
    a = make(n)
    b = make(n)
    reps = 30 if n <= 1000000 else 10
    print('add' + str(n), best_of(lambda: add(a, b), reps))
    print('sum' + str(n), best_of(lambda: total(a), reps))
    if backend == 'numpy':
        dst = np.empty_like(a)
        print('copy' + str(n), best_of(lambda: np.copyto(dst, a), reps))
`;

const tfts = runBench(source, 'tfts', 'tf');
const tf = runBench(source, 'oracle', 'tf');
const np = runBench(source, 'oracle', 'numpy');
const gbs = (bytes, s) => (typeof s === 'number' ? (bytes / s / 1e9).toFixed(1) : 'n/a');
const rows = [];
for (const n of SIZES) {
  const copy = typeof np === 'object' ? np[`copy${n}`] : undefined;
  for (const [op, bytes] of [['add', 12 * n], ['sum', 4 * n]]) {
    const [a, b, c] = [tfts, tf, np].map((r) => (typeof r === 'object' ? r[`${op}${n}`] : r));
    const copyGbs = typeof copy === 'number' ? (8 * n) / copy / 1e9 : NaN;
    const pct = typeof a === 'number' && Number.isFinite(copyGbs) ? `${Math.round((100 * bytes) / a / 1e9 / copyGbs)}%` : 'n/a';
    rows.push([`${op} ${n.toExponential(0)}`, ms(a), gbs(bytes, a), ms(b), gbs(bytes, b), ms(c), gbs(bytes, c), gbs(8 * n, copy), pct]);
  }
}
printTable(['op n', 'tfts ms', 'GB/s', 'TF ms', 'GB/s', 'numpy ms', 'GB/s', 'copy GB/s', 'tfts/copy'], rows);
for (const [name, r] of [['tfts', tfts], ['TF', tf], ['numpy', np]]) if (typeof r === 'string') console.log(`${name}: ${r}`);

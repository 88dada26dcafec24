#!/usr/bin/env node
// Tiny-op overhead from a script: loops of small ops on shape [] and [10] float32 tensors, timed in
// tfts, TensorFlow eager and numpy from the same run. Each figure is microseconds per op (a loop's
// best time over REPEATS runs / iterations / ops per statement), so it measures the dispatch path
// (argument conversion, shape inference, tensor creation), not arithmetic.
//   node scripts/bench/tinyop.mjs     (needs `npm run build`; ORACLE=/path/to/python for the peers)
//   ITERS=2000 node scripts/bench/tinyop.mjs   for a quicker run
import { printTable, runBench } from './bench-common.mjs';

const ITERS = Number(process.env.ITERS ?? 10000);

// [key, label, ops per statement]; the statements are in the Python source below.
const CASES = [
  ['scalar_muladd', 'x = x * 1.001 + 0.5   (shape [])', 2],
  ['vec_muladd', 'x = x * 1.001 + 0.5   (shape [10])', 2],
  ['add', 'a + b                 (shape [10])', 1],
  ['reduce_sum', 'reduce_sum(v)         (shape [10])', 1],
  ['index', 'v[3]                  (shape [10])', 1],
  ['to_float', 'float(s)              (shape [])', 1],
  ['constant', 'constant(2.0)', 1],
];

const source = `
import sys, time
backend = sys.argv[1]
N = ${ITERS}
REPEATS = 3
if backend == 'numpy':
    import numpy as np
    scalar = np.float32(1.0)
    vec = np.arange(10, dtype=np.float32)
    total = np.sum
    const = np.float32
else:
    import tensorflow as tf
    scalar = tf.constant(1.0)
    vec = tf.range(10, dtype=tf.float32)
    total = tf.reduce_sum
    const = tf.constant
a = vec
b = vec * 2.0
s = scalar

def scalar_muladd():
    x = scalar
    for _ in range(N):
        x = x * 1.001 + 0.5
    return x
def vec_muladd():
    x = vec
    for _ in range(N):
        x = x * 1.001 + 0.5
    return x
def add():
    for _ in range(N):
        y = a + b
def reduce_sum():
    for _ in range(N):
        y = total(vec)
def index():
    for _ in range(N):
        y = vec[3]
def to_float():
    for _ in range(N):
        y = float(s)
def constant():
    for _ in range(N):
        y = const(2.0)
def empty():
    for _ in range(N):
        pass

def best(f):
    f()
    t_best = 1e9
    for _ in range(REPEATS):
        t = time.perf_counter()
        f()
        t_best = min(t_best, time.perf_counter() - t)
    return t_best

loop = best(empty)
for name, f in [('scalar_muladd', scalar_muladd), ('vec_muladd', vec_muladd), ('add', add),
                ('reduce_sum', reduce_sum), ('index', index), ('to_float', to_float), ('constant', constant)]:
    print(name, max(0.0, best(f) - loop) / N)
print('loop', loop / N)
`;

const tfts = runBench(source, 'tfts', 'tf');
const tf = runBench(source, 'oracle', 'tf');
const np = runBench(source, 'oracle', 'numpy');
const us = (s, ops) => (typeof s === 'number' ? ((s * 1e6) / ops).toFixed(2) : 'n/a');
const rows = CASES.map(([key, label, ops]) => {
  const [a, b, c] = [tfts, tf, np].map((r) => (typeof r === 'object' ? r[key] : r));
  const ratio = typeof a === 'number' && typeof b === 'number' && a > 0 ? (b / a).toFixed(2) : 'n/a';
  return [label, us(a, ops), us(b, ops), us(c, ops), ratio];
});
rows.push(['(empty loop, per iteration)', ...[tfts, tf, np].map((r) => us(typeof r === 'object' ? r.loop : r, 1)), '']);
printTable(['statement', 'tfts us/op', 'TF us/op', 'numpy us/op', 'TF/tfts'], rows);
console.log(`${ITERS} iterations, best of 3; the empty loop's time is subtracted from each statement.`);
for (const [name, r] of [['tfts', tfts], ['TF', tf], ['numpy', np]]) if (typeof r === 'string') console.log(`${name}: ${r}`);

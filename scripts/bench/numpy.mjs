#!/usr/bin/env node
// numpy under tfts vs the real numpy, from the same run: the same Python program (timing with
// time.perf_counter inside, best of a few repetitions) runs as `node bin/tfts.js run` and under the
// oracle python; the table shows ms for each and the ratio tfts/numpy (below 1.0: tfts is faster).
//   node scripts/bench/numpy.mjs     (needs `npm run build`; ORACLE=/path/to/python for numpy)
import { ms, printTable, runBench } from './bench-common.mjs';

const source = `
import sys, time
import numpy as np
def best_of(f, reps):
    f()
    best = 1e9
    for _ in range(reps):
        t = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t)
    return best
np.random.seed(0)
a6 = np.random.random(1000000).astype(np.float32)
b6 = np.random.random(1000000).astype(np.float32)
print('add_1e6_f32', best_of(lambda: a6 + b6, 20))
a7 = np.ones(10000000, dtype=np.float32) * 0.5
b7 = np.ones(10000000, dtype=np.float32) * 0.25
print('add_1e7_f32', best_of(lambda: a7 + b7, 10))
img = np.ones((60000, 784), dtype=np.float32) * 3.0
print('div255_60000x784_f32', best_of(lambda: img / 255.0, 6))
u8 = (np.arange(60000 * 784) % 256).astype(np.uint8).reshape(60000, 784)
print('astype_f32_u8_60000x784', best_of(lambda: u8.astype(np.float32), 6))
print('sum_60000x784_f32', best_of(lambda: img.sum(), 3))
print('greater_1e6_f32', best_of(lambda: a6 > b6, 20))
print('maximum_1e6_f32', best_of(lambda: np.maximum(a6, 0.5), 20))
print('where_1e6_f32', best_of(lambda: np.where(a6 > 0.5, a6, b6), 20))
print('exp_60000x784_f32', best_of(lambda: np.exp(img), 3))
print('exp_1e6_f32', best_of(lambda: np.exp(a6), 20))
print('sum_1e7_f32', best_of(lambda: np.sum(a7), 5))
print('mean_axis0_60000x784_f32', best_of(lambda: img.mean(axis=0), 3))
mrow = img.mean(axis=0)
print('sub_row_60000x784_f32', best_of(lambda: img - mrow, 3))
print('astype_f64_1e6', best_of(lambda: a6.astype(np.float64), 20))
m1 = np.random.random((512, 512)).astype(np.float32)
m2 = np.random.random((512, 512)).astype(np.float32)
print('matmul_512_f32', best_of(lambda: m1 @ m2, 5))
`;

const keys = ['add_1e6_f32', 'add_1e7_f32', 'div255_60000x784_f32', 'astype_f32_u8_60000x784',
  'sum_60000x784_f32', 'greater_1e6_f32', 'maximum_1e6_f32', 'where_1e6_f32', 'exp_1e6_f32',
  'exp_60000x784_f32', 'sum_1e7_f32', 'mean_axis0_60000x784_f32', 'sub_row_60000x784_f32', 'astype_f64_1e6', 'matmul_512_f32'];
const tfts = runBench(source, 'tfts', 'numpy');
const numpy = runBench(source, 'oracle', 'numpy');
const cell = (r, k) => (typeof r === 'string' ? r : ms(r[k]));
const ratio = (k) =>
  typeof tfts === 'object' && typeof numpy === 'object' && tfts[k] && numpy[k] ? (tfts[k] / numpy[k]).toFixed(1) : 'n/a';
printTable(['op', 'tfts ms', 'numpy ms', 'tfts/numpy'], keys.map((k) => [k, cell(tfts, k), cell(numpy, k), ratio(k)]));

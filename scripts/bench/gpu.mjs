#!/usr/bin/env node
// GPU benchmarks, tfts next to PyTorch on the same GPU in the same run (issue 6):
//   matmul f32 4096 with TF32 off and on, add at 1e8 elements, a tiny-op loop from a script, and
//   the seed's demo (matmul [1,n] x [n,1], n = 1 ... 1e7, on CPU and GPU, timeit(number=10)).
// Run on the GPU machine (scripts/gpu-check.sh does, after unpacking node and the build):
//   node scripts/bench/gpu.mjs [--json out.json]      (TORCH_PYTHON=python3 picks the peer)
// Figures are seconds per op (best of 3 rounds, synchronised by reading one value back; the demo
// keeps the seed's unsynchronised timeit protocol). "speed vs torch" > 1 means tfts is faster.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printTable, root } from './bench-common.mjs';

const tftsSource = `
import time, timeit
import tensorflow as tf

def sync(t):
    # Reading a value waits for the GPU (one element: a tiny download).
    float(tf.reshape(t, [-1])[0])

def best_per_op(fn, reps, rounds=3):
    sync(fn())
    best = 1e9
    for _ in range(rounds):
        t = time.perf_counter()
        for _ in range(reps):
            r = fn()
        sync(r)
        best = min(best, (time.perf_counter() - t) / reps)
    return best

with tf.device('/GPU:0'):
    for tf32 in (False, True):
        tf.config.experimental.enable_tensor_float_32_execution(tf32)
        a = tf.random.normal([4096, 4096])
        b = tf.random.normal([4096, 4096])
        print('matmul4096_tf32_' + ('on' if tf32 else 'off'), best_per_op(lambda: tf.matmul(a, b), 20))
    tf.config.experimental.enable_tensor_float_32_execution(False)
    x = tf.random.normal([10 ** 8])
    y = tf.random.normal([10 ** 8])
    print('add_1e8', best_per_op(lambda: x + y, 10))
    del x, y

    s = tf.ones([1])
    steps = 20000
    s = s * 1.0001 + 0.0001
    sync(s)
    t = time.perf_counter()
    for _ in range(steps):
        s = s * 1.0001 + 0.0001
    sync(s)
    print('tiny_op', (time.perf_counter() - t) / (2 * steps))

for e in range(8):
    n = 10 ** e
    with tf.device('/cpu:0'):
        cpu_a = tf.random.normal([1, n])
        cpu_b = tf.random.normal([n, 1])
    with tf.device('/gpu:0'):
        gpu_a = tf.random.normal([1, n])
        gpu_b = tf.random.normal([n, 1])
    def cpu_run():
        with tf.device('cpu:0'):
            return tf.matmul(cpu_a, cpu_b)
    def gpu_run():
        with tf.device('gpu:0'):
            return tf.matmul(gpu_a, gpu_b)
    timeit.timeit(cpu_run, number=10)
    timeit.timeit(gpu_run, number=10)
    print(f'demo_cpu_{n}', timeit.timeit(cpu_run, number=10) / 10)
    print(f'demo_gpu_{n}', timeit.timeit(gpu_run, number=10) / 10)
`;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 300_000, env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' } });
  if (r.status !== 0) return `failed: ${(r.stderr || String(r.error)).trim().split('\n').slice(-3).join(' | ')}`;
  const out = {};
  for (const line of r.stdout.trim().split('\n')) {
    const [k, v] = line.trim().split(' ');
    if (k && v !== undefined) out[k] = Number(v);
  }
  return out;
}

// BENCH_SMOKE=1: tiny sizes, to check the script itself on a machine without a GPU.
const source = process.env.BENCH_SMOKE ? tftsSource.replaceAll('4096', '64').replaceAll('10 ** 8', '1000').replace('steps = 20000', 'steps = 50').replace('range(8)', 'range(3)') : tftsSource;
const file = join(mkdtempSync(join(tmpdir(), 'tfts-gpu-bench-')), 'gpu_bench_tfts.py');
writeFileSync(file, source);
const tfts = run(process.execPath, [join(root, 'bin', 'tfts.js'), 'run', file]);
const torch = run(process.env.TORCH_PYTHON ?? 'python3', [join(root, 'scripts', 'bench', 'gpu_bench.py')]);

const fmt = (s) => (typeof s === 'number' && Number.isFinite(s) ? (s >= 1e-3 ? `${(s * 1e3).toFixed(3)} ms` : `${(s * 1e6).toFixed(2)} us`) : 'n/a');
const get = (r, k) => (typeof r === 'object' ? r[k] : undefined);
const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' ? (b / a).toFixed(2) : 'n/a');
const keys = ['matmul4096_tf32_off', 'matmul4096_tf32_on', 'add_1e8', 'tiny_op'];
const rows = keys.map((k) => [k, fmt(get(tfts, k)), fmt(get(torch, k)), ratio(get(tfts, k), get(torch, k))]);
const flops = (s) => (typeof s === 'number' ? `${((2 * 4096 ** 3) / s / 1e12).toFixed(1)} TFLOP/s` : 'n/a');
const bw = (s) => (typeof s === 'number' ? `${((3 * 4e8) / s / 1e9).toFixed(0)} GB/s` : 'n/a');
rows[0].push(flops(get(tfts, keys[0])), flops(get(torch, keys[0])));
rows[1].push(flops(get(tfts, keys[1])), flops(get(torch, keys[1])));
rows[2].push(bw(get(tfts, keys[2])), bw(get(torch, keys[2])));
rows[3].push('', '');
console.log('GPU benchmarks: seconds per op (speed vs torch = torch time / tfts time)');
printTable(['benchmark', 'tfts', 'torch', 'speed vs torch', 'tfts rate', 'torch rate'], rows);
console.log('\nseed demo: matmul [1,n] x [n,1], timeit(number=10)/10 per call');
const demo = [];
for (let e = 0; e < 8; e++) {
  const n = 10 ** e;
  const [tc, tg, pc, pg] = [get(tfts, `demo_cpu_${n}`), get(tfts, `demo_gpu_${n}`), get(torch, `demo_cpu_${n}`), get(torch, `demo_gpu_${n}`)];
  demo.push([`1e${e}`, fmt(tc), fmt(tg), typeof tc === 'number' && typeof tg === 'number' ? (tg < tc ? 'GPU' : 'CPU') : 'n/a', fmt(pc), fmt(pg)]);
}
printTable(['n', 'tfts CPU', 'tfts GPU', 'faster', 'torch CPU', 'torch GPU'], demo);
for (const [name, r] of [['tfts', tfts], ['torch', torch]]) if (typeof r === 'string') console.log(`${name}: ${r}`);
const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ tfts, torch }, null, 1));

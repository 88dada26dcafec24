#!/usr/bin/env node
// conv2d (NHWC, 3x3, SAME/VALID) forward and both gradients, on the shapes of the MNIST and CIFAR
// CNNs that tutorials train: tfts next to TensorFlow (its CPU default: oneDNN on CPUs with
// AVX512_VNNI/BF16, AVX_VNNI or AMX, else Eigen, as tfts follows) and PyTorch (NCHW, its CPU
// default) from the same run. Best of several repetitions after a warm-up, in ms; "vs best" >= 1.0 means
// tfts is as fast as the faster peer.
//   node scripts/bench/conv.mjs      (needs `npm run build`; ORACLE=/path/to/python for the peers)
import { ms, printTable, runBench } from './bench-common.mjs';

// name: [N, H, W, C, OC, padding]
const CASES = {
  mnist1: [64, 28, 28, 1, 32, 'VALID'],
  mnist2: [64, 13, 13, 32, 64, 'VALID'],
  cifar2: [32, 32, 32, 32, 64, 'SAME'],
};

const source = `
import sys, time
backend = sys.argv[1]
cases = ${JSON.stringify(CASES)}
def best_of(f, reps):
    f()
    best = 1e9
    for _ in range(reps):
        t = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t)
    return best
for name, (n, h, w, c, oc, pad) in cases.items():
    if backend == 'torch':
        import torch
        torch.manual_seed(0)
        x = torch.rand(n, c, h, w, requires_grad=True)
        k = torch.rand(oc, c, 3, 3, requires_grad=True)
        p = 1 if pad == 'SAME' else 0
        fwd = lambda: torch.nn.functional.conv2d(x, k, padding=p)
        y = fwd()
        dy = torch.ones_like(y)
        bwd = lambda: torch.autograd.grad(torch.nn.functional.conv2d(x, k, padding=p), [x, k], dy)
        with torch.no_grad():
            print(name + '_fwd', best_of(fwd, 10))
        print(name + '_fwdbwd', best_of(bwd, 10))
    else:
        import tensorflow as tf
        x = tf.random.uniform([n, h, w, c])
        k = tf.random.uniform([3, 3, c, oc])
        fwd = lambda: tf.nn.conv2d(x, k, 1, pad)
        def bwd():
            with tf.GradientTape() as tape:
                tape.watch(x)
                tape.watch(k)
                y = tf.nn.conv2d(x, k, 1, pad)
            return tape.gradient(y, [x, k])
        print(name + '_fwd', best_of(fwd, 10))
        print(name + '_fwdbwd', best_of(bwd, 10))
`;

const tfts = runBench(source, 'tfts', 'tf');
const tf = runBench(source, 'oracle', 'tf');
const torch = runBench(source, 'oracle', 'torch');
const rows = [];
for (const name of Object.keys(CASES)) {
  for (const part of ['fwd', 'fwdbwd']) {
    const k = `${name}_${part}`;
    const [a, b, c] = [tfts, tf, torch].map((r) => (typeof r === 'object' ? r[k] : r));
    const best = Math.min(...[b, c].filter((x) => typeof x === 'number'));
    rows.push([`${name} ${CASES[name].join('x').replace(/x(SAME|VALID)/, ' $1')} ${part}`, ms(a), ms(b), ms(c), typeof a === 'number' && Number.isFinite(best) ? (best / a).toFixed(2) : 'n/a']);
  }
}
printTable(['case (N H W C OC padding)', 'tfts ms', 'TF ms', 'torch ms', 'vs best'], rows);
for (const [name, r] of [['tfts', tfts], ['TF', tf], ['torch', torch]]) if (typeof r === 'string') console.log(`${name}: ${r}`);

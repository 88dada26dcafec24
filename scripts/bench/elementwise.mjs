#!/usr/bin/env node
// Memory-bound ops on float32 vectors of 1e6 and 1e7 elements: add (2 reads + 1 write) and
// reduce_sum (1 read), for tfts, TensorFlow and numpy from the same run, as ms and GB/s (bytes read
// + written), against two copy references (1 read + 1 write each):
// - "mem GB/s", the machine's memory bandwidth: a copy of 2^26 floats (256 MiB, far beyond the
//   caches), the best of np.copyto, memcpy and the addon's threaded copy;
// - "copy GB/s", a copy of the same size as the op (at 1e6 the data sit in the last-level cache,
//   so this is cache bandwidth), best of the same three.
// The copies: numpy's np.copyto, a single-threaded memcpy into a preallocated array
// (TypedArray.set, run here), and the addon's copy (a fresh output filled by memcpy on all pool
// threads) -- so the ratios compare against everything this machine's copies reach.
//   node scripts/bench/elementwise.mjs     (needs `npm run build`; ORACLE=/path/to/python for the peers)
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ms, printTable, root, runBench } from './bench-common.mjs';

const SIZES = [1_000_000, 10_000_000];
const MEMORY_COPY = 1 << 26;  // floats: 256 MiB per array, far beyond any cache

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
    # Warm-up (all backends alike): tfts's first outputs fault in fresh heap pages until GC
    # starts recycling tensor memory, a one-time cost per process.
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 0.3:
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
if backend == 'numpy':
    src = np.ones(${MEMORY_COPY}, np.float32)
    dst = np.empty_like(src)
    print('copy${MEMORY_COPY}', best_of(lambda: np.copyto(dst, src), 5))
`;

/** Best seconds of `reps` runs of f (after one warm-up). */
function bestOf(f, reps) {
  f();
  let best = Infinity;
  for (let i = 0; i < reps; ++i) {
    const t = process.hrtime.bigint();
    f();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
  }
  return best;
}

/** Native copies measured in this process: {memcpy<n>, tftsCopy<n>} in seconds. */
function nativeCopies() {
  const out = {};
  let addon = null;
  try {
    addon = createRequire(import.meta.url)(join(root, 'native', 'build', 'Release', 'tfts_native.node'));
  } catch {
    // no addon built: the memcpy figure still stands
  }
  for (const n of [...SIZES, MEMORY_COPY]) {
    const reps = n <= 1_000_000 ? 100 : n <= 10_000_000 ? 20 : 5;
    const src = new Float32Array(n).fill(1.5), dst = new Float32Array(n);
    out[`memcpy${n}`] = bestOf(() => dst.set(src), reps);
    if (addon) {
      const s = addon.fromBytes(src);
      out[`tftsCopy${n}`] = bestOf(() => addon.copy(s), reps);
    }
  }
  return out;
}

const copies = nativeCopies();
const tfts = runBench(source, 'tfts', 'tf');
const tf = runBench(source, 'oracle', 'tf');
const np = runBench(source, 'oracle', 'numpy');
const gbs = (bytes, s) => (typeof s === 'number' ? (bytes / s / 1e9).toFixed(1) : 'n/a');
const copyNotes = [];
/** Seconds of the fastest copy of n floats, noted in copyNotes. */
function bestCopy(n) {
  const candidates = [['np.copyto', typeof np === 'object' ? np[`copy${n}`] : undefined],
    ['memcpy', copies[`memcpy${n}`]], ['tfts copy', copies[`tftsCopy${n}`]]].filter(([, s]) => typeof s === 'number');
  const [copyName, copy] = candidates.reduce((a, b) => (b[1] < a[1] ? b : a), ['none', Infinity]);
  copyNotes.push(`copy ${n.toExponential(1)}: ${candidates.map(([k, s]) => `${k} ${gbs(8 * n, s)}`).join(', ')} GB/s -> ${copyName}`);
  return copy;
}
const percentOf = (bytes, s, refGbs) => (typeof s === 'number' && Number.isFinite(refGbs) ? `${Math.round((100 * bytes) / s / 1e9 / refGbs)}%` : 'n/a');
const memoryGbs = (8 * MEMORY_COPY) / bestCopy(MEMORY_COPY) / 1e9;
const rows = [];
for (const n of SIZES) {
  const copyGbs = (8 * n) / bestCopy(n) / 1e9;
  for (const [op, bytes] of [['add', 12 * n], ['sum', 4 * n]]) {
    const [a, b, c] = [tfts, tf, np].map((r) => (typeof r === 'object' ? r[`${op}${n}`] : r));
    // Neither copy is a ceiling (a peer can beat it): also show tfts's speed relative to the
    // faster peer on the same op (>= 1.0: as fast or faster).
    const peer = Math.min(...[b, c].filter((x) => typeof x === 'number'));
    const vsPeer = typeof a === 'number' && Number.isFinite(peer) ? (peer / a).toFixed(2) : 'n/a';
    rows.push([`${op} ${n.toExponential(0)}`, ms(a), gbs(bytes, a), ms(b), gbs(bytes, b), ms(c), gbs(bytes, c),
      memoryGbs.toFixed(1), percentOf(bytes, a, memoryGbs), copyGbs.toFixed(1), percentOf(bytes, a, copyGbs), vsPeer]);
  }
}
printTable(['op n', 'tfts ms', 'GB/s', 'TF ms', 'GB/s', 'numpy ms', 'GB/s', 'mem GB/s', 'tfts/mem', 'copy GB/s', 'tfts/copy',
  'vs best peer'], rows);
for (const note of copyNotes) console.log(note);
for (const [name, r] of [['tfts', tfts], ['TF', tf], ['numpy', np]]) if (typeof r === 'string') console.log(`${name}: ${r}`);

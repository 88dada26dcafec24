// Kernels that split large work across the thread pool (threads.cc) must give exactly the serial
// result: elementwise ops element by element, float sums TF's (Eigen's) order, max/min the
// first NaN / first extreme, the GEMM the same per-column arithmetic. Sizes are above the
// parallel thresholds (2 x 65536 elements, 4e6 flops); outputs are uninitialised memory, so a
// missed range would show as garbage.
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { D, N, readF32 } from './helpers.js';

const fr = Math.fround;

/** Deterministic float32 values in [-1, 1). */
function values(n: number, seed: number): Float32Array {
  const x = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; ++i) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    x[i] = s / 2 ** 31 - 1;
  }
  return x;
}

/** TF's (Eigen's) float32 sum of x[first, first + n): 8-lane packets, four packet accumulators,
 *  a scalar tail, and a tree over runs longer than 8 * 1024 split at the packet boundary after
 *  the middle (counted from the absolute index), step by step in float32. */
function eigenLeaf(x: Float32Array, lo: number, n: number): number {
  const a = [new Float32Array(8), new Float32Array(8), new Float32Array(8), new Float32Array(8)];
  let start = 0;
  if (n >= 32) {
    const v4 = Math.floor(n / 32) * 32;
    for (let j = 0; j < v4; j += 32) for (let k = 0; k < 4; ++k) for (let l = 0; l < 8; ++l) a[k][l] = fr(a[k][l] + x[lo + j + 8 * k + l]);
    for (let l = 0; l < 8; ++l) a[0][l] = fr(fr(fr(a[0][l] + a[1][l]) + a[2][l]) + a[3][l]);
    start = v4;
  }
  if (start <= n - 8) {
    const v = Math.floor(n / 8) * 8;
    for (let j = start; j < v; j += 8) for (let l = 0; l < 8; ++l) a[0][l] = fr(a[0][l] + x[lo + j + l]);
    start = v;
  }
  let tail = 0;
  for (let j = start; j < n; ++j) tail = fr(tail + x[lo + j]);
  const p = a[0], h = [0, 1, 2, 3].map((i) => fr(p[i] + p[i + 4]));
  return fr(tail + fr(fr(h[0] + h[2]) + fr(h[1] + h[3])));
}
function eigenTree(x: Float32Array, first: number, n: number): number {
  if (n <= 8 * 1024) return eigenLeaf(x, first, n);
  const left = Math.min(8 * Math.ceil((first + Math.ceil(n / 2)) / 8) - first, n);
  let acc = fr(0 + eigenTree(x, first, left));
  if (left < n) acc = fr(acc + eigenTree(x, first + left, n - left));
  return acc;
}
/** A full float32 reduction: TF shards it over its intra-op pool (one thread per CPU) once
 *  n * 1.9375 cycles pass 100000 per extra thread, adding the tail, then the shards in order. */
function eigenFull(x: Float32Array, n: number): number {
  const cpus = os.availableParallelism();
  const threads = Math.min(cpus, Math.max(1, Math.trunc((n * 1.9375 - 100000) / 100000 + 0.9)));
  if (threads === 1) return eigenTree(x, 0, n);
  const block = Math.floor(n / threads), blocks = Math.floor(n / block);
  let total = blocks * block < n ? eigenTree(x, blocks * block, n - blocks * block) : 0;
  for (let i = 0; i < blocks; ++i) total = fr(total + eigenTree(x, i * block, block));
  return total;
}

describe('parallel elementwise', () => {
  it('add, scalar-broadcast mul and comparisons match element by element', () => {
    const n = 1_000_003;  // not a multiple of the chunk alignment
    const a = values(n, 1), b = values(n, 2);
    const sa = N.fromBytes(a), sb = N.fromBytes(b);
    const sum = new Float32Array(N.toBytes(N.binary('add', D.float32, sa, [n], sb, [n])));
    const scaled = new Float32Array(N.toBytes(N.binary('mul', D.float32, N.fromBytes(new Float32Array([3])), [], sb, [n])));
    const less = new Uint8Array(N.toBytes(N.binary('less', D.float32, sa, [n], sb, [n])));
    let bad = 0;
    for (let i = 0; i < n; ++i) {
      if (sum[i] !== fr(a[i] + b[i]) || scaled[i] !== fr(3 * b[i]) || less[i] !== (a[i] < b[i] ? 1 : 0)) ++bad;
    }
    expect(bad).toBe(0);
  });
  it('copy of a large storage is exact', () => {
    const a = values(3_000_001, 3);
    const c = new Float32Array(N.toBytes(N.copy(N.fromBytes(a))));
    let bad = 0;
    for (let i = 0; i < a.length; ++i) if (c[i] !== a[i]) ++bad;
    expect(c.length).toBe(a.length);
    expect(bad).toBe(0);
  });
});

describe('parallel reductions', () => {
  it('float32 sum and mean of one long row equal the serial Eigen-order sum bit for bit', () => {
    for (const n of [131_072, 1_000_000, 4_194_311]) {
      const x = values(n, n);
      const s = N.fromBytes(x);
      const expected = eigenFull(x, n);
      expect(readF32(N.reduce('sum', D.float32, s, [n], [0]))[0]).toBe(expected);
      expect(readF32(N.reduce('mean', D.float32, s, [n], [0]))[0]).toBe(fr(expected / n));
    }
  });
  it('row-wise sums split across threads equal per-row sums', () => {
    const rows = 300, len = 9000;  // rows longer than one leaf: splits depend on the row offset
    const x = values(rows * len, 9);
    const out = readF32(N.reduce('sum', D.float32, N.fromBytes(x), [rows, len], [1]));
    expect(out).toEqual(Array.from({ length: rows }, (_, r) => eigenTree(x, r * len, len)));
  });
  it('max/min keep the first NaN and the first of equal extremes', () => {
    const n = 1_000_000;
    const x = values(n, 5);
    x[700_000] = 5;
    x[900_000] = 5;
    x[10] = -0;  // a -0 minimum candidate: all values >= -1, so -1-ish wins min anyway
    const s = N.fromBytes(x);
    expect(readF32(N.reduce('max', D.float32, s, [n], [0]))[0]).toBe(5);
    let mn = Infinity;
    for (const v of x) if (v < mn) mn = v;
    expect(readF32(N.reduce('min', D.float32, s, [n], [0]))[0]).toBe(mn);
    // NaN payloads: the first NaN in order is returned (its bits survive).
    const bits = new Uint32Array(x.buffer);
    bits[800_000] = 0x7fc00001;
    bits[200_000] = 0x7fc00002;
    const r = N.reduce('max', D.float32, N.fromBytes(x), [n], [0]);
    expect(new Uint32Array(N.toBytes(r))[0]).toBe(0x7fc00002);
    // Equal zeros: the first one (-0 here) wins a max over all-zero data.
    const z = new Float32Array(n);
    z[0] = -0;
    expect(Object.is(readF32(N.reduce('max', D.float32, N.fromBytes(z), [n], [0]))[0], -0)).toBe(true);
  });
});

describe('parallel float32 GEMM', () => {
  it('columns of a threaded product equal the same columns computed alone', () => {
    const m = 256, k = 300, n = 256;
    const a = values(m * k, 11), b = values(k * n, 12);
    const full = readF32(N.matmul(D.float32, N.fromBytes(a), [m, k], N.fromBytes(b), [k, n], false, false));
    const c0 = 160, w = 16;  // one 16-wide tile in the second half of the columns
    const bCols = new Float32Array(k * w);
    for (let r = 0; r < k; ++r) for (let j = 0; j < w; ++j) bCols[r * w + j] = b[r * n + c0 + j];
    const part = readF32(N.matmul(D.float32, N.fromBytes(a), [m, k], N.fromBytes(bCols), [k, w], false, false));
    let bad = 0;
    for (let i = 0; i < m; ++i) for (let j = 0; j < w; ++j) if (full[i * n + c0 + j] !== part[i * w + j]) ++bad;
    expect(bad).toBe(0);
    // And every element is close to the exact product (no garbage from uninitialised output).
    let worst = 0;
    for (const [i, j] of [[0, 0], [255, 255], [128, 17], [3, 200]]) {
      let s = 0;
      for (let q = 0; q < k; ++q) s += a[i * k + q] * b[q * n + j];
      worst = Math.max(worst, Math.abs(full[i * n + j] - s));
    }
    expect(worst).toBeLessThan(1e-3);
  });
});

// The float32 GEMM under each of its micro-kernels (AVX-512 12x32, AVX2 6x16, portable 6x16),
// forced with TFTS_GEMM_KERNEL in a child process because the kernel is picked once at load.
// Shapes cover what the blocking code branches on: the SIMD A packing (12-row slivers, K not a
// multiple of 16) and its scalar fallbacks (transposed A, edge slivers), K over one k block (512),
// both thread splits (small wide products: static column shares that adapt between calls; larger
// ones: the schedule's units, row blocks crossed with column groups when rows are few, N over one
// 2048-column panel), and edge tiles.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const addonPath = join(process.cwd(), 'native', 'build', 'Release', 'tfts_native.node');

// Runs in the child: every case against a float64 reference, plus the bit-identity of a column
// range computed alone (single-threaded, narrow) with the same columns of the full product.
const childScript = `
const N = require(${JSON.stringify(addonPath)});
const cases = [
  [37, 23, 19, false, false], [12, 16, 33, false, false], [130, 300, 70, false, false],
  [256, 300, 256, false, false], [300, 1100, 290, false, false], [1000, 27, 32, false, false],
  [77, 513, 400, true, false], [64, 200, 300, false, true], [45, 130, 258, true, true],
  [40, 300, 2100, false, false],
];
let seed = 7;
const rand = (n) => Float32Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5);
const result = { worst: 0, mismatched: 0 };
for (const [m, k, n, ta, tb] of cases) {
  const a = rand(m * k), b = rand(k * n);
  const c = new Float32Array(N.toBytes(N.matmul(0, N.fromBytes(a), ta ? [k, m] : [m, k], N.fromBytes(b), tb ? [n, k] : [k, n], ta, tb)));
  for (let i = 0; i < m; ++i) for (let j = 0; j < n; ++j) {
    let s = 0, mag = 0;
    for (let q = 0; q < k; ++q) {
      const p = a[ta ? q * m + i : i * k + q] * b[tb ? j * k + q : q * n + j];
      s += p; mag += Math.abs(p);
    }
    result.worst = Math.max(result.worst, Math.abs(c[i * n + j] - s) / (mag + 1e-30));
  }
  if (!tb && n > 40) {  // columns [32, 40) alone: a product too small to be split across threads
    const w = 8, cols = new Float32Array(k * w);
    for (let q = 0; q < k; ++q) for (let j = 0; j < w; ++j) cols[q * w + j] = b[q * n + 32 + j];
    const part = new Float32Array(N.toBytes(N.matmul(0, N.fromBytes(a), ta ? [k, m] : [m, k], N.fromBytes(cols), [k, w], ta, false)));
    for (let i = 0; i < m; ++i) for (let j = 0; j < w; ++j) if (part[i * w + j] !== c[i * n + 32 + j]) ++result.mismatched;
  }
}
// A product large enough for the adaptive column shares (gemm_f32.cc): they move with the measured
// speed of each thread between calls, and the results must not.
{
  const [m, k, n] = [600, 700, 1200];
  const a = N.fromBytes(rand(m * k)), b = N.fromBytes(rand(k * n));
  const first = new Uint8Array(N.toBytes(N.matmul(0, a, [m, k], b, [k, n], false, false)));
  result.repeatMismatched = 0;
  for (let r = 0; r < 8; ++r) {
    const again = new Uint8Array(N.toBytes(N.matmul(0, a, [m, k], b, [k, n], false, false)));
    if (!again.every((v, i) => v === first[i])) ++result.repeatMismatched;
  }
}
// The AVX2 kernel's k blocks (oneDNN's: K split evenly into blocks of at most 256, each block a
// chain of FMAs from zero, the partial sums added to C in order), checked bit for bit against that
// order computed here (a*b is exact in float64, so fround(a*b + c) is the float32 FMA).
const hasAvx2 = process.arch === 'x64' && / avx2 /.test(require('fs').readFileSync('/proc/cpuinfo', 'utf8').replace(/\\n/g, ' '));
if (process.env.TFTS_GEMM_KERNEL === 'avx2' && hasAvx2) {
  const [m, k, n] = [12, 600, 20];  // 600 = 200 + 200 + 200 (not 256 + 256 + 88)
  const a = rand(m * k), b = rand(k * n);
  const c = new Float32Array(N.toBytes(N.matmul(0, N.fromBytes(a), [m, k], N.fromBytes(b), [k, n], false, false)));
  result.kSplitMismatched = 0;
  for (let i = 0; i < m; ++i) for (let j = 0; j < n; ++j) {
    let acc = 0;
    for (let k0 = 0; k0 < k; k0 += 200) {
      let part = 0;
      for (let q = k0; q < k0 + 200; ++q) part = Math.fround(a[i * k + q] * b[q * n + j] + part);
      acc = k0 === 0 ? part : Math.fround(acc + part);
    }
    if (acc !== c[i * n + j]) ++result.kSplitMismatched;
  }
}
process.stdout.write(JSON.stringify(result));
`;

function runWith(kernel: string): { worst: number; mismatched: number; repeatMismatched: number; kSplitMismatched?: number } {
  const env = { ...process.env, TFTS_GEMM_KERNEL: kernel };
  return JSON.parse(execFileSync(process.execPath, ['-e', childScript], { env, encoding: 'utf8' }));
}

describe('float32 GEMM micro-kernels', () => {
  for (const kernel of ['', 'avx2', 'portable']) {
    it(`${kernel || 'the CPU default'}: products match a float64 reference, column ranges bit for bit`, () => {
      const r = runWith(kernel);
      // Error relative to sum |a_k b_k|: float32 accumulation over K <= 1100 stays far below 1e-5.
      expect(r.worst).toBeLessThan(1e-5);
      expect(r.mismatched).toBe(0);
      expect(r.repeatMismatched).toBe(0);
      if (kernel === 'avx2' && r.kSplitMismatched !== undefined) expect(r.kSplitMismatched).toBe(0);
    }, 60_000);
  }
});

// The packed SIMD float32 GEMM (native/src/kernels/gemm_f32.cc) against a float64 reference:
// shapes that leave partial micro-tiles in every direction, several k blocks, both transposes,
// batches, and sizes large enough to split across threads.
import { describe, expect, it } from 'vitest';
import { dtypes } from '../../src/runtime/dtypes.js';
import { tensorFromValues } from '../../src/runtime/tensor.js';
import { CPU_DEVICE } from '../../src/runtime/device.js';
import * as api from '../../src/runtime/ops/api.js';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
}

function check(batch: number, M: number, N: number, K: number, ta: boolean, tb: boolean): void {
  const next = rng(M * 7919 + N * 131 + K);
  const a = Array.from({ length: batch * M * K }, next).map(Math.fround);
  const b = Array.from({ length: batch * K * N }, next).map(Math.fround);
  const aShape = [batch, ta ? K : M, ta ? M : K];
  const bShape = [batch, tb ? N : K, tb ? K : N];
  const out = api.matmul(
    tensorFromValues(a, aShape, dtypes.float32, CPU_DEVICE),
    tensorFromValues(b, bShape, dtypes.float32, CPU_DEVICE),
    ta,
    tb,
  );
  expect(out.shape).toEqual([batch, M, N]);
  const got = out.values();
  let worst = 0;
  for (let p = 0; p < batch; p++) {
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < N; j++) {
        let s = 0;
        for (let k = 0; k < K; k++) {
          const av = a[p * M * K + (ta ? k * M + i : i * K + k)];
          const bv = b[p * K * N + (tb ? j * K + k : k * N + j)];
          s += av * bv;
        }
        worst = Math.max(worst, Math.abs(got[p * M * N + i * N + j] - s) / Math.sqrt(K));
      }
    }
  }
  // float32 accumulation error grows like sqrt(K) * eps * |terms|; terms are below 0.25.
  expect(worst, `batch ${batch} ${M}x${K} @ ${K}x${N} ta=${ta} tb=${tb}`).toBeLessThan(1e-6);
}

describe('float32 GEMM kernel', () => {
  it('matches the reference on ragged tile edges and every transpose', () => {
    for (const [M, N, K] of [[2, 2, 2], [7, 17, 5], [13, 33, 31], [6, 32, 64], [25, 70, 9], [61, 47, 300]]) {
      for (const [ta, tb] of [[false, false], [true, false], [false, true], [true, true]] as const) check(1, M, N, K, ta, tb);
    }
  });

  it('runs batches and multi-block k', () => check(3, 19, 40, 530, false, true));

  it('splits large products across threads without changing results', () => check(1, 150, 260, 270, true, false));
});

// numpy's BLAS products in OpenBLAS's order (native npBlas, src/runtime/numpy/linalg-blas.ts):
// the kernel numpy picks for a transposed (F-ordered) view, checked against the oracle's bits
// (fixtures/blas-order.json, recorded by record-blas-fixtures.py), and npBlas's argument checks.
// Plain C-ordered products are pinned by test/golden/numpy/blas_{dot,gemv,gemm}.py.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getNative } from '../../src/runtime/native/binding.js';
import { np } from '../../src/runtime/numpy/dtype.js';
import { matmulArrays } from '../../src/runtime/numpy/linalg.js';
import { noteTransposeView } from '../../src/runtime/numpy/linalg-blas.js';
import { NdArray, makeArray } from '../../src/runtime/numpy/ndarray.js';

type Case = { dtype: 'float64' | 'float32'; rows: number; cols: number; tv: string; wt: string };
const fx = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/blas-order.json', import.meta.url)), 'utf8')) as {
  cases: Case[];
};

/** The recorder's vals(n, seed), exactly (integer arithmetic, then one division). */
const vals = (n: number, seed: number) =>
  Float64Array.from({ length: n }, (_, i) => ((i * 7919 + seed * 104729) % 10007) / 10007 - 0.5);
const digest = (a: NdArray) =>
  createHash('sha256').update(new Uint8Array(a.data.buffer, a.data.byteOffset, a.data.byteLength)).digest('hex');

/** X.T as tfts holds it (a C-ordered copy), marked as numpy's transposed view of X. */
function transposedView(x: NdArray): NdArray {
  const [r, c] = x.shape;
  const t = makeArray(x.dtype, [c, r], Float64Array.from({ length: r * c }, (_, i) => x.data[(i % r) * c + Math.floor(i / r)]));
  noteTransposeView(t, x);
  return t;
}

describe('numpy products with a transposed operand take numpy\'s gemv kernel', () => {
  for (const c of fx.cases) {
    it(`${c.dtype} X.T @ v and w @ X.T, X ${c.rows}x${c.cols}`, () => {
      const t = c.dtype === 'float64' ? np.float64 : np.float32;
      const x = makeArray(t, [c.rows, c.cols], vals(c.rows * c.cols, c.rows + 2 * c.cols));
      const xt = transposedView(x);
      expect(digest(matmulArrays(xt, makeArray(t, [c.rows], vals(c.rows, 1))))).toBe(c.tv);
      expect(digest(matmulArrays(makeArray(t, [c.cols], vals(c.cols, 2)), xt))).toBe(c.wt);
    });
  }

  it('a transposed view transposed back is C-ordered again (not marked)', () => {
    const x = makeArray(np.float64, [9, 33], vals(9 * 33, 9 + 66));
    const xt = transposedView(x);
    const back = makeArray(np.float64, [9, 33], x.data);
    noteTransposeView(back, xt);
    const v = makeArray(np.float64, [33], vals(33, 2));
    expect(Array.from(matmulArrays(back, v).data)).toEqual(Array.from(matmulArrays(x, v).data));
  });
});

describe('npBlas argument checks', () => {
  const N = getNative();
  const blas = N.npBlas!.bind(N);
  const d3 = new Float64Array(3);
  it('throws TypeError / RangeError instead of reading out of bounds', () => {
    expect(() => blas('dot', d3, d3, new Float64Array(1), 0, 4)).toThrow(RangeError);
    expect(() => blas('gemvT', d3, d3, d3, 2, 2)).toThrow(/needs a, x, out of at least 4, 2, 2/);
    expect(() => blas('gemm', d3, d3, d3, 1, 1, 4)).toThrow(RangeError);
    expect(() => blas('dot', d3, new Float32Array(3), new Float64Array(1), 0, 3)).toThrow(TypeError);
    expect(() => blas('gemm', new Float32Array(4), new Float32Array(4), new Float32Array(3), 2, 2, 2)).toThrow(RangeError);
    expect(() => blas('nope' as 'dot', d3, d3, d3, 0, 3)).toThrow(/unknown op 'nope'/);
    expect(() => blas('dot', d3, d3, d3, -1, 3)).toThrow(/non-negative integer/);
    expect(() => blas('dot', [1, 2, 3] as unknown as Float64Array, d3, d3, 0, 3)).toThrow(/must be a typed array/);
  });
  it('float32 gemm is the addon GEMM on the typed arrays (the same products tf.matmul computes)', () => {
    const a = Float32Array.from({ length: 40 * 70 }, (_, i) => Math.sin(i) * 3);
    const b = Float32Array.from({ length: 70 * 30 }, (_, i) => Math.cos(i * 0.7));
    const out = new Float32Array(40 * 30);
    blas('gemm', a, b, out, 40, 30, 70);
    const viaStorage = new Float32Array(N.toBytes(N.matmul(0, N.fromBytes(a), [40, 70], N.fromBytes(b), [70, 30], false, false)));
    expect(Array.from(out)).toEqual(Array.from(viaStorage));
  });
  it('dot of an empty vector is +0 and gemv writes every output', () => {
    const out = new Float64Array([7]);
    blas('dot', new Float64Array(0), new Float64Array(0), out, 0, 0);
    expect(Object.is(out[0], 0)).toBe(true);
    const y = new Float64Array([9, 9]);
    blas('gemvT', new Float64Array([1, 2, 3, 4, 5, 6]), new Float64Array([1, 1, 1]), y, 3, 2);
    expect(Array.from(y)).toEqual([6, 15]);
  });
});

// numpy's native paths keep numpy's semantics where the addon's (TF's flush-to-zero mode) differ,
// and the rewritten sums keep numpy's summation orders.
import { describe, expect, it } from 'vitest';
import { np } from '../../src/runtime/numpy/dtype.js';
import { NdArray, coerce, makeArray } from '../../src/runtime/numpy/ndarray.js';
import { permute, sum } from '../../src/runtime/numpy/reductions.js';
import { floatUnary } from '../../src/runtime/numpy/ufuncs.js';

/** Values with the edges the kernels must keep: signed zeros, infinities, NaN, tiny (whose products
 *  underflow to subnormals) and huge. */
function edgeValues(n: number, seed: number): number[] {
  const special = [0, -0, Infinity, -Infinity, NaN, 1e-30, -1e-30, 3.4e38, -3.4e38, 1, -1, 0.5];
  const out: number[] = [];
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out.push(i % 5 === 0 ? special[(s >> 8) % special.length] : (s / 2147483648 - 0.5) * 20);
  }
  return out;
}

const bits = (a: ArrayLike<number>) => Array.from(a, (x) => (Object.is(x, -0) ? '-0' : String(x)));

describe('numpy native kernels and sums', () => {
  it('keeps subnormals that the tensor kernels (flush-to-zero) would flush, at every size', () => {
    for (const n of [300, 20000]) {
      const sub = makeArray(np.float32, [n], new Float32Array(n).fill(1e-40));
      // log of a subnormal is finite (about -92.1), not log(0) = -inf.
      expect(floatUnary('log', sub).data[0]).toBe(Math.fround(Math.log(Math.fround(1e-40))));
      const x = makeArray(np.float32, [n], Float32Array.from({ length: n }, (_, i) => -90 - (i % 300) / 10));
      const got = floatUnary('exp', x).data;
      // float32 exp(-90) is a subnormal (about 8.2e-40), not the 0 flush-to-zero gives.
      expect(got[0]).toBe(Math.fround(Math.exp(Math.fround(-90))));
      expect(got[0]).toBeGreaterThan(0);
      expect(got[299]).toBe(0);
    }
  });

  it('runs float ufuncs on the addon with numpy result types and shapes', () => {
    const a = makeArray(np.float32, [2, 150], edgeValues(300, 7).map((v) => (Number.isFinite(v) ? v : 0)));
    const e = floatUnary('exp', a);
    expect(e.dtype).toBe(np.float32);
    expect(e.shape).toEqual([2, 150]);
    const h = floatUnary('exp', makeArray(np.float16, [300], a.data));
    expect(h.dtype).toBe(np.float16);
    expect(Array.from(h.data).every((v) => Number.isNaN(v) || Object.is(v, coerce(v, np.float16)))).toBe(true);
  });

  it('sums over leading, mixed and trailing axes as the transposed block sums would', () => {
    const shape = [3, 50, 70];
    const a = makeArray(np.float64, shape, edgeValues(10500, 5).map((v) => (Number.isFinite(v) ? v : 1)));
    const viaBlocks = (axes: number[]) => {
      // Reference: move the kept axes first, then sum each block in the same orders numpy uses.
      const kept = [0, 1, 2].filter((i) => !axes.includes(i));
      const p = permute(a.data, shape, [...kept, ...axes]);
      return new NdArray(np.float64, [...kept.map((i) => shape[i]), ...axes.map((i) => shape[i])], p);
    };
    // Leading axis: element-by-element sequential sums, starting from +0.
    const s0 = sum(a, [0], false);
    const ref0 = viaBlocks([0]);
    const want0 = Array.from({ length: 3500 }, (_, j) => 0 + ref0.data[j * 3] + ref0.data[j * 3 + 1] + ref0.data[j * 3 + 2]);
    expect(bits(s0.data)).toEqual(bits(want0));
    // Mixed (0, 2): per kept index, pairwise sums of each 70-long row, added in order.
    const s02 = sum(a, [0, 2], false);
    const rows = (i0: number, j: number) => sum(makeArray(np.float64, [70], a.data.subarray((i0 * 50 + j) * 70, (i0 * 50 + j + 1) * 70)), null, false).data[0];
    expect(bits(s02.data)).toEqual(bits(Array.from({ length: 50 }, (_, j) => 0 + rows(0, j) + rows(1, j) + rows(2, j))));
  });
});

import { describe, expect, it } from 'vitest';
import { D, N, b8, f32, f64, i32, i64, readF32, readF64, readI32, readI64, readU8, seq, size, strides } from './helpers.js';

/** Reference batched matmul with broadcasting and transposes. */
function refMatmul(a: number[], as: number[], b: number[], bs: number[], ta: boolean, tb: boolean) {
  const M = ta ? as.at(-1)! : as.at(-2)!, K = ta ? as.at(-2)! : as.at(-1)!;
  const N2 = tb ? bs.at(-2)! : bs.at(-1)!;
  const ab = as.slice(0, -2), bb = bs.slice(0, -2);
  const r = Math.max(ab.length, bb.length);
  const pa = [...Array(r - ab.length).fill(1), ...ab], pb = [...Array(r - bb.length).fill(1), ...bb];
  const ob = pa.map((d, i) => Math.max(d, pb[i]));
  const out: number[] = [];
  const so = strides(ob), sa = strides(pa), sb = strides(pb);
  for (let bi = 0; bi < size(ob); ++bi) {
    let ia = 0, ib = 0;
    for (let k = 0; k < r; ++k) {
      const idx = Math.floor(bi / so[k]) % ob[k];
      if (pa[k] !== 1) ia += idx * sa[k];
      if (pb[k] !== 1) ib += idx * sb[k];
    }
    for (let i = 0; i < M; ++i)
      for (let j = 0; j < N2; ++j) {
        let s = 0;
        for (let k = 0; k < K; ++k) {
          const av = a[ia * M * K + (ta ? k * M + i : i * K + k)];
          const bv = b[ib * K * N2 + (tb ? j * K + k : k * N2 + j)];
          s += av * bv;
        }
        out.push(s);
      }
  }
  return out;
}

describe('matmul', () => {
  const cases: [number[], number[], boolean, boolean][] = [
    [[2, 3], [3, 4], false, false],
    [[3, 2], [3, 4], true, false],
    [[2, 3], [4, 3], false, true],
    [[3, 2], [4, 3], true, true],
    [[1, 5], [5, 1], false, false],
    [[5, 1], [1, 5], false, false],
    [[2, 2, 3], [3, 2], false, false],
    [[2, 1, 4, 3], [3, 3, 5], false, false],
    [[7, 300], [300, 37], false, false],
    [[9, 1], [9, 1], true, false],
  ];
  for (const [as, bs, ta, tb] of cases) {
    it(`${JSON.stringify(as)}${ta ? 'ᵀ' : ''} x ${JSON.stringify(bs)}${tb ? 'ᵀ' : ''}`, () => {
      // Small integers keep every float32 sum exact, so results compare exactly.
      const a = seq(size(as), (i) => (i % 7) - 3), b = seq(size(bs), (i) => (i % 5) - 2);
      const ref = refMatmul(a, as, b, bs, ta, tb);
      expect(readF32(N.matmul(D.float32, f32(a), as, f32(b), bs, ta, tb))).toEqual(ref);
      expect(readF64(N.matmul(D.float64, f64(a), as, f64(b), bs, ta, tb))).toEqual(ref);
      expect(readI32(N.matmul(D.int32, i32(a), as, i32(b), bs, ta, tb))).toEqual(ref);
    });
  }
  it('int64 and float16', () => {
    expect(readI64(N.matmul(D.int64, i64([1n, 2n, 3n, 4n]), [2, 2], i64([5n, 6n, 7n, 8n]), [2, 2], false, false))).toEqual([19n, 22n, 43n, 50n]);
    const h = (xs: number[]) => N.cast(f32(xs), D.float32, D.float16, xs.length);
    const r = N.matmul(D.float16, h([1, 2, 3, 4]), [2, 2], h([5, 6, 7, 8]), [2, 2], false, false);
    expect(readF32(N.cast(r, D.float16, D.float32, 4))).toEqual([19, 22, 43, 50]);
  });
  it('large dot product [1,n]x[n,1] is fast and accurate', () => {
    const n = 10_000_000;
    const a = N.fill(D.float32, n, 0.5), b = N.fill(D.float32, n, 2);
    const t0 = performance.now();
    const r = readF32(N.matmul(D.float32, a, [1, n], b, [n, 1], false, false));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r[0]).toBe(n);
  });
  it('rejects mismatched inner dims, rank < 2 and bad dtypes', () => {
    expect(() => N.matmul(D.float32, f32([1, 2]), [1, 2], f32([1, 2, 3]), [3, 1], false, false)).toThrow(RangeError);
    expect(() => N.matmul(D.float32, f32([1, 2]), [2], f32([1, 2]), [2, 1], false, false)).toThrow(RangeError);
    expect(() => N.matmul(D.bool, b8([true]), [1, 1], b8([true]), [1, 1], false, false)).toThrow(RangeError);
  });
});

describe('reduce', () => {
  const shape = [2, 3, 4];
  const x = seq(24, (i) => i - 5);
  const refReduce = (axes: number[], f: (vals: number[]) => number) => {
    const keep = shape.map((_, i) => i).filter((i) => !axes.includes(i));
    const outShape = keep.map((i) => shape[i]);
    const groups = new Map<number, number[]>();
    const st = strides(shape), so = strides(outShape);
    for (let i = 0; i < 24; ++i) {
      let o = 0;
      keep.forEach((ax, k) => (o += (Math.floor(i / st[ax]) % shape[ax]) * so[k]));
      groups.set(o, [...(groups.get(o) ?? []), x[i]]);
    }
    return seq(size(outShape), (o) => f(groups.get(o)!));
  };
  const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
  for (const axes of [[0], [1], [2], [0, 2], [1, 2], [0, 1, 2], [2, 0]]) {
    it(`sum/max/min/prod over ${JSON.stringify(axes)}`, () => {
      expect(readF32(N.reduce('sum', D.float32, f32(x), shape, axes))).toEqual(refReduce(axes, sum));
      expect(readI32(N.reduce('max', D.int32, i32(x), shape, axes))).toEqual(refReduce(axes, (v) => Math.max(...v)));
      expect(readF64(N.reduce('min', D.float64, f64(x), shape, axes))).toEqual(refReduce(axes, (v) => Math.min(...v)));
      expect(readF64(N.reduce('prod', D.float64, f64(x), shape, axes))).toEqual(refReduce(axes, (v) => v.reduce((a, b) => a * b, 1)));
    });
  }
  it('mean: float divides, int truncates', () => {
    expect(readF32(N.reduce('mean', D.float32, f32([1, 2, 3, 4]), [2, 2], [1]))).toEqual([1.5, 3.5]);
    expect(readI32(N.reduce('mean', D.int32, i32([1, 2, -3, -4]), [2, 2], [1]))).toEqual([1, -3]);
  });
  it('empty axes copies; empty reductions give identities', () => {
    expect(readF32(N.reduce('sum', D.float32, f32([1, 2]), [2], []))).toEqual([1, 2]);
    expect(readF32(N.reduce('sum', D.float32, N.alloc(0), [0, 2], [0]))).toEqual([0, 0]);
    expect(readF32(N.reduce('max', D.float32, N.alloc(0), [0], [0]))).toEqual([-Infinity]);
    expect(readU8(N.reduce('all', D.bool, N.alloc(0), [0], [0]))).toEqual([1]);
  });
  it('any/all on bool', () => {
    const b = b8([true, false, true, true]);
    expect(readU8(N.reduce('any', D.bool, b, [2, 2], [1]))).toEqual([1, 1]);
    expect(readU8(N.reduce('all', D.bool, b, [2, 2], [1]))).toEqual([0, 1]);
    expect(() => N.reduce('any', D.float32, f32([1]), [1], [0])).toThrow(RangeError);
  });
  it('float32 sum of many small values is accurate (pairwise)', () => {
    const n = 1 << 22;
    const r = readF32(N.reduce('sum', D.float32, N.fill(D.float32, n, 0.1), [n], [0]))[0];
    expect(Math.abs(r - n * 0.1) / (n * 0.1)).toBeLessThan(1e-5); // naive float32 is off by ~2%
  });
  it('rejects bad axes', () => {
    expect(() => N.reduce('sum', D.float32, f32([1, 2]), [2], [1])).toThrow(RangeError);
    expect(() => N.reduce('sum', D.float32, f32([1, 2]), [1, 2], [1, 1])).toThrow(/repeated/);
    expect(() => N.reduce('sum', D.float32, f32([1, 2]), [2], [-1])).toThrow(RangeError);
  });
  it('argmax/argmin return int64 first index', () => {
    const v = f32([1, 5, 5, 0, 9, -1]);
    expect(readI64(N.argReduce('argmax', D.float32, v, [2, 3], 1))).toEqual([1n, 1n]);
    expect(readI64(N.argReduce('argmin', D.float32, v, [2, 3], 1))).toEqual([0n, 2n]);
    expect(readI64(N.argReduce('argmax', D.float32, v, [2, 3], 0))).toEqual([0n, 1n, 0n]);
    expect(() => N.argReduce('argmax', D.float32, v, [2, 3], 2)).toThrow(RangeError);
    expect(() => N.argReduce('argmax', D.float32, N.alloc(0), [2, 0], 1)).toThrow(/empty/);
  });
});

describe('transpose / broadcastTo', () => {
  it('transpose matches reference for 3-D perms', () => {
    const shape = [2, 3, 4];
    const x = seq(24);
    for (const perm of [[0, 1, 2], [2, 1, 0], [1, 0, 2], [0, 2, 1], [2, 0, 1]]) {
      const outShape = perm.map((p) => shape[p]);
      const st = strides(shape), so = strides(outShape);
      const ref = seq(24, (o) => {
        let src = 0;
        perm.forEach((p, k) => (src += (Math.floor(o / so[k]) % outShape[k]) * st[p]));
        return x[src];
      });
      expect(readI32(N.transpose(D.int32, i32(x), shape, perm))).toEqual(ref);
    }
    expect(() => N.transpose(D.int32, i32(x), shape, [0, 0, 1])).toThrow(RangeError);
  });
  it('broadcastTo', () => {
    expect(readF64(N.broadcastTo(D.float64, f64([1, 2]), [2, 1], [2, 3]))).toEqual([1, 1, 1, 2, 2, 2]);
    expect(readF64(N.broadcastTo(D.float64, f64([1, 2, 3]), [3], [2, 3]))).toEqual([1, 2, 3, 1, 2, 3]);
    expect(() => N.broadcastTo(D.float64, f64([1, 2]), [2], [3])).toThrow(RangeError);
  });
});

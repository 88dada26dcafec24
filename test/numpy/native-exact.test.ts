// numpy's native kernels give numpy's bits: results on edge-filled arrays large enough for the
// native paths, hashed and compared with the hashes recorded from numpy by
// test/numpy/record-native-fixtures.py (fixtures/native-exact.json).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PyFloat } from '../../src/interpreter/objects/values.js';
import { np, NpDType, NpTypedArray } from '../../src/runtime/numpy/dtype.js';
import { NdArray, castValues } from '../../src/runtime/numpy/ndarray.js';
import { numpyNative } from '../../src/runtime/numpy/native-memory.js';
import { where } from '../../src/runtime/numpy/module.js';
import { matmulArrays } from '../../src/runtime/numpy/linalg.js';
import { mean, sum, variance } from '../../src/runtime/numpy/reductions.js';
import * as U from '../../src/runtime/numpy/ufuncs.js';

type Rec = Record<string, string>;
const fx = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/native-exact.json', import.meta.url)), 'utf8')) as {
  n: number; float32: Rec; float64: Rec; cast: Rec;
  sums: Record<string, Rec & { shape: number[] }>;
};

const fromB64 = (s: string, t: NpDType): NpTypedArray => {
  const bytes = Buffer.from(s, 'base64');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new (t.Storage as unknown as new (b: ArrayBuffer) => NpTypedArray)(copy.buffer);
};
const digest = (a: NdArray | NpTypedArray | unknown) => {
  const d = a instanceof NdArray ? a.data : (a as NpTypedArray);
  return createHash('sha256').update(new Uint8Array(d.buffer, d.byteOffset, d.byteLength)).digest('hex');
};

const ufuncs: Record<string, U.BinaryUfunc> = {
  add: U.add, subtract: U.subtract, multiply: U.multiply, divide: U.trueDivide, maximum: U.maximum, minimum: U.minimum,
  equal: U.equal, not_equal: U.notEqual, less: U.less, less_equal: U.lessEqual, greater: U.greater, greater_equal: U.greaterEqual,
};

afterEach(() => vi.restoreAllMocks());

describe('numpy native kernels match numpy bit for bit', () => {
  for (const [name, t] of [['float32', np.float32], ['float64', np.float64]] as const) {
    it(`${name}: + - * /, maximum/minimum and comparisons, with arrays and weak scalars`, () => {
      const N = numpyNative();
      expect(N).not.toBeNull();
      const calls = vi.spyOn(N!, 'npBinary');
      const r = fx[name];
      const a = new NdArray(t, [fx.n], fromB64(r.a, t));
      const b = new NdArray(t, [fx.n], fromB64(r.b, t));
      for (const [op, u] of Object.entries(ufuncs)) {
        expect(`${op} ${digest(U.callBinary(u, a, b))}`).toBe(`${op} ${r[op]}`);
        expect(`${op} scalar ${digest(U.callBinary(u, a, new PyFloat(255)))}`).toBe(`${op} scalar ${r[`${op}_scalar`]}`);
        expect(`${op} rscalar ${digest(U.callBinary(u, new PyFloat(1e-38), b))}`).toBe(`${op} rscalar ${r[`${op}_rscalar`]}`);
      }
      expect(digest(U.callBinary(U.trueDivide, a, new PyFloat(255)))).toBe(r.x_div_255);
      const m = new NdArray(t, [60, 75], a.data);
      const row = new NdArray(t, [75], b.data.slice(0, 75));
      const row2d = new NdArray(t, [1, 75], row.data);
      for (const op of ['subtract', 'divide', 'maximum', 'greater']) {
        expect(`${op} row ${digest(U.callBinary(ufuncs[op], m, row))}`).toBe(`${op} row ${r[`${op}_row`]}`);
        expect(`${op} rowleft ${digest(U.callBinary(ufuncs[op], row2d, m))}`).toBe(`${op} rowleft ${r[`${op}_rowleft`]}`);
      }
      // Every one of those ran on the native kernel (not the JS loops, which the other tests cover).
      expect(calls).toHaveBeenCalledTimes(Object.keys(ufuncs).length * 3 + 1 + 8);
    });

    it(`${name}: where with arrays and a scalar`, () => {
      const r = fx[name];
      const a = new NdArray(t, [fx.n], fromB64(r.a, t));
      const b = new NdArray(t, [fx.n], fromB64(r.b, t));
      const cond = U.callBinary(U.greater, a, b);
      expect(digest(where([cond, a, b]))).toBe(r.where);
      expect(digest(where([cond, a, new PyFloat(0.25)]))).toBe(r.where_scalar);
    });

    it(`${name}: sums and means over all, trailing and leading axes (pairwise and row orders)`, () => {
      const s = fx.sums[name];
      const x = new NdArray(t, s.shape, fromB64(s.x, t));
      const calls = [vi.spyOn(numpyNative()!, 'npPairwiseSum'), vi.spyOn(numpyNative()!, 'npSumLeading')];
      expect(digest(sum(x, null, false))).toBe(s.all);
      expect(digest(sum(x, [1], false))).toBe(s.axis1);
      expect(digest(sum(x, [0], false))).toBe(s.axis0);
      expect(digest(mean(x, null, false))).toBe(s.mean_all);
      expect(digest(mean(x, [0], false))).toBe(s.mean_axis0);
      expect(digest(mean(x, [1], false))).toBe(s.mean_axis1);
      // Standardising columns: row broadcasts of the axis-0 mean and std.
      const centred = U.callBinary(U.subtract, x, mean(x, [0], false));
      const std = U.callBinary(U.add, variance(x, [0], false, 0, true), new PyFloat(1e-7));
      expect(digest(U.callBinary(U.trueDivide, centred, std))).toBe(s.standardized);
      expect(calls[0].mock.calls.length).toBeGreaterThanOrEqual(4);
      expect(calls[1].mock.calls.length).toBeGreaterThanOrEqual(2);
    });
  }

  it('astype: float64 → float32/bool, int32 → float32/uint8/int16, uint8 → float32/float64', () => {
    const c = fx.cast;
    const f64 = fromB64(c.f64, np.float64);
    const i32 = fromB64(c.i32, np.int32);
    const u8 = fromB64(c.u8, np.uint8);
    const calls = vi.spyOn(numpyNative()!, 'npCast');
    expect(digest(castValues(f64, np.float32))).toBe(c.f64_to_f32);
    expect(digest(castValues(f64, np.bool))).toBe(c.f64_to_bool);
    expect(digest(castValues(i32, np.float32))).toBe(c.i32_to_f32);
    expect(digest(castValues(i32, np.uint8))).toBe(c.i32_to_u8);
    expect(digest(castValues(i32, np.int16))).toBe(c.i32_to_i16);
    expect(digest(castValues(u8, np.float32))).toBe(c.u8_to_f32);
    expect(digest(castValues(u8, np.float64))).toBe(c.u8_to_f64);
    expect(calls).toHaveBeenCalledTimes(7);
  });

  it('multiplies float32 matrices on the typed arrays themselves: no Storage copies either way', () => {
    const n = 64;
    const a = new NdArray(np.float32, [n, n], Float32Array.from({ length: n * n }, (_, i) => (i % 5) - 2));
    const N = numpyNative()!;
    const fromBytes = vi.spyOn(N, 'fromBytes');
    const storageMatmul = vi.spyOn(N, 'matmul');
    const p = matmulArrays(a, a);
    // Row 0 of a is [-2, -1, 0, 1, 2, -2, ...]; p[0][0] = sum over k of a[0][k] * a[k][0].
    let want = 0;
    for (let k = 0; k < n; k++) want += a.data[k] * a.data[k * n];
    expect(p.data[0]).toBe(want);
    const q = matmulArrays(p, p);
    expect(fromBytes).not.toHaveBeenCalled();
    expect(storageMatmul).not.toHaveBeenCalled();
    // What JS wrote into a result is what the next product reads.
    p.data.fill(0);
    expect(Array.from(matmulArrays(p, a).data.subarray(0, 3))).toEqual([0, 0, 0]);
    expect(q.shape).toEqual([n, n]);
  });

});

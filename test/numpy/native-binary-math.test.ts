// npBinaryMath (power/hypot on the C library, numpy_binary_math.cc) and its wiring: argument
// checks throw instead of crashing, numpy's one-exponent fast paths, and broadcast operands
// (expanded in native-binary-math.ts) giving the same bits as whole ones.
import { describe, expect, it } from 'vitest';
import { np } from '../../src/runtime/numpy/dtype.js';
import { makeArray } from '../../src/runtime/numpy/ndarray.js';
import { numpyNative } from '../../src/runtime/numpy/native-memory.js';
import { applyBinary, hypot, power } from '../../src/runtime/numpy/ufuncs.js';

const N = numpyNative()!;
const op = (arr: ReturnType<typeof makeArray>) => ({ arr, weak: null, py: arr });

describe('npBinaryMath', () => {
  it('refuses bad arguments with JS errors', () => {
    const f = new Float64Array(4);
    expect(() => N.npBinaryMath('atan', f, f, f)).toThrow(RangeError);
    expect(() => N.npBinaryMath('power', new Float32Array(4), f, f)).toThrow(TypeError);
    expect(() => N.npBinaryMath('hypot', new Float64Array(3), f, f)).toThrow(RangeError);
    expect(() => (N.npBinaryMath as unknown as (o: number) => void)(1)).toThrow(TypeError);
  });

  it('keeps numpy fast paths for one exponent and pow for the rest', () => {
    const x = Float64Array.from([0.1, -3.7, 2.5e-160, 7, -0]);
    const out = new Float64Array(5);
    N.npBinaryMath('power', x, Float64Array.of(2), out);
    expect(Array.from(out)).toEqual(Array.from(x, (v) => v * v));  // 2.5e-160 ** 2: a subnormal, kept
    N.npBinaryMath('power', x, Float64Array.of(-1), out);
    expect(Array.from(out)).toEqual(Array.from(x, (v) => 1 / v));
    N.npBinaryMath('power', Float64Array.of(2, 3), Float64Array.of(10, 4), out.subarray(0, 2));
    expect(Array.from(out.subarray(0, 2))).toEqual([1024, 81]);
    const h = new Float32Array(1);
    N.npBinaryMath('hypot', Float32Array.of(3), Float32Array.of(4), h);
    expect(h[0]).toBe(5);
  });

  it('gives broadcast operands the same bits as expanded ones', () => {
    const xs = Array.from({ length: 12 }, (_, i) => (i - 5.3) * 1.7);
    const ys = [0.3, 3.1, 1.9];
    for (const u of [power, hypot]) {
      const a = makeArray(np.float64, [4, 3], xs.map(Math.abs));
      const row = applyBinary(u, op(a), op(makeArray(np.float64, [3], ys)));
      const full = applyBinary(u, op(a), op(makeArray(np.float64, [4, 3], [...ys, ...ys, ...ys, ...ys])));
      expect(row.shape).toEqual([4, 3]);
      expect(Array.from(row.data)).toEqual(Array.from(full.data));
    }
  });
});

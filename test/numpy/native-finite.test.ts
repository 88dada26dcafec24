// npBinary/npUnary report whether they wrote an inf or NaN (checked per block as they write), and
// npAnyNonFinite scans an array: the floating-point error checks of numpy ufuncs rely on both
// being exact, at any position (block edges, the last element) and in both float types.
import { describe, expect, it } from 'vitest';
import { numpyNative } from '../../src/runtime/numpy/native-memory.js';

const N = numpyNative()!;
const sizes = [1, 7, 4095, 4096, 4097, 100_003];

describe('native non-finite reports', () => {
  for (const Ctor of [Float32Array, Float64Array]) {
    it(`${Ctor.name}: npBinary and npAnyNonFinite find one inf or NaN anywhere`, () => {
      for (const n of sizes) {
        const x = new Ctor(n).fill(1.5), y = new Ctor(n).fill(0.25), out = new Ctor(n);
        expect(N.npBinary('add', x, y, out)).toBe(false);
        expect(N.npAnyNonFinite(out)).toBe(false);
        for (const at of [0, n >> 1, n - 1]) {
          for (const bad of [Infinity, -Infinity, NaN]) {
            const x2 = new Ctor(x);
            x2[at] = bad;
            expect(N.npBinary('multiply', x2, y, out)).toBe(true);
            expect(N.npAnyNonFinite(out)).toBe(true);
          }
          const z = new Ctor(n).fill(1);
          z[at] = 0;
          expect(N.npBinary('divide', x, z, out)).toBe(true);  // x / 0
        }
      }
    });
    it(`${Ctor.name}: npUnary reports overflow and poles`, () => {
      const n = 5000;
      const x = new Ctor(n).fill(2), out = new Ctor(n);
      expect(N.npUnary('log', x, out)).toBe(false);
      x[n - 1] = 0;
      expect(N.npUnary('log', x, out)).toBe(true);
      expect(N.npUnary('exp', new Ctor(n).fill(1e4), out)).toBe(true);
    });
  }
  it('npAnyNonFinite refuses integer arrays', () => {
    expect(() => N.npAnyNonFinite(new Int32Array(4) as unknown as Float32Array)).toThrow(TypeError);
  });
});

// The written-out float loops round as numpy's C loops (the typed-array store) and decline layouts
// they do not cover, so applyBinary falls back to its generic broadcasting loop.
import { describe, expect, it } from 'vitest';
import { runFloatLoop } from '../../src/runtime/numpy/float-loops.js';

const values = [0, -0, 1, -1, 0.1, 1e-30, 3.4e38, -3.4e38, Infinity, -Infinity, NaN, 7.25, 1 / 3];
const bits = (a: ArrayLike<number>) => Array.from(a, (x) => (Object.is(x, -0) ? '-0' : String(x)));

describe('numpy float loops', () => {
  const ops: [string, (p: number, q: number) => number][] = [
    ['add', (p, q) => p + q], ['subtract', (p, q) => p - q], ['multiply', (p, q) => p * q], ['divide', (p, q) => p / q],
  ];
  for (const [name, f] of ops) {
    it(`${name}: float32 results are the exactly rounded ones, for every operand layout`, () => {
      const x = Float32Array.from(values.flatMap((v) => values.map(() => v)));
      const y = Float32Array.from(values.flatMap(() => values));
      const out = new Float32Array(x.length);
      expect(runFloatLoop(name, x, y, out)).toBe(true);
      expect(bits(out)).toEqual(bits(Array.from(x, (v, i) => Math.fround(f(v, y[i])))));
      const c = new Float32Array([0.1]);
      expect(runFloatLoop(name, x, c, out)).toBe(true);
      expect(bits(out)).toEqual(bits(Array.from(x, (v) => Math.fround(f(v, c[0])))));
      expect(runFloatLoop(name, c, y, out)).toBe(true);
      expect(bits(out)).toEqual(bits(Array.from(y, (v) => Math.fround(f(c[0], v)))));
    });
  }

  it('declines ops and layouts it has no loop for', () => {
    const out = new Float64Array(6);
    expect(runFloatLoop('power', new Float64Array(6), new Float64Array(6), out)).toBe(false);
    expect(runFloatLoop('add', new Float64Array(3), new Float64Array(2), out)).toBe(false);
  });
});

// The C-library helpers behind np.ldexp/np.frexp (values recorded from numpy 2.4), and np.partition's
// introselect arrangement on a lane numpy arranges with it (int8: no SIMD kernel).
import { describe, expect, it } from 'vitest';
import { frexpOf, ldexpOf } from '../../src/runtime/numpy/math-extras-elementwise.js';
import { partitionFunctions } from '../../src/runtime/numpy/math-extras-partition.js';
import { NdArray, makeArray } from '../../src/runtime/numpy/ndarray.js';
import { np } from '../../src/runtime/numpy/dtype.js';
import { PyList } from '../../src/interpreter/objects/values.js';

describe('ldexp / frexp', () => {
  it('rounds into subnormals and overflows as C does', () => {
    // np.ldexp(1.5, -1074), np.ldexp(3.0, -1076), np.ldexp(1.0000000000000002, -1073), np.ldexp(0.75, 1025)
    expect([ldexpOf(1.5, -1074), ldexpOf(3.0, -1076), ldexpOf(1.0000000000000002, -1073), ldexpOf(0.75, 1025)]).toEqual([1e-323, 5e-324, 1e-323, Infinity]);
  });

  it('splits values as np.frexp does', () => {
    const xs = [5e-324, 2.5e-320, 1e-300, 6.0, -0.1];
    expect(xs.map(frexpOf)).toEqual([[0.5, -1073], [0.61767578125, -1061], [0.6696928794914171, -996], [0.75, 3], [-0.8, -3]]);
  });

  it('round-trips: ldexp(*frexp(x)) == x with 0.5 <= |m| < 1', () => {
    let seed = 12345;
    for (let i = 0; i < 5000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const x = (seed / 2 ** 31 - 0.5) * 2 ** ((i % 2098) - 1075);
      if (x === 0) continue;
      const [m, e] = frexpOf(x);
      expect(Math.abs(m) >= 0.5 && Math.abs(m) < 1).toBe(true);
      expect(ldexpOf(m, e)).toBe(x);
    }
  });
});

describe('partition', () => {
  it('arranges an int8 lane as numpy 2.4 (introselect)', () => {
    // x = np.array([-42, 61, 3, 61, 17, -5, 99, 0, -128, 7], dtype=np.int8)
    const x = makeArray(np.int8, [10], [-42, 61, 3, 61, 17, -5, 99, 0, -128, 7]);
    const part = (kth: number | number[]) => Array.from((partitionFunctions.partition([x, Array.isArray(kth) ? new PyList(kth) : kth], null) as NdArray).data);
    // np.partition(x, 5).tolist(), np.partition(x, [2, 7]).tolist()
    expect(part(5)).toEqual(RECORDED.k5);
    expect(part([2, 7])).toEqual(RECORDED.k27);
  });
});

const RECORDED = { k5: [-5, -42, 3, -128, 0, 7, 99, 61, 61, 17], k27: [-128, -42, -5, 0, 7, 3, 17, 61, 61, 99] };

// Sums in numpy's order (pairwise along the inner axis, sequential across rows), bit for bit.
import { describe, expect, it } from 'vitest';
import { np } from '../../src/runtime/numpy/dtype.js';
import { makeArray } from '../../src/runtime/numpy/ndarray.js';
import { mean, sum } from '../../src/runtime/numpy/reductions.js';
import { facts } from './facts.js';

describe('numpy reductions', () => {
  it('sums and averages float32 vectors exactly as numpy', () => {
    for (const c of facts.sums) {
      const a = makeArray(np.float32, [c.values.length], c.values);
      expect(`n=${c.values.length} sum=${sum(a, null, false).data[0]}`).toBe(`n=${c.values.length} sum=${c.sum}`);
      expect(`n=${c.values.length} mean=${mean(a, null, false).data[0]}`).toBe(`n=${c.values.length} mean=${c.mean}`);
    }
  });

  it('sums a float32 matrix along either axis exactly as numpy', () => {
    const rows = facts.matrix.values;
    const a = makeArray(np.float32, [rows.length, rows[0].length], rows.flat());
    expect(Array.from(sum(a, [0], false).data)).toEqual(facts.matrix.axis0);
    expect(Array.from(sum(a, [1], false).data)).toEqual(facts.matrix.axis1);
    expect(sum(a, [1], true).shape).toEqual([rows.length, 1]);
  });
});

// Index plans: which elements a key selects and the result shape, for basic and advanced keys.
import { describe, expect, it } from 'vitest';
import { Ellipsis, PyList, PySlice, PyTuple } from '../../src/interpreter/objects/values.js';
import { PyBaseException } from '../../src/interpreter/objects/exceptions.js';
import { np } from '../../src/runtime/numpy/dtype.js';
import { makeArray } from '../../src/runtime/numpy/ndarray.js';
import { indexPlan, setItem } from '../../src/runtime/numpy/indexing.js';

const arange = (...shape: number[]) => makeArray(np.int64, shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => i));
const plan = (key: unknown, ...shape: number[]) => {
  const p = indexPlan(arange(...shape), key as never);
  return { shape: p.shape, offsets: Array.from(p.offsets) };
};

describe('ndarray index plans', () => {
  it('selects with ints, negative steps, ellipsis and None', () => {
    expect(plan(new PyTuple([1, new PySlice(null, null, -1)]), 2, 3)).toEqual({ shape: [3], offsets: [5, 4, 3] });
    expect(plan(new PyTuple([Ellipsis, 0]), 2, 3)).toEqual({ shape: [2], offsets: [0, 3] });
    expect(plan(new PyTuple([null, 1]), 2, 3).shape).toEqual([1, 3]);
  });

  it('gathers with integer arrays, placing the advanced block as numpy does', () => {
    expect(plan(new PyTuple([new PyList([0, 1]), new PyList([2, 0])]), 2, 3)).toEqual({ shape: [2], offsets: [2, 3] });
    expect(plan(new PyTuple([new PySlice(null, null, null), new PyList([2, 0])]), 2, 3)).toEqual({ shape: [2, 2], offsets: [2, 0, 5, 3] });
    // Advanced indices separated by a slice move their block to the front.
    expect(plan(new PyTuple([new PyList([0, 1]), new PySlice(null, null, null), new PyList([0, 0])]), 2, 2, 2).shape).toEqual([2, 2]);
  });

  it('selects with boolean masks', () => {
    const mask = makeArray(np.bool, [2, 3], [1, 0, 0, 0, 1, 1]);
    expect(plan(mask, 2, 3)).toEqual({ shape: [3], offsets: [0, 4, 5] });
  });

  it('reports out-of-range indices with numpy\'s IndexError text', () => {
    try {
      indexPlan(arange(3), 3);
      expect.unreachable();
    } catch (e) {
      expect((e as PyBaseException).args[0]).toBe('index 3 is out of bounds for axis 0 with size 3');
    }
  });

  it('assigns through a plan, casting into the array dtype', () => {
    const a = makeArray(np.int32, [4], [0, 0, 0, 0]);
    setItem(a, new PySlice(1, null, 2), makeArray(np.float64, [2], [2.7, -1.5]));
    expect(Array.from(a.data)).toEqual([0, 2, 0, -1]);
  });
});

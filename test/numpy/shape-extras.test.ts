// The strided-view helpers behind swapaxes/moveaxis/rot90/splits: element offsets, and views
// that write back into the array they were taken from.
import { describe, expect, it } from 'vitest';
import { PyBaseException } from '../../src/interpreter/objects/exceptions.js';
import { np } from '../../src/runtime/numpy/dtype.js';
import { makeArray } from '../../src/runtime/numpy/ndarray.js';
import { setItem } from '../../src/runtime/numpy/indexing.js';
import { normAxis, permutedView, stridedOffsets } from '../../src/runtime/numpy/shape-extras-util.js';
import { moveaxis, swapaxes, broadcastTo } from '../../src/runtime/numpy/shape-extras-axes.js';
import { diagonal } from '../../src/runtime/numpy/shape-extras-diag.js';

const arange = (...shape: number[]) => makeArray(np.int64, shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => i));

describe('shape-extras strided views', () => {
  it('walks a strided layout, including negative strides', () => {
    expect(Array.from(stridedOffsets([2, 3], [1, 2], 0))).toEqual([0, 2, 4, 1, 3, 5]);
    expect(Array.from(stridedOffsets([3], [-1], 2))).toEqual([2, 1, 0]);
    expect(Array.from(stridedOffsets([0, 3], [3, 1], 0))).toEqual([]);
  });

  it('permutes axes as numpy transposes', () => {
    const v = permutedView(arange(2, 3), [1, 0]);
    expect(v.shape).toEqual([3, 2]);
    expect(Array.from(v.data)).toEqual([0, 3, 1, 4, 2, 5]);
    expect(moveaxis(arange(2, 3, 4), 0, -1).shape).toEqual([3, 4, 2]);
  });

  it('writes through a swapaxes view into its base', () => {
    const a = arange(2, 3);
    const s = swapaxes(a, 0, 1);
    setItem(s, 0, 9);
    expect(Array.from(a.data)).toEqual([9, 1, 2, 9, 4, 5]);
  });

  it('takes diagonals with offsets and broadcasts copies', () => {
    expect(Array.from(diagonal(arange(3, 4), 1, 0, 1).data)).toEqual([1, 6, 11]);
    expect(Array.from(diagonal(arange(3, 4), -2, 0, 1).data)).toEqual([8]);
    const b = broadcastTo(arange(3), [2, 3]);
    expect(Array.from(b.data)).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it('raises numpy AxisError with the argument name', () => {
    try {
      normAxis(2, 2, 'axis1');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PyBaseException);
      expect((e as PyBaseException).args[0]).toBe('axis1: axis 2 is out of bounds for array of dimension 2');
      expect((e as PyBaseException).cls.name).toBe('AxisError');
    }
  });
});

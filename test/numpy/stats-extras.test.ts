// np.einsum's subscript parsing and summation order (numpy's C loops add a contiguous reduction in
// SSE lanes, 2 for float64 and 4 for float32, so cancelling terms land differently than a plain
// left-to-right sum). Expected sums were recorded from numpy 2.4.
import { describe, expect, it } from 'vitest';
import { parseEinsum } from '../../src/runtime/numpy/stats-extras-einsum-parse.js';
import { einsumArrays } from '../../src/runtime/numpy/stats-extras-einsum.js';
import { np } from '../../src/runtime/numpy/dtype.js';
import { NdArray, NumpyScalar, makeArray } from '../../src/runtime/numpy/ndarray.js';
import { operandOrThrow } from '../../src/runtime/numpy/ufuncs.js';
import { exceptionStr } from '../../src/interpreter/ops/text.js';
import type { PyBaseException } from '../../src/interpreter/objects/exceptions.js';

const labels = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const op = (dtype: typeof np.float64, shape: number[], values: number[]) => operandOrThrow(makeArray(dtype, shape, values));
const scalar = (v: unknown) => (v as NumpyScalar).value;

describe('einsum subscripts', () => {
  it('chooses the implicit output as numpy does: labels used once, in ASCII order', () => {
    expect(parseEinsum('ij,jk', [2, 2])).toEqual({ inputs: [labels('ij'), labels('jk')], output: labels('ik') });
    expect(parseEinsum('ba', [2]).output).toEqual(labels('ab'));
    expect(parseEinsum('bA', [2]).output).toEqual(labels('Ab'));
    expect(parseEinsum('ii', [2]).output).toEqual([]);
  });
  it('numbers broadcast (ellipsis) dimensions from the right and puts them first', () => {
    const spec = parseEinsum('...ij,...jk', [4, 3]);
    expect(spec.inputs[0]).toEqual([-2, -1, ...labels('ij')]);
    expect(spec.inputs[1]).toEqual([-1, ...labels('jk')]);
    expect(spec.output).toEqual([-2, -1, ...labels('ik')]);
  });
  it('raises numpy\'s errors', () => {
    const message = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return exceptionStr(e as PyBaseException);
      }
      return 'no error';
    };
    expect(message(() => parseEinsum('ij,jk', [2]))).toMatch(/^more operands provided/);
    expect(message(() => parseEinsum('i.j', [2]))).toMatch(/not part of an ellipsis/);
    expect(message(() => parseEinsum('ij->ii', [2]))).toMatch(/output subscript 'i' multiple times/);
  });
});

describe('einsum summation order', () => {
  it('adds a float64 contiguous reduction in two lanes (5, where left to right gives 4)', () => {
    const v = [1e16, 1, 1, 1, -1e16, 1, 1, 1, 1];
    expect(scalar(einsumArrays('i->', [op(np.float64, [9], v)], null))).toBe(5);
  });
  it('adds float32 in four lanes, and dot products lane by lane', () => {
    const f = [1e8, 1, 1, 1, 1, 1, 1, 1, -1e8, 1, 1, 1, 1];
    expect(scalar(einsumArrays('i->', [op(np.float32, [13], f)], null))).toBe(10);
    expect(scalar(einsumArrays('i,i', [op(np.float32, [13], f), op(np.float32, [13], new Array(13).fill(1))], null))).toBe(10);
  });
  it('reduces a leading axis element by element, in row order', () => {
    const r = einsumArrays('ij->j', [op(np.float64, [2, 3], [1e16, 1, 1, 1, -1e16, 1])], null) as NdArray;
    expect(Array.from(r.data)).toEqual([1e16, -1e16, 2]);
    const rows = einsumArrays('ij->i', [op(np.float64, [2, 9], [1e16, 1, 1, 1, -1e16, 1, 1, 1, 1, 1e16, 1, 1, 1, -1e16, 1, 1, 1, 1])], null) as NdArray;
    expect(Array.from(rows.data)).toEqual([5, 5]);
  });
});

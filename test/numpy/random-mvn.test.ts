// The order LAPACK's dgesdd leaves a diagonal covariance's singular values in (which decides
// where each normal lands in multivariate_normal), against np.linalg.svd(np.diag(d)) as numpy
// 2.4 computes it: row i of vh has its 1 in column order[i].
import { describe, expect, it } from 'vitest';
import { lapackSingularOrder } from '../../src/runtime/numpy/random-mvn.js';
import { kahanSum } from '../../src/runtime/numpy/random-multinomial-args.js';

// Recorded from the oracle: [diagonal, argmax of each row of vh].
const ORACLE_ORDERS: [number[], number[]][] = [
  [[1, 4, 2], [1, 2, 0]],
  [[2, 2, 3], [2, 1, 0]],
  [[3, 0, 3], [2, 0, 1]],
  [[1, 1], [0, 1]],
  [[1, 1, 1], [0, 1, 2]],
  [[1, 3, 3], [1, 2, 0]],
  [[2, 3, 2], [1, 2, 0]],
  [[3, 3, 1], [1, 0, 2]],
  [[1, 1, 2, 1], [2, 1, 3, 0]],
  [[1, 2, 1, 1], [1, 2, 3, 0]],
  [[2, 1, 1, 1], [0, 2, 3, 1]],
  [[2, 1, 3, 1], [2, 0, 3, 1]],
  [[2, 2, 2, 1], [1, 2, 0, 3]],
  [[2, 3, 1, 1], [1, 0, 3, 2]],
  [[3, 2, 3, 1], [2, 0, 1, 3]],
  [[3, 3, 2, 1], [1, 0, 2, 3]],
];

describe('lapackSingularOrder', () => {
  it.each(ORACLE_ORDERS)('orders %j as dgesdd does', (diag, order) => {
    expect(lapackSingularOrder(diag)).toEqual(order);
  });
});

describe('kahanSum', () => {
  it('sums only the first n values, compensating rounding', () => {
    expect(kahanSum(Float64Array.of(0.1, 0.2, 0.7), 2)).toBe(0.30000000000000004);
    expect(kahanSum(Float64Array.of(1, 1e-16, 1e-16, 1e-16, 1e-16), 5)).toBe(1.0000000000000004);
    expect(kahanSum(Float64Array.of(5), 0)).toBe(0);
  });
});

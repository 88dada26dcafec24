// Arguments of multinomial and dirichlet, shared by RandomState and Generator: pvals as a
// 1-d float64 vector with numpy's checks, the (size..., d) output shape, and kahan_sum, which
// numpy uses to test that pvals[:-1] sums to at most 1.
import { PyValue } from '../../interpreter/objects/core.js';
import { typeError } from '../../interpreter/objects/exceptions.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { np } from './dtype.js';
import { arrayFromPy } from './ndarray.js';
import { checkArray, Cons } from './random-cont.js';
import { sizeShape } from './random-args.js';

/** kahan_sum(darr, n): compensated sum of the first n values (0.0 when n <= 0). */
export function kahanSum(d: Float64Array, n: number): number {
  if (n <= 0) return 0.0;
  let sum = d[0];
  let c = 0.0;
  for (let i = 1; i < n; i++) {
    const y = d[i] - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** pvals as PyArray_FROMANY(pvals, double, 0, 1): 0-d refused, then bounded to [0, 1]. */
export function pvalsArray(pvals: PyValue): Float64Array {
  const a = arrayFromPy(pvals, np.float64);
  if (a.ndim === 0) throw typeError('pvals must be a 1-d sequence');
  if (a.ndim > 1) throw typeError('pvals must be a 1-d sequence');
  checkArray(a, 'pvals', Cons.Bounded01);
  return Float64Array.from(a.data as ArrayLike<number>);
}

/** (d,) without size, (size, d) for an int size, size + (d,) for a tuple. */
export function multinomialShape(size: PyValue, d: number): number[] {
  if (size === null) return [d];
  if (size instanceof PyList || size instanceof PyTuple) return [...size.items.map(asIndex), d];
  const s = sizeShape(size);
  return [...(s ?? []), d];
}

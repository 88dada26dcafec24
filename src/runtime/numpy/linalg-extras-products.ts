// numpy.linalg.matrix_power and multi_dot: numpy's own Python-level algorithms (binary powering,
// the matrix-chain order) on top of np.matmul / np.dot, so the products are taken in numpy's order.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { PyBaseException, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { NdArray, makeArray, wrapResult } from './ndarray.js';
import { operandOrThrow } from './ufuncs.js';
import { dot, matmulArrays } from './linalg.js';
import { linAlgErrorType } from './linalg-lu.js';
import * as S from './shape.js';

const linAlgError = (message: string) => new PyBaseException(linAlgErrorType, [message]);
const matrixPowerParams = pyParams('matrix_power', ['a', 'n']);

export function matrixPower(args: PyValue[], kwargs: Kwargs, invert: (a: NdArray) => PyValue): PyValue {
  const p = matrixPowerParams(args, kwargs);
  let a = operandOrThrow(p.a).arr;
  if (a.ndim < 2) throw linAlgError(`${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
  const m = a.shape[a.ndim - 1];
  if (a.shape[a.ndim - 2] !== m) throw linAlgError('Last 2 dimensions of the array must be square');
  let n: number;
  try {
    n = asIndex(p.n);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'TypeError') throw typeError('exponent must be an integer');
    throw e;
  }
  if (n === 0) {
    const out = new Array<number>(a.size).fill(0);
    for (let s = 0; s < a.size; s += m * m) for (let i = 0; i < m; i++) out[s + i * m + i] = 1;
    return makeArray(a.dtype, a.shape.slice(), out);
  }
  if (n < 0) {
    a = operandOrThrow(invert(a)).arr;
    n = -n;
  }
  if (n === 1) return a;
  if (n === 2) return matmulArrays(a, a);
  if (n === 3) return matmulArrays(matmulArrays(a, a), a);
  let z: NdArray | null = null, result: NdArray | null = null;
  while (n > 0) {
    z = z === null ? a : matmulArrays(z, z);
    const bit = n % 2;
    n = Math.floor(n / 2);
    if (bit) result = result === null ? z : matmulArrays(result, z);
  }
  return result as NdArray;
}

const multiDotParams = pyParams('multi_dot', ['arrays'], { out: null }, ['out']);

export function multiDot(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = multiDotParams(args, kwargs);
  if (p.out !== null) throw valueError('tfts: numpy.linalg.multi_dot does not support out=');
  const items = iterToArray(p.arrays);
  if (items.length < 2) throw valueError('Expecting at least two arrays.');
  if (items.length === 2) return dot(items[0], items[1]);
  const arrays = items.map((v) => operandOrThrow(v).arr);
  const n = arrays.length;
  const firstNdim = arrays[0].ndim, lastNdim = arrays[n - 1].ndim;
  if (firstNdim === 1) arrays[0] = S.reshape(arrays[0], [1, arrays[0].size]);
  if (lastNdim === 1) arrays[n - 1] = S.reshape(arrays[n - 1], [arrays[n - 1].size, 1]);
  for (const a of arrays) if (a.ndim !== 2) throw linAlgError(`${a.ndim}-dimensional array given. Array must be two-dimensional`);
  const dot2 = (x: NdArray, y: NdArray) => operandOrThrow(dot(x, y)).arr;
  let result: NdArray;
  if (n === 3) {
    const [A, B, C] = arrays;
    const [a0, a1b0] = A.shape;
    const [b1c0, c1] = C.shape;
    const cost1 = a0 * b1c0 * (a1b0 + c1);
    const cost2 = a1b0 * c1 * (a0 + b1c0);
    result = cost1 < cost2 ? dot2(dot2(A, B), C) : dot2(A, dot2(B, C));
  } else {
    const order = chainOrder(arrays);
    const go = (i: number, j: number): NdArray => (i === j ? arrays[i] : dot2(go(i, order[i][j]), go(order[i][j] + 1, j)));
    result = go(0, n - 1);
  }
  if (firstNdim === 1 && lastNdim === 1) return wrapResult(makeArray(result.dtype, [], [result.data[0]]));
  if (firstNdim === 1 || lastNdim === 1) return S.reshape(result, [result.size]);
  return result;
}

/** numpy's _multi_dot_matrix_chain_order: the cheapest parenthesisation (first minimum wins). */
function chainOrder(arrays: NdArray[]): number[][] {
  const n = arrays.length;
  const p = [...arrays.map((a) => a.shape[0]), arrays[n - 1].shape[1]];
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const s = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let l = 1; l < n; l++) {
    for (let i = 0; i < n - l; i++) {
      const j = i + l;
      m[i][j] = Infinity;
      for (let k = i; k < j; k++) {
        const q = m[i][k] + m[k + 1][j] + p[i] * p[k + 1] * p[j + 1];
        if (q < m[i][j]) {
          m[i][j] = q;
          s[i][j] = k;
        }
      }
    }
  }
  return s;
}


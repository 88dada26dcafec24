// numpy.linalg.norm, step by step as numpy/linalg/_linalg.py computes it, so the results carry the
// same roundings: the flattened 2-norm is sqrt(x.dot(x)) (BLAS's dot), vector norms reduce with
// add.reduce (pairwise sums), matrix 1/inf norms are column/row sums then their max or min, and
// the matrix 2-norm and nuclear norm come from the singular values.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyFloat, PyTuple } from '../../interpreter/objects/values.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { np } from './dtype.js';
import { NdArray, makeArray, pyNumber, wrapResult } from './ndarray.js';
import { applyBinary, floatUnary, operandOrThrow, power } from './ufuncs.js';
import { normalizeAxis } from './errors.js';
import { dot } from './linalg.js';
import { svdStack } from './linalg-extras-svd-api.js';
import * as R from './reductions.js';
import * as S from './shape.js';

const normParams = pyParams('norm', ['x', 'ord', 'axis', 'keepdims'], { ord: null, axis: null, keepdims: false });

const mapValues = (a: NdArray, f: (v: number) => number) => makeArray(a.dtype, a.shape.slice(), Array.from(a.data, f));
const sqrt = (a: NdArray) => floatUnary('sqrt', a) as NdArray;
const absOf = (a: NdArray) => mapValues(a, Math.abs);
const squares = (a: NdArray) => mapValues(a, (v) => v * v);

/** A norm order: null, a number (ints, floats, +-inf), or a string ('fro', 'nuc', 'f'). */
function orderArg(v: PyValue): number | string | null {
  if (v === null || typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) return pyNumber(v);
  return pyNumber(v);
}

/** The singular values of every matrix in (row, col) of x, reduced by op over the last axis. */
function svdNorm(x: NdArray, row: number, col: number, op: 'max' | 'min' | 'sum'): NdArray {
  const rest = [...x.shape.keys()].filter((a) => a !== row && a !== col);
  const moved = S.transpose(x, [...rest, row, col]);
  const s = svdStack(moved, 'N').s;
  const last = [s.ndim - 1];
  return op === 'sum' ? R.sum(s, last, false) : R.extremum(s, last, false, op === 'max');
}

function vectorNorm(x: NdArray, ord: number | string | null, axis: number, keep: boolean): NdArray {
  const axes = [axis];
  if (ord === Infinity) return R.extremum(absOf(x), axes, keep, true);
  if (ord === -Infinity) return R.extremum(absOf(x), axes, keep, false);
  if (ord === 0) return R.sum(mapValues(x, (v) => (v !== 0 ? 1 : 0)), axes, keep);
  if (ord === 1) return R.sum(absOf(x), axes, keep);
  if (ord === null || ord === 2) return sqrt(R.sum(squares(x), axes, keep));
  if (typeof ord === 'string') throw valueError(`Invalid norm order '${ord}' for vectors`);
  const powered = applyBinary(power, operandOrThrow(absOf(x)), operandOrThrow(makeArray(x.dtype, [], [ord])));
  const total = R.sum(powered, axes, keep);
  const inverse = total.dtype === np.float32 ? Math.fround(1 / ord) : 1 / ord;
  return applyBinary(power, operandOrThrow(total), operandOrThrow(makeArray(total.dtype, [], [inverse])));
}

function matrixNorm(x: NdArray, ord: number | string | null, row: number, col: number, keep: boolean): NdArray {
  if (row === col) throw valueError('Duplicate axes given.');
  let ret: NdArray;
  if (ord === 2) ret = svdNorm(x, row, col, 'max');
  else if (ord === -2) ret = svdNorm(x, row, col, 'min');
  else if (ord === 1 || ord === -1) {
    const c = col > row ? col - 1 : col;
    ret = R.extremum(R.sum(absOf(x), [row], false), [c], false, ord === 1);
  } else if (ord === Infinity || ord === -Infinity) {
    const r = row > col ? row - 1 : row;
    ret = R.extremum(R.sum(absOf(x), [col], false), [r], false, ord === Infinity);
  } else if (ord === null || ord === 'fro' || ord === 'f') ret = sqrt(R.sum(squares(x), [row, col], false));
  else if (ord === 'nuc') ret = svdNorm(x, row, col, 'sum');
  else throw valueError('Invalid norm order for matrices.');
  if (!keep) return ret;
  const shape = x.shape.slice();
  shape[row] = 1;
  shape[col] = 1;
  return S.reshape(ret, shape);
}

export function norm(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = normParams(args, kwargs);
  const a = operandOrThrow(p.x).arr;
  const x = a.dtype.isFloat ? a : makeArray(np.float64, a.shape, a.data);
  const ord = orderArg(p.ord);
  const keep = p.keepdims === true;
  if (p.axis === null) {
    const nd = x.ndim;
    if (ord === null || ((ord === 'f' || ord === 'fro') && nd === 2) || (ord === 2 && nd === 1)) {
      const flat = S.reshape(x, [x.size]);
      const ret = sqrt(operandOrThrow(dot(flat, flat)).arr);
      return wrapResult(keep ? S.reshape(ret, new Array<number>(nd).fill(1)) : ret);
    }
  }
  const axes = p.axis === null ? [...x.shape.keys()] : p.axis instanceof PyTuple ? p.axis.items.map(asIndex) : [asIndex(p.axis)];
  if (axes.length === 1) return wrapResult(vectorNorm(x, ord, normalizeAxis(axes[0], x.ndim), keep));
  if (axes.length === 2) return wrapResult(matrixNorm(x, ord, normalizeAxis(axes[0], x.ndim), normalizeAxis(axes[1], x.ndim), keep));
  throw valueError('Improper number of dimensions to norm.');
}

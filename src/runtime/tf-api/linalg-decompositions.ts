// tf.linalg decompositions and solvers (cholesky, qr, lu, slogdet, logdet, solve, triangular_solve,
// cholesky_solve, lstsq, lu_solve, lu_reconstruct) on TF's Eigen algorithms (ops/linalg-*.ts).
// The composite functions follow TF's Python code (linalg_impl.py, linalg_ops.py) op for op.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyFloat, PyTuple, PyTupleSub } from '../../interpreter/objects/values.js';
import { indexError, notImplementedError, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { dtypes } from '../dtypes.js';
import type { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import { reduce } from '../ops/math-composite.js';
import { range } from '../ops/math-api.js';
import * as D from '../ops/linalg-decomp-ops.js';
import { expm } from '../ops/linalg-expm.js';
import { addFunctions, dtypeArg, Fn, submodule } from './shape-args.js';
import { matchingTensors } from './math-args.js';
import { opResultType } from './op-result-type.js';

const resultType = (name: string, fields: string[]) => opResultType(name, fields, 'gen_linalg_ops');

const qrType = resultType('Qr', ['q', 'r']);
const luType = resultType('Lu', ['lu', 'p']);
const slogdetType = resultType('LogMatrixDeterminant', ['sign', 'log_abs_determinant']);

const one = (name: string, params: string[], defaults: Record<string, PyValue>, f: (p: Record<string, PyValue>) => PyValue): Fn => {
  const parse = pyParams(name, params, defaults);
  return (args, kwargs) => f(parse(args, kwargs));
};

const triangularSolve = (a: Tensor, b: Tensor, lower: boolean, adjoint: boolean) => runOp(D.MatrixTriangularSolve, [a, b], { lower, adjoint });

/** Identity matrices shaped like x's last two dims (x's batch broadcast). */
function eyeLike(n: number, dtype = dtypes.float32): Tensor {
  const r = api.reshape(range(0, n, 1, dtypes.int32), [n, 1]);
  const c = api.reshape(range(0, n, 1, dtypes.int32), [1, n]);
  return api.cast(api.equal(r, c), dtype);
}

/** matrix_diag_part of square matrices: the diagonal kept by a mask, summed along rows. */
function diagPart(x: Tensor): Tensor {
  const n = x.shape[x.rank - 1];
  const mask = api.broadcastTo(api.equal(api.reshape(range(0, n, 1, dtypes.int32), [n, 1]), api.reshape(range(0, n, 1, dtypes.int32), [1, n])), x.shape);
  return reduce('Sum', api.where(mask, x, api.zerosLike(x)), [x.rank - 1], false);
}

function choleskySolve(chol: Tensor, rhs: Tensor): Tensor {
  const y = triangularSolve(chol, rhs, true, false);
  return triangularSolve(chol, y, true, true);
}

/** linalg_ops._RegularizedGramianCholesky. */
function gramianCholesky(a: Tensor, l2: PyValue, firstKind: boolean): Tensor {
  let gram = api.matmul(a, a, firstKind, !firstKind);
  // TF adds the regularizer unless it is a Python number equal to 0 (a tensor is always added).
  const zero = l2 === false || (typeof l2 === 'number' && l2 === 0) || (typeof l2 === 'bigint' && l2 === 0n) || (l2 instanceof PyFloat && l2.v === 0);
  if (!zero) {
    const small = firstKind ? a.shape[a.rank - 1] : a.shape[a.rank - 2];
    const eye = api.broadcastTo(eyeLike(small, a.dtype), [...a.shape.slice(0, -2), small, small]);
    gram = api.add(gram, api.mul(toTensor(l2, null, a.dtype), eye));
  }
  return runOp(D.Cholesky, [gram], null);
}

function lstsq(p: Record<string, PyValue>): Tensor {
  const [a, b] = matchingTensors([p.matrix, p.rhs]);
  if (a.rank < 2) throw indexError('tuple index out of range');
  if (!isTruthy(p.fast)) throw notImplementedError('tfts implements tf.linalg.lstsq only with fast=True (the Cholesky normal equations)');
  if (a.shape[a.rank - 2] >= a.shape[a.rank - 1]) {
    return choleskySolve(gramianCholesky(a, p.l2_regularizer, true), api.matmul(a, b, true, false));
  }
  return api.matmul(a, choleskySolve(gramianCholesky(a, p.l2_regularizer, false), b), true, false);
}

/** linalg_impl.logdet: 2 * sum(log(diag(cholesky(matrix)))). */
function logdet(x: Tensor): Tensor {
  const chol = runOp(D.Cholesky, [x], null);
  return api.mul(api.scalarLike(2, chol), reduce('Sum', api.log(diagPart(chol)), [chol.rank - 2], false));
}

/** Unit-lower L and upper U of a packed LU, batch-shaped like it. */
function splitLu(lu: Tensor): [Tensor, Tensor] {
  const n = lu.shape[lu.rank - 1];
  const eye = api.broadcastTo(eyeLike(n, lu.dtype), lu.shape);
  const strictLower = api.sub(D.keepTriangle(lu, true), api.mul(lu, eye));
  return [api.add(strictLower, eye), D.keepTriangle(lu, false)];
}

/** Gathers rows of x ([..., n, k]) by perm ([..., n]) batch-wise. */
function permuteRows(x: Tensor, perm: Tensor): Tensor {
  const n = x.shape[x.rank - 2];
  const onehot = api.cast(api.equal(api.reshape(api.cast(perm, dtypes.int32), [...perm.shape, 1]), api.reshape(range(0, n, 1, dtypes.int32), [1, n])), x.dtype);
  return api.matmul(onehot, x);
}

/** linalg_impl._maybe_validate_matrix. */
function validateMatrix(a: Tensor): void {
  if (!a.dtype.isFloating) throw typeError(`Input \`a\` must have \`float\`-like \`dtype\` (saw ${a.dtype.name}).`);
  if (a.rank < 2) throw valueError(`Input \`a\` must have at least 2 dimensions (saw: ${a.rank}).`);
}

const EPS: Record<string, number> = { float16: 0.0009765625, bfloat16: 0.0078125, float32: 1.1920928955078125e-7, float64: 2.220446049250313e-16 };

function svd(x: Tensor, computeUv: boolean, fullMatrices: boolean): Tensor[] {
  const attrs = { computeUv, fullMatrices };
  const s = runOp(D.Svd, [x], attrs);
  return computeUv ? [s, runOp(D.SvdU, [x], attrs), runOp(D.SvdV, [x], attrs)] : [s];
}

/** linalg_impl.pinv: v diag(1/s) u^H with singular values at or below rcond * max(s) dropped. */
function pinv(a: Tensor, rcond: PyValue): Tensor {
  validateMatrix(a);
  const m = a.shape[a.rank - 2];
  const n = a.shape[a.rank - 1];
  const rc = rcond === null ? toTensor(10 * Math.max(m, n) * EPS[a.dtype.name], null, a.dtype) : toTensor(rcond, null, a.dtype);
  const [s, u, v] = svd(a, true, false);
  const cutoff = api.mul(rc, reduce('Max', s, [s.rank - 1], false));
  const kept = api.where(api.greater(s, api.reshape(cutoff, [...cutoff.shape, 1])), s, api.fill(s.shape, s.dtype, Infinity));
  return api.matmul(api.realDiv(v, api.reshape(kept, [...kept.shape.slice(0, -1), 1, kept.shape[kept.rank - 1]])), u, false, true);
}

/** linalg_impl.matrix_rank: the count of singular values above eps * max(m, n) * max(s). */
function matrixRank(a: Tensor, tol: PyValue): Tensor {
  validateMatrix(a);
  const [s] = svd(a, false, false);
  let t: Tensor;
  if (tol === null) {
    const m = Math.max(a.shape[a.rank - 2], a.shape[a.rank - 1]);
    t = api.mul(api.mul(toTensor(EPS[a.dtype.name], null, a.dtype), toTensor(m, null, a.dtype)), reduce('Max', s, [s.rank - 1], true));
  } else {
    t = toTensor(tol, null, a.dtype);
  }
  return reduce('Sum', api.cast(api.greater(s, t), dtypes.int32), [s.rank - 1], false);
}

function luSolve(lu: Tensor, perm: Tensor, rhs: Tensor): Tensor {
  const [l] = splitLu(lu);
  return triangularSolve(lu, triangularSolve(l, permuteRows(rhs, perm), true, false), false, false);
}

export function installLinalgDecompositions(tf: PyModule): void {
  const linalg = submodule(tf, 'linalg', 'tensorflow._api.v2.linalg');
  addFunctions(linalg, {
    svd: one('svd', ['tensor', 'full_matrices', 'compute_uv', 'name'], { full_matrices: false, compute_uv: true, name: null }, (p) => {
      const out = svd(toTensor(p.tensor), isTruthy(p.compute_uv), isTruthy(p.full_matrices));
      return out.length === 1 ? out[0] : new PyTuple(out);
    }),
    pinv: one('pinv', ['a', 'rcond', 'validate_args', 'name'], { rcond: null, validate_args: false, name: null }, (p) => pinv(toTensor(p.a), p.rcond)),
    matrix_rank: one('matrix_rank', ['a', 'tol', 'validate_args', 'name'], { tol: null, validate_args: false, name: null }, (p) => matrixRank(toTensor(p.a), p.tol)),
    expm: one('expm', ['input', 'name'], { name: null }, (p) => expm(toTensor(p.input))),
    cholesky: one('cholesky', ['input', 'name'], { name: null }, (p) => runOp(D.Cholesky, [toTensor(p.input)], null)),
    qr: one('qr', ['input', 'full_matrices', 'name'], { full_matrices: false, name: null }, (p) => {
      const x = toTensor(p.input);
      const attrs = { fullMatrices: isTruthy(p.full_matrices) };
      return new PyTupleSub([runOp(D.Qr, [x], attrs), runOp(D.QrR, [x], attrs)], qrType);
    }),
    lu: one('lu', ['input', 'output_idx_type', 'name'], { output_idx_type: dtypes.int32, name: null }, (p) => {
      const x = toTensor(p.input);
      const attrs = { indexType: dtypeArg(p.output_idx_type, dtypes.int32) };
      return new PyTupleSub([runOp(D.Lu, [x], attrs), runOp(D.LuPermutation, [x], attrs)], luType);
    }),
    slogdet: one('slogdet', ['input', 'name'], { name: null }, (p) => {
      const x = toTensor(p.input);
      return new PyTupleSub([runOp(D.LogMatrixDeterminantSign, [x], null), runOp(D.LogMatrixDeterminant, [x], null)], slogdetType);
    }),
    logdet: one('logdet', ['matrix', 'name'], { name: null }, (p) => logdet(toTensor(p.matrix))),
    solve: one('solve', ['matrix', 'rhs', 'adjoint', 'name'], { adjoint: false, name: null }, (p) => {
      const [a, b] = matchingTensors([p.matrix, p.rhs]);
      return runOp(D.MatrixSolve, [a, b], { adjoint: isTruthy(p.adjoint) });
    }),
    triangular_solve: one('triangular_solve', ['matrix', 'rhs', 'lower', 'adjoint', 'name'], { lower: true, adjoint: false, name: null }, (p) => {
      const [a, b] = matchingTensors([p.matrix, p.rhs]);
      return triangularSolve(a, b, isTruthy(p.lower), isTruthy(p.adjoint));
    }),
    cholesky_solve: one('cholesky_solve', ['chol', 'rhs', 'name'], { name: null }, (p) => {
      const [a, b] = matchingTensors([p.chol, p.rhs]);
      return choleskySolve(a, b);
    }),
    lstsq: one('lstsq', ['matrix', 'rhs', 'l2_regularizer', 'fast', 'name'], { l2_regularizer: 0.0, fast: true, name: null }, lstsq),
    // linalg_impl.lu_reconstruct: L @ U with the rows put back in the input's order.
    lu_reconstruct: one('lu_reconstruct', ['lower_upper', 'perm', 'validate_args', 'name'], { validate_args: false, name: null }, (p) => {
      const lu = toTensor(p.lower_upper);
      const perm = toTensor(p.perm);
      const [l, u] = splitLu(lu);
      const x = api.matmul(l, u);
      const n = lu.shape[lu.rank - 1];
      // Row perm[i] of the input is row i of L @ U: scatter back by the one-hot's transpose.
      const onehot = api.cast(api.equal(api.reshape(api.cast(perm, dtypes.int32), [...perm.shape, 1]), api.reshape(range(0, n, 1, dtypes.int32), [1, n])), lu.dtype);
      return api.matmul(onehot, x, true, false);
    }),
    // linalg_impl.lu_solve: permute the right-hand side, then the two triangular solves.
    lu_solve: one('lu_solve', ['lower_upper', 'perm', 'rhs', 'validate_args', 'name'], { validate_args: false, name: null }, (p) => {
      const [lu, rhs] = matchingTensors([p.lower_upper, p.rhs]);
      return luSolve(lu, toTensor(p.perm), rhs);
    }),
    // linalg_impl.lu_matrix_inverse: lu_solve with identity right-hand sides.
    lu_matrix_inverse: one('lu_matrix_inverse', ['lower_upper', 'perm', 'validate_args', 'name'], { validate_args: false, name: null }, (p) => {
      const lu = toTensor(p.lower_upper);
      const n = lu.shape[lu.rank - 1];
      return luSolve(lu, toTensor(p.perm), api.broadcastTo(eyeLike(n, lu.dtype), lu.shape));
    }),
  });
}

// The decomposition and solver ops of tf.linalg on TF's Eigen algorithms (linalg-eigen.ts):
// Cholesky, MatrixTriangularSolve, MatrixSolve, Lu, Qr and LogMatrixDeterminant. TF's ops with
// several outputs are one op per output here (Lu/LuPermutation, Qr/QrR, LogMatrixDeterminant/
// LogMatrixDeterminantSign), each recomputing the factorisation; their gradients are linear in
// the output gradients, so each output's share adds up to TF's gradient.
import { dtypes } from '../dtypes.js';
import type { DType } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import type { Backend, Storage } from '../backend/backend.js';
import { defineOp, runOp } from './registry.js';
import type { OpDef } from './registry.js';
import { broadcastShapes, unbroadcast } from './broadcast.js';
import * as api from './api.js';
import { matrixTranspose, MatrixInverse } from './math-linalg.js';
import { range } from './math-api.js';
import { exact, roundToHalf, householderQ, householderQr, llt, luSolve, partialPivLu, Round, triangularSolveInPlace } from './linalg-eigen.js';
import { jacobiSvd } from './linalg-jacobi-svd.js';
import { qrGrad } from './linalg-qr-grad.js';
import { svdGrad } from './linalg-svd-grad.js';
import { checkLinalgDtype, checkSameDtype, checkSquareInput, kernelFail } from './linalg-checks.js';

// float16 (Qr's only half kernel) rounds each step to half, as Eigen::half does.
const roundFor = (d: DType): Round => (d.name === 'float64' ? exact : d.name === 'float16' ? roundToHalf : Math.fround);

/** The matrices of a [..., rows, cols] tensor as Float64Arrays. */
function matricesOf(x: Tensor): Float64Array[] {
  const rows = x.shape[x.rank - 2];
  const cols = x.shape[x.rank - 1];
  const size = rows * cols;
  const count = size === 0 ? x.shape.slice(0, -2).reduce((a, b) => a * b, 1) : x.size / size;
  const v = x.values() as Float32Array | Float64Array;
  return Array.from({ length: count }, (_, b) => Float64Array.from(v.subarray(b * size, (b + 1) * size)));
}

function output(be: Backend, parts: ArrayLike<number>[], shape: number[], dtype: DType): Storage {
  const total = parts.reduce((a, p) => a + p.length, 0);
  const flat = new Float64Array(total);
  let at = 0;
  for (const p of parts) {
    flat.set(p, at);
    at += p.length;
  }
  const values = dtype.is64Bit && dtype.name !== 'float64' ? Array.from(flat, (x) => BigInt(x)) : flat;
  return be.fromHost(tensorFromValues(values as ArrayLike<number>, shape, dtype, '').storage);
}

/** 1 on the kept band of each matrix (lower: i >= j, else i <= j), as a bool mask. */
function triangleMask(n: number, m: number, lower: boolean): Tensor {
  const r = api.reshape(range(0, n, 1, dtypes.int32), [n, 1]);
  const c = api.reshape(range(0, m, 1, dtypes.int32), [1, m]);
  return lower ? api.greaterEqual(r, c) : api.lessEqual(r, c);
}

/** matrix_band_part(x, -1, 0) (lower) or (0, -1) (upper). */
export function keepTriangle(x: Tensor, lower: boolean): Tensor {
  const mask = triangleMask(x.shape[x.rank - 2], x.shape[x.rank - 1], lower);
  return api.where(api.broadcastTo(mask, x.shape), x, api.zerosLike(x));
}

// ---- Cholesky ----

export const Cholesky = defineOp<null>({
  name: 'Cholesky',
  infer([x]) {
    checkLinalgDtype('Cholesky', x.dtype);
    checkSquareInput('Cholesky', x);
    return { shape: x.shape.slice(), dtype: x.dtype };
  },
  kernel(be, [x], _a, out) {
    const n = x.shape[x.rank - 1];
    const r = roundFor(x.dtype);
    const parts = matricesOf(x).map((m) => {
      const failed = llt(m, n, r) >= 0;
      // TF 2.21 returns (does not raise) for a matrix that is not positive definite; its output is
      // NaN in the lower triangle.
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (j > i) m[i * n + j] = 0; else if (failed) m[i * n + j] = NaN;
      return m;
    });
    return output(be, parts, out.shape, x.dtype);
  },
  // TF's _CholeskyGrad: Phi(L^H dL) with the diagonal halved, sandwiched by L^-1, symmetrised.
  grad(dy, _inputs, l) {
    const n = l.shape[l.rank - 1];
    const eye = api.broadcastTo(api.cast(api.equal(api.reshape(range(0, n, 1, dtypes.int32), [n, 1]), api.reshape(range(0, n, 1, dtypes.int32), [1, n])), l.dtype), l.shape);
    const lInv = runOp(MatrixTriangularSolve, [l, eye], { lower: true, adjoint: false });
    let middle = api.matmul(l, dy, true, false);
    const half = api.add(api.mul(eye, api.scalarLike(-0.5, l)), api.onesLike(eye));
    middle = keepTriangle(api.mul(middle, half), true);
    const g = api.matmul(api.matmul(lInv, middle, true, false), lInv);
    return [api.mul(api.add(g, matrixTranspose(g)), api.scalarLike(0.5, l))];
  },
  gradCheck: [{ inputs: [{ shape: [1, 1], range: [0.5, 2] }], attrs: null }, { inputs: [{ shape: [3, 1, 1], range: [0.5, 2] }], attrs: null }],
});

// ---- MatrixTriangularSolve ----

export interface TriangularAttrs {
  lower: boolean;
  adjoint: boolean;
}

export const MatrixTriangularSolve: OpDef<TriangularAttrs> = defineOp<TriangularAttrs>({
  name: 'MatrixTriangularSolve',
  infer([a, b], { lower, adjoint }) {
    const op = 'MatrixTriangularSolve';
    checkSameDtype(op, a, b);
    checkLinalgDtype(op, a.dtype, `, adjoint=${adjoint}, lower=${lower}`);
    if (a.rank < 2) throw kernelFail(op, `In[0] ndims must be >= 2: ${a.rank}`);
    if (b.rank < 2) throw kernelFail(op, `In[1] ndims must be >= 2: ${b.rank}`);
    const batchA = a.shape.slice(0, -2);
    const batchB = b.shape.slice(0, -2);
    const width = Math.max(batchA.length, batchB.length);
    for (let i = 1; i <= width; i++) {
      const x = batchA[batchA.length - i] ?? 1;
      const y = batchB[batchB.length - i] ?? 1;
      if (x !== y && x !== 1 && y !== 1) {
        throw kernelFail(op, `In[0] and In[1] must have compatible batch dimensions: [${a.shape.join(',')}] vs. [${b.shape.join(',')}]`);
      }
    }
    const n = a.shape[a.rank - 1];
    if (a.shape[a.rank - 2] !== n) throw kernelFail(op, `In[0] matrices in the last dimensions must be square (${n} =/= ${a.shape[a.rank - 2]})`);
    if (b.shape[b.rank - 2] !== n) {
      throw kernelFail(op, `In[0] mismatch In[1] shape: ${n} vs. ${b.shape[b.rank - 2]}: [${a.shape.join(',')}] [${b.shape.join(',')}] ${lower ? 1 : 0} ${adjoint ? 1 : 0}`);
    }
    const batch = broadcastShapes(a.shape.slice(0, -2), b.shape.slice(0, -2), op);
    return { shape: [...batch, n, b.shape[b.rank - 1]], dtype: a.dtype };
  },
  kernel(be, [a, b], { lower, adjoint }, out) {
    const n = a.shape[a.rank - 1];
    const cols = b.shape[b.rank - 1];
    const r = roundFor(a.dtype);
    const as = matricesOf(api.broadcastTo(a, [...out.shape.slice(0, -2), n, n]));
    const bs = matricesOf(api.broadcastTo(b, out.shape));
    const parts = bs.map((x, k) => {
      const m = as[k];
      // The adjoint of a lower (upper) view is an upper (lower) view of the column-major transpose.
      const at = adjoint ? (i: number, j: number) => m[j * n + i] : (i: number, j: number) => m[i * n + j];
      triangularSolveInPlace({ at, lower: lower !== adjoint, unitDiag: false }, n, x, cols, r);
      return x;
    });
    return output(be, parts, out.shape, a.dtype);
  },
  // TF's _MatrixTriangularSolveGrad.
  grad(dy, [a, b], c, { lower, adjoint }) {
    const gradB = runOp(MatrixTriangularSolve, [a, dy], { lower, adjoint: !adjoint });
    const gradA = keepTriangle(api.neg(adjoint ? api.matmul(c, gradB, false, true) : api.matmul(gradB, c, false, true)), lower);
    return [unbroadcast(gradA, a.shape), unbroadcast(gradB, b.shape)];
  },
  gradCheck: [
    { inputs: [{ shape: [3, 3], range: [1, 2] }, { shape: [3, 2] }], attrs: { lower: true, adjoint: false } },
    { inputs: [{ shape: [2, 3, 3], range: [1, 2] }, { shape: [3, 1] }], attrs: { lower: false, adjoint: true } },
  ],
});

// ---- MatrixSolve ----

export const MatrixSolve: OpDef<{ adjoint: boolean }> = defineOp<{ adjoint: boolean }>({
  name: 'MatrixSolve',
  infer([a, b], { adjoint }) {
    const op = 'MatrixSolve';
    checkSameDtype(op, a, b);
    checkLinalgDtype(op, a.dtype, `, adjoint=${adjoint}`);
    if (a.rank < 2) throw kernelFail(op, `Input tensor 0 must have rank >= 2, got ${a.rank}`);
    if (a.rank !== b.rank) throw kernelFail(op, 'All input tensors must have the same rank.');
    if (a.shape.slice(0, -2).some((d, i) => d !== b.shape[i])) throw kernelFail(op, 'All input tensors must have the same outer dimensions.');
    const n = a.shape[a.rank - 1];
    if (a.shape[a.rank - 2] !== n) throw kernelFail(op, 'First input (lhs) must be a square matrix.');
    if (b.shape[b.rank - 2] !== n) throw kernelFail(op, 'Input matrix and rhs are incompatible.');
    return { shape: b.shape.slice(), dtype: a.dtype };
  },
  kernel(be, [a, b], { adjoint }, out) {
    const n = a.shape[a.rank - 1];
    const cols = b.shape[b.rank - 1];
    const r = roundFor(a.dtype);
    const bs = matricesOf(b);
    const parts = matricesOf(adjoint ? matrixTranspose(a) : a).map((m, k) => {
      if (n === 0 || cols === 0) return bs[k];
      const lu = partialPivLu(m, n, r);
      for (let i = 0; i < n; i++) if (m[i * n + i] === 0) throw kernelFail('MatrixSolve', 'Input matrix is not invertible.');
      return luSolve(m, lu.perm, n, bs[k], cols, r);
    });
    return output(be, parts, out.shape, a.dtype);
  },
  // TF's _MatrixSolveGrad.
  grad(dy, [a], c, { adjoint }) {
    const gradB = runOp(MatrixSolve, [a, dy], { adjoint: !adjoint });
    const gradA = api.neg(adjoint ? api.matmul(c, gradB, false, true) : api.matmul(gradB, c, false, true));
    return [gradA, gradB];
  },
  gradCheck: [
    { inputs: [{ shape: [3, 3], range: [0.5, 2] }, { shape: [3, 2] }], attrs: { adjoint: false } },
    { inputs: [{ shape: [2, 2, 2], range: [0.5, 2] }, { shape: [2, 2, 1] }], attrs: { adjoint: true } },
  ],
});

// ---- Lu ----

function luOp(name: string, which: 'lu' | 'p') {
  return defineOp<{ indexType: DType }>({
    name,
    infer([x], { indexType }) {
      checkLinalgDtype('Lu', x.dtype, `, output_idx_type=${indexType.name === 'int64' ? 'DT_INT64' : 'DT_INT32'}`);
      checkSquareInput('Lu', x, 'Input tensor must have rank >= 2');
      return which === 'lu' ? { shape: x.shape.slice(), dtype: x.dtype } : { shape: x.shape.slice(0, -1), dtype: indexType };
    },
    kernel(be, [x], { indexType }, out) {
      const n = x.shape[x.rank - 1];
      const r = roundFor(x.dtype);
      const parts = matricesOf(x).map((m) => {
        const lu = partialPivLu(m, n, r);
        if (lu.zeroPivot) throw kernelFail('Lu', 'Input is not invertible.');
        return which === 'lu' ? m : lu.perm;
      });
      return output(be, parts, out.shape, which === 'lu' ? x.dtype : indexType);
    },
    // No gradient here: these cases only feed the backend-consistency check.
    gradCheck: [{ inputs: [{ shape: [3, 3] }], attrs: { indexType: dtypes.int32 } }, { inputs: [{ shape: [2, 2, 2] }], attrs: { indexType: dtypes.int64 } }],
  });
}

export const Lu = luOp('Lu', 'lu');
export const LuPermutation = luOp('LuPermutation', 'p');

// ---- Qr ----

function qrOp(name: string, which: 'q' | 'r'): OpDef<{ fullMatrices: boolean }> {
  return defineOp<{ fullMatrices: boolean }>({
    name,
    infer([x], { fullMatrices }) {
      checkLinalgDtype('Qr', x.dtype);
      if (x.rank < 2) throw kernelFail('Qr', `Input tensor 0 must have rank >= 2, got ${x.rank}`);
      const m = x.shape[x.rank - 2];
      const n = x.shape[x.rank - 1];
      const k = fullMatrices ? m : Math.min(m, n);
      const batch = x.shape.slice(0, -2);
      return { shape: which === 'q' ? [...batch, m, k] : [...batch, k, n], dtype: x.dtype };
    },
    kernel(be, [x], { fullMatrices }, out) {
      const m = x.shape[x.rank - 2];
      const n = x.shape[x.rank - 1];
      const k = fullMatrices ? m : Math.min(m, n);
      const r = roundFor(x.dtype);
      const parts = matricesOf(x).map((a) => {
        const tau = householderQr(a, m, n, r, x.dtype.name === 'float64');
        if (which === 'q') return householderQ(a, tau, m, n, k, r);
        const rr = new Float64Array(k * n);
        for (let i = 0; i < k; i++) for (let j = i; j < n; j++) rr[i * n + j] = a[i * n + j];
        return rr;
      });
      return output(be, parts, out.shape, x.dtype);
    },
    grad(dy, [x], _y, attrs) {
      const q = which === 'q' ? _y : runOp(Qr, [x], attrs);
      const r = which === 'r' ? _y : runOp(QrR, [x], attrs);
      const [dq, dr] = which === 'q' ? [dy, api.zerosLike(r)] : [api.zerosLike(q), dy];
      const solve = (a: Tensor, b: Tensor, lower: boolean, adjoint: boolean) => runOp(MatrixTriangularSolve, [a, b], { lower, adjoint });
      return [qrGrad(x, q, r, dq, dr, solve, keepTriangle)];
    },
    gradCheck: [
      { inputs: [{ shape: [3, 3] }], attrs: { fullMatrices: false } },
      { inputs: [{ shape: [4, 2] }], attrs: { fullMatrices: false } },
      { inputs: [{ shape: [2, 2, 3] }], attrs: { fullMatrices: false } },
    ],
  });
}

export const Qr: OpDef<{ fullMatrices: boolean }> = qrOp('Qr', 'q');
export const QrR: OpDef<{ fullMatrices: boolean }> = qrOp('QrR', 'r');

// ---- LogMatrixDeterminant ----

function slogdetOp(name: string, which: 'sign' | 'log') {
  return defineOp<null>({
    name,
    infer([x]) {
      checkLinalgDtype('LogMatrixDeterminant', x.dtype);
      checkSquareInput('LogMatrixDeterminant', x);
      return { shape: x.shape.slice(0, -2), dtype: x.dtype };
    },
    kernel(be, [x], _a, out) {
      const n = x.shape[x.rank - 1];
      const r = roundFor(x.dtype);
      const values = matricesOf(x).map((m) => {
        if (n === 0) return which === 'sign' ? 1 : 0;
        const lu = partialPivLu(m, n, r);
        // TF: log|det| = sum of log|u_ii| (in index order); sign = sign(P) * prod(u_ii / |u_ii|).
        let logAbs = 0;
        let sign = lu.sign;
        for (let i = 0; i < n; i++) {
          const d = m[i * n + i];
          const l = r(Math.log(Math.abs(d)));
          logAbs = i === 0 ? l : r(logAbs + l);
          sign = r(sign * r(d / Math.abs(d)));
        }
        if (!Number.isFinite(logAbs)) {
          // TF zeroes the permutation's sign (a -0 for an odd permutation).
          sign = lu.sign * 0;
          logAbs = logAbs > 0 ? Infinity : -Infinity;
        }
        return which === 'sign' ? sign : logAbs;
      });
      return output(be, [values], out.shape, x.dtype);
    },
    // TF's _LogMatrixDeterminantGrad (the sign has no gradient).
    grad(dy, [x]) {
      if (which === 'sign') return [api.zerosLike(x)];
      const inv = runOp(MatrixInverse, [matrixTranspose(x)], null);
      return [api.mul(api.reshape(dy, [...dy.shape, 1, 1]), inv)];
    },
    gradCheck: [{ inputs: [{ shape: [3, 3], range: [0.5, 2] }], attrs: null }, { inputs: [{ shape: [2, 2, 2], range: [0.5, 2] }], attrs: null }],
  });
}

export const LogMatrixDeterminant = slogdetOp('LogMatrixDeterminant', 'log');
export const LogMatrixDeterminantSign = slogdetOp('LogMatrixDeterminantSign', 'sign');

// ---- Svd (s, u, v: TF's order; v is not transposed) ----

export interface SvdAttrs {
  computeUv: boolean;
  fullMatrices: boolean;
}

function svdOp(name: string, which: 's' | 'u' | 'v'): OpDef<SvdAttrs> {
  return defineOp<SvdAttrs>({
    name,
    infer([x], { computeUv, fullMatrices }) {
      checkLinalgDtype('Svd', x.dtype, `, compute_uv=${computeUv}, full_matrices=${fullMatrices}`);
      if (x.rank < 2) throw kernelFail('Svd', `Input tensor 0 must have rank >= 2, got ${x.rank}`);
      const m = x.shape[x.rank - 2];
      const n = x.shape[x.rank - 1];
      const k = Math.min(m, n);
      const batch = x.shape.slice(0, -2);
      const shape = which === 's' ? [...batch, k] : which === 'u' ? [...batch, m, fullMatrices ? m : k] : [...batch, n, fullMatrices ? n : k];
      return { shape, dtype: x.dtype };
    },
    kernel(be, [x], { computeUv, fullMatrices }, out) {
      const m = x.shape[x.rank - 2];
      const n = x.shape[x.rank - 1];
      const r = roundFor(x.dtype);
      const size = out.shape.slice(-(which === 's' ? 1 : 2)).reduce((a, b) => a * b, 1);
      const parts = matricesOf(x).map((a) => {
        if (m === 0 || n === 0) {
          // TF: the non-empty side of a full decomposition is the identity.
          const eye = new Float64Array(size);
          const dim = which === 'u' ? m : n;
          if (which !== 's' && fullMatrices && size > 0) for (let i = 0; i < dim; i++) eye[i * dim + i] = 1;
          return eye;
        }
        const res = jacobiSvd(a, m, n, computeUv || which !== 's', fullMatrices, r, x.dtype.name === 'float64');
        if (!res.ok) return new Float64Array(size).fill(NaN);
        return which === 's' ? res.s : which === 'u' ? res.u! : res.v!;
      });
      return output(be, parts, out.shape, x.dtype);
    },
    grad(dy, [x], y, attrs) {
      const { computeUv, fullMatrices } = attrs;
      const uvAttrs = { computeUv: true, fullMatrices };
      const uvOf = (): [Tensor, Tensor] => [runOp(SvdU, [x], uvAttrs), runOp(SvdV, [x], uvAttrs)];
      const s = which === 's' ? y : runOp(Svd, [x], attrs);
      if (!computeUv) return [svdGrad(x, false, fullMatrices, { s, u: null, v: null }, dy, null, null, uvOf)];
      const u = which === 'u' ? y : runOp(SvdU, [x], attrs);
      const v = which === 'v' ? y : runOp(SvdV, [x], attrs);
      const gs = which === 's' ? dy : api.zerosLike(s);
      const gu = which === 'u' ? dy : api.zerosLike(u);
      const gv = which === 'v' ? dy : api.zerosLike(v);
      return [svdGrad(x, true, fullMatrices, { s, u, v }, gs, gu, gv, uvOf)];
    },
    // The s case only: singular vectors are defined up to sign, so finite differences of u and v
    // see sign flips.
    gradCheck: which === 's'
      ? [{ inputs: [{ shape: [3, 3] }], attrs: { computeUv: true, fullMatrices: false } }, { inputs: [{ shape: [2, 4, 2] }], attrs: { computeUv: false, fullMatrices: false } }]
      : [{ inputs: [{ shape: [3, 3] }], attrs: { computeUv: true, fullMatrices: false } }, { inputs: [{ shape: [2, 3, 2] }], attrs: { computeUv: true, fullMatrices: true } }, { inputs: [{ shape: [2, 4] }], attrs: { computeUv: true, fullMatrices: false } }],
  });
}

export const Svd: OpDef<SvdAttrs> = svdOp('Svd', 's');
export const SvdU: OpDef<SvdAttrs> = svdOp('SvdU', 'u');
export const SvdV: OpDef<SvdAttrs> = svdOp('SvdV', 'v');

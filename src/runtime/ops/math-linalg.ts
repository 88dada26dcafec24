// Square-matrix ops over batches [..., n, n]: MatrixInverse, MatrixDeterminant and
// SelfAdjointEigV2 (eigenvalues ascending and eigenvectors), with TF's checks and gradients.
import { invalidArgument, noKernelError } from '../errors.js';
import { CPU_DEVICE } from '../device.js';
import type { Tensor } from '../tensor.js';
import { defineOp, runOp } from './registry.js';
import { checkAllowedDtype } from './math-dtype-check.js';
import * as api from './api.js';

/** TF's checks for a batch of square matrices. */
function checkSquare(op: string, x: Tensor): void {
  checkAllowedDtype(op, x.dtype);
  const fail = (msg: string) => invalidArgument(`{{function_node __wrapped__${op}_device_${CPU_DEVICE}}} ${msg}`, op);
  if (x.rank < 2) throw fail(`Input tensor 0 must have rank >= 2, got ${x.rank}`);
  if (x.shape[x.rank - 2] !== x.shape[x.rank - 1]) throw fail('Input matrix must be square.');
}

// TF registers no float16 CPU kernel for these two (MatrixInverse has one); the kernel lists are
// TF 2.21's, in its order.
const NO_HALF_KERNELS: Record<string, string[]> = {
  SelfAdjointEigV2: ["device='CPU'; T in [DT_FLOAT]", "device='CPU'; T in [DT_DOUBLE]", "device='CPU'; T in [DT_COMPLEX64]",
    "device='CPU'; T in [DT_COMPLEX128]", "device='XLA_CPU_JIT'; T in [DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128, DT_HALF]"],
  MatrixDeterminant: ["device='CPU'; T in [DT_COMPLEX128]", "device='CPU'; T in [DT_COMPLEX64]", "device='CPU'; T in [DT_DOUBLE]",
    "device='CPU'; T in [DT_FLOAT]"],
};

function checkHalfKernel(op: string, x: Tensor, attrs: string): void {
  if (x.dtype.name === 'float16' && NO_HALF_KERNELS[op]) throw noKernelError(op, `T=DT_HALF${attrs}`, NO_HALF_KERNELS[op]);
}

/** Swaps the last two axes. */
export function matrixTranspose(x: Tensor): Tensor {
  const perm = x.shape.map((_, i) => i);
  [perm[x.rank - 2], perm[x.rank - 1]] = [perm[x.rank - 1], perm[x.rank - 2]];
  return api.transpose(x, perm);
}

export const MatrixInverse = defineOp<null>({
  name: 'MatrixInverse',
  infer([x]) {
    checkSquare('MatrixInverse', x);
    return { shape: x.shape.slice(), dtype: x.dtype };
  },
  kernel(be, [x]) {
    const [inv, singular] = be.matrixInverse(x.dtype.code, x.storage, x.shape);
    if (singular >= 0) {
      throw invalidArgument(`{{function_node __wrapped__MatrixInverse_device_${CPU_DEVICE}}} Input is not invertible.`, 'MatrixInverse');
    }
    return inv;
  },
  // d(A^-1) = -A^-T dy A^-T
  grad: (dy, _inputs, y) => [api.neg(api.matmul(y, api.matmul(dy, y, false, true), true, false))],
  gradCheck: [{ inputs: [{ shape: [3, 3], range: [0.5, 2] }], attrs: null }, { inputs: [{ shape: [2, 2, 2], range: [0.5, 2] }], attrs: null }],
});

export const MatrixDeterminant = defineOp<null>({
  name: 'MatrixDeterminant',
  infer([x]) {
    checkSquare('MatrixDeterminant', x);
    checkHalfKernel('MatrixDeterminant', x, '');
    return { shape: x.shape.slice(0, -2), dtype: x.dtype };
  },
  kernel: (be, [x]) => be.matrixDeterminant(x.dtype.code, x.storage, x.shape),
  // d det(A) = det(A) * A^-T
  grad(dy, [x], y) {
    const scale = api.reshape(api.mul(dy, y), [...y.shape, 1, 1]);
    return [api.mul(scale, matrixTranspose(runOp(MatrixInverse, [x], null)))];
  },
  gradCheck: [{ inputs: [{ shape: [3, 3], range: [0.5, 2] }], attrs: null }],
});

/** Eigen-decomposition kernels share one native call; each op returns one of its outputs. */
function eigOp(name: string, which: 0 | 1) {
  return defineOp<null>({
    name,
    infer([x]) {
      checkSquare('SelfAdjointEigV2', x);
      checkHalfKernel('SelfAdjointEigV2', x, `, compute_v=${which === 1}`);
      return { shape: which === 0 ? x.shape.slice(0, -1) : x.shape.slice(), dtype: x.dtype };
    },
    kernel(be, [x]) {
      const out = be.selfAdjointEig(x.dtype.code, x.storage, x.shape);
      if (out[2] >= 0) {  // Eigen's QR iteration gave up (NaN input)
        const msg = 'Self-adjoint eigen decomposition was not successful. The input might not be valid.';
        throw invalidArgument(`{{function_node __wrapped__SelfAdjointEigV2_device_${CPU_DEVICE}}} ${msg}`, 'SelfAdjointEigV2');
      }
      return out[which];
    },
  });
}

export const SelfAdjointEigValues = eigOp('SelfAdjointEigV2', 0);
export const SelfAdjointEigVectors = eigOp('SelfAdjointEigV2Vectors', 1);

// tf.math.digamma: Eigen's scalar psi in the native mathUnary kernel (eigen_digamma.h). TF 2.21
// registers CPU kernels for half, float and double only: bfloat16 passes the op's dtype check but
// finds no kernel. The gradient is polygamma(1, x) (special-zeta.ts), as TF's.
import { defineOp } from './registry.js';
import { checkAllowedDtype } from './math-dtype-check.js';
import { noKernelError } from '../errors.js';
import * as api from './api.js';
import { polygammaTensor } from './special-zeta.js';

const KERNELS = [
  "device='XLA_CPU_JIT'; T in [DT_FLOAT, DT_DOUBLE, DT_BFLOAT16, DT_HALF]",
  "device='CPU'; T in [DT_DOUBLE]",
  "device='CPU'; T in [DT_HALF]",
  "device='CPU'; T in [DT_FLOAT]",
];

export const Digamma = defineOp<null>({
  name: 'Digamma',
  infer: ([x]) => {
    checkAllowedDtype('Digamma', x.dtype);
    if (x.dtype.name === 'bfloat16') throw noKernelError('Digamma', 'T=DT_BFLOAT16', KERNELS);
    return { shape: x.shape.slice(), dtype: x.dtype };
  },
  kernel: (be, [x]) => be.mathUnary('digamma', x.dtype.code, x.storage, x.size),
  grad: (dy, [x]) => [api.mul(dy, polygammaTensor(1, x))],
  gradCheck: [[], [5], [2, 3]].map((shape) => ({ inputs: [{ shape, range: [0.5, 3] as [number, number] }], attrs: null })),
});

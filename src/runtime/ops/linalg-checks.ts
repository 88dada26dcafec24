// TF's input checks for the decomposition ops (Cholesky, Qr, Svd, Lu, LogMatrixDeterminant,
// MatrixSolve, MatrixTriangularSolve): the attr-T error with each op's registered signature, the
// NotFoundError for dtypes with no CPU kernel (half), and the kernel's shape errors, in TF's text.
import type { DType } from '../dtypes.js';
import { invalidArgument, noKernelError } from '../errors.js';
import { CPU_DEVICE } from '../device.js';
import type { Tensor } from '../tensor.js';
import { cppDtypeName } from './dtype-text.js';

interface OpInfo {
  /** The allowed T names in the order TF's error lists them. */
  allowed: string;
  /** Op<...> signature text from TF's registry. */
  signature: string;
  /** The CPU kernels TF registers (the NotFoundError lists them). */
  kernels: string[];
}

const CPU4 = (order: string[]) => order.map((t) => `device='CPU'; T in [DT_${t}]`);
const STD = 'double, float, half, complex64, complex128';
const STD_LIST = 'allowed=[DT_DOUBLE, DT_FLOAT, DT_HALF, DT_COMPLEX64, DT_COMPLEX128]';

const OPS: Record<string, OpInfo> = {
  Cholesky: {
    allowed: STD,
    signature: `Op<name=Cholesky; signature=input:T -> output:T; attr=T:type,${STD_LIST}>`,
    kernels: ["device='XLA_CPU_JIT'; T in [DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128, DT_HALF]", ...CPU4(['COMPLEX128', 'COMPLEX64', 'DOUBLE', 'FLOAT'])],
  },
  Qr: {
    allowed: STD,
    signature: `Op<name=Qr; signature=input:T -> q:T, r:T; attr=full_matrices:bool,default=false; attr=T:type,${STD_LIST}>`,
    kernels: [],
  },
  Svd: {
    allowed: STD,
    signature: `Op<name=Svd; signature=input:T -> s:T, u:T, v:T; attr=compute_uv:bool,default=true; attr=full_matrices:bool,default=false; attr=T:type,${STD_LIST}>`,
    kernels: ["device='XLA_CPU_JIT'; T in [DT_FLOAT, DT_DOUBLE, DT_HALF]", ...CPU4(['FLOAT', 'DOUBLE', 'COMPLEX64', 'COMPLEX128'])],
  },
  Lu: {
    allowed: STD,
    signature: `Op<name=Lu; signature=input:T -> lu:T, p:output_idx_type; attr=T:type,${STD_LIST}; attr=output_idx_type:type,default=DT_INT32,allowed=[DT_INT32, DT_INT64]>`,
    kernels: ['INT64', 'INT32'].flatMap((idx) => ['COMPLEX128', 'COMPLEX64', 'DOUBLE', 'FLOAT'].map((t) => `device='CPU'; T in [DT_${t}]; output_idx_type in [DT_${idx}]`)),
  },
  LogMatrixDeterminant: {
    allowed: 'half, float, double, complex64, complex128',
    signature: 'Op<name=LogMatrixDeterminant; signature=input:T -> sign:T, log_abs_determinant:T; attr=T:type,allowed=[DT_HALF, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128]>',
    kernels: CPU4(['COMPLEX128', 'COMPLEX64', 'DOUBLE', 'FLOAT']),
  },
  MatrixSolve: {
    allowed: STD,
    signature: `Op<name=MatrixSolve; signature=matrix:T, rhs:T -> output:T; attr=adjoint:bool,default=false; attr=T:type,${STD_LIST}>`,
    kernels: ["device='XLA_CPU_JIT'; T in [DT_FLOAT, DT_DOUBLE, DT_HALF]", ...CPU4(['COMPLEX128', 'COMPLEX64', 'DOUBLE', 'FLOAT'])],
  },
  MatrixTriangularSolve: {
    allowed: 'bfloat16, double, float, half, complex64, complex128',
    signature: 'Op<name=MatrixTriangularSolve; signature=matrix:T, rhs:T -> output:T; attr=lower:bool,default=true; attr=adjoint:bool,default=false; attr=T:type,allowed=[DT_BFLOAT16, DT_DOUBLE, DT_FLOAT, DT_HALF, DT_COMPLEX64, DT_COMPLEX128]>',
    kernels: ["device='XLA_CPU_JIT'; T in [DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_BFLOAT16, DT_COMPLEX128, DT_HALF]", ...CPU4(['DOUBLE', 'FLOAT', 'COMPLEX128', 'COMPLEX64'])],
  },
};

/** The kernel-side error: TF's function-node prefix, then the message. */
export function kernelFail(op: string, msg: string) {
  return invalidArgument(`{{function_node __wrapped__${op}_device_${CPU_DEVICE}}} ${msg}`, op);
}

/** attr-T check, then the half/bfloat16 NotFoundError; `attrs` is the node's attr text after T. */
export function checkLinalgDtype(op: string, dtype: DType, attrs = ''): void {
  const info = OPS[op];
  const cpp = cppDtypeName(dtype);
  if (!info.allowed.split(', ').includes(cpp)) {
    throw invalidArgument(`Value for attr 'T' of ${cpp} is not in the list of allowed values: ${info.allowed}\n\t; NodeDef: {{node ${op}}}; ${info.signature}`, op);
  }
  if ((dtype.name === 'float16' || dtype.name === 'bfloat16') && info.kernels.length > 0) {
    const t = dtype.name === 'float16' ? 'DT_HALF' : 'DT_BFLOAT16';
    throw noKernelError(op, `T=${t}${attrs}`, info.kernels);
  }
}

/** Both inputs of a two-input op must share a dtype (TF's eager input check). */
export function checkSameDtype(op: string, a: Tensor, b: Tensor): void {
  if (a.dtype !== b.dtype) {
    throw invalidArgument(`cannot compute ${op} as input #1(zero-based) was expected to be a ${cppDtypeName(a.dtype)} tensor but is a ${cppDtypeName(b.dtype)} tensor`, op);
  }
}

/** LinearAlgebraOp's checks of a single square matrix input. */
export function checkSquareInput(op: string, x: Tensor, rankText = 'Input tensor 0 must have rank >= 2'): void {
  if (x.rank < 2) throw kernelFail(op, `${rankText}, got ${x.rank}`);
  if (x.shape[x.rank - 2] !== x.shape[x.rank - 1]) throw kernelFail(op, 'Input matrix must be square.');
}

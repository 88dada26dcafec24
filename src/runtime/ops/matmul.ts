// MatMul (rank 2) and BatchMatMulV2 (rank > 2, batch dims broadcast), with TF's checks and
// error texts, and _MatMulGrad's four transpose cases.
import { invalidArgument } from '../errors.js';
import { CPU_DEVICE } from '../device.js';
import { Tensor } from '../tensor.js';
import { defineOp } from './registry.js';
import { unbroadcast } from './broadcast.js';
import { onednnEnabled, onednnKernelFor } from '../onednn.js';
import { cppDtypeName, shapeDebug } from './dtype-text.js';
import * as api from './api.js';

export interface MatMulAttrs {
  transposeA: boolean;
  transposeB: boolean;
}

const MATMUL_TYPES = new Set(['float32', 'float64', 'int32', 'int64', 'float16', 'bfloat16']);

/** numpy broadcasting of two batch shapes, or null where they do not broadcast. */
function broadcastBatch(x: readonly number[], y: readonly number[]): number[] | null {
  const n = Math.max(x.length, y.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = x[x.length - n + i] ?? 1, q = y[y.length - n + i] ?? 1;
    if (p !== q && p !== 1 && q !== 1) return null;
    out.push(p === 1 ? q : p);
  }
  return out;
}

export const MatMul = defineOp<MatMulAttrs>({
  name: 'MatMul',
  infer([a, b], { transposeA, transposeB }) {
    if (a.dtype !== b.dtype) {
      throw invalidArgument(
        `cannot compute MatMul as input #1(zero-based) was expected to be a ${cppDtypeName(a.dtype)} tensor but is a ${cppDtypeName(b.dtype)} tensor`,
        'MatMul',
      );
    }
    if (!MATMUL_TYPES.has(a.dtype.name)) {
      throw invalidArgument(`Value for attr 'T' of ${cppDtypeName(a.dtype)} is not in the list of allowed values`, 'MatMul');
    }
    // tf.matmul runs MatMul when neither operand has batch dims, else BatchMatMulV2; with oneDNN on,
    // float32/bfloat16 run as _MklMatMul/_MklBatchMatMulV2, whose names and texts differ a little.
    const batched = a.rank > 2 || b.rank > 2;
    const mkl = onednnKernelFor(a.dtype.name);
    const opName = batched ? 'BatchMatMulV2' : 'MatMul';
    const fail = (detail: string) =>
      invalidArgument(`{{function_node __wrapped__${mkl ? `__Mkl${opName}` : opName}_device_${CPU_DEVICE}}} ${detail}`, opName);
    if (a.rank < 2 || b.rank < 2) {
      const first = a.rank < 2 ? 0 : 1;
      if (batched) throw fail(`In[${first}] ndims must be >= 2: ${(first === 0 ? a : b).rank}`);
      if (mkl) throw fail(`In[${first}] ndims must be >= 2`);
      if (a.rank !== b.rank) throw fail(`In[0] and In[1] has different ndims: ${shapeDebug(a.shape)} vs. ${shapeDebug(b.shape)}`);
      throw fail(`In[0] and In[1] ndims must be == 2: ${a.rank}`);
    }
    const batch = broadcastBatch(a.shape.slice(0, -2), b.shape.slice(0, -2));
    if (batch === null) throw fail(`In[0] and In[1] must have compatible batch dimensions: ${shapeDebug(a.shape)} vs. ${shapeDebug(b.shape)}`);
    const m = transposeA ? a.shape[a.rank - 1] : a.shape[a.rank - 2];
    const ka = transposeA ? a.shape[a.rank - 2] : a.shape[a.rank - 1];
    const kb = transposeB ? b.shape[b.rank - 1] : b.shape[b.rank - 2];
    const n = transposeB ? b.shape[b.rank - 2] : b.shape[b.rank - 1];
    if (ka !== kb) {
      // _MklBatchMatMulV2 appends the two adjoint flags as 0/1.
      const flags = batched && mkl ? ` ${Number(transposeA)} ${Number(transposeB)}` : '';
      throw fail(`Matrix size-incompatible: In[0]: ${shapeDebug(a.shape)}, In[1]: ${shapeDebug(b.shape)}${flags}`);
    }
    return { shape: [...batch, m, n], dtype: a.dtype };
  },
  // Every transpose combination, and batch dims that broadcast (BatchMatMulV2).
  gradCheck: [
    { inputs: [{ shape: [2, 3] }, { shape: [3, 4] }], attrs: { transposeA: false, transposeB: false } },
    { inputs: [{ shape: [2, 3] }, { shape: [4, 3] }], attrs: { transposeA: false, transposeB: true } },
    { inputs: [{ shape: [3, 2] }, { shape: [3, 4] }], attrs: { transposeA: true, transposeB: false } },
    { inputs: [{ shape: [3, 2] }, { shape: [4, 3] }], attrs: { transposeA: true, transposeB: true } },
    { inputs: [{ shape: [2, 2, 3] }, { shape: [3, 2] }], attrs: { transposeA: false, transposeB: false } },
    { inputs: [{ shape: [2, 1, 2, 3] }, { shape: [3, 3, 1] }], attrs: { transposeA: false, transposeB: false } },
  ],
  // eigen: TF runs Eigen's kernels here (oneDNN off), whose float32 matrix-vector products sum in
  // their own order (native/src/kernels/matmul.cc).
  kernel: (be, [a, b], { transposeA, transposeB }) =>
    be.matmul(a.dtype.code, a.storage, a.shape, b.storage, b.shape, transposeA, transposeB, !onednnEnabled()),
  grad(dy, [a, b], _z, { transposeA: ta, transposeB: tb }, needed) {
    // Products are formed only for the inputs a tape wants (TF's skip_input_indices): in a dense
    // layer the input batch's gradient is as costly as the weights' and usually unused.
    const mm = (x: Tensor, y: Tensor, tx: boolean, ty: boolean) => api.matmul(x, y, tx, ty);
    let ga: () => Tensor;
    let gb: () => Tensor;
    if (!ta && !tb) {
      ga = () => mm(dy, b, false, true);
      gb = () => mm(a, dy, true, false);
    } else if (!ta && tb) {
      ga = () => mm(dy, b, false, false);
      gb = () => mm(dy, a, true, false);
    } else if (ta && !tb) {
      ga = () => mm(b, dy, false, true);
      gb = () => mm(a, dy, false, false);
    } else {
      ga = () => mm(b, dy, true, true);
      gb = () => mm(dy, a, true, true);
    }
    return [
      needed && !needed[0] ? null : unbroadcast(ga(), a.shape),
      needed && !needed[1] ? null : unbroadcast(gb(), b.shape),
    ];
  },
});

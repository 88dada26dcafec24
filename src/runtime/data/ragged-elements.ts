// Ragged components in tf.data, as TF handles them: from_tensor_slices of a RaggedTensor hands out
// its rows (dense tensors for ragged rank 1), batch() joins the rows of a ragged component into a
// RaggedTensor again (one more ragged dimension), unbatch() splits it, and ragged_batch() makes
// ragged batches of dense components. Their specs are RaggedTensorSpec.
import { PyType } from '../../interpreter/objects/core.js';
import { defineMethod } from '../../interpreter/builtins/define.js';
import type { DType } from '../dtypes.js';
import type { Tensor } from '../tensor.js';
import { TensorSpec, tensorSpecType } from '../autograd/tensor-spec.js';
import { RaggedTensor, rowOf } from '../ragged/ragged-tensor.js';
export { batchRaggedRows } from '../ragged/ragged-rows.js';

export const raggedTensorSpecType = new PyType('RaggedTensorSpec', [tensorSpecType], 'tensorflow.python.ops.ragged.ragged_tensor');

export class RaggedTensorSpec extends TensorSpec {
  constructor(
    shape: (number | null)[] | null,
    dtype: DType,
    readonly raggedRank: number,
    readonly splitsDtype: DType,
  ) {
    super(shape, dtype, null);
  }
  override get cls(): PyType {
    return raggedTensorSpecType;
  }
}

const specText = (s: RaggedTensorSpec): string => {
  const dims = s.shape === null ? 'None' : `[${s.shape.map((d) => (d === null ? 'None' : d)).join(', ')}]`;
  return `RaggedTensorSpec(TensorShape(${dims}), tf.${s.dtype.name}, ${s.raggedRank}, tf.${s.splitsDtype.name})`;
};
defineMethod(raggedTensorSpecType, '__repr__', (self) => specText(self as RaggedTensorSpec));
defineMethod(raggedTensorSpecType, '__str__', (self) => specText(self as RaggedTensorSpec));

export const raggedSpecOf = (r: RaggedTensor): RaggedTensorSpec => new RaggedTensorSpec(r.shapeDims(), r.dtype, r.raggedRank, r.splitsDtype);

/** Row `i` of a ragged component (dense for ragged rank 1). */
export const raggedRow = (r: RaggedTensor, i: number): Tensor | RaggedTensor => rowOf(r, i);

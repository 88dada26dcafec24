// Ragged components in tf.data, as TF handles them: from_tensor_slices of a RaggedTensor hands out
// its rows (dense tensors for ragged rank 1), batch() joins the rows of a ragged component into a
// RaggedTensor again (one more ragged dimension), unbatch() splits it, and ragged_batch() makes
// ragged batches of dense components. Their specs are RaggedTensorSpec.
import { PyType, PyValue } from '../../interpreter/objects/core.js';
import { defineMethod } from '../../interpreter/builtins/define.js';
import { dtypes, DType } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { concat } from '../ops/shape-layout.js';
import { TensorSpec, tensorSpecType } from '../autograd/tensor-spec.js';
import { RaggedTensor, rowOf, splitsTensor } from '../ragged/ragged-tensor.js';

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

/** One batch of a ragged component's rows (dense tensors or ragged tensors) as a RaggedTensor. */
export function batchRaggedRows(rows: (Tensor | RaggedTensor)[], splitsDtype: DType = dtypes.int64): RaggedTensor {
  const device = rows[0] instanceof RaggedTensor ? rows[0].flatValues.device : rows[0].device;
  const outer = [0];
  if (rows.every((r) => r instanceof Tensor)) {
    const dense = rows as Tensor[];
    for (const t of dense) outer.push(outer[outer.length - 1] + t.shape[0]);
    return new RaggedTensor(concat(dense, 0), [splitsTensor(outer, splitsDtype, device)]);
  }
  const parts = rows as RaggedTensor[];
  const levels: number[][] = parts[0].nestedSplits.map(() => [0]);
  for (const p of parts) {
    outer.push(outer[outer.length - 1] + p.nrows());
    p.nestedSplits.forEach((_, l) => {
      const s = p.splits(l);
      const base = levels[l][levels[l].length - 1];
      levels[l].push(...s.slice(1).map((v) => v + base));
    });
  }
  const flat = concat(parts.map((p) => p.flatValues), 0);
  return new RaggedTensor(flat, [outer, ...levels].map((s) => splitsTensor(s, parts[0].splitsDtype, device)));
}

// Stacking rows into a RaggedTensor (the rows of tf.data batches and tf.map_fn results): dense
// rows become the rows of a ragged rank 1 tensor, ragged rows gain an outer partition.
import { dtypes, DType } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { concat } from '../ops/shape-layout.js';
import { RaggedTensor, splitsTensor } from './ragged-tensor.js';

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

// tf.ragged.boolean_mask: keeps the values where `mask` is true, row by row, so the result is
// ragged even for a dense input. A mask of rank 1 selects whole rows instead.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { call } from '../../interpreter/ops/call.js';
import { dtypes } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { RaggedTensor, rowRanges, selectRows, splitsTensor, takeRows } from './ragged-tensor.js';
import { fromTensor } from './ragged-build.js';

const asRaggedRows = (v: Tensor | RaggedTensor): RaggedTensor => (v instanceof RaggedTensor ? v : fromTensor(v, null, null, 1, dtypes.int64));

export function raggedBooleanMask(tf: PyModule, dataArg: PyValue, maskArg: PyValue): Tensor | RaggedTensor {
  const data = dataArg instanceof RaggedTensor ? dataArg : toTensor(dataArg);
  const mask = maskArg instanceof RaggedTensor ? maskArg : toTensor(maskArg, dtypes.bool);
  if (mask.dtype !== dtypes.bool) throw valueError(`mask must have dtype bool; got ${mask.dtype.name}`);
  if (mask instanceof Tensor && mask.rank === 1) {
    const keep = Array.from(mask.values() as ArrayLike<number>, Boolean);
    const rows = keep.flatMap((k, i) => (k ? [i] : []));
    if (data instanceof RaggedTensor) return selectRows(data, rows);
    return call(tf.dict.get('boolean_mask')!, [data, mask], null) as Tensor;
  }
  const d = asRaggedRows(data);
  const m = asRaggedRows(mask);
  if (d.raggedRank !== 1 || m.raggedRank !== 1) throw valueError('tfts applies tf.ragged.boolean_mask to ragged rank 1 (or 2-D) data only');
  const keep = Array.from(m.flatValues.values() as ArrayLike<number>, Boolean);
  const ranges = rowRanges(d);
  const maskRanges = rowRanges(m);
  if (ranges.length !== maskRanges.length || ranges.some(([a, b], i) => b - a !== maskRanges[i][1] - maskRanges[i][0])) {
    throw valueError('The shapes of data and mask are incompatible');
  }
  const picked: number[] = [];
  const splits = [0];
  for (const [a, b] of ranges) {
    for (let j = a; j < b; j++) if (keep[j]) picked.push(j);
    splits.push(picked.length);
  }
  return new RaggedTensor(takeRows(d.flatValues, picked), [splitsTensor(splits, d.splitsDtype, d.flatValues.device)]);
}

// tf.RaggedTensor: flat values (any dtype, strings too) partitioned by one row_splits vector per
// ragged dimension, outermost first, as TF stores it (RaggedTensor.from_nested_row_splits). Row
// partitions are read host-side: ragged tensors in scripts are small, and every operation on them
// reduces to index arithmetic on the splits plus one op on the flat values.
import { PyObject, PyType, objectType } from '../../interpreter/objects/core.js';
import { dtypes, DType } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { gather } from '../ops/shape-gather.js';
import { StringTensor, stringsOf } from '../strings/string-tensor.js';

export const raggedTensorType = new PyType('RaggedTensor', [objectType], 'tensorflow.python.ops.ragged.ragged_tensor');

export class RaggedTensor implements PyObject {
  constructor(
    readonly flatValues: Tensor,
    /** One row_splits vector per ragged dimension, outermost first (int64 or int32). */
    readonly nestedSplits: readonly Tensor[],
    /** Per partition, the row length when every row has it by construction (TF's
     *  uniform_row_length: the static shape shows it instead of None), else null. */
    readonly uniformLengths: readonly (number | null)[] = nestedSplits.map(() => null),
  ) {}
  get cls(): PyType {
    return raggedTensorType;
  }
  get raggedRank(): number {
    return this.nestedSplits.length;
  }
  get dtype(): DType {
    return this.flatValues.dtype;
  }
  get splitsDtype(): DType {
    return this.nestedSplits[0].dtype;
  }
  /** The outermost row_splits as numbers. */
  splits(level = 0): number[] {
    return Array.from(this.nestedSplits[level].values() as ArrayLike<number | bigint>, Number);
  }
  nrows(): number {
    return this.nestedSplits[0].shape[0] - 1;
  }
  /** rt.values: the flat values for ragged rank 1, else the ragged tensor one level down. */
  values(): Tensor | RaggedTensor {
    return this.raggedRank === 1 ? this.flatValues : new RaggedTensor(this.flatValues, this.nestedSplits.slice(1), this.uniformLengths.slice(1));
  }
  /** TF's static shape: [nrows, None per ragged dimension, flat values' inner dims]. */
  shapeDims(): (number | null)[] {
    return [this.nrows(), ...this.uniformLengths, ...this.flatValues.shape.slice(1)];
  }
  /** Same partitions, other flat values. */
  withFlatValues(values: Tensor): RaggedTensor {
    return new RaggedTensor(values, this.nestedSplits, this.uniformLengths);
  }
}

/** Splits as a tensor of the given dtype (int64 unless asked). */
export function splitsTensor(splits: readonly number[], dtype: DType, device: string): Tensor {
  return tensorFromValues(dtype === dtypes.int64 ? splits.map((v) => BigInt(v)) : splits, [splits.length], dtype, device);
}

/** Rows `rows` of `t` along axis 0 (any dtype), in the order given. */
export function takeRows(t: Tensor, rows: readonly number[]): Tensor {
  return gather(t, { values: Int32Array.from(rows), shape: [rows.length] }, 0, 0);
}

/** The value range [start, limit) of each row of `rt`'s outermost partition. */
export function rowRanges(rt: RaggedTensor): [number, number][] {
  const s = rt.splits();
  return Array.from({ length: s.length - 1 }, (_, i) => [s[i], s[i + 1]] as [number, number]);
}

/** Selects rows of `rt` (outermost dimension) in the order given: a ragged tensor of the same rank. */
export function selectRows(rt: RaggedTensor, rows: readonly number[]): RaggedTensor {
  const levels = rt.nestedSplits.map((_, l) => rt.splits(l));
  const newSplits: number[][] = [];
  let picked: [number, number][] = rows.map((r) => [r, r + 1]);
  for (const s of levels) {
    const out = [0];
    const next: [number, number][] = [];
    for (const [a, b] of picked) {
      for (let r = a; r < b; r++) {
        out.push(out[out.length - 1] + s[r + 1] - s[r]);
      }
      if (s[b] > s[a]) next.push([s[a], s[b]]);
    }
    newSplits.push(out);
    picked = next;
  }
  const valueRows = picked.flatMap(([a, b]) => Array.from({ length: b - a }, (_, i) => a + i));
  const device = rt.flatValues.device;
  return new RaggedTensor(
    takeRows(rt.flatValues, valueRows),
    newSplits.map((s) => splitsTensor(s, rt.splitsDtype, device)),
  );
}

/** Row `i` of `rt`: a dense tensor for ragged rank 1, else a ragged tensor one rank lower. */
export function rowOf(rt: RaggedTensor, i: number): Tensor | RaggedTensor {
  const one = selectRows(rt, [i]);
  if (one.raggedRank === 1) return one.flatValues;
  return new RaggedTensor(one.flatValues, one.nestedSplits.slice(1));
}

/** A ragged tensor with one row (of `lengths[i]` flat values) per element of an input of shape
 *  `outer`, as tf.strings.split and the unicode ops return: every outer dimension becomes a
 *  partition of uniform rows (its length shows in the static shape, as TF's uniform_row_length). */
export function raggedFromRowLengths(flat: Tensor, lengths: readonly number[], outer: readonly number[]): RaggedTensor {
  const nested: number[][] = [];
  let count = 1;
  for (let j = 0; j + 1 < outer.length; j++) {
    count *= outer[j];
    nested.push(Array.from({ length: count + 1 }, (_, i) => i * outer[j + 1]));
  }
  const last = [0];
  for (const l of lengths) last.push(last[last.length - 1] + l);
  nested.push(last);
  return new RaggedTensor(
    flat,
    nested.map((s) => splitsTensor(s, dtypes.int64, flat.device)),
    [...outer.slice(1), null],
  );
}

/** The same for rows of byte strings. */
export function raggedFromStringRows(rows: readonly (readonly Uint8Array[])[], outer: readonly number[], device: string): RaggedTensor {
  const flat = rows.flat();
  return raggedFromRowLengths(new StringTensor(flat, [flat.length], device), rows.map((r) => r.length), outer);
}

/** The innermost rows of a string ragged tensor, as byte strings. */
export function innermostStringRows(rt: RaggedTensor): Uint8Array[][] {
  const flat = stringsOf(rt.flatValues);
  const s = rt.splits(rt.raggedRank - 1);
  return Array.from({ length: s.length - 1 }, (_, i) => flat.slice(s[i], s[i + 1]));
}

/** The same partitions with new innermost rows (their lengths may differ). */
export function withInnermostStringRows(rt: RaggedTensor, rows: readonly (readonly Uint8Array[])[]): RaggedTensor {
  const last = [0];
  for (const r of rows) last.push(last[last.length - 1] + r.length);
  const device = rt.flatValues.device;
  return new RaggedTensor(
    new StringTensor(rows.flat(), [last[last.length - 1]], device),
    [...rt.nestedSplits.slice(0, -1), splitsTensor(last, rt.splitsDtype, device)],
    [...rt.uniformLengths.slice(0, -1), null],
  );
}

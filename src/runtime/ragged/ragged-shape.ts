// tf.experimental.DynamicRaggedShape: what tf.shape returns for a RaggedTensor. Each dimension is
// an int when uniform and a tuple of row lengths when ragged; tf.ones/zeros/broadcast_to accept
// it and build a RaggedTensor of that shape.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { indexError, valueError } from '../../interpreter/objects/exceptions.js';
import { defineGetter, defineMethod } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { repr } from '../../interpreter/ops/text.js';
import { dtypes, DType } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import * as api from '../ops/api.js';
import { RaggedTensor, splitsTensor } from './ragged-tensor.js';

export const dynamicRaggedShapeType = new PyType('DynamicRaggedShape', [objectType], 'tensorflow.python.ops.ragged.dynamic_ragged_shape');

/** A dimension: its size when uniform, else every row's length. */
type Dim = number | readonly number[];

export class DynamicRaggedShape implements PyObject {
  constructor(
    readonly lengths: readonly Dim[],
    readonly numRowPartitions: number,
    readonly dtype: DType,
  ) {}
  get cls(): PyType {
    return dynamicRaggedShapeType;
  }
}

/** tf.shape of a ragged tensor. */
export function raggedShapeOf(r: RaggedTensor, dtype: DType): DynamicRaggedShape {
  const lengths: Dim[] = [r.nrows()];
  r.nestedSplits.forEach((_, l) => {
    const uniform = r.uniformLengths[l];
    if (uniform !== null) lengths.push(uniform);
    else {
      const s = r.splits(l);
      lengths.push(s.slice(1).map((v, i) => v - s[i]));
    }
  });
  lengths.push(...r.flatValues.shape.slice(1));
  return new DynamicRaggedShape(lengths, r.raggedRank, dtype);
}

const pyLengths = (s: DynamicRaggedShape): PyList =>
  new PyList(s.lengths.map((d) => (typeof d === 'number' ? d : new PyTuple(d.slice()))));

const text = (s: DynamicRaggedShape) => `<DynamicRaggedShape lengths=${repr(pyLengths(s))} num_row_partitions=${s.numRowPartitions}>`;
const shape = (v: PyValue) => v as DynamicRaggedShape;

defineMethod(dynamicRaggedShapeType, '__repr__', (self) => text(shape(self)));
defineMethod(dynamicRaggedShapeType, '__str__', (self) => text(shape(self)));
defineGetter(dynamicRaggedShapeType, 'rank', (self) => shape(self).lengths.length);
defineGetter(dynamicRaggedShapeType, 'num_row_partitions', (self) => shape(self).numRowPartitions);
defineGetter(dynamicRaggedShapeType, 'dtype', (self) => shape(self).dtype);
defineMethod(dynamicRaggedShapeType, 'static_lengths', (self) => pyLengths(shape(self)));
defineMethod(dynamicRaggedShapeType, '__getitem__', (self, args) => {
  const s = shape(self);
  const rank = s.lengths.length;
  let i = asIndex(args[0]);
  if (i < -rank || i >= rank) throw indexError(`Index ${i} is out of range for rank ${rank}`);
  if (i < 0) i += rank;
  const d = s.lengths[i];
  if (typeof d !== 'number') throw valueError(`Index ${i} is not uniform`);
  return tensorFromValues(s.dtype === dtypes.int64 ? [BigInt(d)] : [d], [], s.dtype, 'CPU:0');
});

/** DynamicRaggedShape.from_lengths(lengths, num_row_partitions=None, dtype=tf.int64). */
export function shapeFromLengths(lengthsArg: PyValue, partitionsArg: PyValue, dtype: DType): DynamicRaggedShape {
  const lengths: Dim[] = iterToArray(lengthsArg).map((d) => (typeof d === 'number' || typeof d === 'bigint' ? Number(d) : iterToArray(d).map((x) => asIndex(x))));
  const lastRagged = lengths.reduce<number>((at, d, i) => (typeof d === 'number' ? at : i), -1);
  const partitions = partitionsArg === null ? Math.max(0, lastRagged) : asIndex(partitionsArg);
  return new DynamicRaggedShape(lengths, partitions, dtype);
}

/** A RaggedTensor (or a plain tensor without row partitions) of this shape, every value `fill`. */
export function filledLike(s: DynamicRaggedShape, fill: Tensor): Tensor | RaggedTensor {
  const uniformDims = s.lengths.slice(s.numRowPartitions + 1).map((d) => d as number);
  if (s.numRowPartitions === 0) return api.broadcastTo(fill, s.lengths.map((d) => d as number));
  const nested: number[][] = [];
  const uniform: (number | null)[] = [];
  let rows = s.lengths[0] as number;
  for (let l = 1; l <= s.numRowPartitions; l++) {
    const d = s.lengths[l];
    const lengths = typeof d === 'number' ? new Array<number>(rows).fill(d) : d.slice();
    if (lengths.length !== rows) throw valueError(`Row lengths ${repr(new PyTuple(lengths))} do not match ${rows} rows`);
    const splits = [0];
    for (const len of lengths) splits.push(splits[splits.length - 1] + len);
    nested.push(splits);
    uniform.push(typeof d === 'number' ? d : null);
    rows = splits[splits.length - 1];
  }
  const flat = api.broadcastTo(fill, [rows, ...uniformDims]);
  return new RaggedTensor(
    flat,
    nested.map((sp) => splitsTensor(sp, dtypes.int64, flat.device)),
    uniform,
  );
}

// Building ragged tensors: tf.ragged.constant from nested Python lists (TF's ragged_factory_ops
// rules for nesting depth, ragged_rank and inner shape) and the RaggedTensor.from_* factories with
// TF's validation of the row partition.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { repr as pyRepr } from '../../interpreter/ops/text.js';
import { PyBaseException, valueError } from '../../interpreter/objects/exceptions.js';
import { dtypes, DType } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import * as api from '../ops/api.js';
import { tfErrorTypes } from '../errors.js';
import { NdArray } from '../numpy-lite.js';
import { toPyList } from '../numpy/ndarray.js';
import { currentDevice } from '../device.js';
import { RaggedTensor, splitsTensor, takeRows } from './ragged-tensor.js';

const isList = (v: PyValue): v is PyList | PyTuple => v instanceof PyList || v instanceof PyTuple;
/** Python lists and tuples nest; so do numpy arrays of rank >= 1 (np.ndim(x) != 0). */
const isNested = (v: PyValue): boolean => isList(v) || (v instanceof NdArray && v.shape.length > 0);
const children = (v: PyValue): PyValue[] => (isList(v) ? v.items.slice() : (toPyList(v as NdArray) as PyList).items.slice());

/** TF's _find_scalar_and_max_depth: [depth of the scalars or null when there are none, max depth]. */
function scalarAndMaxDepth(v: PyValue): [number | null, number] {
  if (!isNested(v)) return [0, 0];
  let scalar: number | null = null;
  let max = 1;
  for (const child of children(v)) {
    const [s, m] = scalarAndMaxDepth(child);
    if (s !== null) {
      if (scalar !== null && scalar !== s + 1) throw valueError('all scalar values must have the same nesting depth');
      scalar = s + 1;
    }
    max = Math.max(max, m + 1);
  }
  return [scalar, max];
}

/** TF's _default_inner_shape_for_pylist: the uniform shape below `raggedRank` ragged levels. */
function defaultInnerShape(pylist: PyValue, raggedRank: number): number[] {
  let flat = children(pylist);
  for (let dim = 1; dim < raggedRank + 1; dim++) {
    if (!flat.every(isNested)) {
      throw valueError(`pylist has scalar values depth ${dim}, but ragged_rank=${raggedRank} requires scalar value depth greater than ${raggedRank}`);
    }
    flat = flat.flatMap(children);
  }
  const shapeOf = (item: PyValue): number[] => {
    if (!isNested(item)) return [];
    const c = children(item);
    return c.length > 0 ? [c.length, ...shapeOf(c[0])] : [0];
  };
  const inner = [flat.length, ...(flat.length > 0 ? shapeOf(flat[0]) : [])];
  const check = (item: PyValue, shape: number[]): void => {
    if (isNested(item) !== shape.length > 0) throw valueError('inner values have inconsistent shape');
    if (!isNested(item)) return;
    const c = children(item);
    if (shape[0] !== c.length) throw valueError('inner values have inconsistent shape');
    for (const child of c) check(child, shape.slice(1));
  };
  check(new PyList(flat), inner);
  return inner.slice(1);
}

/** tf.ragged.constant: a RaggedTensor, or a plain Tensor when the list has no ragged level. */
export function raggedConstant(pylist: PyValue, dtype: DType | null, raggedRankArg: number | null, innerShapeArg: number[] | null, splitsDtype: DType): Tensor | RaggedTensor {
  if (!isNested(pylist)) {
    if (raggedRankArg !== null && raggedRankArg !== 0) throw valueError(`Invalid pylist=${pyRepr(pylist)}: incompatible with ragged_rank=${raggedRankArg}`);
    return toTensor(pylist, dtype);
  }
  if (raggedRankArg !== null && raggedRankArg < 0) throw valueError(`Invalid ragged_rank=${raggedRankArg}: must be nonnegative`);
  const [scalarDepth, maxDepth] = scalarAndMaxDepth(pylist);
  if (scalarDepth !== null) {
    if (maxDepth > scalarDepth) throw valueError(`Invalid pylist=${pyRepr(pylist)}: empty list nesting is greater than scalar value nesting`);
    if (raggedRankArg !== null && maxDepth < raggedRankArg) throw valueError(`Invalid pylist=${pyRepr(pylist)}, max depth smaller than ragged_rank=${raggedRankArg}`);
  }
  if (raggedRankArg === 0 || (raggedRankArg === null && (maxDepth < 2 || (innerShapeArg !== null && maxDepth - innerShapeArg.length < 2)))) {
    const t = toTensor(pylist, dtype);
    return innerShapeArg === null ? t : api.reshape(t, innerShapeArg);
  }
  const innerShape = innerShapeArg ?? (raggedRankArg === null ? [] : defaultInnerShape(pylist, raggedRankArg));
  const raggedRank = raggedRankArg ?? (scalarDepth === null ? Math.max(1, maxDepth - 1) : Math.max(1, scalarDepth - 1 - innerShape.length));
  const nested: number[][] = [];
  let values: PyValue[] = children(pylist);
  for (let dim = 0; dim < raggedRank; dim++) {
    const splits = [0];
    const next: PyValue[] = [];
    for (const row of values) {
      const c = isNested(row) ? children(row) : [];
      splits.push(splits[splits.length - 1] + c.length);
      next.push(...c);
    }
    nested.push(splits);
    values = next;
  }
  let flat = toTensor(new PyList(values), dtype);
  const shape = [values.length, ...innerShape];
  if (flat.shape.length !== shape.length || flat.shape.some((d, i) => d !== shape[i])) flat = api.reshape(flat, shape);
  const device = currentDevice();
  return new RaggedTensor(flat, nested.map((s) => splitsTensor(s, splitsDtype, device)));
}

const invalidArgument = (msg: string) => new PyBaseException(tfErrorTypes.InvalidArgumentError, [msg]);

/** TF's assert_non_negative text for a partition vector. */
function nonNegativeError(factory: string, what: 'RaggedTensor:monotonic' | 'RowPartition', shown: number[], dtype: DType): PyBaseException {
  const head = what === 'RowPartition' ? `Arguments to ${factory} do not form a valid RowPartition.  ` : `Arguments to ${factory} do not form a valid RaggedTensor:monotonic.  `;
  return invalidArgument(`${head}\nCondition x >= 0 did not hold element-wise:\nx (shape=(${shown.length},) dtype=${dtype.name}) = \n[${shown.map((v) => `'${v}'`).join(', ')}]`);
}

const equalityText = (x: number, y: number) => `Condition x == y did not hold.\nFirst 1 elements of x:\n[${x}]\nFirst 1 elements of y:\n[${y}]`;

/** Partition vectors: ints as the given dtype (int64 by default). */
export function partitionVector(v: PyValue, dtype: DType | null): Tensor {
  const empty = (v instanceof PyList || v instanceof PyTuple) && v.items.length === 0;
  const t = v instanceof Tensor ? v : toTensor(v, empty ? (dtype ?? dtypes.int64) : null, dtype ?? dtypes.int64);
  if (t.dtype !== dtypes.int64 && t.dtype !== dtypes.int32) throw valueError(`row partition tensors must be int32 or int64, got ${t.dtype.name}`);
  return t;
}

const numbers = (t: Tensor) => Array.from(t.values() as ArrayLike<number | bigint>, Number);
const valuesTensor = (v: PyValue): Tensor | RaggedTensor => (v instanceof RaggedTensor ? v : toTensor(v));
const nvalsOf = (v: Tensor | RaggedTensor) => (v instanceof RaggedTensor ? v.nrows() : v.shape[0]);

/** Wraps `values` (a tensor or a ragged tensor) in one more outer partition. */
function wrap(values: Tensor | RaggedTensor, splits: number[], dtype: DType): RaggedTensor {
  const device = values instanceof RaggedTensor ? values.flatValues.device : values.device;
  if (values instanceof RaggedTensor && values.splitsDtype !== dtype) throw valueError('dtype mismatch');
  const outer = splitsTensor(splits, dtype, device);
  if (values instanceof RaggedTensor) return new RaggedTensor(values.flatValues, [outer, ...values.nestedSplits], [null, ...values.uniformLengths]);
  return new RaggedTensor(values, [outer]);
}

function checkSplits(factory: string, splits: number[], nvals: number, dtype: DType): void {
  if (splits.length === 0) throw valueError('row_splits tensor may not be empty.');
  if (splits[0] !== 0) throw invalidArgument(`Arguments to ${factory} do not form a valid RaggedTensor:zero\n${equalityText(splits[0], 0)}`);
  const diffs = splits.slice(1).map((v, i) => v - splits[i]);
  if (diffs.some((d) => d < 0)) throw nonNegativeError(factory, 'RaggedTensor:monotonic', diffs.slice(0, 3), dtype);
  if (splits[splits.length - 1] !== nvals) {
    throw invalidArgument(`Arguments to _from_row_partition do not form a valid RaggedTensor\n${equalityText(splits[splits.length - 1], nvals)}`);
  }
}

export function fromRowSplits(valuesArg: PyValue, splitsArg: PyValue, factory = 'from_row_splits'): RaggedTensor {
  const values = valuesTensor(valuesArg);
  const t = partitionVector(splitsArg, null);
  if (t.rank !== 1) throw valueError(`Shape ${JSON.stringify(t.shape)} must have rank 1`);
  const splits = numbers(t);
  checkSplits(factory, splits, nvalsOf(values), t.dtype);
  return wrap(values, splits, t.dtype);
}

export function fromRowLengths(valuesArg: PyValue, lengthsArg: PyValue): RaggedTensor {
  const values = valuesTensor(valuesArg);
  const t = partitionVector(lengthsArg, null);
  const lengths = numbers(t);
  if (lengths.some((l) => l < 0)) throw nonNegativeError('from_row_lengths', 'RowPartition', lengths.slice(0, 3), t.dtype);
  const splits = [0];
  for (const l of lengths) splits.push(splits[splits.length - 1] + l);
  const total = splits[splits.length - 1];
  if (total !== nvalsOf(values)) throw invalidArgument(`Arguments to _from_row_partition do not form a valid RaggedTensor\n${equalityText(total, nvalsOf(values))}`);
  return wrap(values, splits, t.dtype);
}

export function fromRowStartsOrLimits(valuesArg: PyValue, arg: PyValue, kind: 'starts' | 'limits'): RaggedTensor {
  const values = valuesTensor(valuesArg);
  const t = partitionVector(arg, null);
  const v = numbers(t);
  const splits = kind === 'starts' ? [...v, nvalsOf(values)] : [0, ...v];
  checkSplits(`from_row_${kind}`, splits, nvalsOf(values), t.dtype);
  return wrap(values, splits, t.dtype);
}

export function fromValueRowids(valuesArg: PyValue, rowidsArg: PyValue, nrowsArg: PyValue): RaggedTensor {
  const values = valuesTensor(valuesArg);
  const t = partitionVector(rowidsArg, null);
  const ids = numbers(t);
  const nvals = nvalsOf(values);
  if (ids.length !== nvals) throw valueError(`Shapes (${nvals},) and (${ids.length},) are incompatible`);
  const diffs = ids.slice(1).map((v, i) => v - ids[i]);
  if (diffs.some((d) => d < 0)) throw nonNegativeError('from_value_rowids', 'RowPartition', diffs.slice(0, 3), t.dtype);
  const last = ids.length > 0 ? ids[ids.length - 1] : -1;
  const nrows = nrowsArg === null ? last + 1 : numbers(toTensor(nrowsArg, null, t.dtype))[0];
  if (nrows < last + 1) throw valueError(`Expected nrows >= value_rowids[-1] + 1; got nrows=${nrows}, value_rowids[-1]=${last}`);
  const splits = new Array<number>(nrows + 1).fill(0);
  for (const id of ids) splits[id + 1]++;
  for (let i = 1; i <= nrows; i++) splits[i] += splits[i - 1];
  return wrap(values, splits, t.dtype);
}

/** RaggedTensor.from_tensor: every row of a dense tensor, cut at `lengths` or before trailing `padding`. */
export function fromTensor(tensorArg: PyValue, lengthsArg: PyValue, paddingArg: PyValue, raggedRank: number, splitsDtype: DType): RaggedTensor {
  const t = toTensor(tensorArg);
  if (t.rank < 2) throw valueError(`ragged_rank=${raggedRank} must be less than the rank of the tensor (${t.rank}): a RaggedTensor needs a dense tensor of rank 2 or more`);
  if (raggedRank !== 1) throw valueError(`from_tensor with ragged_rank=${raggedRank} is not supported here (ragged_rank=1 only)`);
  const [nrows, ncols] = t.shape;
  const inner = t.shape.slice(2);
  const rows = api.reshape(t, [nrows * ncols, ...inner]);
  let lengths: number[];
  if (lengthsArg !== null) {
    lengths = numbers(toTensor(lengthsArg, null, dtypes.int64)).map((l) => Math.min(l, ncols));
  } else if (paddingArg !== null) {
    const pad = toTensor(paddingArg, t.dtype);
    const same = api.equal(t, pad);
    const flags = Array.from(same.values() as ArrayLike<number>, Boolean);
    const per = numElementsOf(inner);
    lengths = Array.from({ length: nrows }, (_, r) => {
      let len = ncols;
      while (len > 0) {
        const base = (r * ncols + len - 1) * per;
        if (!flags.slice(base, base + per).every(Boolean)) break;
        len--;
      }
      return len;
    });
  } else {
    lengths = new Array<number>(nrows).fill(ncols);
  }
  const keep: number[] = [];
  const splits = [0];
  lengths.forEach((len, r) => {
    for (let c = 0; c < len; c++) keep.push(r * ncols + c);
    splits.push(splits[splits.length - 1] + len);
  });
  const flat = api.reshape(takeRows(rows, keep), [keep.length, ...inner]);
  return new RaggedTensor(flat, [splitsTensor(splits, splitsDtype, t.device)]);
}

const numElementsOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** RaggedTensor.from_uniform_row_length: rows of `length` values each (a uniform partition, whose
 *  length shows in the static shape). */
export function fromUniformRowLength(valuesArg: PyValue, lengthArg: PyValue, nrowsArg: PyValue): RaggedTensor {
  const values = valuesTensor(valuesArg);
  const length = numbers(toTensor(lengthArg, null, dtypes.int64))[0];
  const nvals = nvalsOf(values);
  if (length < 0) throw valueError('uniform_row_length must be non-negative');
  const nrows = nrowsArg !== null ? numbers(toTensor(nrowsArg, null, dtypes.int64))[0] : length === 0 ? 0 : nvals / length;
  if (!Number.isInteger(nrows) || nrows * length !== nvals) {
    throw invalidArgument(`Arguments to from_uniform_row_length do not form a valid RaggedTensor\n${equalityText(nrows * length, nvals)}`);
  }
  const splits = Array.from({ length: nrows + 1 }, (_, i) => i * length);
  const r = wrap(values, splits, dtypes.int64);
  return new RaggedTensor(r.flatValues, r.nestedSplits, [length, ...r.uniformLengths.slice(1)]);
}

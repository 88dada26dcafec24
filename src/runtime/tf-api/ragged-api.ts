// tf.ragged (constant, range, map_flat_values, stack), tf.RaggedTensor with its from_* factories,
// the ragged operators, and the dispatch of tf functions on ragged arguments (ragged-dispatch.ts).
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyModule, PyStaticMethod } from '../../interpreter/objects/function.js';
import { PyList } from '../../interpreter/objects/values.js';
import { builtinFunction, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { call } from '../../interpreter/ops/call.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { dtypes } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import '../ragged/ragged-methods.js';
import { RaggedTensor, raggedTensorType, splitsTensor } from '../ragged/ragged-tensor.js';
import { fromRowLengths, fromRowSplits, fromRowStartsOrLimits, fromTensor, fromUniformRowLength, fromValueRowids, partitionVector, raggedConstant } from '../ragged/ragged-build.js';
import { raggedBooleanMask } from '../ragged/ragged-mask.js';
import { SparseTensor } from '../sparse/sparse-tensor.js';
import { tensorFromValues } from '../tensor.js';
import { typeError, valueError, PyBaseException } from '../../interpreter/objects/exceptions.js';
import { tfErrorTypes } from '../errors.js';
import { kernelError } from '../ops/shape-errors.js';
import { installRaggedDispatch } from '../ragged/ragged-dispatch.js';
import { dynamicRaggedShapeType, shapeFromLengths } from '../ragged/ragged-shape.js';
import { addFunctions, dtypeArg, Fn, intList, submodule } from './shape-args.js';
import { dtypeOrNull } from './math-args.js';

const P = {
  constant: pyParams('constant', ['pylist', 'dtype', 'ragged_rank', 'inner_shape', 'name', 'row_splits_dtype'], {
    dtype: null,
    ragged_rank: null,
    inner_shape: null,
    name: null,
    row_splits_dtype: dtypes.int64,
  }),
  range: pyParams('range', ['starts', 'limits', 'deltas', 'dtype', 'name', 'row_splits_dtype'], { limits: null, deltas: 1, dtype: null, name: null, row_splits_dtype: dtypes.int64 }),
  mapFlat: pyParams('map_flat_values', ['op'], {}),
  stack: pyParams('stack', ['values', 'axis', 'name'], { axis: 0, name: null }),
  splits: pyParams('from_row_splits', ['values', 'row_splits', 'name', 'validate'], { name: null, validate: true }),
  lengths: pyParams('from_row_lengths', ['values', 'row_lengths', 'name', 'validate'], { name: null, validate: true }),
  starts: pyParams('from_row_starts', ['values', 'row_starts', 'name', 'validate'], { name: null, validate: true }),
  limits: pyParams('from_row_limits', ['values', 'row_limits', 'name', 'validate'], { name: null, validate: true }),
  rowids: pyParams('from_value_rowids', ['values', 'value_rowids', 'nrows', 'name', 'validate'], { nrows: null, name: null, validate: true }),
  nestedSplits: pyParams('from_nested_row_splits', ['flat_values', 'nested_row_splits', 'name', 'validate'], { name: null, validate: true }),
  nestedLengths: pyParams('from_nested_row_lengths', ['flat_values', 'nested_row_lengths', 'name', 'validate'], { name: null, validate: true }),
  uniform: pyParams('from_uniform_row_length', ['values', 'uniform_row_length', 'nrows', 'validate', 'name'], { nrows: null, validate: true, name: null }),
  sparse: pyParams('from_sparse', ['st_input', 'name', 'row_splits_dtype'], { name: null, row_splits_dtype: dtypes.int64 }),
  mask: pyParams('boolean_mask', ['data', 'mask', 'name'], { name: null }),
  segIds: pyParams('row_splits_to_segment_ids', ['splits', 'name', 'out_type'], { name: null, out_type: null }),
  segSplits: pyParams('segment_ids_to_row_splits', ['segment_ids', 'num_segments', 'out_type', 'name'], { num_segments: null, out_type: null, name: null }),
  tensor: pyParams('from_tensor', ['tensor', 'lengths', 'padding', 'ragged_rank', 'name', 'row_splits_dtype'], {
    lengths: null,
    padding: null,
    ragged_rank: 1,
    name: null,
    row_splits_dtype: dtypes.int64,
  }),
};

const invalidArgument = (msg: string) => new PyBaseException(tfErrorTypes.InvalidArgumentError, [msg]);
const listItems = (v: PyValue): PyValue[] => iterToArray(v);

const factories: Record<string, Fn> = {
  from_row_splits: (a, k) => {
    const p = P.splits(a, k);
    return fromRowSplits(p.values, p.row_splits);
  },
  from_row_lengths: (a, k) => {
    const p = P.lengths(a, k);
    return fromRowLengths(p.values, p.row_lengths);
  },
  from_row_starts: (a, k) => {
    const p = P.starts(a, k);
    return fromRowStartsOrLimits(p.values, p.row_starts, 'starts');
  },
  from_row_limits: (a, k) => {
    const p = P.limits(a, k);
    return fromRowStartsOrLimits(p.values, p.row_limits, 'limits');
  },
  from_value_rowids: (a, k) => {
    const p = P.rowids(a, k);
    return fromValueRowids(p.values, p.value_rowids, p.nrows);
  },
  from_nested_row_splits: (a, k) => {
    const p = P.nestedSplits(a, k);
    return listItems(p.nested_row_splits).reduceRight<PyValue>((values, splits) => fromRowSplits(values, splits), p.flat_values);
  },
  from_nested_row_lengths: (a, k) => {
    const p = P.nestedLengths(a, k);
    return listItems(p.nested_row_lengths).reduceRight<PyValue>((values, lengths) => fromRowLengths(values, lengths), p.flat_values);
  },
  from_uniform_row_length: (a, k) => {
    const p = P.uniform(a, k);
    return fromUniformRowLength(p.values, p.uniform_row_length, p.nrows);
  },
  from_sparse: (a, k) => {
    const st = P.sparse(a, k).st_input;
    if (!(st instanceof SparseTensor)) throw typeError(`st_input must be a SparseTensor, got ${String(st)}`);
    if (st.shape.length !== 2) throw valueError('rank(st_input) must be 2.');
    const coords = st.coords();
    // TF requires entries in row-major order with no gaps inside a row.
    coords.forEach((c, i) => {
      const prev = coords[i - 1];
      const expected = prev !== undefined && prev[0] === c[0] ? prev[1] + 1 : 0;
      if (c[1] !== expected) throw invalidArgument('SparseTensor is not right-ragged');
    });
    return fromValueRowids(st.values, tensorFromValues(coords.map((c) => BigInt(c[0])), [coords.length], dtypes.int64, st.values.device), st.shape[0]);
  },
  from_tensor: (a, k) => {
    const p = P.tensor(a, k);
    return fromTensor(p.tensor, p.lengths, p.padding, asIndex(p.ragged_rank), dtypeArg(p.row_splits_dtype, dtypes.int64));
  },
};

/** tf.ragged.range: row i counts from starts[i] to limits[i] by deltas[i] (scalars broadcast). */
function raggedRange(p: Record<string, PyValue>): RaggedTensor {
  const [startsArg, limitsArg] = p.limits === null ? [0, p.starts] : [p.starts, p.limits];
  const dtype = dtypeOrNull(p.dtype);
  const parts = [startsArg, limitsArg, p.deltas].map((v) => toTensor(v, dtype));
  const n = Math.max(...parts.map((t) => (t.rank === 0 ? 1 : t.shape[0])));
  if (parts.some((t) => t.rank > 1 || (t.rank === 1 && t.shape[0] !== n))) {
    throw valueError('starts, limits and deltas must be scalars or vectors of the same length');
  }
  const at = (t: Tensor, i: number) => Number(t.values()[t.rank === 0 ? 0 : i]);
  const values: number[] = [];
  const splits = [0];
  for (let i = 0; i < n; i++) {
    const [s, l, d] = parts.map((t) => at(t, i));
    if (d === 0) throw kernelError('RaggedRange', 'Requires delta != 0');
    for (let v = s; d > 0 ? v < l : v > l; v += d) values.push(v);
    splits.push(values.length);
  }
  const flat = toTensor(new PyList(values), parts[0].dtype);
  return new RaggedTensor(flat, [splitsTensor(splits, dtypeArg(p.row_splits_dtype, dtypes.int64), flat.device)]);
}

const raggedFns: Record<string, Fn> = {
  constant: (a, k) => {
    const p = P.constant(a, k);
    const raggedRank = p.ragged_rank === null ? null : asIndex(p.ragged_rank);
    const inner = p.inner_shape === null ? null : intList(p.inner_shape);
    return raggedConstant(p.pylist, dtypeOrNull(p.dtype), raggedRank, inner, dtypeArg(p.row_splits_dtype, dtypes.int64));
  },
  range: (a, k) => raggedRange(P.range(a, k)),
  map_flat_values: (a, k) => {
    const op = a[0];
    const rest = a.slice(1);
    const ref = [...rest, ...(k ? [...k.values()] : [])].find((v) => v instanceof RaggedTensor) as RaggedTensor | undefined;
    const swap = (v: PyValue) => (v instanceof RaggedTensor ? v.flatValues : v);
    const out = call(op, rest.map(swap), k === null ? null : new Map([...k].map(([n, v]) => [n, swap(v)])));
    if (ref === undefined) return out;
    return ref.withFlatValues(toTensor(out));
  },
};

const operators: [string, string, boolean][] = [
  ['__add__', 'add', false],
  ['__radd__', 'add', true],
  ['__sub__', 'subtract', false],
  ['__rsub__', 'subtract', true],
  ['__mul__', 'multiply', false],
  ['__rmul__', 'multiply', true],
  ['__truediv__', 'truediv', false],
  ['__rtruediv__', 'truediv', true],
  ['__floordiv__', 'floordiv', false],
  ['__rfloordiv__', 'floordiv', true],
  ['__mod__', 'floormod', false],
  ['__rmod__', 'floormod', true],
  ['__pow__', 'pow', false],
  ['__rpow__', 'pow', true],
  ['__lt__', 'less', false],
  ['__le__', 'less_equal', false],
  ['__gt__', 'greater', false],
  ['__ge__', 'greater_equal', false],
  ['__eq__', 'equal', false],
  ['__ne__', 'not_equal', false],
  ['__and__', 'logical_and', false],
  ['__rand__', 'logical_and', true],
  ['__or__', 'logical_or', false],
  ['__ror__', 'logical_or', true],
  ['__xor__', 'logical_xor', false],
];

export function installRaggedApi(tf: PyModule): void {
  installRaggedDispatch(tf);
  const math = tf.dict.get('math') as PyModule;
  for (const [dunder, fn, reflected] of operators) {
    defineMethod(raggedTensorType, dunder, (self, args) => call(math.dict.get(fn)!, reflected ? [args[0], self] : [self, args[0]], null));
  }
  defineMethod(raggedTensorType, '__neg__', (self) => call(math.dict.get('negative')!, [self], null));
  defineMethod(raggedTensorType, '__abs__', (self) => call(math.dict.get('abs')!, [self], null));
  defineMethod(raggedTensorType, '__invert__', (self) => call(math.dict.get('logical_not')!, [self], null));
  for (const [name, fn] of Object.entries(factories)) raggedTensorType.dict.set(name, new PyStaticMethod(builtinFunction(name, fn)));

  const ragged = submodule(tf, 'ragged', 'tensorflow._api.v2.ragged');
  addFunctions(ragged, raggedFns);
  addFunctions(ragged, {
    stack: (a, k) => {
      const p = P.stack(a, k);
      const out = call(tf.dict.get('stack')!, [p.values, p.axis], null);
      // Dense inputs still give a RaggedTensor (with rows of equal length).
      return out instanceof Tensor && out.rank >= 2 ? fromTensor(out, null, null, 1, dtypes.int64) : out;
    },
    boolean_mask: (a, k) => {
      const p = P.mask(a, k);
      return raggedBooleanMask(tf, p.data, p.mask);
    },
    row_splits_to_segment_ids: (a, k) => {
      const p = P.segIds(a, k);
      const t = partitionVector(p.splits, null);
      const splits = Array.from(t.values() as ArrayLike<number | bigint>, Number);
      const ids = splits.slice(1).flatMap((v, i) => new Array<number>(Math.max(0, v - splits[i])).fill(i));
      return splitsTensor(ids, dtypeArg(p.out_type, t.dtype), t.device);
    },
    segment_ids_to_row_splits: (a, k) => {
      const p = P.segSplits(a, k);
      const ids = partitionVector(p.segment_ids, null);
      const n = p.num_segments === null ? null : p.num_segments;
      const r = fromValueRowids(tensorFromValues(new Array<number>(ids.shape[0]).fill(0), [ids.shape[0]], dtypes.int32, ids.device), ids, n);
      return p.out_type === null ? r.nestedSplits[0] : splitsTensor(r.splits(), dtypeArg(p.out_type, dtypes.int64), ids.device);
    },
  });
  ragged.dict.set('RaggedTensor', raggedTensorType);
  const experimental = submodule(tf, 'experimental', 'tensorflow._api.v2.experimental');
  experimental.dict.set('DynamicRaggedShape', dynamicRaggedShapeType);
  const fromLengths = pyParams('from_lengths', ['lengths', 'num_row_partitions', 'dtype'], { num_row_partitions: null, dtype: dtypes.int64 });
  dynamicRaggedShapeType.dict.set(
    'from_lengths',
    new PyStaticMethod(
      builtinFunction('from_lengths', (a, k) => {
        const p = fromLengths(a, k);
        return shapeFromLengths(p.lengths, p.num_row_partitions, dtypeArg(p.dtype, dtypes.int64));
      }),
    ),
  );
  tf.dict.set('RaggedTensor', raggedTensorType);
  const isTensor = tf.dict.get('is_tensor');
  if (isTensor !== undefined) {
    addFunctions(tf, { is_tensor: (a, k) => (a[0] instanceof RaggedTensor ? true : call(isTensor, a, k)) });
  }
}

// TF's ragged dispatch for the tf functions scripts apply to ragged tensors: elementwise ops run
// on the flat values (operands must share their row partitions; scalars and dense tensors
// broadcast), reductions turn ragged axes into segment reductions over the rows, and concat/stack
// join row partitions. Each function keeps its dense behaviour: the wrapper only steps in when an
// argument is a RaggedTensor.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { PyBaseException, valueError } from '../../interpreter/objects/exceptions.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { builtinFunction, pyParams } from '../../interpreter/builtins/define.js';
import { call, Kwargs } from '../../interpreter/ops/call.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import * as api from '../ops/api.js';
import { concat as concatTensors, stack as stackTensors } from '../ops/shape-layout.js';
import { dtypeOrNull } from '../tf-api/math-args.js';
import { batchRaggedRows } from './ragged-rows.js';
import { tfErrorTypes } from '../errors.js';
import { formatNdarrayStr } from '../printing/ndarray-text.js';
import { RaggedTensor, rowOf, rowRanges, selectRows as selectRowsOf, splitsTensor, takeRows } from './ragged-tensor.js';
import { fromTensor } from './ragged-build.js';
import { DynamicRaggedShape, filledLike, raggedShapeOf } from './ragged-shape.js';

const UNARY = [
  'abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'ceil', 'cos', 'cosh', 'digamma', 'erf', 'erfc', 'erfinv', 'exp',
  'expm1', 'floor', 'is_finite', 'is_inf', 'is_nan', 'lgamma', 'log', 'log1p', 'log_sigmoid', 'logical_not', 'negative',
  'reciprocal', 'rint', 'round', 'rsqrt', 'sigmoid', 'sign', 'sin', 'sinh', 'softplus', 'softsign', 'sqrt', 'square', 'tan',
  'tanh', 'relu', 'relu6', 'elu', 'selu', 'gelu', 'leaky_relu', 'cast', 'saturate_cast', 'identity', 'zeros_like',
  'ones_like', 'lower', 'upper', 'length', 'substr', 'strip', 'to_number', 'as_string', 'regex_replace', 'clip_by_value',
  'to_hash_bucket_fast', 'to_hash_bucket', 'to_hash_bucket_strong', 'embedding_lookup', 'size',
];
/** Functions whose first argument is a list of operands. */
const LIST_ELEMENTWISE = ['add_n', 'join'];
const BINARY = [
  'add', 'subtract', 'multiply', 'divide', 'truediv', 'floordiv', 'floormod', 'mod', 'maximum', 'minimum', 'pow', 'equal',
  'not_equal', 'less', 'less_equal', 'greater', 'greater_equal', 'logical_and', 'logical_or', 'logical_xor',
  'squared_difference', 'atan2', 'divide_no_nan', 'realdiv', 'truncatediv', 'truncatemod', 'xdivy', 'xlogy',
  'multiply_no_nan',
];
const REDUCTIONS = ['reduce_sum', 'reduce_mean', 'reduce_max', 'reduce_min', 'reduce_prod', 'reduce_any', 'reduce_all'];

const invalidArgument = (msg: string) => new PyBaseException(tfErrorTypes.InvalidArgumentError, [msg]);
const int64Text = (xs: number[], shape: number[]) => formatNdarrayStr(xs.map((v) => BigInt(v)), shape, 'int64');

/** TF's assert_equal text when two operands' row partitions differ. */
function partitionMismatch(x: number[], y: number[]): PyBaseException {
  if (x.length !== y.length) return invalidArgument('Condition x == y did not hold.\nFirst 1 elements of x:\n[False]\nFirst 1 elements of y:\n[ True]');
  const differ = x.map((_, i) => i).filter((i) => x[i] !== y[i]).slice(0, 3);
  const n = Math.min(3, x.length);
  return invalidArgument(
    `Condition x == y did not hold.\nIndices of first ${differ.length} different values:\n${int64Text(differ, [differ.length, 1])}\n` +
      `Corresponding x values:\n${int64Text(differ.map((i) => x[i]), [differ.length])}\nCorresponding y values:\n${int64Text(differ.map((i) => y[i]), [differ.length])}\n` +
      `First ${n} elements of x:\n${int64Text(x.slice(0, n), [n])}\nFirst ${n} elements of y:\n${int64Text(y.slice(0, n), [n])}`,
  );
}

function checkSamePartitions(a: RaggedTensor, b: RaggedTensor): void {
  if (a.raggedRank !== b.raggedRank) throw valueError(`Ragged ranks differ: ${a.raggedRank} != ${b.raggedRank}`);
  for (let l = 0; l < a.raggedRank; l++) {
    const x = a.splits(l);
    const y = b.splits(l);
    if (x.length !== y.length || x.some((v, i) => v !== y[i])) throw partitionMismatch(x, y);
  }
}

const valueRowids = (r: RaggedTensor): number[] => rowRanges(r).flatMap(([a, b], i) => new Array<number>(b - a).fill(i));

/** A dense operand next to a ragged one, as a tensor that broadcasts against the flat values. */
function denseOperand(ref: RaggedTensor, v: PyValue): PyValue {
  if (!(v instanceof Tensor) && !(v instanceof PyList) && !(v instanceof PyTuple)) return v; // Python scalars convert as usual
  const t = toTensor(v, null, ref.dtype);
  const innerRank = ref.flatValues.rank - 1;
  if (t.rank <= innerRank) return t;
  // [k, inner...] against the innermost ragged dimension: every row must have k values (or k is 1).
  if (ref.raggedRank === 1 && t.rank === innerRank + 1) {
    const k = t.shape[0];
    if (k === 1) return api.reshape(t, t.shape.slice(1));
    const uniform = Array.from({ length: ref.nrows() + 1 }, (_, i) => i * k);
    const actual = ref.splits();
    if (uniform.some((v, i) => v !== actual[i])) throw partitionMismatch(uniform, actual);
    return takeRows(t, rowRanges(ref).flatMap(([a, b]) => Array.from({ length: b - a }, (_, j) => j)));
  }
  // [nrows, 1, inner...] against a ragged rank 1 tensor: each row's value repeats along its row.
  if (ref.raggedRank === 1 && t.rank === innerRank + 2 && t.shape[0] === ref.nrows() && t.shape[1] === 1) {
    return takeRows(api.reshape(t, [t.shape[0], ...t.shape.slice(2)]), valueRowids(ref));
  }
  throw valueError(`Unable to broadcast a dense tensor of shape ${JSON.stringify(t.shape)} against a RaggedTensor of shape ${ref.shapeDims().map((d) => (d === null ? 'None' : d)).join(', ')}`);
}

function hasRagged(args: PyValue[], kwargs: Kwargs): boolean {
  return args.some((a) => a instanceof RaggedTensor) || (kwargs !== null && [...kwargs.values()].some((a) => a instanceof RaggedTensor));
}

/** Keyword names of the operands of binary functions (the others are options such as name). */
const operandKeys = new Set(['x', 'y', 'a', 'b']);

/** An elementwise function applied to the flat values of its ragged operands. */
function elementwise(orig: PyValue, binary: boolean): (args: PyValue[], kwargs: Kwargs) => PyValue {
  return (args, kwargs) => {
    if (!hasRagged(args, kwargs)) return call(orig, args, kwargs);
    const all = [...args, ...(kwargs ? [...kwargs.values()] : [])];
    const ref = all.find((a) => a instanceof RaggedTensor) as RaggedTensor;
    const swap = (v: PyValue, operand: boolean): PyValue => {
      if (v instanceof RaggedTensor) {
        checkSamePartitions(ref, v);
        return v.flatValues;
      }
      return operand ? denseOperand(ref, v) : v;
    };
    const newArgs = args.map((a, i) => swap(a, binary && i < 2));
    const newKwargs: Kwargs = kwargs === null ? null : new Map([...kwargs].map(([k, v]) => [k, swap(v, binary && operandKeys.has(k))]));
    const out = call(orig, newArgs, newKwargs);
    // Ops that keep one result row per flat value row (all elementwise ops, lookups) stay ragged.
    return out instanceof Tensor && out.rank > 0 && out.shape[0] === ref.flatValues.shape[0] ? ref.withFlatValues(out) : out;
  };
}

/** add_n, strings.join: a list of operands sharing one row partition. */
function listElementwise(orig: PyValue): (args: PyValue[], kwargs: Kwargs) => PyValue {
  return (args, kwargs) => {
    const list = args[0];
    const items = list instanceof PyList || list instanceof PyTuple ? list.items : null;
    const ref = items?.find((v) => v instanceof RaggedTensor) as RaggedTensor | undefined;
    if (ref === undefined) return call(orig, args, kwargs);
    const swapped = items!.map((v) => {
      if (!(v instanceof RaggedTensor)) return denseOperand(ref, v);
      checkSamePartitions(ref, v);
      return v.flatValues;
    });
    const out = call(orig, [new PyList(swapped), ...args.slice(1)], kwargs);
    return out instanceof Tensor ? ref.withFlatValues(out) : out;
  };
}

/** tf.gather: rows of a ragged `params`, or dense params looked up by ragged indices. */
function gatherRows(orig: PyValue): (args: PyValue[], kwargs: Kwargs) => PyValue {
  const params = pyParams('gather', ['params', 'indices', 'validate_indices', 'axis', 'batch_dims', 'name'], {
    validate_indices: null,
    axis: null,
    batch_dims: 0,
    name: null,
  });
  const generic = elementwise(orig, false);
  return (args, kwargs) => {
    if (!hasRagged(args, kwargs)) return call(orig, args, kwargs);
    const p = params(args, kwargs);
    if (!(p.params instanceof RaggedTensor)) return generic(args, kwargs);
    if (p.axis !== null && Number(p.axis) !== 0) throw valueError('tfts gathers the rows of a RaggedTensor (axis=0) only');
    const r = p.params;
    const rows = toTensor(p.indices);
    const ids = Array.from(rows.values() as ArrayLike<number | bigint>, Number).map((i) => {
      if (i < 0 || i >= r.nrows()) throw valueError(`indices[${i}] is out of range [0, ${r.nrows()})`);
      return i;
    });
    return selectRowsOf(r, ids);
  };
}

/** tf.tile of a ragged rank 1 tensor: rows repeated whole (axis 0) and each row's values repeated
 *  (axis 1); inner dimensions tile the flat values. */
function tileRows(orig: PyValue): (args: PyValue[], kwargs: Kwargs) => PyValue {
  const params = pyParams('tile', ['input', 'multiples', 'name'], { name: null });
  return (args, kwargs) => {
    if (!hasRagged(args, kwargs)) return call(orig, args, kwargs);
    const p = params(args, kwargs);
    const r = p.input as RaggedTensor;
    if (r.raggedRank !== 1) throw valueError('tfts tiles RaggedTensors of ragged rank 1 only');
    const m = Array.from(toTensor(p.multiples).values() as ArrayLike<number | bigint>, Number);
    const rank = 1 + r.flatValues.rank;
    if (m.length !== rank) throw valueError(`Shape must be rank ${rank} but is rank ${m.length}`);
    const ranges = rowRanges(r);
    const order: number[] = [];
    const splits = [0];
    for (let rep = 0; rep < m[0]; rep++) {
      for (const [a, b] of ranges) {
        for (let k = 0; k < m[1]; k++) for (let j = a; j < b; j++) order.push(j);
        splits.push(order.length);
      }
    }
    let flat = takeRows(r.flatValues, order);
    if (m.slice(2).some((v) => v !== 1)) flat = call(orig, [flat, new PyList([1, ...m.slice(2)])], null) as Tensor;
    return new RaggedTensor(flat, [splitsTensor(splits, r.splitsDtype, flat.device)]);
  };
}

/** tf.map_fn over the rows of a ragged tensor: results join into a RaggedTensor unless
 *  fn_output_signature names a dense result. */
function mapRows(orig: PyValue): (args: PyValue[], kwargs: Kwargs) => PyValue {
  const params = pyParams('map_fn', ['fn', 'elems', 'dtype', 'parallel_iterations', 'back_prop', 'swap_memory', 'infer_shape', 'name', 'fn_output_signature'], {
    dtype: null,
    parallel_iterations: null,
    back_prop: true,
    swap_memory: false,
    infer_shape: true,
    name: null,
    fn_output_signature: null,
  });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    if (!(p.elems instanceof RaggedTensor)) return call(orig, args, kwargs);
    const r = p.elems;
    const outs = Array.from({ length: r.nrows() }, (_, i) => call(p.fn, [rowOf(r, i)], null));
    const signature = p.fn_output_signature ?? p.dtype;
    const ragged = signature === null || (signature as PyValue & { cls?: { name?: string } }).cls?.name === 'RaggedTensorSpec';
    if (ragged && outs.every((o) => o instanceof RaggedTensor || (o instanceof Tensor && o.rank > 0))) {
      return batchRaggedRows(outs as (Tensor | RaggedTensor)[]);
    }
    const dense = outs.map((o) => (o instanceof Tensor ? o : toTensor(o, signature === null ? null : dtypeOrNull(signature))));
    return stackTensors(dense, 0);
  };
}

/** tf.shape of a ragged tensor is a DynamicRaggedShape; tf.ones/zeros/broadcast_to take one. */
function shapeOf(orig: PyValue): (args: PyValue[], kwargs: Kwargs) => PyValue {
  const params = pyParams('shape', ['input', 'out_type', 'name'], { out_type: null, name: null });
  return (args, kwargs) => {
    if (!hasRagged(args, kwargs)) return call(orig, args, kwargs);
    const p = params(args, kwargs);
    return raggedShapeOf(p.input as RaggedTensor, dtypeOrNull(p.out_type) ?? dtypes.int32);
  };
}

function filledFromShape(name: 'ones' | 'zeros', orig: PyValue): (args: PyValue[], kwargs: Kwargs) => PyValue {
  const params = pyParams(name, ['shape', 'dtype', 'name', 'layout'], { dtype: dtypes.float32, name: null, layout: null });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    if (!(p.shape instanceof DynamicRaggedShape)) return call(orig, args, kwargs);
    const dtype = dtypeOrNull(p.dtype) ?? dtypes.float32;
    return filledLike(p.shape, api.fill([], dtype, name === 'ones' ? 1 : 0));
  };
}

function broadcastToShape(orig: PyValue): (args: PyValue[], kwargs: Kwargs) => PyValue {
  const params = pyParams('broadcast_to', ['input', 'shape', 'name'], { name: null });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    if (!(p.shape instanceof DynamicRaggedShape)) return call(orig, args, kwargs);
    const value = toTensor(p.input);
    if (value.rank !== 0) throw valueError('tfts broadcasts scalars to a DynamicRaggedShape only');
    return filledLike(p.shape, value);
  };
}

/** tf.rank: ragged dimensions count. */
function rankOf(orig: PyValue): (args: PyValue[], kwargs: Kwargs) => PyValue {
  return (args, kwargs) => {
    const x = args[0] ?? kwargs?.get('input');
    if (!(x instanceof RaggedTensor)) return call(orig, args, kwargs);
    return tensorFromValues([x.raggedRank + x.flatValues.rank], [], dtypes.int32, x.flatValues.device);
  };
}

// --- reductions ---------------------------------------------------------------------------------

type Reduction = 'sum' | 'mean' | 'max' | 'min' | 'prod' | 'any' | 'all';

/** Reduces `flat` rows into `num` segments (`ids` per row), as TF's ragged reductions do. */
function segmentReduce(tf: PyModule, how: Reduction, flat: Tensor, ids: number[], num: number): Tensor {
  const math = tf.dict.get('math') as PyModule;
  const seg = (kind: string, data: Tensor) =>
    call(math.dict.get(`unsorted_segment_${kind}`)!, [data, tensorFromValues(ids, [ids.length], dtypes.int32, flat.device), num], null) as Tensor;
  if (how === 'any' || how === 'all') {
    const asInt = api.cast(flat, dtypes.int32);
    return api.greater(seg(how === 'any' ? 'max' : 'min', asInt), api.fill([], dtypes.int32, 0));
  }
  if (how !== 'mean') return seg(how, flat);
  const data = flat.dtype.isFloating ? flat : api.cast(flat, dtypes.float64);
  const total = seg('sum', data);
  const ones = api.fill([ids.length], data.dtype, 1);
  const count = seg('sum', ones);
  return api.realDiv(total, api.reshape(count, [num, ...new Array<number>(flat.rank - 1).fill(1)]));
}

function reduceOnce(tf: PyModule, orig: PyValue, how: Reduction, r: RaggedTensor, axis: number): Tensor | RaggedTensor {
  const rr = r.raggedRank;
  if (axis > rr) return r.withFlatValues(call(orig, [r.flatValues, axis - rr], null) as Tensor);
  if (axis === rr) {
    // The innermost ragged dimension: one segment per row of the last partition.
    const last = new RaggedTensor(r.flatValues, [r.nestedSplits[rr - 1]]);
    const reduced = segmentReduce(tf, how, r.flatValues, valueRowids(last), last.nrows());
    return rr === 1 ? reduced : new RaggedTensor(reduced, r.nestedSplits.slice(0, rr - 1));
  }
  if (axis === 0 && rr === 1) {
    // Column-wise: value j of every row goes to segment j.
    const positions = rowRanges(r).flatMap(([a, b]) => Array.from({ length: b - a }, (_, j) => j));
    return segmentReduce(tf, how, r.flatValues, positions, positions.length === 0 ? 0 : Math.max(...positions) + 1);
  }
  throw valueError(`tfts reduces a RaggedTensor of ragged_rank ${rr} along its innermost ragged axis or a uniform axis only; got axis=${axis}`);
}

function reduction(tf: PyModule, name: string, orig: PyValue): (args: PyValue[], kwargs: Kwargs) => PyValue {
  const params = pyParams(name, ['input_tensor', 'axis', 'keepdims', 'name'], { axis: null, keepdims: false, name: null });
  const how = name.slice('reduce_'.length) as Reduction;
  return (args, kwargs) => {
    if (!hasRagged(args, kwargs)) return call(orig, args, kwargs);
    const p = params(args, kwargs);
    const r = p.input_tensor as RaggedTensor;
    const rank = 1 + r.raggedRank + r.flatValues.rank - 1;
    if (p.axis === null) {
      const flat = how === 'mean' && !r.flatValues.dtype.isFloating ? api.cast(r.flatValues, dtypes.float64) : r.flatValues;
      return call(orig, [flat], null);
    }
    const axes = (p.axis instanceof PyList || p.axis instanceof PyTuple ? p.axis.items : [p.axis]).map((a) => {
      const n = a instanceof Tensor ? Number(a.values()[0]) : asIndex(a);
      if (n < -rank || n >= rank) throw valueError(`axis=${n} out of bounds: expected ${-rank}<=axis<${rank}`);
      return n < 0 ? n + rank : n;
    });
    let out: Tensor | RaggedTensor = r;
    for (const axis of [...new Set(axes)].sort((a, b) => b - a)) {
      out = out instanceof RaggedTensor ? reduceOnce(tf, orig, how, out, axis) : (call(orig, [out, axis], null) as Tensor);
      if (isTruthy(p.keepdims)) out = out instanceof RaggedTensor ? out : api.reshape(out, [...out.shape.slice(0, axis), 1, ...out.shape.slice(axis)]);
    }
    return out;
  };
}

// --- concat and stack ---------------------------------------------------------------------------

function asRagged(v: PyValue): RaggedTensor {
  if (v instanceof RaggedTensor) return v;
  return fromTensor(v, null, null, 1, dtypes.int64);
}

/** Concatenation along the rows (axis 0): the rows of all parts, as stacking them as rows and
 *  dropping the new outer partition. */
function concatRows(parts: RaggedTensor[]): RaggedTensor {
  const rr = parts[0].raggedRank;
  if (parts.some((p) => p.raggedRank !== rr)) throw valueError('All ragged inputs to concat must have the same ragged_rank');
  const stacked = batchRaggedRows(parts);
  return new RaggedTensor(stacked.flatValues, stacked.nestedSplits.slice(1));
}

/** Row-wise concatenation (axis 1, ragged rank 1): row i joins row i of every input. */
function concatColumns(parts: RaggedTensor[]): RaggedTensor {
  const n = parts[0].nrows();
  parts.forEach((p, i) => {
    if (p.nrows() !== n) {
      throw invalidArgument(`Input tensors at index 0 (=x) and ${i} (=y) have incompatible shapes.\nCondition x == y did not hold.\nFirst 1 elements of x:\n[${n}]\nFirst 1 elements of y:\n[${p.nrows()}]`);
    }
  });
  const offsets: number[] = [];
  let total = 0;
  for (const p of parts) {
    offsets.push(total);
    total += p.flatValues.shape[0];
  }
  const ranges = parts.map(rowRanges);
  const order: number[] = [];
  const splits = [0];
  for (let i = 0; i < n; i++) {
    parts.forEach((_, k) => {
      const [a, b] = ranges[k][i];
      for (let j = a; j < b; j++) order.push(offsets[k] + j);
    });
    splits.push(order.length);
  }
  const flat = takeRows(concatTensors(parts.map((p) => p.flatValues), 0), order);
  return new RaggedTensor(flat, [splitsTensor(splits, parts[0].splitsDtype, flat.device)]);
}

function normalizeAxis(axis: number, rank: number): number {
  if (axis < -rank || axis >= rank) throw valueError(`axis=${axis} out of bounds: expected ${-rank}<=axis<${rank}`);
  return axis < 0 ? axis + rank : axis;
}

function raggedConcat(values: PyValue[], axisArg: number): RaggedTensor {
  const parts = values.map(asRagged);
  const rank = 1 + parts[0].raggedRank + parts[0].flatValues.rank - 1;
  const axis = normalizeAxis(axisArg, rank);
  if (axis === 0) return concatRows(parts);
  if (axis === 1 && parts.every((p) => p.raggedRank === 1)) return concatColumns(parts);
  if (axis > parts[0].raggedRank) {
    parts.forEach((p) => checkSamePartitions(parts[0], p));
    return parts[0].withFlatValues(concatTensors(parts.map((p) => p.flatValues), axis - parts[0].raggedRank));
  }
  throw valueError(`tfts concatenates ragged tensors along axis 0, axis 1 of ragged rank 1, or a uniform axis; got axis=${axisArg}`);
}

function raggedStack(values: PyValue[], axisArg: number): RaggedTensor {
  const parts = values.map(asRagged);
  const rank = 2 + parts[0].raggedRank + parts[0].flatValues.rank - 1;
  const axis = normalizeAxis(axisArg, rank);
  if (axis === 0) return batchRaggedRows(parts);
  if (axis === 1 && parts.every((p) => p.raggedRank === 1)) {
    const joined = concatColumns(parts);
    // Each result row holds one row per input: an extra uniform partition of parts.length.
    const n = parts[0].nrows();
    const inner = [0];
    const ranges = parts.map(rowRanges);
    for (let i = 0; i < n; i++) for (const r of ranges) inner.push(inner[inner.length - 1] + r[i][1] - r[i][0]);
    const outer = Array.from({ length: n + 1 }, (_, i) => i * parts.length);
    const device = joined.flatValues.device;
    return new RaggedTensor(joined.flatValues, [splitsTensor(outer, joined.splitsDtype, device), splitsTensor(inner, joined.splitsDtype, device)]);
  }
  throw valueError(`tfts stacks ragged tensors along axis 0 or 1 (ragged rank 1); got axis=${axisArg}`);
}

function joining(name: 'concat' | 'stack', orig: PyValue): (args: PyValue[], kwargs: Kwargs) => PyValue {
  const params = pyParams(name, ['values', 'axis', 'name'], name === 'stack' ? { axis: 0, name: null } : { name: null });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    const items = p.values instanceof PyList || p.values instanceof PyTuple ? p.values.items.slice() : null;
    if (items === null || !items.some((v) => v instanceof RaggedTensor)) return call(orig, args, kwargs);
    const axis = p.axis instanceof Tensor ? Number(p.axis.values()[0]) : asIndex(p.axis);
    return name === 'concat' ? raggedConcat(items, axis) : raggedStack(items, axis);
  };
}

// --- installation -------------------------------------------------------------------------------

export { asRagged };

/** Wraps the functions of tf, tf.math, tf.nn and tf.strings that dispatch on ragged arguments. */
export function installRaggedDispatch(tf: PyModule): void {
  const modules = ['math', 'nn', 'strings'].map((m) => tf.dict.get(m)).filter((m): m is PyModule => m instanceof PyModule);
  const wrapped = new Map<PyValue, PyValue>();
  const wrap = (m: PyModule, name: string, make: (orig: PyValue) => (args: PyValue[], kwargs: Kwargs) => PyValue) => {
    const orig = m.dict.get(name);
    if (orig === undefined) return;
    if (!wrapped.has(orig)) wrapped.set(orig, builtinFunction(name, make(orig)));
    m.dict.set(name, wrapped.get(orig)!);
  };
  for (const m of [tf, ...modules]) {
    for (const name of UNARY) wrap(m, name, (orig) => elementwise(orig, false));
    for (const name of BINARY) wrap(m, name, (orig) => elementwise(orig, true));
    for (const name of REDUCTIONS) wrap(m, name, (orig) => reduction(tf, name, orig));
    for (const name of LIST_ELEMENTWISE) wrap(m, name, (orig) => listElementwise(orig));
  }
  wrap(tf, 'gather', gatherRows);
  wrap(tf, 'tile', tileRows);
  wrap(tf, 'shape', shapeOf);
  wrap(tf, 'ones', (orig) => filledFromShape('ones', orig));
  wrap(tf, 'zeros', (orig) => filledFromShape('zeros', orig));
  wrap(tf, 'broadcast_to', broadcastToShape);
  // where(condition, x, y) selects elementwise; where(condition) alone gives coordinates.
  wrap(tf, 'where', (orig) => {
    const select = elementwise(orig, true);
    return (args, kwargs) => (args.length + (kwargs?.size ?? 0) >= 3 ? select(args, kwargs) : call(orig, args, kwargs));
  });
  wrap(tf, 'map_fn', mapRows);
  wrap(tf, 'rank', rankOf);
  wrap(tf, 'concat', (orig) => joining('concat', orig));
  wrap(tf, 'stack', (orig) => joining('stack', orig));
  // Aliases elsewhere (tf.dtypes.cast is tf.cast, tf.compat.v1...) must stay the same objects.
  const seen = new Set<PyModule>();
  const visit = (m: PyModule): void => {
    if (seen.has(m)) return;
    seen.add(m);
    for (const [k, v] of m.dict) {
      const w = wrapped.get(v);
      if (w !== undefined) m.dict.set(k, w);
      else if (v instanceof PyModule && v.name.startsWith('tensorflow')) visit(v);
    }
  };
  visit(tf);
}

// Smaller top-level tf functions tutorials reach for: get_static_value, ensure_shape, shape_n,
// realdiv, the tf.half/tf.double aliases, unravel_index,
// histogram_fixed_width(_bins), dynamic_partition/dynamic_stitch, reverse_sequence, unique_with_counts
// and tensor_scatter_nd_sub/max/min. Index work happens on the host; values move through the
// generic gather op where a result is a rearrangement of an input.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyType } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyList, PyTupleSub } from '../../interpreter/objects/values.js';
import { tupleType } from '../../interpreter/objects/builtin-types.js';
import { defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { repr } from '../../interpreter/ops/text.js';
import { DType, dtypes } from '../dtypes.js';
import { Tensor, numElements } from '../tensor.js';
import { isTensorLike, toTensor } from '../convert.js';
import { tensorToNumpy } from '../numpy-lite.js';
import * as api from '../ops/api.js';
import { gatherByMap, stridesOf } from '../ops/index-map.js';
import { concat } from '../ops/shape-layout.js';
import { slice } from '../ops/shape-slice.js';
import { runOp } from '../ops/registry.js';
import * as E from '../ops/elementwise.js';
import { call } from '../../interpreter/ops/call.js';
import { kernelError } from '../ops/shape-errors.js';
import { addFunctions, dtypeArg, Fn, intArg, intList } from './shape-args.js';
import { hostNumbers, hostTensor } from './host-values.js';
import { bitcastFns } from './bitcast.js';

const rowSize = (t: Tensor): number => numElements(t.shape.slice(1));

/** Rows `rows` of t (first dimension), in that order. */
function takeRows(t: Tensor, rows: number[]): Tensor {
  const inner = rowSize(t);
  const map = new Int32Array(rows.length * inner);
  rows.forEach((r, i) => {
    for (let j = 0; j < inner; j++) map[i * inner + j] = r * inner + j;
  });
  return gatherByMap(t, map, [rows.length, ...t.shape.slice(1)]);
}

function ensureShape(x: Tensor, expected: (number | null)[]): Tensor {
  const ok = expected.length === x.rank && expected.every((d, i) => d === null || d === -1 || d === x.shape[i]);
  if (!ok) {
    const text = `[${expected.map((d) => (d === null || d === -1 ? '?' : d)).join(',')}]`;
    throw kernelError('EnsureShape', `Shape of tensor input [${x.shape.join(',')}] is not compatible with expected shape ${text}.`);
  }
  return x;
}

function unravelIndex(indices: Tensor, dims: Tensor): Tensor {
  const d = hostNumbers(dims);
  const idx = hostNumbers(indices);
  const out: number[][] = d.map(() => []);
  for (const flat of idx) {
    let rest = flat;
    for (let k = d.length - 1; k >= 0; k--) {
      out[k].push(rest % d[k]);
      rest = Math.floor(rest / d[k]);
    }
  }
  const shape = indices.rank === 0 ? [d.length] : [d.length, idx.length];
  return hostTensor(out.flat(), shape, indices.dtype);
}

function histogram(values: Tensor, range: Tensor, nbins: number, dtype: DType): Tensor {
  const [lo, hi] = hostNumbers(range);
  const counts = new Array<number>(nbins).fill(0);
  for (const v of hostNumbers(values)) {
    const bin = Math.floor(((v - lo) / (hi - lo)) * nbins);
    counts[Math.min(nbins - 1, Math.max(0, bin))]++;
  }
  return hostTensor(counts, [nbins], dtype);
}

/** tf.histogram_fixed_width_bins: TF's composite in the values' dtype,
 *  int32(clip(floor(nbins * (v - lo) / (hi - lo)), 0, nbins - 1)), shaped like `values`. */
function histogramBins(values: Tensor, range: Tensor, nbins: number): Tensor {
  const flat = api.reshape(values, [values.size]);
  const bound = (i: number) => api.reshape(slice(range, [i], [1]), []);
  const scaled = api.realDiv(api.sub(flat, bound(0)), api.sub(bound(1), bound(0)));
  const bins = api.cast(hostTensor([nbins], [], dtypes.int32), values.dtype);
  const indices = runOp(E.Floor, [api.mul(bins, scaled)], null);
  const clipped = api.maximum(api.minimum(indices, api.sub(bins, api.cast(hostTensor([1], [], dtypes.int32), values.dtype))), api.zerosLike(bins));
  return api.reshape(api.cast(clipped, dtypes.int32), values.shape);
}

function dynamicPartition(data: Tensor, partitions: Tensor, n: number): PyList {
  const parts = hostNumbers(partitions);
  const rows: number[][] = Array.from({ length: n }, () => []);
  parts.forEach((p, i) => rows[p]?.push(i));
  const flat = partitions.rank === 0 ? data : api.reshape(data, [parts.length, ...data.shape.slice(partitions.rank)]);
  return new PyList(rows.map((r) => takeRows(flat, r)));
}

function dynamicStitch(indices: Tensor[], data: Tensor[]): Tensor {
  const sources: { piece: number; row: number }[] = [];
  indices.forEach((ix, m) => hostNumbers(ix).forEach((target, i) => (sources[target] = { piece: m, row: i })));
  const pieces = data.map((d, m) => api.reshape(d, [hostNumbers(indices[m]).length, ...d.shape.slice(indices[m].rank)]));
  const all = pieces.length === 1 ? pieces[0] : concat(pieces, 0);
  const offsets: number[] = [];
  pieces.reduce((acc, p, m) => ((offsets[m] = acc), acc + p.shape[0]), 0);
  return takeRows(all, sources.map((s) => offsets[s.piece] + s.row));
}

function reverseSequence(x: Tensor, lengths: number[], seqAxis: number, batchAxis: number): Tensor {
  const rank = x.rank;
  const seq = seqAxis < 0 ? seqAxis + rank : seqAxis;
  const batch = batchAxis < 0 ? batchAxis + rank : batchAxis;
  const strides = stridesOf(x.shape);
  const map = new Int32Array(x.size);
  const coords = new Array<number>(rank).fill(0);
  for (let i = 0; i < x.size; i++) {
    let src = 0;
    for (let d = 0; d < rank; d++) {
      let c = coords[d];
      if (d === seq && c < lengths[coords[batch]]) c = lengths[coords[batch]] - 1 - c;
      src += c * strides[d];
    }
    map[i] = src;
    for (let d = rank - 1; d >= 0; d--) {
      if (++coords[d] < x.shape[d]) break;
      coords[d] = 0;
    }
  }
  return gatherByMap(x, map, x.shape);
}

// tf.unique_with_counts returns a namedtuple UniqueWithCounts(y, idx, count).
const uniqueWithCountsType = new PyType('UniqueWithCounts', [tupleType], 'tensorflow.python.ops.gen_array_ops');
['y', 'idx', 'count'].forEach((name, i) => defineGetter(uniqueWithCountsType, name, (self) => (self as PyTupleSub).items[i]));
defineMethod(uniqueWithCountsType, '__repr__', (self) => {
  const [y, idx, count] = (self as PyTupleSub).items;
  return `UniqueWithCounts(y=${repr(y)}, idx=${repr(idx)}, count=${repr(count)})`;
});

function uniqueWithCounts(x: Tensor, outIdx: DType): PyValue {
  if (x.rank !== 1) throw kernelError('UniqueWithCounts', 'unique expects a 1D vector.');
  const values = hostNumbers(x);
  const first = new Map<number, number>();
  const order: number[] = [];
  const idx: number[] = [];
  const counts: number[] = [];
  values.forEach((v, i) => {
    const key = v === 0 ? 0 : v;
    let slot = Number.isNaN(key) ? undefined : first.get(key);
    if (slot === undefined) {
      slot = order.length;
      if (!Number.isNaN(key)) first.set(key, slot);
      order.push(i);
      counts.push(0);
    }
    counts[slot]++;
    idx.push(slot);
  });
  const y = gatherByMap(x, Int32Array.from(order), [order.length]);
  return new PyTupleSub([y, hostTensor(idx, [idx.length], outIdx), hostTensor(counts, [counts.length], outIdx)], uniqueWithCountsType);
}

/** tensor_scatter_nd_max/min: elementwise max/min of the addressed slices with the updates. */
function scatterExtreme(t: Tensor, indicesArg: PyValue, updates: Tensor, pick: (a: number, b: number) => number): Tensor {
  const indices = toTensor(indicesArg);
  const depth = indices.shape[indices.rank - 1];
  const slice = numElements(t.shape.slice(depth));
  const strides = stridesOf(t.shape).slice(0, depth);
  const ix = hostNumbers(indices);
  const out = hostNumbers(t);
  const up = hostNumbers(updates);
  for (let u = 0; u < ix.length / depth; u++) {
    let base = 0;
    for (let k = 0; k < depth; k++) base += ix[u * depth + k] * strides[k];
    for (let j = 0; j < slice; j++) out[base + j] = pick(out[base + j], up[u * slice + j]);
  }
  return hostTensor(out, t.shape.slice(), t.dtype);
}

const P = {
  ensureShape: pyParams('ensure_shape', ['x', 'shape', 'name'], { name: null }),
  shapeN: pyParams('shape_n', ['input', 'out_type', 'name'], { out_type: dtypes.int32, name: null }),
  realdiv: pyParams('realdiv', ['x', 'y', 'name'], { name: null }),
  unravel: pyParams('unravel_index', ['indices', 'dims', 'name'], { name: null }),
  histogram: pyParams('histogram_fixed_width', ['values', 'value_range', 'nbins', 'dtype', 'name'], { nbins: 100, dtype: dtypes.int32, name: null }),
  // TF ignores `dtype` here: the bins are always int32.
  histogramBins: pyParams('histogram_fixed_width_bins', ['values', 'value_range', 'nbins', 'dtype', 'name'], { nbins: 100, dtype: dtypes.int32, name: null }),
  partition: pyParams('dynamic_partition', ['data', 'partitions', 'num_partitions', 'name'], { name: null }),
  stitch: pyParams('dynamic_stitch', ['indices', 'data', 'name'], { name: null }),
  reverseSequence: pyParams('reverse_sequence', ['input', 'seq_lengths', 'seq_axis', 'batch_axis', 'name'], { seq_axis: null, batch_axis: null, name: null }),
  uniqueCounts: pyParams('unique_with_counts', ['x', 'out_idx', 'name'], { out_idx: dtypes.int32, name: null }),
  scatter: (name: string) => pyParams(name, ['tensor', 'indices', 'updates', 'name'], { name: null }),
};

export function installMiscApi(tf: PyModule): void {
  const scatterSub = P.scatter('tensor_scatter_nd_sub');
  const scatterMax = P.scatter('tensor_scatter_nd_max');
  const scatterMin = P.scatter('tensor_scatter_nd_min');
  const fns: Record<string, Fn> = {
    get_static_value: (a) => (a[0] instanceof Tensor || isTensorLike(a[0]) ? (tensorToNumpy(toTensor(a[0])) as PyValue) : a[0]),
    ensure_shape: (a, k) => {
      const p = P.ensureShape(a, k);
      const dims = iterToArray(p.shape).map((d) => (d === null ? null : intArg(d)));
      return ensureShape(toTensor(p.x), dims);
    },
    shape_n: (a, k) => {
      const p = P.shapeN(a, k);
      const dtype = dtypeArg(p.out_type, dtypes.int32)!;
      return new PyList(iterToArray(p.input).map((x) => {
        const t = toTensor(x);
        return hostTensor(t.shape.slice(), [t.rank], dtype);
      }));
    },
    realdiv: (a, k) => {
      const p = P.realdiv(a, k);
      const x = toTensor(p.x);
      return api.realDiv(x, toTensor(p.y, x.dtype));
    },
    unravel_index: (a, k) => {
      const p = P.unravel(a, k);
      return unravelIndex(toTensor(p.indices), toTensor(p.dims));
    },
    histogram_fixed_width: (a, k) => {
      const p = P.histogram(a, k);
      return histogram(toTensor(p.values), toTensor(p.value_range), intArg(p.nbins), dtypeArg(p.dtype, dtypes.int32)!);
    },
    histogram_fixed_width_bins: (a, k) => {
      const p = P.histogramBins(a, k);
      return histogramBins(toTensor(p.values), toTensor(p.value_range), intArg(p.nbins));
    },
    dynamic_partition: (a, k) => {
      const p = P.partition(a, k);
      return dynamicPartition(toTensor(p.data), toTensor(p.partitions), intArg(p.num_partitions));
    },
    dynamic_stitch: (a, k) => {
      const p = P.stitch(a, k);
      return dynamicStitch(iterToArray(p.indices).map((x) => toTensor(x)), iterToArray(p.data).map((x) => toTensor(x)));
    },
    reverse_sequence: (a, k) => {
      const p = P.reverseSequence(a, k);
      return reverseSequence(toTensor(p.input), intList(p.seq_lengths), intArg(p.seq_axis), p.batch_axis === null ? 0 : intArg(p.batch_axis));
    },
    unique_with_counts: (a, k) => {
      const p = P.uniqueCounts(a, k);
      return uniqueWithCounts(toTensor(p.x), dtypeArg(p.out_idx, dtypes.int32)!);
    },
    tensor_scatter_nd_sub: (a, k) => {
      const p = scatterSub(a, k);
      const t = toTensor(p.tensor);
      const addFn = tf.dict.get('tensor_scatter_nd_add')!;
      return call(addFn, [t, p.indices, api.neg(toTensor(p.updates, t.dtype))], null) as Tensor;
    },
    tensor_scatter_nd_max: (a, k) => {
      const p = scatterMax(a, k);
      const t = toTensor(p.tensor);
      return scatterExtreme(t, p.indices, toTensor(p.updates, t.dtype), Math.max);
    },
    tensor_scatter_nd_min: (a, k) => {
      const p = scatterMin(a, k);
      const t = toTensor(p.tensor);
      return scatterExtreme(t, p.indices, toTensor(p.updates, t.dtype), Math.min);
    },
  };
  addFunctions(tf, fns);
  addFunctions(tf, bitcastFns);
  tf.dict.set('half', dtypes.float16);
  tf.dict.set('double', dtypes.float64);
}

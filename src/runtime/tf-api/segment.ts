// Counting and grouping functions of tf.math: segment_{sum,mean,max,min,prod} (sorted ids),
// unsorted_segment_{sum,mean,max,min,prod}, bincount, confusion_matrix and in_top_k.
// Sums go through the generic scatter-add op (differentiable, any backend); max/min/prod and the
// counting functions are computed on the host from the ids, as they are not differentiated in
// the scripts that use them.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { DType, dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues, numElements } from '../tensor.js';
import { toTensor } from '../convert.js';
import { currentDevice } from '../device.js';
import * as api from '../ops/api.js';
import { scatterAdd } from '../ops/index-map.js';
import { kernelError } from '../ops/shape-errors.js';
import { addFunctions, dtypeArg, Fn, intArg, submodule } from './shape-args.js';
import { hostNumbers, hostTensor } from './host-values.js';

/** The float dtype's most negative / largest finite value, or the int dtype's range ends. */
function extreme(dtype: DType, high: boolean): number {
  const finite: Record<string, number> = { float16: 65504, bfloat16: 3.3895313892515355e38, float32: 3.4028234663852886e38, float64: Number.MAX_VALUE };
  if (finite[dtype.name] !== undefined) return high ? finite[dtype.name] : -finite[dtype.name];
  const bits: Record<string, [number, number]> = { int8: [-128, 127], uint8: [0, 255], int16: [-32768, 32767], uint16: [0, 65535], int32: [-2147483648, 2147483647], int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER] };
  const [lo, hi] = bits[dtype.name] ?? [0, 0];
  return high ? hi : lo;
}

type Reduction = 'sum' | 'mean' | 'max' | 'min' | 'prod';

interface Grouping {
  /** Output segment of each row of data (-1: dropped). */
  rowSegment: number[];
  segments: number;
  /** Elements per row (data.shape[ids.rank:]). */
  inner: number;
  innerShape: number[];
}

function sortedGrouping(data: Tensor, ids: Tensor, op: string): Grouping {
  const idv = hostNumbers(ids);
  if (ids.rank !== 1 || idv.length !== (data.shape[0] ?? 1)) {
    throw kernelError(op, `segment_ids should be the same size as dimension 0 of input.`, '');
  }
  for (let i = 1; i < idv.length; i++) {
    if (idv[i] < idv[i - 1]) throw kernelError(op, `segment ids are not increasing`, '');
  }
  const innerShape = data.shape.slice(1);
  return { rowSegment: idv, segments: idv.length ? idv[idv.length - 1] + 1 : 0, inner: numElements(innerShape), innerShape };
}

function unsortedGrouping(data: Tensor, ids: Tensor, numSegments: number, op: string): Grouping {
  const prefix = data.shape.slice(0, ids.rank);
  if (prefix.length !== ids.rank || prefix.some((d, i) => d !== ids.shape[i])) {
    throw kernelError(op, `data.shape = [${data.shape.join(',')}] does not start with segment_ids.shape = [${ids.shape.join(',')}]`, '');
  }
  const idv = hostNumbers(ids).map((s) => (s >= 0 && s < numSegments ? s : -1));
  const innerShape = data.shape.slice(ids.rank);
  return { rowSegment: idv, segments: numSegments, inner: numElements(innerShape), innerShape };
}

function reduceSegments(data: Tensor, g: Grouping, how: Reduction, emptyIsZero: boolean): Tensor {
  const outShape = [g.segments, ...g.innerShape];
  const map = new Int32Array(g.rowSegment.length * g.inner);
  g.rowSegment.forEach((s, r) => {
    for (let j = 0; j < g.inner; j++) map[r * g.inner + j] = s < 0 ? -1 : s * g.inner + j;
  });
  const flat = api.reshape(data, [g.rowSegment.length * g.inner]);
  if (how === 'sum' || how === 'mean') {
    const sum = scatterAdd(flat, map, outShape);
    if (how === 'sum') return sum;
    const counts = new Array<number>(g.segments).fill(0);
    for (const s of g.rowSegment) if (s >= 0) counts[s]++;
    const divisor = hostTensor(counts.map((c) => Math.max(c, 1)), [g.segments, ...g.innerShape.map(() => 1)], sum.dtype);
    return api.realDiv(sum, divisor);
  }
  const values = hostNumbers(flat);
  const start = how === 'max' ? extreme(data.dtype, false) : how === 'min' ? extreme(data.dtype, true) : 1;
  const out = new Array<number>(g.segments * g.inner).fill(start);
  const touched = new Array<boolean>(g.segments).fill(false);
  g.rowSegment.forEach((s, r) => {
    if (s < 0) return;
    touched[s] = true;
    for (let j = 0; j < g.inner; j++) {
      const o = s * g.inner + j;
      const v = values[r * g.inner + j];
      out[o] = how === 'max' ? Math.max(out[o], v) : how === 'min' ? Math.min(out[o], v) : out[o] * v;
    }
  });
  if (emptyIsZero) touched.forEach((t, s) => !t && out.fill(0, s * g.inner, (s + 1) * g.inner));
  return hostTensor(out, outShape, data.dtype);
}

function bincount(arr: Tensor, weights: Tensor | null, minlength: number | null, maxlength: number | null, dtype: DType): Tensor {
  const values = hostNumbers(arr);
  let size = values.length ? Math.max(...values) + 1 : 0;
  if (minlength !== null) size = Math.max(size, minlength);
  if (maxlength !== null) size = Math.min(size, maxlength);
  const w = weights === null ? null : hostNumbers(weights);
  const out = new Array<number>(size).fill(0);
  values.forEach((v, i) => {
    if (v >= 0 && v < size) out[v] += w === null ? 1 : w[i];
  });
  return hostTensor(out, [size], weights === null ? dtype : weights.dtype);
}

function confusionMatrix(labels: Tensor, predictions: Tensor, numClasses: number | null, weights: Tensor | null, dtype: DType): Tensor {
  const l = hostNumbers(labels);
  const p = hostNumbers(predictions);
  const n = numClasses ?? Math.max(0, ...l, ...p) + 1;
  const w = weights === null ? null : hostNumbers(weights);
  const out = new Array<number>(n * n).fill(0);
  l.forEach((label, i) => {
    out[label * n + p[i]] += w === null ? 1 : w[i];
  });
  return hostTensor(out, [n, n], dtype);
}

/** TF's InTopKV2: the target is in the top k when fewer than k predictions beat its score. */
function inTopK(targets: Tensor, predictions: Tensor, k: number): Tensor {
  const t = hostNumbers(targets);
  const p = hostNumbers(predictions);
  const classes = predictions.shape[1];
  const out = t.map((target, row) => {
    const score = p[row * classes + target];
    if (!Number.isFinite(score)) return 0;
    let better = 0;
    for (let j = 0; j < classes; j++) if (p[row * classes + j] > score) better++;
    return Number(better < k);
  });
  return tensorFromValues(out, [t.length], dtypes.bool, currentDevice());
}

const sortedParams = (name: string) => pyParams(name, ['data', 'segment_ids', 'name'], { name: null });
const unsortedParams = (name: string) => pyParams(name, ['data', 'segment_ids', 'num_segments', 'name'], { name: null });
const P = {
  bincount: pyParams('bincount', ['arr', 'weights', 'minlength', 'maxlength', 'dtype', 'name', 'axis', 'binary_output'], { weights: null, minlength: null, maxlength: null, dtype: dtypes.int32, name: null, axis: null, binary_output: false }),
  confusion: pyParams('confusion_matrix', ['labels', 'predictions', 'num_classes', 'weights', 'dtype', 'name'], { num_classes: null, weights: null, dtype: dtypes.int32, name: null }),
  inTopK: pyParams('in_top_k', ['targets', 'predictions', 'k', 'name'], { name: null }),
};

const opNames: Record<Reduction, string> = { sum: 'Sum', mean: 'Mean', max: 'Max', min: 'Min', prod: 'Prod' };
const optionalInt = (v: PyValue): number | null => (v === null ? null : intArg(v));

export function installSegmentApi(tf: PyModule): void {
  const fns: Record<string, Fn> = {};
  for (const how of ['sum', 'mean', 'max', 'min', 'prod'] as Reduction[]) {
    const sorted = sortedParams(`segment_${how}`);
    fns[`segment_${how}`] = (a, k) => {
      const p = sorted(a, k);
      const data = toTensor(p.data);
      return reduceSegments(data, sortedGrouping(data, toTensor(p.segment_ids), `Segment${opNames[how]}`), how, true);
    };
    const unsorted = unsortedParams(`unsorted_segment_${how}`);
    fns[`unsorted_segment_${how}`] = (a, k) => {
      const p = unsorted(a, k);
      const data = toTensor(p.data);
      const g = unsortedGrouping(data, toTensor(p.segment_ids), intArg(p.num_segments), `UnsortedSegment${opNames[how]}`);
      return reduceSegments(data, g, how, false);
    };
  }
  fns.bincount = (a, k) => {
    const p = P.bincount(a, k);
    return bincount(toTensor(p.arr), p.weights === null ? null : toTensor(p.weights), optionalInt(p.minlength), optionalInt(p.maxlength), dtypeArg(p.dtype, dtypes.int32)!);
  };
  fns.confusion_matrix = (a, k) => {
    const p = P.confusion(a, k);
    return confusionMatrix(toTensor(p.labels), toTensor(p.predictions), optionalInt(p.num_classes), p.weights === null ? null : toTensor(p.weights), dtypeArg(p.dtype, dtypes.int32)!);
  };
  fns.in_top_k = (a, k) => {
    const p = P.inTopK(a, k);
    return inTopK(toTensor(p.targets), toTensor(p.predictions), intArg(p.k));
  };
  addFunctions(submodule(tf, 'math', 'tensorflow._api.v2.math'), fns);
  // Logging which device runs each op is accepted and not printed.
  addFunctions(submodule(tf, 'debugging', 'tensorflow._api.v2.debugging'), { set_log_device_placement: () => null });
}

// Python bindings of tf.range, tf.linspace, tf.one_hot and the clipping / summing helpers
// (clip_by_value, clip_by_norm, clip_by_global_norm, global_norm, add_n, scalar_mul).
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyFloat, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { DType, dtypes } from '../dtypes.js';
import type { Tensor } from '../tensor.js';
import { toOperandTensor, toTensor } from '../convert.js';
import * as api from '../ops/api.js';
import * as C from '../ops/math-composite.js';
import { linspace, oneHot, range } from '../ops/math-api.js';
import { axisList, dtypeOrNull, isFloatValue, isTensorValue, matchingTensors, numberArg, tensorList } from './math-args.js';
import { BOTH, Entry, Fn } from './math-table.js';
import { opError } from '../ops/shape-errors.js';
import { IndexedSlices } from '../autograd/indexed-slices.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { cppDtypeName } from '../ops/dtype-text.js';

const rangeParams = pyParams('range', ['start', 'limit', 'delta', 'dtype', 'name'], { limit: null, delta: 1, dtype: null, name: 'range' });
const rangeFn: Fn = (args, kwargs) => {
  const p = rangeParams(args, kwargs);
  const [start, limit] = p.limit === null ? [0, p.start] : [p.start, p.limit];
  // Python floats make float32, ints int32; tensors keep their dtype (the widest wins).
  const parts: PyValue[] = [start, limit, p.delta];
  let inferred: DType = dtypes.int32;
  for (const v of parts) {
    if (isTensorValue(v)) {
      const d = toTensor(v).dtype;
      if (d.isFloating || inferred === dtypes.int32) inferred = d.isFloating && inferred.isFloating && inferred.name === 'float64' ? inferred : d;
    } else if (v instanceof PyFloat && !inferred.isFloating) inferred = dtypes.float32;
  }
  const dtype = dtypeOrNull(p.dtype) ?? inferred;
  return range(numberArg(start), numberArg(limit), numberArg(p.delta), dtype);
};

const linspaceParams = pyParams('linspace', ['start', 'stop', 'num', 'name', 'axis'], { name: null, axis: 0 });
const linspaceFn: Fn = (args, kwargs) => {
  const p = linspaceParams(args, kwargs);
  const [start, stop] = matchingTensors([p.start, p.stop]);
  // Integer endpoints compute in float64, as TF's wrapper casts them.
  const dtype = start.dtype.isFloating ? start.dtype : dtypes.float64;
  const num = asIndex(p.num);
  if (start.rank === 0 && stop.rank === 0) return linspace(numberArg(start), numberArg(stop), num, dtype);
  // Batched endpoints: start + i * (stop - start) / (num - 1), along `axis`.
  const s = api.cast(start, dtype), e = api.cast(stop, dtype);
  const shape = s.rank ? s.shape : e.shape;
  const steps = api.reshape(range(0, num, 1, dtype), [num, ...shape.map(() => 1)]);
  const delta = api.realDiv(api.sub(e, s), api.scalarLike(Math.max(1, num - 1), s));
  let out = api.add(s, api.mul(steps, delta));
  const axis = asIndex(p.axis);
  const ax = axis < 0 ? axis + out.rank : axis;
  if (ax !== 0) {
    const perm = out.shape.map((_, i) => i).slice(1);
    perm.splice(ax, 0, 0);
    out = api.transpose(out, perm);
  }
  return out;
};

const oneHotParams = pyParams('one_hot', ['indices', 'depth', 'on_value', 'off_value', 'axis', 'dtype', 'name'], {
  on_value: null, off_value: null, axis: null, dtype: null, name: null,
});
const oneHotFn: Fn = (args, kwargs) => {
  const p = oneHotParams(args, kwargs);
  const indices = toTensor(p.indices);
  if (!['uint8', 'int8', 'int32', 'int64'].includes(indices.dtype.name)) {
    throw opError(
      'OneHot',
      `Value for attr 'TI' of ${cppDtypeName(indices.dtype)} is not in the list of allowed values: uint8, int8, int32, int64\n\t; NodeDef: {{node OneHot}}; ` +
        'Op<name=OneHot; signature=indices:TI, depth:int32, on_value:T, off_value:T -> output:T; attr=axis:int,default=-1; attr=T:type; attr=TI:type,default=DT_INT64,allowed=[DT_UINT8, DT_INT8, DT_INT32, DT_INT64]>',
      // A Python list of indices goes through TF's slow path, whose errors have no ` name: `.
      isTensorValue(p.indices) ? '' : null,
    );
  }
  const depth = Number(toTensor(p.depth, dtypes.int32).values()[0]);  // TF's conversion error for 3.5
  const given = p.on_value !== null ? p.on_value : p.off_value;
  const dtype = dtypeOrNull(p.dtype) ?? (given !== null ? toTensor(given).dtype : dtypes.float32);
  // A missing on (1) or off (0) value is converted to the dtype strictly, as TF does: a bool or
  // string dtype refuses it.
  const on = p.on_value === null ? toOperandTensor(1, dtype, true) : toTensor(p.on_value, dtype);
  const off = p.off_value === null ? toOperandTensor(0, dtype, true) : toTensor(p.off_value, dtype);
  let out = oneHot(indices, depth, on, off);
  const axis = p.axis === null ? -1 : asIndex(p.axis);
  if (axis !== -1 && axis !== indices.rank) {
    const perm = indices.shape.map((_, i) => i);
    perm.splice(axis, 0, indices.rank);
    out = api.transpose(out, perm);
  }
  return out;
};

const clipValueParams = pyParams('clip_by_value', ['t', 'clip_value_min', 'clip_value_max', 'name'], { name: null });
const clipByValue: Fn = (args, kwargs) => {
  const p = clipValueParams(args, kwargs);
  const [t, lo, hi] = matchingTensors([p.t, p.clip_value_min, p.clip_value_max]);
  return C.clipByValue(t, lo, hi);
};

const clipNormParams = pyParams('clip_by_norm', ['t', 'clip_norm', 'axes', 'name'], { axes: null, name: null });
const clipByNorm: Fn = (args, kwargs) => {
  const p = clipNormParams(args, kwargs);
  // IndexedSlices are clipped by the norm of their values (repeated rows are not summed first).
  const [t, c] = matchingTensors([p.t instanceof IndexedSlices ? p.t.values : p.t, p.clip_norm]);
  const clipped = C.clipByNorm(t, c, axisList(p.axes));
  return p.t instanceof IndexedSlices ? p.t.withValues(clipped) : clipped;
};

/** The gradient-list functions take IndexedSlices (by their values) and let None entries through. */
function gradientList(v: PyValue): { items: PyValue[]; values: Tensor[] } {
  const items = iterToArray(v);
  const values = items.filter((x) => x !== null).map((x) => (x instanceof IndexedSlices ? x.values : toTensor(x)));
  return { items, values };
}

function withValues(items: PyValue[], values: Tensor[]): PyValue[] {
  let k = 0;
  return items.map((x) => {
    if (x === null) return null;
    const v = values[k++];
    return x instanceof IndexedSlices ? x.withValues(v) : v;
  });
}

const clipGlobalParams = pyParams('clip_by_global_norm', ['t_list', 'clip_norm', 'use_norm', 'name'], { use_norm: null, name: null });
const clipByGlobalNorm: Fn = (args, kwargs) => {
  const p = clipGlobalParams(args, kwargs);
  const { items, values } = gradientList(p.t_list);
  const norm = p.use_norm === null ? null : toTensor(p.use_norm);
  const clip = isFloatValue(p.clip_norm) || !isTensorValue(p.clip_norm) ? toTensor(p.clip_norm, null, dtypes.float32) : toTensor(p.clip_norm);
  const [clipped, n] = C.clipByGlobalNorm(values, clip, norm);
  return new PyTuple([new PyList(withValues(items, clipped)), n]);
};

const listFn = (name: string, param: string, f: (ts: Tensor[]) => Tensor): Fn => {
  const params = pyParams(name, [param, 'name'], { name: null });
  return (args, kwargs) => f(tensorList(params(args, kwargs)[param]));
};

const globalNormParams = pyParams('global_norm', ['t_list', 'name'], { name: null });
const globalNormFn: Fn = (args, kwargs) => C.globalNorm(gradientList(globalNormParams(args, kwargs).t_list).values);

const scalarMulParams = pyParams('scalar_mul', ['scalar', 'x', 'name'], { name: null });
const scalarMul: Fn = (args, kwargs) => {
  const p = scalarMulParams(args, kwargs);
  const x = toTensor(p.x);
  return api.mul(toTensor(p.scalar, x.dtype), x);
};

const l2Params = pyParams('l2_normalize', ['x', 'axis', 'epsilon', 'name', 'dim'], { axis: null, epsilon: new PyFloat(1e-12), name: null, dim: null });
const l2Normalize: Fn = (args, kwargs) => {
  const p = l2Params(args, kwargs);
  const x = toTensor(p.x);
  return C.l2Normalize(x, axisList(p.axis !== null ? p.axis : p.dim), numberArg(p.epsilon));
};

export const createEntries: Entry[] = [
  { name: 'range', fn: rangeFn, where: ['tf'] },
  { name: 'linspace', fn: linspaceFn, where: ['tf'] },
  { name: 'one_hot', fn: oneHotFn, where: ['tf'] },
  { name: 'clip_by_value', fn: clipByValue, where: ['tf'] },
  { name: 'clip_by_norm', fn: clipByNorm, where: ['tf'] },
  { name: 'clip_by_global_norm', fn: clipByGlobalNorm, where: ['tf'] },
  { name: 'global_norm', fn: globalNormFn, where: ['linalg'] },
  { name: 'add_n', fn: listFn('add_n', 'inputs', C.addN), where: BOTH },
  { name: 'scalar_mul', fn: scalarMul, where: BOTH },
  { name: 'l2_normalize', fn: l2Normalize, where: ['math', 'linalg', 'nn'] },
];

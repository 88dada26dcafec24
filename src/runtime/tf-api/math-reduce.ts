// Python bindings of the tf.math reductions and orderings: reduce_std/variance/logsumexp/
// euclidean_norm, count_nonzero, argmax/argmin, top_k, sort/argsort, cumsum/cumprod, norm.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyFloat, PyTupleSub } from '../../interpreter/objects/values.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { dtypes } from '../dtypes.js';
import type { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import * as C from '../ops/math-composite.js';
import { argMax, argMin } from '../ops/math-api.js';
import { TopKIndices, TopKValues } from '../ops/math-sort.js';
import { Cumprod, Cumsum, scanAxis } from '../ops/math-scan.js';
import { axisList, dtypeOrNull } from './math-args.js';
import { BOTH, Entry, Fn, MATH } from './math-table.js';
import { isStringTensor } from '../strings/string-tensor.js';
import { unsupportedStringOp } from '../strings/unsupported-op-errors.js';
import { opResultType } from './op-result-type.js';

type Reducer = (x: Tensor, axes: number[] | null, keepdims: boolean) => Tensor;

function reduceFn(name: string, f: Reducer): Fn {
  const params = pyParams(name, ['input_tensor', 'axis', 'keepdims', 'name'], { axis: null, keepdims: false, name: null });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    return f(toTensor(p.input_tensor), axisList(p.axis), isTruthy(p.keepdims));
  };
}

function argFn(name: string, f: typeof argMax): Fn {
  const params = pyParams(name, ['input', 'axis', 'output_type', 'name'], { axis: null, output_type: dtypes.int64, name: null });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    return f(toTensor(p.input), p.axis === null ? 0 : asIndex(p.axis), dtypeOrNull(p.output_type)!);
  };
}

// tf.math.top_k returns a namedtuple TopKV2(values, indices).
const topKType = opResultType('TopKV2', ['values', 'indices'], 'gen_nn_ops');

const topKParams = pyParams('top_k', ['input', 'k', 'sorted', 'index_type', 'name'], { k: 1, sorted: true, index_type: dtypes.int32, name: null });
const topK: Fn = (args, kwargs) => {
  const p = topKParams(args, kwargs);
  const x = toTensor(p.input);
  const attrs = { k: asIndex(p.k), descending: true };
  const values = runOp(TopKValues, [x], attrs);
  const indices = api.cast(runOp(TopKIndices, [x], attrs), dtypeOrNull(p.index_type)!);
  return new PyTupleSub([values, indices], topKType);
};

/** Sorts along `axis` by moving it last, running TopKV2 over the whole row, and moving it back. */
function sortAlong(x: Tensor, axis: number, direction: PyValue, indices: boolean): Tensor {
  if (direction !== 'ASCENDING' && direction !== 'DESCENDING') {
    throw valueError(`Argument \`direction\` should be one of ASCENDING, DESCENDING. Received: direction=${String(direction)}`);
  }
  // TF sorts ascending as -top_k(-x): strings fail at the negation.
  if (isStringTensor(x) && direction === 'ASCENDING') throw unsupportedStringOp('Neg');
  const ax = axis < 0 ? axis + x.rank : axis;
  if (x.rank === 0 || ax < 0 || ax >= x.rank) {
    throw valueError(`Argument \`axis\` should be in range [${-x.rank}, ${x.rank}). Received: axis=${axis}`);
  }
  const perm = x.shape.map((_, i) => i);
  [perm[ax], perm[x.rank - 1]] = [perm[x.rank - 1], perm[ax]];
  const moved = ax === x.rank - 1 ? x : api.transpose(x, perm);
  const attrs = { k: moved.shape[moved.rank - 1], descending: direction === 'DESCENDING' };
  const out = runOp(indices ? TopKIndices : TopKValues, [moved], attrs);
  return ax === x.rank - 1 ? out : api.transpose(out, perm);
}

const sortParams = pyParams('sort', ['values', 'axis', 'direction', 'name'], { axis: -1, direction: 'ASCENDING', name: null });
const argsortParams = pyParams('argsort', ['values', 'axis', 'direction', 'stable', 'name'], { axis: -1, direction: 'ASCENDING', stable: false, name: null });

function scanFn(name: string, op: typeof Cumsum): Fn {
  const params = pyParams(name, ['x', 'axis', 'exclusive', 'reverse', 'name'], { axis: 0, exclusive: false, reverse: false, name: null });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    const x = toTensor(p.x);
    const axis = scanAxis(asIndex(p.axis), x.rank, op.name);
    return runOp(op, [x], { axis, exclusive: isTruthy(p.exclusive), reverse: isTruthy(p.reverse) });
  };
}

const normParams = pyParams('norm', ['tensor', 'ord', 'axis', 'keepdims', 'name'], { ord: 'euclidean', axis: null, keepdims: null, name: null });
const norm: Fn = (args, kwargs) => {
  const p = normParams(args, kwargs);
  const ord = typeof p.ord === 'string' ? (p.ord as C.NormOrd) : p.ord instanceof PyFloat ? p.ord.v : asIndex(p.ord);
  return C.norm(toTensor(p.tensor), ord, axisList(p.axis), p.keepdims !== null && isTruthy(p.keepdims));
};

const countParams = pyParams('count_nonzero', ['input', 'axis', 'keepdims', 'dtype', 'name'], { axis: null, keepdims: null, dtype: dtypes.int64, name: null });
const countNonzero: Fn = (args, kwargs) => {
  const p = countParams(args, kwargs);
  return C.countNonzero(toTensor(p.input), axisList(p.axis), p.keepdims !== null && isTruthy(p.keepdims), dtypeOrNull(p.dtype)!);
};

export const reduceEntries: Entry[] = [
  { name: 'reduce_std', fn: reduceFn('reduce_std', C.reduceStd), where: MATH },
  { name: 'reduce_variance', fn: reduceFn('reduce_variance', C.reduceVariance), where: MATH },
  { name: 'reduce_logsumexp', fn: reduceFn('reduce_logsumexp', C.reduceLogSumExp), where: BOTH },
  { name: 'reduce_euclidean_norm', fn: reduceFn('reduce_euclidean_norm', C.reduceEuclideanNorm), where: MATH },
  { name: 'count_nonzero', fn: countNonzero, where: MATH },
  { name: 'argmax', fn: argFn('argmax', argMax), where: BOTH },
  { name: 'argmin', fn: argFn('argmin', argMin), where: BOTH },
  { name: 'top_k', fn: topK, where: MATH },
  {
    name: 'sort',
    fn: (args, kwargs) => {
      const p = sortParams(args, kwargs);
      return sortAlong(toTensor(p.values), asIndex(p.axis), p.direction, false);
    },
    where: ['tf'],
  },
  {
    name: 'argsort',
    fn: (args, kwargs) => {
      const p = argsortParams(args, kwargs);
      return sortAlong(toTensor(p.values), asIndex(p.axis), p.direction, true);
    },
    where: ['tf'],
  },
  { name: 'cumsum', fn: scanFn('cumsum', Cumsum), where: BOTH },
  { name: 'cumprod', fn: scanFn('cumprod', Cumprod), where: MATH },
  { name: 'norm', fn: norm, where: ['tf', 'linalg'] },
];

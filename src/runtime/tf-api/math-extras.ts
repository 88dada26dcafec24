// tf.math functions TF composes from other ops in Python, composed the same way here:
// log_sigmoid, reciprocal_no_nan, xlog1py, lbeta, polyval, cumulative_logsumexp (TF's LogSumExp
// scan reducer, one step per element along the axis), unsorted_segment_sqrt_n, accumulate_n,
// conj/real/imag of real tensors, the softmax aliases, and the host-side checks
// invert_permutation, is_non_decreasing, is_strictly_increasing and zero_fraction.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { call } from '../../interpreter/ops/call.js';
import { dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues, numElements } from '../tensor.js';
import { toTensor } from '../convert.js';
import { currentDevice } from '../device.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import * as E from '../ops/elementwise.js';
import * as M from '../ops/math-unary.js';
import * as R from '../ops/reduce.js';
import { gatherByMap } from '../ops/index-map.js';
import { stack } from '../ops/shape-layout.js';
import { matchingTensors } from './math-args.js';
import { addFunctions, Fn, intArg, submodule } from './shape-args.js';
import { hostNumbers } from './host-values.js';

const unary = (op: typeof E.Exp, x: Tensor): Tensor => runOp(op, [x], null);
const zeros = (x: Tensor): Tensor => api.zerosLike(x);
const boolScalar = (v: boolean): Tensor => tensorFromValues([Number(v)], [], dtypes.bool, currentDevice());

/** Slice i along `axis` (the axis removed). */
function along(x: Tensor, axis: number, i: number): Tensor {
  const outer = numElements(x.shape.slice(0, axis));
  const inner = numElements(x.shape.slice(axis + 1));
  const n = x.shape[axis];
  const map = new Int32Array(outer * inner);
  for (let o = 0; o < outer; o++) for (let j = 0; j < inner; j++) map[o * inner + j] = (o * n + i) * inner + j;
  return gatherByMap(x, map, x.shape.filter((_, d) => d !== axis));
}

/** TF's LogSumExp scan step: max + log1p(exp(min - max)), or max when max is below `lowest`. */
function logAddExp(a: Tensor, b: Tensor): Tensor {
  const mi = api.minimum(a, b);
  const ma = api.maximum(a, b);
  const sum = api.add(unary(E.Log1p, unary(E.Exp, api.sub(mi, ma))), ma);
  return api.where(api.greater(api.scalarLike(-3.4028234663852886e38, ma), ma), ma, sum);
}

function cumulativeLogsumexp(x: Tensor, axis: number, exclusive: boolean, reverse: boolean): Tensor {
  const ax = axis < 0 ? axis + x.rank : axis;
  const n = x.shape[ax];
  const order = Array.from({ length: n }, (_, i) => (reverse ? n - 1 - i : i));
  const out: Tensor[] = new Array(n);
  let acc: Tensor | null = null;
  for (const i of order) {
    const v = along(x, ax, i);
    if (exclusive) out[i] = acc ?? api.fill(v.shape, v.dtype, -Infinity);
    acc = acc === null ? v : logAddExp(acc, v);
    if (!exclusive) out[i] = acc;
  }
  return n === 0 ? x : stack(out, ax);
}

function lbeta(x: Tensor): Tensor {
  const last = [x.rank - 1];
  const logProdGamma = runOp(R.Sum, [unary(M.Lgamma, x)], { axes: last, keepdims: false });
  const sum = runOp(R.Sum, [x], { axes: last, keepdims: false });
  return api.sub(logProdGamma, unary(M.Lgamma, sum));
}

function unsortedSegmentSqrtN(math: PyModule, data: PyValue, ids: PyValue, numSegments: PyValue): Tensor {
  const sum = call(math.dict.get('unsorted_segment_sum')!, [data, ids, numSegments], null) as Tensor;
  const counts = new Array<number>(intArg(numSegments)).fill(0);
  for (const s of hostNumbers(toTensor(ids))) if (s >= 0 && s < counts.length) counts[s]++;
  const shape = [counts.length, ...sum.shape.slice(1).map(() => 1)];
  const n = api.cast(tensorFromValues(counts.map((c) => Math.max(c, 1)), shape, dtypes.float64, currentDevice()), sum.dtype);
  return api.realDiv(sum, unary(E.Sqrt, n));
}

const P = {
  x: (name: string) => pyParams(name, ['x', 'name'], { name: null }),
  xy: (name: string) => pyParams(name, ['x', 'y', 'name'], { name: null }),
  cumulative: pyParams('cumulative_logsumexp', ['x', 'axis', 'exclusive', 'reverse', 'name'], { axis: 0, exclusive: false, reverse: false, name: null }),
  invertPermutation: pyParams('invert_permutation', ['x', 'name'], { name: null }),
  segment: pyParams('unsorted_segment_sqrt_n', ['data', 'segment_ids', 'num_segments', 'name'], { name: null }),
  polyval: pyParams('polyval', ['coeffs', 'x', 'name'], { name: null }),
  accumulate: pyParams('accumulate_n', ['inputs', 'shape', 'tensor_dtype', 'name'], { shape: null, tensor_dtype: null, name: null }),
  input: (name: string) => pyParams(name, ['input', 'name'], { name: null }),
  zeroFraction: pyParams('zero_fraction', ['value', 'name'], { name: null }),
};

export function installMathExtras(tf: PyModule): void {
  const math = submodule(tf, 'math', 'tensorflow._api.v2.math');
  const nn = submodule(tf, 'nn', 'tensorflow._api.v2.nn');
  const x1 = (name: string, f: (x: Tensor) => Tensor): Fn => {
    const bind = P.x(name);
    return (a, k) => f(toTensor(bind(a, k).x));
  };
  const monotone = (name: string, strict: boolean): Fn => x1(name, (x) => {
    const v = hostNumbers(x);
    return boolScalar(v.every((e, i) => i === 0 || (strict ? e > v[i - 1] : e >= v[i - 1])));
  });
  const fns: Record<string, Fn> = {
    log_sigmoid: x1('log_sigmoid', (x) => api.neg(unary(M.Softplus, api.neg(x)))),
    reciprocal_no_nan: x1('reciprocal_no_nan', (x) => api.where(api.equal(x, zeros(x)), zeros(x), api.reciprocal(x))),
    xlog1py: (a, k) => {
      const p = P.xy('xlog1py')(a, k);
      const [x, y] = matchingTensors([p.x, p.y]);
      return api.where(api.equal(x, zeros(x)), zeros(x), api.mul(x, unary(E.Log1p, y)));
    },
    lbeta: x1('lbeta', lbeta),
    cumulative_logsumexp: (a, k) => {
      const p = P.cumulative(a, k);
      return cumulativeLogsumexp(toTensor(p.x), intArg(p.axis), isTruthy(p.exclusive), isTruthy(p.reverse));
    },
    invert_permutation: (a, k) => {
      const x = toTensor(P.invertPermutation(a, k).x);
      const perm = hostNumbers(x);
      const inverse = new Array<number>(perm.length);
      perm.forEach((p, i) => (inverse[p] = i));
      return tensorFromValues(x.dtype.is64Bit ? inverse.map(BigInt) : inverse, [inverse.length], x.dtype, currentDevice());
    },
    is_non_decreasing: monotone('is_non_decreasing', false),
    is_strictly_increasing: monotone('is_strictly_increasing', true),
    zero_fraction: (a, k) => call(nn.dict.get('zero_fraction')!, [P.zeroFraction(a, k).value], null),
    unsorted_segment_sqrt_n: (a, k) => {
      const p = P.segment(a, k);
      return unsortedSegmentSqrtN(math, p.data, p.segment_ids, p.num_segments);
    },
    polyval: (a, k) => {
      const p = P.polyval(a, k);
      const coeffs = iterToArray(p.coeffs);
      const x = toTensor(p.x);
      if (coeffs.length === 0) return zeros(x);
      let acc = toTensor(coeffs[0], x.dtype);
      for (const c of coeffs.slice(1)) acc = api.add(toTensor(c, x.dtype), api.mul(acc, x));
      return acc;
    },
    accumulate_n: (a, k) => call(math.dict.get('add_n')!, [P.accumulate(a, k).inputs], null),
    conj: (a, k) => api.reshape(toTensor(P.input('conj')(a, k).input), toTensor(a[0]).shape),
    real: (a, k) => toTensor(P.input('real')(a, k).input),
    imag: (a, k) => zeros(toTensor(P.input('imag')(a, k).input)),
  };
  for (const alias of ['softmax', 'log_softmax'] as const) {
    const f = nn.dict.get(alias);
    if (f !== undefined) math.dict.set(alias, f);
  }
  addFunctions(math, fns);
}

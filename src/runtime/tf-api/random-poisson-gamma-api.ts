// tf.random.poisson / gamma (stateful kernels RandomPoissonV2 / RandomGamma on the op-seed streams
// of random-state.ts) and tf.random.stateless_poisson / stateless_gamma (the seed's key/counter),
// as random_ops.py and stateless_random_ops.py call them. Samplers: random-poisson-gamma.ts.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { shapeDebug } from '../ops/dtype-text.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { DType, dtypes } from '../dtypes.js';
import { Tensor, numElements, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { currentDevice } from '../device.js';
import * as api from '../ops/api.js';
import { kernelError } from '../ops/shape-errors.js';
import { getSeeds, reservePhilox } from '../random-state.js';
import type { PhiloxStream } from '../random-state.js';
import { checkShape, scrambleSeed } from '../ops/random-stateless.js';
import { sampleByParam } from './random-poisson-gamma.js';
import { keyCounter, seedTensor } from './random-stateless.js';
import { addFunctions, dtypeArg, intList, submodule } from './shape-args.js';

const seedArg = (v: PyValue): number | bigint | null => (v === null ? null : (asIndex(v) as number | bigint));

/** Samplers compute in float or double: integer rates are read as double. */
const computeParams = (t: Tensor): Tensor => (t.dtype.isFloating ? t : api.cast(t, dtypes.float64));

/** broadcast_dynamic_shape (BroadcastArgs) of alpha's and beta's shapes. */
function broadcastShape(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length);
  return Array.from({ length: n }, (_, i) => {
    const x = a[a.length - n + i] ?? 1;
    const y = b[b.length - n + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) throw kernelError('BroadcastArgs', `Incompatible shapes: ${shapeDebug(a)} vs. ${shapeDebug(b)}`);
    return x === 1 ? y : x;
  });
}

/** An op given a Python list runs on TF's slow path, whose errors carry no ` name: `. */
const listErrName = (...inputs: PyValue[]): string | null =>
  inputs.some((v) => v instanceof PyList || v instanceof PyTuple) ? null : '';

const POISSON_DEF =
  'Op<name=StatelessRandomPoisson; signature=shape:T, seed:Tseed, lam:Rtype -> output:dtype; ' +
  'attr=Rtype:type,allowed=[DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT32, DT_INT64]; attr=dtype:type,allowed=[DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT32, DT_INT64]; ' +
  'attr=T:type,allowed=[DT_INT32, DT_INT64]; attr=Tseed:type,default=DT_INT64,allowed=[DT_INT32, DT_INT64]>';

const emptyOf = (shape: number[], dtype: DType): Tensor =>
  tensorFromValues(dtype.is64Bit ? new BigInt64Array(0) : new Float64Array(0), shape, dtype, currentDevice());

const P = {
  poisson: pyParams('random_poisson_v2', ['shape', 'lam', 'dtype', 'seed', 'name'], { dtype: dtypes.float32, seed: null, name: null }),
  gamma: pyParams('random_gamma', ['shape', 'alpha', 'beta', 'dtype', 'seed', 'name'], { beta: null, dtype: dtypes.float32, seed: null, name: null }),
  statelessPoisson: pyParams('stateless_random_poisson', ['shape', 'seed', 'lam', 'dtype', 'name'], { dtype: dtypes.int32, name: null }),
  statelessGamma: pyParams('stateless_random_gamma', ['shape', 'seed', 'alpha', 'beta', 'dtype', 'name'], { beta: null, dtype: dtypes.float32, name: null }),
};

/** RandomPoissonV2: samples of shape [*shape, *lam.shape]; 256 blocks reserved per output. */
function poisson(p: Record<string, PyValue>): Tensor {
  const shape = intList(p.shape);
  const lam = toTensor(p.lam);
  const outDtype = dtypeArg(p.dtype, dtypes.float32);
  for (const d of shape) if (d < 0) throw kernelError('RandomPoissonV2', `Dimension ${d} must be >= 0`, listErrName(p.lam));
  const outShape = [...shape, ...lam.shape];
  const n = numElements(shape) * lam.size;
  if (n === 0) return emptyOf(outShape, outDtype);
  const stream = reservePhilox(getSeeds(seedArg(p.seed)), `RandomPoissonV2|${lam.dtype.name}|${outDtype.name}`, BigInt(n) * 256n);
  return sampleByParam('poisson', { sampleShape: shape, params: computeParams(lam), outDtype }, stream);
}

/** tf.random.gamma: RandomGamma on alpha broadcast with beta, divided by beta, floored at tiny. */
function gammaCommon(shape: number[], alphaArg: PyValue, betaArg: PyValue, dtype: DType, opName: string, stream: (outputs: number) => PhiloxStream): Tensor {
  const alpha = toTensor(alphaArg, dtype);
  const beta = toTensor(betaArg === null ? 1 : betaArg, dtype);
  const alphaB = api.broadcastTo(alpha, broadcastShape(alpha.shape, beta.shape));
  checkShape(opName, shape);
  const n = numElements(shape) * alphaB.size;
  const raw = n === 0 ? emptyOf([...shape, ...alphaB.shape], dtype) : sampleByParam('gamma', { sampleShape: shape, params: alphaB, outDtype: dtype }, stream(n));
  const tiny = dtype === dtypes.float64 ? 2.2250738585072014e-308 : dtype === dtypes.float16 ? 6.104e-5 : 1.1754943508222875e-38;
  return api.maximum(toTensor(tiny, dtype), api.realDiv(raw, beta));
}

function gamma(p: Record<string, PyValue>): Tensor {
  const dtype = dtypeArg(p.dtype, dtypes.float32);
  const shape = intList(p.shape);
  return gammaCommon(shape, p.alpha, p.beta, dtype, 'RandomGamma', (n) =>
    reservePhilox(getSeeds(seedArg(p.seed)), `RandomGamma|${dtype.name}`, BigInt(n) * 256n),
  );
}

/** StatelessRandomPoisson: `shape` is the whole output, ending with lam's shape. */
function statelessPoisson(p: Record<string, PyValue>): Tensor {
  const shape = intList(p.shape);
  const op = 'StatelessRandomPoisson';
  const errName = listErrName(p.seed, p.lam);
  const seed = seedTensor(p.seed, op, POISSON_DEF, errName);
  const lam = toTensor(p.lam);
  const outDtype = dtypeArg(p.dtype, dtypes.int32);
  for (const d of shape) if (d < 0) throw kernelError(op, `Dimension ${d} must be >= 0`, errName);
  const sampleShape = shape.slice(0, shape.length - lam.rank);
  if (lam.rank > shape.length || shape.slice(sampleShape.length).some((d, i) => d !== lam.shape[i])) {
    throw kernelError(op, 'Shape passed in must end with broadcasted shape.', errName);
  }
  if (numElements(shape) === 0) return emptyOf(shape, outDtype);
  const v = seed.values() as ArrayLike<number | bigint>;
  const stream = scrambleSeed(BigInt(v[0]), BigInt(v[1]));
  return sampleByParam('poisson', { sampleShape, params: computeParams(lam), outDtype }, stream);
}

/** stateless_gamma: StatelessRandomGammaV3 on the key/counter, output shape = `shape`. */
function statelessGamma(p: Record<string, PyValue>): Tensor {
  const shape = intList(p.shape);
  const dtype = dtypeArg(p.dtype, dtypes.float32);
  const alpha = toTensor(p.alpha, dtype);
  const beta = toTensor(p.beta === null ? 1 : p.beta, dtype);
  const alphaB = api.broadcastTo(alpha, broadcastShape(alpha.shape, beta.shape));
  const stream = keyCounter(p.seed, 'auto_select', 'normal');
  const op = 'StatelessRandomGammaV3';
  checkShape(op, shape);
  const sampleShape = shape.slice(0, shape.length - alphaB.rank);
  if (alphaB.rank > shape.length || shape.slice(sampleShape.length).some((d, i) => d !== alphaB.shape[i])) {
    throw kernelError(op, 'Shape passed in must end with broadcasted shape.');
  }
  const raw = numElements(shape) === 0 ? emptyOf(shape, dtype) : sampleByParam('gamma', { sampleShape, params: alphaB, outDtype: dtype }, stream);
  const tiny = dtype === dtypes.float64 ? 2.2250738585072014e-308 : 1.1754943508222875e-38;
  return api.maximum(toTensor(tiny, dtype), api.realDiv(raw, beta));
}

export function installPoissonGammaApi(tf: PyModule): void {
  addFunctions(submodule(tf, 'random', 'tensorflow._api.v2.random'), {
    poisson: (a, k) => poisson(P.poisson(a, k)),
    gamma: (a, k) => gamma(P.gamma(a, k)),
    stateless_poisson: (a, k) => statelessPoisson(P.statelessPoisson(a, k)),
    stateless_gamma: (a, k) => statelessGamma(P.statelessGamma(a, k)),
  });
}

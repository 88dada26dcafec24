// np.random.Generator and default_rng: numpy's new-style random API over PCG64. random, uniform,
// standard_normal and normal live here; integers in random-integers.ts, choice/shuffle/permutation
// in random-generator-sampling.ts. Argument checks and messages follow numpy's _generator.pyx.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { attributeError, typeError, valueError, overflowError } from '../../interpreter/objects/exceptions.js';
import { PyFloat } from '../../interpreter/objects/values.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { builtinFunction, defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { objectId } from '../../interpreter/ops/ids.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { dtypeArg, np, NpDType } from './dtype.js';
import { NdArray, makeArray, numElements } from './ndarray.js';
import { allocData } from './native-memory.js';
import { operandOrThrow } from './ufuncs.js';
import { broadcastIndex, broadcastShapes } from './broadcast.js';
import type { PCG64 } from './pcg64.js';
import { standardNormal, standardNormalF } from './pcg64-draws.js';
import { integers } from './random-integers.js';
import { PyPCG64, makePCG64, pcg64Type, seedSequenceType } from './random-bitgen-types.js';
import { choice, permutation, shuffle } from './random-generator-sampling.js';
import { broadcastArgs, checkOutputSize, fillOut, sizeShape } from './random-args.js';
import { generatorDistributions } from './random-generator-api.js';

export const generatorType = new PyType('Generator', [objectType], 'numpy.random._generator');

export class Generator implements PyObject {
  constructor(readonly bitGenerator: PyPCG64) {}
  get bg(): PCG64 {
    return this.bitGenerator.bg;
  }
  get cls(): PyType {
    return generatorType;
  }
}

/** n draws as an array of `shape` and `dtype`, or one Python float when no size was given. */
function floatDraws(shape: number[] | null, dtype: NpDType, draw: () => number): PyValue {
  if (shape === null) return new PyFloat(draw());
  // Written straight into the array's storage (float32 draws are exact floats already).
  const out = allocData(dtype, numElements(shape));
  for (let i = 0; i < out.length; i++) out[i] = draw();
  return new NdArray(dtype, shape, out);
}

/** float64 or float32, else numpy's "Unsupported dtype" TypeError naming the method. */
function floatDtype(v: PyValue, method: string): NpDType {
  const t = dtypeArg(v) ?? np.float64;
  if (t !== np.float64 && t !== np.float32) throw typeError(`Unsupported dtype dtype('${t.name}') for ${method}`);
  return t;
}

const randomParams = pyParams('random', ['size', 'dtype', 'out'], { size: null, dtype: np.float64, out: null });
function random(g: Generator, args: PyValue[], kwargs: Kwargs): PyValue {
  const p = randomParams(args, kwargs);
  const dtype = floatDtype(p.dtype, 'random');
  const bg = g.bg;
  const draw = dtype === np.float32 ? () => bg.nextFloat() : () => bg.nextDouble();
  return p.out === null ? floatDraws(sizeShape(p.size), dtype, draw) : fillOut(p.out, sizeShape(p.size), dtype, draw);
}

/** numpy's non-negativity constraint: NaN passes, -0.0 does not (it tests the sign bit). */
const signBit = (x: number) => x < 0 || Object.is(x, -0);

/**
 * numpy's `cont` for two float parameters: scalars give one Python float (or `size` draws);
 * arrays broadcast against each other and `size`, one draw per output element in C order.
 */
function twoParamDraws(size: PyValue, a: NdArray, b: NdArray, draw: (a: number, b: number) => number): PyValue {
  const shape = sizeShape(size);
  if (a.ndim === 0 && b.ndim === 0) {
    const [va, vb] = [a.data[0], b.data[0]];
    return shape === null ? new PyFloat(draw(va, vb)) : floatDraws(shape, np.float64, () => draw(va, vb));
  }
  const outShape = broadcastArgs(shape === null ? [a.shape, b.shape] : [shape, a.shape, b.shape]);
  if (shape !== null) checkOutputSize(shape, outShape);
  const am = broadcastIndex(a.shape, outShape);
  const bm = broadcastIndex(b.shape, outShape);
  const out = new Float64Array(numElements(outShape));
  for (let i = 0; i < out.length; i++) out[i] = draw(a.data[am ? am[i] : i], b.data[bm ? bm[i] : i]);
  return makeArray(np.float64, outShape, out);
}

const floatArray = (v: PyValue): NdArray => {
  const a = operandOrThrow(v).arr;
  return a.dtype === np.float64 ? a : makeArray(np.float64, a.shape, a.data);
};

const uniformParams = pyParams('uniform', ['low', 'high', 'size'], { low: new PyFloat(0), high: new PyFloat(1), size: null });
function uniform(g: Generator, args: PyValue[], kwargs: Kwargs): PyValue {
  const p = uniformParams(args, kwargs);
  const bg = g.bg;
  // numpy draws low + (high - low) * U, checking the range first: finite, then non-negative.
  const low = floatArray(p.low);
  const high = floatArray(p.high);
  const scalar = low.ndim === 0 && high.ndim === 0;
  const shape = broadcastShapes(high.shape, low.shape); // high - low: numpy names high's shape first
  const lm = broadcastIndex(low.shape, shape);
  const hm = broadcastIndex(high.shape, shape);
  const range = new Float64Array(numElements(shape));
  for (let i = 0; i < range.length; i++) range[i] = high.data[hm ? hm[i] : i] - low.data[lm ? lm[i] : i];
  if (range.some((r) => !Number.isFinite(r))) throw overflowError(scalar ? 'high - low range exceeds valid bounds' : 'Range exceeds valid bounds');
  if (range.some(signBit)) throw valueError('high - low < 0');
  return twoParamDraws(p.size, low, makeArray(np.float64, shape, range), (lo, rng) => lo + rng * bg.nextDouble());
}

const standardNormalParams = pyParams('standard_normal', ['size', 'dtype', 'out'], { size: null, dtype: np.float64, out: null });
function standardNormalMethod(g: Generator, args: PyValue[], kwargs: Kwargs): PyValue {
  const p = standardNormalParams(args, kwargs);
  const dtype = floatDtype(p.dtype, 'standard_normal');
  const bg = g.bg;
  const draw = dtype === np.float32 ? () => standardNormalF(bg) : () => standardNormal(bg);
  return p.out === null ? floatDraws(sizeShape(p.size), dtype, draw) : fillOut(p.out, sizeShape(p.size), dtype, draw);
}

const normalParams = pyParams('normal', ['loc', 'scale', 'size'], { loc: new PyFloat(0), scale: new PyFloat(1), size: null });
function normal(g: Generator, args: PyValue[], kwargs: Kwargs): PyValue {
  const p = normalParams(args, kwargs);
  const bg = g.bg;
  const loc = floatArray(p.loc);
  const scale = floatArray(p.scale);
  if (scale.data.some(signBit)) throw valueError('scale < 0');
  return twoParamDraws(p.size, loc, scale, (mu, sigma) => mu + sigma * standardNormal(bg));
}

type Method = (g: Generator, args: PyValue[], kwargs: Kwargs) => PyValue;
const methods: Record<string, Method> = {
  random,
  integers: (g, args, kwargs) => integers(g.bg, args, kwargs),
  uniform,
  standard_normal: standardNormalMethod,
  normal,
  choice: (g, args, kwargs) => choice(g.bg, args, kwargs, (a, k) => integers(g.bg, a, k)),
  shuffle: (g, args, kwargs) => shuffle(g.bg, args, kwargs),
  permutation: (g, args, kwargs) => permutation(g.bg, args, kwargs),
};
// The distributions (binomial, gamma, ...) close over their bit generator; one table per PCG64.
const distributionTables = new WeakMap<PCG64, ReturnType<typeof generatorDistributions>>();
function distributions(bg: PCG64): ReturnType<typeof generatorDistributions> {
  let t = distributionTables.get(bg);
  if (t === undefined) distributionTables.set(bg, (t = generatorDistributions(bg)));
  return t;
}
for (const name of Object.keys(generatorDistributions(null as unknown as PCG64))) {
  methods[name] = (g, args, kwargs) => distributions(g.bg)[name](args, kwargs);
}
for (const [name, fn] of Object.entries(methods)) {
  defineMethod(generatorType, name, (self, args, kwargs) => fn(self as Generator, args, kwargs ?? null));
}
defineMethod(generatorType, '__repr__', (self) => `Generator(PCG64) at 0x${objectId(self).toString(16).toUpperCase()}`);
defineMethod(generatorType, '__str__', () => 'Generator(PCG64)');
defineGetter(generatorType, 'bit_generator', (self) => (self as Generator).bitGenerator);
generatorType.construct = (_cls, args) => {
  if (args.length !== 1) throw typeError(`__init__() takes exactly 1 positional argument (${args.length} given)`);
  const bg = args[0];
  if (bg instanceof PyPCG64) return new Generator(bg);
  // numpy reaches for the bit generator's C capsule first.
  const t = typeOf(bg);
  const name = t.module && t.module !== 'builtins' ? `${t.module}.${t.qualname}` : t.qualname;
  throw attributeError(`'${name}' object has no attribute 'capsule'`, bg, 'capsule');
};

const defaultRngParams = pyParams('default_rng', ['seed'], { seed: null });
/** np.random.default_rng(seed): a Generator as is, a PCG64 wrapped, anything else seeds a PCG64. */
export const defaultRng = builtinFunction('default_rng', (args, kwargs) => {
  const { seed } = defaultRngParams(args, kwargs);
  if (seed instanceof Generator) return seed;
  return new Generator(seed instanceof PyPCG64 ? seed : makePCG64(seed));
});

/** Puts default_rng, Generator, PCG64 and SeedSequence on the np.random module. */
export function registerGeneratorApi(m: PyModule): void {
  m.dict.set('default_rng', defaultRng);
  m.dict.set('Generator', generatorType);
  m.dict.set('PCG64', pcg64Type);
  m.dict.set('SeedSequence', seedSequenceType);
}

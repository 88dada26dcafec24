// Generator.integers: numpy's bounds checks and messages, then Lemire draws per output width
// (BoundedIntegers). Scalar bounds are exact BigInts; array bounds broadcast, one draw each.
import { PyValue } from '../../interpreter/objects/core.js';
import { boolType, intType } from '../../interpreter/objects/builtin-types.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { NpDType, dtypeArg, np } from './dtype.js';
import { NdArray, NumpyScalar, arrayFromPy, makeArray, numElements, pyNumber } from './ndarray.js';
import { broadcastIndex, broadcastShapes } from './broadcast.js';
import { allocData } from './native-memory.js';
import type { PCG64 } from './pcg64.js';
import { BoundedIntegers } from './pcg64-draws.js';
import { broadcastArgs, checkOutputSize, sizeShape } from './random-args.js';

type Bits = 1 | 8 | 16 | 32 | 64;

/** The dtype's range [lb, ub] and its width in bits (bool: one bit). */
function dtypeRange(dtype: NpDType): { bits: Bits; lb: bigint; ub: bigint } {
  const bits = (dtype === np.bool ? 1 : dtype.itemsize * 8) as Bits;
  if (dtype.kind === 'i') return { bits, lb: -(1n << BigInt(bits - 1)), ub: (1n << BigInt(bits - 1)) - 1n };
  return { bits, lb: 0n, ub: (1n << BigInt(bits)) - 1n };
}

/** A scalar bound as an exact BigInt (floats truncate, as int(np.array(x)) does). */
function boundInt(v: PyValue): bigint {
  if (typeof v === 'bigint') return v;
  if (v instanceof NdArray) return BigInt(Math.trunc(v.data[0]));
  return BigInt(Math.trunc(pyNumber(v)));
}

/** numpy's format_bounds_error: low all zero (the one-argument form) words it as a bound on high. */
function boundsError(closed: boolean, lowIsZero: boolean) {
  if (lowIsZero) return valueError(`high ${closed ? '<' : '<='} 0`);
  return valueError(`low ${closed ? '>' : '>='} high`);
}

const isArrayArg = (v: PyValue) => !(typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') && arrayFromPy(v).ndim > 0;

const integersParams = pyParams('integers', ['low', 'high', 'size', 'dtype', 'endpoint'], { high: null, size: null, dtype: np.int64, endpoint: false });
export function integers(bg: PCG64, args: PyValue[], kwargs: Kwargs): PyValue {
  const p = integersParams(args, kwargs);
  let [lowV, highV] = [p.low, p.high];
  if (highV === null) [lowV, highV] = [0, lowV];
  const dtype = dtypeArg(p.dtype) ?? np.int64;
  if (!dtype.isInt && dtype !== np.bool) throw typeError(`Unsupported dtype dtype('${dtype.name}') for integers`);
  const shape = sizeShape(p.size);
  if (shape !== null && numElements(shape) === 0) return makeArray(dtype, shape, []);
  const closed = isTruthy(p.endpoint);
  const { bits, lb, ub } = dtypeRange(dtype);
  const draws = new BoundedIntegers(bg, bits);
  if (isArrayArg(lowV) || isArrayArg(highV)) return broadcastIntegers(draws, arrayFromPy(lowV, np.int64), arrayFromPy(highV, np.int64), shape, closed, dtype);

  const low = boundInt(lowV);
  const high = boundInt(highV) - (closed ? 0n : 1n);
  if (low < lb) throw valueError(`low is out of bounds for ${dtype.name}`);
  if (high > ub) throw valueError(`high is out of bounds for ${dtype.name}`);
  if (low > high) throw boundsError(closed, low === 0n);
  const range = high - low;
  const rng = range <= 0xffffffffn ? Number(range) : range;
  const off = Number(low);
  // Every value lies in the dtype's range, so it goes straight into the array's storage.
  const out = allocData(dtype, shape === null ? 1 : numElements(shape));
  for (let i = 0; i < out.length; i++) out[i] = off + draws.next(rng);
  if (shape !== null) return new NdArray(dtype, shape, out);
  // dtype=int / dtype=bool (the Python types) give Python scalars; numpy dtypes numpy scalars.
  if (p.dtype === intType) return out[0];
  if (p.dtype === boolType) return out[0] !== 0;
  return new NumpyScalar(dtype, out[0]);
}

/** Array bounds: checked as a whole first, then one draw per broadcast element in C order. */
function broadcastIntegers(draws: BoundedIntegers, low: NdArray, high: NdArray, size: number[] | null, closed: boolean, dtype: NpDType): PyValue {
  const { lb, ub } = dtypeRange(dtype);
  const top = Number(ub) + (closed ? 0 : 1);
  if (low.data.some((x) => x < Number(lb))) throw valueError(`low is out of bounds for ${dtype.name}`);
  if (high.data.some((x) => x > top)) throw valueError(`high is out of bounds for ${dtype.name}`);
  const shape = size === null ? broadcastShapes(low.shape, high.shape) : broadcastArgs([low.shape, high.shape, size]);
  if (size !== null) checkOutputSize(size, shape);
  const lm = broadcastIndex(low.shape, shape);
  const hm = broadcastIndex(high.shape, shape);
  const n = numElements(shape);
  const lows = Float64Array.from({ length: n }, (_, i) => low.data[lm ? lm[i] : i]);
  const highs = Float64Array.from({ length: n }, (_, i) => high.data[hm ? hm[i] : i] - (closed ? 0 : 1));
  if (lows.some((l, i) => l > highs[i])) throw boundsError(closed, low.data.every((x) => x === 0));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const range = highs[i] - lows[i];
    out[i] = lows[i] + draws.next(range <= 0xffffffff ? range : BigInt(range));
  }
  return makeArray(dtype, shape, out);
}

// numpy's `cont` / `disc` drivers (random/_common.pyx) shared by RandomState and Generator:
// parameter constraints with numpy's two wordings (scalar "is NaN", array "contains NaNs"),
// the scalar path (one Python float/int, or `size` draws with fixed parameters) and the
// broadcast path (one draw per output element in C order, parameters broadcast to the output).
import { PyValue } from '../../interpreter/objects/core.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { PyFloat } from '../../interpreter/objects/values.js';
import { PyBytes } from '../../interpreter/objects/bytes.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { np } from './dtype.js';
import { NdArray, makeArray, numElements } from './ndarray.js';
import { operandOrThrow } from './ufuncs.js';
import { broadcastIndex } from './broadcast.js';
import { broadcastArgs, checkOutputSize, sizeShape } from './random-args.js';

/** numpy's constraint_type. */
export const enum Cons {
  None,
  NonNegative,
  Positive,
  PositiveNotNan,
  Bounded01,
  BoundedGt01,
  BoundedLt01,
  Gt1,
  Gte1,
  Poisson,
  LegacyPoisson,
  LegacyNonNegLong,
}

const INT64_MAX = 9223372036854775807;
/** iinfo(int64).max - sqrt(iinfo(int64).max) * 10 as a double (long is 64-bit on Linux). */
const POISSON_LAM_MAX = INT64_MAX - Math.sqrt(INT64_MAX) * 10;

export interface Param {
  value: PyValue;
  name: string;
  cons: Cons;
}

const signBit = (x: number) => x < 0 || Object.is(x, -0);

/** check_constraint for one scalar (the "is NaN" wordings). */
export function checkScalar(v: number, name: string, cons: Cons): void {
  switch (cons) {
    case Cons.NonNegative:
      if (!Number.isNaN(v) && signBit(v)) throw valueError(`${name} < 0`);
      return;
    case Cons.PositiveNotNan:
      if (Number.isNaN(v)) throw valueError(`${name} must not be NaN`);
      if (v <= 0) throw valueError(`${name} <= 0`);
      return;
    case Cons.Positive:
      if (v <= 0) throw valueError(`${name} <= 0`);
      return;
    case Cons.Bounded01:
      if (!(v >= 0) || !(v <= 1)) throw valueError(`${name} < 0, ${name} > 1 or ${name} is NaN`);
      return;
    case Cons.BoundedGt01:
      if (!(v > 0) || !(v <= 1)) throw valueError(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case Cons.BoundedLt01:
      if (!(v >= 0) || !(v < 1)) throw valueError(`${name} < 0, ${name} >= 1 or ${name} is NaN`);
      return;
    case Cons.Gt1:
      if (!(v > 1)) throw valueError(`${name} <= 1 or ${name} is NaN`);
      return;
    case Cons.Gte1:
      if (!(v >= 1)) throw valueError(`${name} < 1 or ${name} is NaN`);
      return;
    case Cons.Poisson:
    case Cons.LegacyPoisson:
      if (!(v >= 0)) throw valueError(`${name} < 0 or ${name} is NaN`);
      if (!(v <= POISSON_LAM_MAX)) throw valueError(`${name} value too large`);
      return;
    case Cons.LegacyNonNegLong:
      if (v < 0) throw valueError(`${name} < 0`);
      if (v > INT64_MAX) throw valueError(`${name} is out of bounds for long, consider using the new generator API for 64bit integers.`);
      return;
    default:
      return;
  }
}

/** check_array_constraint for an array parameter (the "contains NaNs" wordings). */
export function checkArray(a: NdArray, name: string, cons: Cons): void {
  const d = Array.from(a.data as ArrayLike<number>);
  const all = (f: (x: number) => boolean) => d.every(f);
  switch (cons) {
    case Cons.NonNegative:
      if (d.some((x) => !Number.isNaN(x) && signBit(x))) throw valueError(`${name} < 0`);
      return;
    case Cons.PositiveNotNan:
      if (d.some(Number.isNaN)) throw valueError(`${name} must not be NaN`);
      if (d.some((x) => x <= 0)) throw valueError(`${name} <= 0`);
      return;
    case Cons.Positive:
      if (d.some((x) => x <= 0)) throw valueError(`${name} <= 0`);
      return;
    case Cons.Bounded01:
      if (!all((x) => x >= 0 && x <= 1)) throw valueError(`${name} < 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case Cons.BoundedGt01:
      if (!all((x) => x > 0) || !all((x) => x <= 1)) throw valueError(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case Cons.BoundedLt01:
      if (!all((x) => x >= 0) || !all((x) => x < 1)) throw valueError(`${name} < 0, ${name} >= 1 or ${name} contains NaNs`);
      return;
    case Cons.Gt1:
      if (!all((x) => x > 1)) throw valueError(`${name} <= 1 or ${name} contains NaNs`);
      return;
    case Cons.Gte1:
      if (!all((x) => x >= 1)) throw valueError(`${name} < 1 or ${name} contains NaNs`);
      return;
    case Cons.Poisson:
    case Cons.LegacyPoisson:
      if (!all((x) => x <= POISSON_LAM_MAX)) throw valueError(`${name} value too large`);
      if (!all((x) => x >= 0)) throw valueError(`${name} < 0 or ${name} contains NaNs`);
      return;
    case Cons.LegacyNonNegLong:
      if (!all((x) => x >= 0)) throw valueError(`${name} < 0`);
      if (!all((x) => x <= INT64_MAX)) throw valueError(`${name} is out of bounds for long, consider using the new generator API for 64bit integers.`);
      return;
    default:
      return;
  }
}

/** A parameter as numpy's PyArray_FROM_OTF(x, NPY_DOUBLE) sees it. */
function asArray(v: PyValue): NdArray {
  return operandOrThrow(v).arr;
}

/** A parameter converted to int64 as numpy's PyArray_FROM_OTF(x, NPY_INT64) does: floats
 *  truncate toward zero (a scalar goes through C's integer conversion, which does the same). */
function asIntArray(v: PyValue): NdArray {
  const a = asArray(v);
  if (a.dtype.isInt || a.dtype === np.bool) return a;
  return makeArray(np.int64, a.shape, Array.from(a.data as ArrayLike<number>, Math.trunc));
}

export type Draw = (p: Float64Array) => number;

/**
 * cont/disc: draw with parameters `params` (each a float or, with `ints`, an int64 parameter),
 * `size` as numpy's size argument. `int` results come back as Python ints / int64 arrays.
 */
export function drawWith(size: PyValue, params: Param[], draw: Draw, opts: { int?: boolean; ints?: boolean[] } = {}): PyValue {
  const arrays = params.map((p, i) => (opts.ints?.[i] ? asIntArray(p.value) : asArray(p.value)));
  const shape = sizeShape(size);
  const dtype = opts.int ? np.int64 : np.float64;
  const vals = new Float64Array(params.length);
  if (arrays.every((a) => a.ndim === 0)) {
    arrays.forEach((a, i) => {
      vals[i] = a.data[0];
      checkScalar(vals[i], params[i].name, params[i].cons);
    });
    if (shape === null) {
      const v = draw(vals);
      return opts.int ? v : new PyFloat(v);
    }
    const out = new Float64Array(numElements(shape));
    for (let i = 0; i < out.length; i++) out[i] = draw(vals);
    return makeArray(dtype, shape, out);
  }
  arrays.forEach((a, i) => checkArray(a, params[i].name, params[i].cons));
  return broadcastDraws(shape, arrays, draw, dtype);
}

/** The broadcast path: one draw per element of the output, parameters read in C order. */
export function broadcastDraws(shape: number[] | null, arrays: NdArray[], draw: Draw, dtype = np.float64): NdArray {
  const outShape = broadcastArgs(shape === null ? arrays.map((a) => a.shape) : [shape, ...arrays.map((a) => a.shape)]);
  if (shape !== null) checkOutputSize(shape, outShape);
  const maps = arrays.map((a) => broadcastIndex(a.shape, outShape));
  const out = new Float64Array(numElements(outShape));
  const vals = new Float64Array(arrays.length);
  for (let i = 0; i < out.length; i++) {
    for (let k = 0; k < arrays.length; k++) vals[k] = arrays[k].data[maps[k] ? maps[k]![i] : i];
    out[i] = draw(vals);
  }
  return makeArray(dtype, outShape, out);
}

/** Draws with no parameters: one Python float, or an array of `size`. */
export function drawPlain(size: PyValue, draw: () => number, dtype = np.float64): PyValue {
  const shape = sizeShape(size);
  if (shape === null) return new PyFloat(draw());
  const out = new Float64Array(numElements(shape));
  for (let i = 0; i < out.length; i++) out[i] = draw();
  return makeArray(dtype, shape, out);
}

/** bytes(length): (length - 1) / 4 + 1 full-range 32-bit draws (C division, so length 0 still
 *  draws one), little-endian, then sliced [:length] as Python slices. */
export function randomBytes(length: PyValue, nextUint32: () => number): PyBytes {
  const n = asIndex(length);
  const words = Math.trunc((n - 1) / 4) + 1;
  if (words < 0) throw valueError('negative dimensions are not allowed');
  const out = new Uint8Array(words * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < words; i++) view.setUint32(i * 4, nextUint32(), true);
  return new PyBytes(out.slice(0, n < 0 ? Math.max(out.length + n, 0) : n));
}

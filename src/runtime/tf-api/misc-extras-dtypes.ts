// tf.dtypes' functions (as_dtype, cast, saturate_cast and the double/half aliases), the same objects
// as the top-level names. saturate_cast follows math_ops.py: the input is always clipped to the
// output range, each limit first expressed in the input dtype and, where that rounding pushed it
// past the output's range (2147483647 is 2147483648 in float32), nudged one step toward zero.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { typeError } from '../../interpreter/objects/exceptions.js';
import { DType, dtypes } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import * as api from '../ops/api.js';
import { addFunctions, dtypeArg } from './shape-args.js';
import { hostNumbers, hostTensor } from './host-values.js';

const LIMITS: Record<string, [number, number]> = {
  int8: [-128, 127], uint8: [0, 255], int16: [-32768, 32767], uint16: [0, 65535],
  int32: [-2147483648, 2147483647], uint32: [0, 4294967295], int64: [-9223372036854775808, 9223372036854775807], uint64: [0, 18446744073709551615],
  float16: [-65504, 65504], bfloat16: [-3.3895313892515355e38, 3.3895313892515355e38],
  float32: [-3.4028234663852886e38, 3.4028234663852886e38], float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
};
const MANTISSA_BITS: Record<string, number> = { float16: 10, bfloat16: 7, float32: 23, float64: 52 };

/** `v` (a value of `dtype`) one representable step closer to zero. */
function towardZero(v: number, dtype: DType): number {
  const m = MANTISSA_BITS[dtype.name];
  if (m === undefined) return v - Math.sign(v);
  const a = Math.abs(v);
  const e = Math.floor(Math.log2(a));
  const step = 2 ** (e - m - (a === 2 ** e ? 1 : 0));
  return Math.sign(v) * (a - step);
}

/** `v` rounded to `dtype` (through the cast kernel, so float16/bfloat16 round as TF does). */
const inDtype = (v: number, dtype: DType): number => hostNumbers(api.cast(hostTensor([v], [], dtypes.float64), dtype))[0];

function saturateCast(x: Tensor, dtype: DType): Tensor {
  for (const d of [x.dtype, dtype]) {
    if (d === dtypes.bool) throw typeError(`Cannot find minimum value of <dtype: 'bool'> with type <dtype: 'bool'>.`);
  }
  const inLimits = LIMITS[x.dtype.name];
  const outLimits = LIMITS[dtype.name];
  if (inLimits === undefined || outLimits === undefined) return api.cast(x, dtype);
  // Clipping to the input's own range changes nothing (and int64's ends are not float64 values).
  if (inLimits[0] >= outLimits[0] && inLimits[1] <= outLimits[1]) return api.cast(x, dtype);
  let lo = inDtype(Math.max(inLimits[0], outLimits[0]), x.dtype);
  if (lo < outLimits[0]) lo = towardZero(lo, x.dtype);
  let hi = inDtype(Math.min(inLimits[1], outLimits[1]), x.dtype);
  if (hi > outLimits[1]) hi = towardZero(hi, x.dtype);
  const bound = (v: number) => api.cast(hostTensor([v], [], dtypes.float64), x.dtype);
  return api.cast(api.maximum(api.minimum(x, bound(hi)), bound(lo)), dtype);
}

const asDtypeParams = pyParams('as_dtype', ['type_value'], {});
const saturateParams = pyParams('saturate_cast', ['value', 'dtype', 'name'], { name: null });

export function installDtypesExtras(tf: PyModule): void {
  const saturate = (args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue => {
    const p = saturateParams(args, kwargs);
    return saturateCast(toTensor(p.value), dtypeArg(p.dtype, dtypes.float32));
  };
  const asDtype = (args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue => {
    const value = asDtypeParams(args, kwargs).type_value;
    // None is no dtype here (elsewhere a None dtype argument means "the default").
    if (value === null) throw typeError('Cannot convert the argument `type_value`: None to a TensorFlow DType.');
    return dtypeArg(value, dtypes.float32);
  };
  addFunctions(tf, { saturate_cast: saturate, as_dtype: asDtype });
  const module = tf.dict.get('dtypes');
  if (!(module instanceof PyModule)) return;
  for (const name of ['as_dtype', 'cast', 'saturate_cast']) module.dict.set(name, tf.dict.get(name)!);
  module.dict.set('double', dtypes.float64);
  module.dict.set('half', dtypes.float16);
}

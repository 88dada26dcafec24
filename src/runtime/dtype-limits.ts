// DType.max / .min / .limits / .is_unsigned as TF 2.21 gives them: the largest and smallest value
// (numpy scalars for floating dtypes, Python ints for integer ones), TF's `limits` pair (its
// quirk: (0, 1) for float32/float64, (0, max) for integers, (0, True) for bool). Kept apart from
// dtypes.ts because the float limits are numpy scalars (numpy/ imports dtypes.ts).
import { defineGetter } from '../interpreter/builtins/define.js';
import { typeError, valueError } from '../interpreter/objects/exceptions.js';
import type { PyValue } from '../interpreter/objects/core.js';
import { PyTuple } from '../interpreter/objects/values.js';
import { DType, dtypeType } from './dtypes.js';
import { np } from './numpy/dtype.js';
import { NumpyScalar } from './numpy/ndarray.js';

const FLOAT_MAX: Record<string, [keyof typeof np, number]> = {
  float16: ['float16', 65504],
  bfloat16: ['bfloat16', 3.3895313892515355e38],
  float32: ['float32', 3.4028234663852886e38],
  float64: ['float64', Number.MAX_VALUE],
};

const INT_RANGE: Record<string, [bigint, bigint]> = {
  int8: [-(2n ** 7n), 2n ** 7n - 1n], int16: [-(2n ** 15n), 2n ** 15n - 1n], int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n], uint8: [0n, 2n ** 8n - 1n], uint16: [0n, 2n ** 16n - 1n],
  uint32: [0n, 2n ** 32n - 1n], uint64: [0n, 2n ** 64n - 1n],
};

const dtypeRepr = (d: DType) => `<dtype: '${d.name}'>`;

/** A Python int: a JS number where it is exact, else a bigint. */
const pyInt = (v: bigint): PyValue => (v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v);

function limit(d: DType, which: 'max' | 'min'): PyValue {
  const f = FLOAT_MAX[d.name];
  if (f) return new NumpyScalar(np[f[0]], which === 'max' ? f[1] : -f[1]);
  const r = INT_RANGE[d.name];
  if (r) return pyInt(which === 'max' ? r[1] : r[0]);
  throw typeError(`Cannot find ${which === 'max' ? 'maximum' : 'minimum'} value of ${dtypeRepr(d)} with type ${dtypeRepr(d)}.`);
}

defineGetter(dtypeType, 'max', (self) => limit(self as DType, 'max'));
defineGetter(dtypeType, 'min', (self) => limit(self as DType, 'min'));
defineGetter(dtypeType, 'is_unsigned', (self) => (self as DType).name.startsWith('uint'));
defineGetter(dtypeType, 'limits', (self) => {
  const d = self as DType;
  if (d.name === 'float32' || d.name === 'float64') return new PyTuple([0, 1]);
  if (d.name === 'bool') return new PyTuple([0, true]);
  const r = INT_RANGE[d.name];
  if (r) return new PyTuple([0, pyInt(r[1])]);
  throw valueError(`${dtypeRepr(d)} does not have defined limits.`);
});

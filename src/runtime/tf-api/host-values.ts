// Host-side helpers shared by the tf-api functions that compute index maps or small results on
// the host: reading a tensor's elements as JS numbers, building result tensors from host numbers on
// the current device, and writing a shape the way Python prints a tuple (for error messages).
import type { DType } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { currentDevice } from '../device.js';

/** A tensor's elements as JS numbers (int64 elements converted with Number). */
export const hostNumbers = (t: Tensor): number[] => Array.from(t.values() as ArrayLike<number | bigint>, Number);

/** A tensor of `dtype` from host numbers, on the current device (64-bit int dtypes take bigints). */
export function hostTensor(values: readonly number[], shape: number[], dtype: DType): Tensor {
  return tensorFromValues(dtype.is64Bit ? values.map((n) => BigInt(n)) : values, shape, dtype, currentDevice());
}

/** A shape as Python's repr of a tuple: `(3,)`, `(2, 3)`, `()`. */
export const pyShape = (s: readonly number[]): string => (s.length === 1 ? `(${s[0]},)` : `(${s.join(', ')})`);

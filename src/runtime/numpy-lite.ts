// The bridge between tensors and numpy: `Tensor.numpy()` returns a numpy ndarray (or a numpy
// scalar for 0-d tensors), and ndarrays/numpy scalars convert back to tensors keeping their dtype.
import { Tensor, tensorFromValues } from './tensor.js';
import { DType, dtypes } from './dtypes.js';
import type { DTypeName } from './native/dtype-codes.js';
import { currentDevice } from './device.js';
import { NdArray, NumpyScalar, scalarToArray, tensorToArray, wrapResult } from './numpy/ndarray.js';
import './numpy/methods.js';

export { NdArray, NumpyScalar };

export function tensorToNumpy(t: Tensor) {
  return wrapResult(tensorToArray(t));
}

/** An ndarray or numpy scalar as a tensor of the same dtype. */
export function numpyToTensor(v: NdArray | NumpyScalar): Tensor {
  const a = v instanceof NumpyScalar ? scalarToArray(v) : v;
  const dtype: DType = dtypes[a.dtype.name as DTypeName];
  const values = dtype.is64Bit ? Array.from(a.data, (x) => BigInt(x)) : a.data;
  return tensorFromValues(values, a.shape, dtype, currentDevice());
}

// The bridge between tensors and numpy: `Tensor.numpy()` returns a numpy ndarray (or a numpy
// scalar for 0-d tensors), and ndarrays/numpy scalars convert back to tensors keeping their dtype.
import { Tensor, tensorFromValues } from './tensor.js';
import { DType, dtypes } from './dtypes.js';
import type { DTypeName } from './native/dtype-codes.js';
import { currentDevice } from './device.js';
import { NdArray, NumpyScalar, scalarToArray, tensorToArray, wrapResult } from './numpy/ndarray.js';
import './numpy/methods.js';
import { stringTensorToNumpy } from './numpy/object-array.js';
import { isStringTensor } from './strings/string-tensor.js';
import { dataToTensorStorage } from './numpy/native-memory.js';

export { NdArray, NumpyScalar };

export function tensorToNumpy(t: Tensor) {
  if (isStringTensor(t)) return stringTensorToNumpy(t);
  return wrapResult(tensorToArray(t));
}

/** An ndarray or numpy scalar as a tensor of the same dtype. */
export function numpyToTensor(v: NdArray | NumpyScalar): Tensor {
  const a = v instanceof NumpyScalar ? scalarToArray(v) : v;
  const dtype: DType = dtypes[a.dtype.name as DTypeName];
  const copied = dataToTensorStorage(a.data, dtype.name);
  if (copied !== null) return new Tensor(copied, a.shape.slice(), dtype, currentDevice());
  const values = dtype.is64Bit ? Array.from(a.data, (x) => BigInt(x)) : a.data;
  return tensorFromValues(values, a.shape, dtype, currentDevice());
}

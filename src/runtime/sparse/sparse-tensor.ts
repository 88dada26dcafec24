// tf.sparse.SparseTensor: int64 indices [N, rank], values [N] and an int64 dense_shape [rank],
// printed as TF prints it. The tf.sparse functions (tf-api/sparse-api.ts) work on its entries
// host-side: sparse tensors in scripts are small, and TF's own CPU kernels are serial loops too.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { str } from '../../interpreter/ops/text.js';
import { dtypes, DType } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { TensorShape } from '../tensor-shape.js';
import { StringTensor, stringsOf } from '../strings/string-tensor.js';

export const sparseTensorType = new PyType('SparseTensor', [objectType], 'tensorflow.python.framework.sparse_tensor');

export class SparseTensor implements PyObject {
  constructor(
    readonly indices: Tensor,
    readonly values: Tensor,
    readonly denseShape: Tensor,
  ) {}
  get cls(): PyType {
    return sparseTensorType;
  }
  get shape(): number[] {
    return Array.from(this.denseShape.values() as BigInt64Array, Number);
  }
  get dtype(): DType {
    return this.values.dtype;
  }
  /** Each entry's coordinates. */
  coords(): number[][] {
    const flat = Array.from(this.indices.values() as BigInt64Array, Number);
    const rank = this.indices.shape[1] ?? 0;
    return Array.from({ length: this.indices.shape[0] }, (_, i) => flat.slice(i * rank, (i + 1) * rank));
  }
  /** Each entry's value: numbers (or bigints) or string bytes. */
  entryValues(): (number | bigint | Uint8Array)[] {
    return this.values.dtype === dtypes.string ? stringsOf(this.values).slice() : Array.from(this.values.values() as ArrayLike<number | bigint>);
  }
}

/** Builds a SparseTensor from coordinates and values of `dtype`. */
export function makeSparse(coords: number[][], values: (number | bigint | Uint8Array)[], shape: number[], dtype: DType, device: string): SparseTensor {
  const rank = shape.length;
  const indices = tensorFromValues(coords.flat().map((v) => BigInt(v)), [coords.length, rank], dtypes.int64, device);
  const vals =
    dtype === dtypes.string
      ? new StringTensor(values as Uint8Array[], [values.length], device)
      : tensorFromValues(dtype.is64Bit ? values.map((v) => BigInt(v as number | bigint)) : values.map((v) => Number(v)), [values.length], dtype, device);
  return new SparseTensor(indices, vals, tensorFromValues(shape.map((v) => BigInt(v)), [rank], dtypes.int64, device));
}

const sp = (v: PyValue) => v as SparseTensor;
const params = pyParams('SparseTensor', ['indices', 'values', 'dense_shape'], {});

sparseTensorType.construct = (_cls, args, kwargs) => {
  const p = params(args, kwargs);
  return new SparseTensor(toTensor(p.indices, dtypes.int64), toTensor(p.values), toTensor(p.dense_shape, dtypes.int64));
};

const text = (self: PyValue) => `SparseTensor(indices=${str(sp(self).indices)}, values=${str(sp(self).values)}, dense_shape=${str(sp(self).denseShape)})`;
defineMethod(sparseTensorType, '__repr__', text);
defineMethod(sparseTensorType, '__str__', text);
defineGetter(sparseTensorType, 'indices', (self) => sp(self).indices);
defineGetter(sparseTensorType, 'values', (self) => sp(self).values);
defineGetter(sparseTensorType, 'dense_shape', (self) => sp(self).denseShape);
defineGetter(sparseTensorType, 'dtype', (self) => sp(self).dtype);
defineGetter(sparseTensorType, 'shape', (self) => new TensorShape(sp(self).shape));
defineMethod(sparseTensorType, 'get_shape', (self) => new TensorShape(sp(self).shape));
defineMethod(sparseTensorType, 'with_values', (self, args) => new SparseTensor(sp(self).indices, toTensor(args[0]), sp(self).denseShape));

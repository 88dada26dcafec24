// Ops that move or convert data: Reshape, BroadcastTo, Transpose, Cast, Select (where), Fill.
import { getNative } from '../native/binding.js';
import type { DType } from '../dtypes.js';
import { invalidArgument } from '../errors.js';
import { numElements } from '../tensor.js';
import { defineOp } from './registry.js';
import { broadcastShapes, unbroadcast } from './broadcast.js';
import { shapeDebug } from './dtype-text.js';
import * as api from './api.js';

export const Reshape = defineOp<{ shape: number[] }>({
  name: 'Reshape',
  infer([x], { shape }) {
    if (numElements(shape) !== x.size) {
      throw invalidArgument(
        `{{function_node __wrapped__Reshape_device_/job:localhost/replica:0/task:0/device:CPU:0}} Input to reshape is a tensor with ${x.size} values, but the requested shape has ${numElements(shape)}`,
        'Reshape',
      );
    }
    return { shape: shape.slice(), dtype: x.dtype };
  },
  // Storage is immutable, so a reshape shares it.
  kernels: { CPU: ([x]) => x.storage },
  grad: (dy, [x]) => [api.reshape(dy, x.shape)],
});

export const BroadcastTo = defineOp<{ shape: number[] }>({
  name: 'BroadcastTo',
  infer([x], { shape }) {
    const out = broadcastShapes(x.shape, shape, 'BroadcastTo');
    if (out.length !== shape.length || out.some((d, i) => d !== shape[i])) {
      throw invalidArgument(`Unable to broadcast tensor of shape ${shapeDebug(x.shape)} to tensor of shape ${shapeDebug(shape)}`, 'BroadcastTo');
    }
    return { shape: shape.slice(), dtype: x.dtype };
  },
  kernels: { CPU: ([x], { shape }) => getNative().broadcastTo(x.dtype.code, x.storage, x.shape, shape) },
  grad: (dy, [x]) => [unbroadcast(dy, x.shape)],
});

export const Transpose = defineOp<{ perm: number[] }>({
  name: 'Transpose',
  infer([x], { perm }) {
    if (perm.length !== x.rank || [...perm].sort().some((p, i) => p !== i)) {
      throw invalidArgument(`transpose expects a vector of size ${x.rank}. But input(1) is a vector of size ${perm.length}`, 'Transpose');
    }
    return { shape: perm.map((p) => x.shape[p]), dtype: x.dtype };
  },
  kernels: { CPU: ([x], { perm }) => getNative().transpose(x.dtype.code, x.storage, x.shape, perm) },
  grad: (dy, _inputs, _y, { perm }) => {
    const inverse = new Array<number>(perm.length);
    perm.forEach((p, i) => (inverse[p] = i));
    return [api.transpose(dy, inverse)];
  },
});

export const Cast = defineOp<{ dtype: DType }>({
  name: 'Cast',
  infer: ([x], { dtype }) => ({ shape: x.shape.slice(), dtype }),
  kernels: { CPU: ([x], { dtype }) => getNative().cast(x.storage, x.dtype.code, dtype.code, x.size) },
  grad: (dy, [x]) => [x.dtype.isFloating && dy.dtype.isFloating ? api.cast(dy, x.dtype) : null],
});

export const Select = defineOp<null>({
  name: 'SelectV2',
  infer([c, x, y]) {
    if (x.dtype !== y.dtype) {
      throw invalidArgument(`cannot compute SelectV2 as input #2(zero-based) was expected to be a ${x.dtype.name} tensor but is a ${y.dtype.name} tensor`, 'SelectV2');
    }
    const shape = broadcastShapes(broadcastShapes(c.shape, x.shape, 'SelectV2'), y.shape, 'SelectV2');
    return { shape, dtype: x.dtype };
  },
  kernels: {
    CPU: ([c, x, y]) => getNative().where(c.storage, c.shape, x.storage, x.shape, y.storage, y.shape, x.dtype.code),
  },
  grad: (dy, [c, x, y]) => {
    const zeros = api.zerosLike(dy);
    return [null, unbroadcast(api.where(c, dy, zeros), x.shape), unbroadcast(api.where(c, zeros, dy), y.shape)];
  },
});

export const Fill = defineOp<{ shape: number[]; dtype: DType; value: number | bigint | boolean }>({
  name: 'Fill',
  infer: (_inputs, { shape, dtype }) => ({ shape: shape.slice(), dtype }),
  kernels: { CPU: (_inputs, { shape, dtype, value }) => getNative().fill(dtype.code, numElements(shape), value) },
});

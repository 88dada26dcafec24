// Ops that move or convert data: Reshape, BroadcastTo, Transpose, Cast, Select (where), Fill.
import { float64, type DType } from '../dtypes.js';
import { invalidArgument } from '../errors.js';
import { numElements } from '../tensor.js';
import { defineOp } from './registry.js';
import { broadcastable, broadcastShapes, unbroadcast } from './broadcast.js';
import { cppDtypeName, shapeDebug } from './dtype-text.js';
import { checkNonNegativeDims, kernelError, opError } from './shape-errors.js';
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
  gradCheck: [
    { inputs: [{ shape: [2, 3] }], attrs: { shape: [3, 2] } },
    { inputs: [{ shape: [2, 3] }], attrs: { shape: [6] } },
    { inputs: [{ shape: [] }], attrs: { shape: [1, 1] } },
  ],
  // Storage is immutable, so a reshape shares it.
  kernel: (_be, [x]) => x.storage,
  grad: (dy, [x]) => [api.reshape(dy, x.shape)],
});

export const BroadcastTo = defineOp<{ shape: number[] }>({
  name: 'BroadcastTo',
  infer([x], { shape }) {
    if (x.rank > shape.length) {
      throw kernelError('BroadcastTo', `Rank of input (${x.rank}) must be no greater than rank of output shape (${shape.length}).`, null);
    }
    if (x.shape.some((d, i) => d !== 1 && d !== shape[shape.length - x.rank + i])) {
      throw kernelError('BroadcastTo', `Incompatible shapes: ${shapeDebug(x.shape)} vs. ${shapeDebug(shape)}`, null);
    }
    return { shape: shape.slice(), dtype: x.dtype };
  },
  gradCheck: [
    { inputs: [{ shape: [3] }], attrs: { shape: [2, 3] } },
    { inputs: [{ shape: [2, 1] }], attrs: { shape: [2, 4] } },
    { inputs: [{ shape: [] }], attrs: { shape: [2, 2] } },
    { inputs: [{ shape: [1, 3, 1] }], attrs: { shape: [2, 3, 2] } },
  ],
  kernel: (be, [x], { shape }) => be.broadcastTo(x.dtype.code, x.storage, x.shape, shape),
  grad: (dy, [x]) => [unbroadcast(dy, x.shape)],
});

export const Transpose = defineOp<{ perm: number[] }>({
  name: 'Transpose',
  infer([x], { perm }) {
    const fail = (m: string) => kernelError('Transpose', m, null);
    if (perm.length !== x.rank) throw fail(`transpose expects a vector of size ${x.rank}. But input(1) is a vector of size ${perm.length}`);
    const bad = perm.find((p) => p < 0 || p >= x.rank);
    if (bad !== undefined) throw fail(`${bad} is out of range [0 .. ${x.rank})`);
    const missing = perm.findIndex((_, i) => !perm.includes(i));
    if (missing >= 0) throw fail(`${missing} is missing from {${perm.join(',')}}.`);
    return { shape: perm.map((p) => x.shape[p]), dtype: x.dtype };
  },
  gradCheck: [
    { inputs: [{ shape: [2, 3] }], attrs: { perm: [1, 0] } },
    { inputs: [{ shape: [2, 3, 4] }], attrs: { perm: [2, 0, 1] } },
  ],
  kernel: (be, [x], { perm }) => be.transpose(x.dtype.code, x.storage, x.shape, perm),
  grad: (dy, _inputs, _y, { perm }) => {
    const inverse = new Array<number>(perm.length);
    perm.forEach((p, i) => (inverse[p] = i));
    return [api.transpose(dy, inverse)];
  },
});

export const Cast = defineOp<{ dtype: DType }>({
  name: 'Cast',
  infer: ([x], { dtype }) => ({ shape: x.shape.slice(), dtype }),
  gradCheck: [{ inputs: [{ shape: [2, 3] }], attrs: { dtype: float64 } }],
  kernel: (be, [x], { dtype }) => be.cast(x.storage, x.dtype.code, dtype.code, x.size),
  grad: (dy, [x]) => [x.dtype.isFloating && dy.dtype.isFloating ? api.cast(dy, x.dtype) : null],
});

export const Select = defineOp<null>({
  name: 'SelectV2',
  infer([c, x, y]) {
    if (x.dtype !== y.dtype) {
      // TF names C++ dtypes here and writes no ` name: ` after [Op:SelectV2].
      throw opError('SelectV2', `cannot compute SelectV2 as input #2(zero-based) was expected to be a ${cppDtypeName(x.dtype)} tensor but is a ${cppDtypeName(y.dtype)} tensor`, null);
    }
    // TF checks the three shapes together and names all of them.
    const xy = broadcastable(x.shape, y.shape) ? broadcastShapes(x.shape, y.shape, 'SelectV2') : null;
    if (xy === null || !broadcastable(c.shape, xy)) {
      throw kernelError('SelectV2', `condition ${shapeDebug(c.shape)}, then ${shapeDebug(x.shape)}, and else ${shapeDebug(y.shape)} must be broadcastable`);
    }
    return { shape: broadcastShapes(c.shape, xy, 'SelectV2'), dtype: x.dtype };
  },
  gradCheck: [
    { inputs: [{ shape: [2, 3], dtype: 'bool' }, { shape: [2, 3] }, { shape: [2, 3] }], attrs: null },
    { inputs: [{ shape: [2, 3], dtype: 'bool' }, { shape: [3] }, { shape: [] }], attrs: null },
    { inputs: [{ shape: [2, 1], dtype: 'bool' }, { shape: [1, 3] }, { shape: [2, 3] }], attrs: null },
  ],
  kernel: (be, [c, x, y]) => be.where(c.storage, c.shape, x.storage, x.shape, y.storage, y.shape, x.dtype.code),
  grad: (dy, [c, x, y]) => {
    const zeros = api.zerosLike(dy);
    return [null, unbroadcast(api.where(c, dy, zeros), x.shape), unbroadcast(api.where(c, zeros, dy), y.shape)];
  },
});

export const Fill = defineOp<{ shape: number[]; dtype: DType; value: number | bigint | boolean }>({
  name: 'Fill',
  infer: (_inputs, { shape, dtype }) => {
    checkNonNegativeDims('Fill', shape);
    return { shape: shape.slice(), dtype };
  },
  kernel: (be, _inputs, { shape, dtype, value }) => be.fill(dtype.code, numElements(shape), value),
});

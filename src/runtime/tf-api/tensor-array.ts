// tf.TensorArray as it behaves eagerly in TF 2.21: a list of tensors of one dtype, with a fixed or
// growing size. write/unstack/scatter/split return a new TensorArray over the same elements (so
// the old handle sees the writes too, as in TF); read clears the element unless
// clear_after_read=False; elements never written read as zeros once the element shape is known.
// stack/gather/concat/unstack/split are tf.stack/tf.gather/tf.concat/tf.unstack/tf.split of the
// elements, so gradients flow through a TensorArray built under a GradientTape.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyObject, PyType, objectType } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyList } from '../../interpreter/objects/values.js';
import { PyBaseException, valueError } from '../../interpreter/objects/exceptions.js';
import { defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { call } from '../../interpreter/ops/call.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { DType, dtypes } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { tfErrorTypes } from '../errors.js';
import { TensorShape } from '../tensor-shape.js';
import * as api from '../ops/api.js';
import { dtypeArg, intArg } from './shape-args.js';

/** What every TensorArray made from one constructor call shares. */
class Elements {
  /** A tensor, null (never written) or 'cleared' (read once with clear_after_read). */
  items: (Tensor | null | 'cleared')[];
  /** Known dims of every element (null entries unknown); null while the rank is unknown. */
  elementShape: (number | null)[] | null;
  constructor(
    readonly dtype: DType,
    size: number,
    readonly dynamic: boolean,
    readonly clearAfterRead: boolean,
    readonly inferShape: boolean,
    elementShape: (number | null)[] | null,
  ) {
    this.items = new Array(size).fill(null);
    this.elementShape = elementShape;
  }
}

export const tensorArrayType = new PyType('TensorArray', [objectType], 'tensorflow.python.ops.tensor_array_ops');

class TensorArray implements PyObject {
  constructor(readonly e: Elements) {}
  get cls(): PyType {
    return tensorArrayType;
  }
}

const ta = (v: PyValue) => (v as TensorArray).e;
const outOfRange = (message: string) => new PyBaseException(tfErrorTypes.OutOfRangeError, [message]);
const invalid = (message: string) => new PyBaseException(tfErrorTypes.InvalidArgumentError, [message]);
const shapeText = (dims: readonly (number | null)[]) => `(${dims.map((d) => d ?? 'None').join(', ')}${dims.length === 1 ? ',' : ''})`;
/** Integer values of an index argument (a list, tuple or tensor). */
const indexList = (v: PyValue): number[] => Array.from(toTensor(v).values() as ArrayLike<number | bigint>, Number);

function shapeFrom(v: PyValue): (number | null)[] | null {
  if (v === null) return null;
  if (v instanceof TensorShape) return v.unknownRank ? null : v.dims.slice();
  return iterToArray(v).map((d) => (d === null ? null : intArg(d)));
}

function write(e: Elements, index: number, value: PyValue): void {
  if (index < 0) throw outOfRange(`Writing to negative indices (index ${index}) is not allowed.`);
  if (index >= e.items.length) {
    // TF ends this kernel message (and the read and dtype ones) with a space.
    if (!e.dynamic) throw outOfRange(`Tried to write to index ${index} but array is not resizeable and size is: ${e.items.length} `);
    while (e.items.length <= index) e.items.push(null);
  }
  const t = toTensor(value, null, e.dtype);
  if (t.dtype !== e.dtype) throw invalid(`TensorArray dtype is ${e.dtype.name} but Op is trying to write dtype ${t.dtype.name} `);
  if (e.inferShape) {
    const known = e.elementShape;
    if (known !== null && (known.length !== t.rank || known.some((d, i) => d !== null && d !== t.shape[i]))) {
      throw valueError(`Incompatible shape for value (${shapeText(t.shape)}), expected (${shapeText(known)})`);
    }
    e.elementShape = t.shape.slice();
  }
  e.items[index] = t;
}

/** Element i for stack/gather/concat: unwritten and cleared ones are zeros of the element shape. */
function elementOrZeros(e: Elements, i: number): Tensor {
  const item = e.items[i];
  if (item instanceof Tensor) return item;
  const shape = e.elementShape;
  if (shape === null || shape.some((d) => d === null)) {
    throw valueError(`Cannot convert a partially known TensorShape ${shape === null ? '<unknown>' : shapeText(shape)} to a Tensor.`);
  }
  return api.fill(shape as number[], e.dtype, 0);
}

function read(e: Elements, index: number): Tensor {
  if (index < 0 || index >= e.items.length) throw outOfRange(`Tried to read from index ${index} but array size is: ${e.items.length} `);
  if (e.items[index] === 'cleared') {
    throw invalid(`Could not read index ${index} twice because it was cleared after a previous read (perhaps try setting clear_after_read = false?)`);
  }
  const value = elementOrZeros(e, index);
  if (e.clearAfterRead) e.items[index] = 'cleared';
  return value;
}

const P = {
  init: pyParams(
    'TensorArray',
    ['dtype', 'size', 'dynamic_size', 'clear_after_read', 'tensor_array_name', 'handle', 'flow', 'infer_shape', 'element_shape', 'colocate_with_first_write_call', 'name'],
    { size: null, dynamic_size: null, clear_after_read: null, tensor_array_name: null, handle: null, flow: null, infer_shape: true, element_shape: null, colocate_with_first_write_call: true, name: null },
  ),
  write: pyParams('write', ['index', 'value', 'name'], { name: null }),
  read: pyParams('read', ['index', 'name'], { name: null }),
  gather: pyParams('gather', ['indices', 'name'], { name: null }),
  unstack: pyParams('unstack', ['value', 'name'], { name: null }),
  scatter: pyParams('scatter', ['indices', 'value', 'name'], { name: null }),
  split: pyParams('split', ['value', 'lengths', 'name'], { name: null }),
};

export function installTensorArray(tf: PyModule): void {
  const tfCall = (name: string, args: PyValue[]) => call(tf.dict.get(name)!, args, null);
  tensorArrayType.construct = (_cls, args, kwargs) => {
    const p = P.init(args, kwargs);
    const dtype = dtypeArg(p.dtype, dtypes.float32);
    const size = p.size === null ? 0 : intArg(p.size);
    const clear = p.clear_after_read === null ? true : isTruthy(p.clear_after_read);
    return new TensorArray(new Elements(dtype, size, isTruthy(p.dynamic_size), clear, isTruthy(p.infer_shape), shapeFrom(p.element_shape)));
  };
  const same = (self: PyValue) => new TensorArray(ta(self));
  defineGetter(tensorArrayType, 'dtype', (self) => ta(self).dtype);
  defineGetter(tensorArrayType, 'dynamic_size', (self) => ta(self).dynamic);
  defineGetter(tensorArrayType, 'element_shape', (self) => (ta(self).elementShape === null ? new TensorShape([], true) : new TensorShape(ta(self).elementShape!)));
  defineMethod(tensorArrayType, 'size', (self) => api.fill([], dtypes.int32, ta(self).items.length));
  defineMethod(tensorArrayType, 'write', (self, args, kwargs) => {
    const p = P.write(args, kwargs);
    write(ta(self), intArg(p.index), p.value);
    return same(self);
  });
  defineMethod(tensorArrayType, 'read', (self, args, kwargs) => read(ta(self), intArg(P.read(args, kwargs).index)));
  defineMethod(tensorArrayType, 'stack', (self) => {
    const e = ta(self);
    if (e.items.length === 0) return api.fill([0, ...((e.elementShape ?? []).map((d) => d ?? 0))], e.dtype, 0);
    return tfCall('stack', [new PyList(e.items.map((_, i) => elementOrZeros(e, i)))]);
  });
  defineMethod(tensorArrayType, 'gather', (self, args, kwargs) => {
    const e = ta(self);
    const indices = indexList(P.gather(args, kwargs).indices);
    return tfCall('stack', [new PyList(indices.map((i) => elementOrZeros(e, i)))]);
  });
  defineMethod(tensorArrayType, 'concat', (self) => {
    const e = ta(self);
    return tfCall('concat', [new PyList(e.items.map((_, i) => elementOrZeros(e, i))), 0]);
  });
  defineMethod(tensorArrayType, 'unstack', (self, args, kwargs) => {
    const e = ta(self);
    const value = toTensor(P.unstack(args, kwargs).value, null, e.dtype);
    const n = value.rank === 0 ? 0 : value.shape[0];
    if (!e.dynamic && n > e.items.length) throw valueError(`Cannot unstack ${n} tensors into a TensorArray of static size ${e.items.length} `);
    // A growing array takes exactly the unstacked elements (TF 2.21's eager unstack).
    if (e.dynamic) e.items = new Array(n).fill(null);
    iterToArray(tfCall('unstack', [value])).forEach((t, i) => write(e, i, t));
    return same(self);
  });
  defineMethod(tensorArrayType, 'scatter', (self, args, kwargs) => {
    const p = P.scatter(args, kwargs);
    const e = ta(self);
    const parts = iterToArray(tfCall('unstack', [toTensor(p.value, null, e.dtype)]));
    indexList(p.indices).forEach((i, k) => write(e, i, parts[k]));
    return same(self);
  });
  defineMethod(tensorArrayType, 'split', (self, args, kwargs) => {
    const p = P.split(args, kwargs);
    const e = ta(self);
    const lengths = indexList(p.lengths);
    iterToArray(tfCall('split', [toTensor(p.value, null, e.dtype), new PyList(lengths)])).forEach((t, i) => write(e, i, t));
    return same(self);
  });
  defineMethod(tensorArrayType, 'identity', (self) => same(self));
  defineMethod(tensorArrayType, 'close', () => null);
  defineMethod(tensorArrayType, 'mark_used', () => null);
  tf.dict.set('TensorArray', tensorArrayType);
}

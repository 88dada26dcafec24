// The eager tensor: native storage plus shape, dtype and device. Immutable once made.
import { LazyAttrDict, PyObject, PyType, PyValue, objectType } from '../interpreter/objects/core.js';
import { typeError } from '../interpreter/objects/exceptions.js';
import { getNative, NativeStorage } from './native/binding.js';
import { DType, dtypes } from './dtypes.js';
import { backendOfStorage } from './backend/devices.js';
import { placeNewScalar, placeNewTensor } from './backend/placement.js';

export const eagerTensorType = new PyType('EagerTensor', [objectType], 'tensorflow.python.framework.ops');
/** String tensors (src/runtime/strings/): the same Python name, their own printing and conversions. */
export const stringTensorType = new PyType('EagerTensor', [eagerTensorType], 'tensorflow.python.framework.ops');

let nextTensorId = 1;

export type TensorValues = Float32Array | Float64Array | Int32Array | BigInt64Array | Uint8Array | Int8Array | Int16Array | Uint16Array | Uint32Array | BigUint64Array;

export class Tensor implements LazyAttrDict {
  readonly id = nextTensorId++;
  private cachedValues: TensorValues | null = null;
  /** Python attributes set on this tensor (EagerTensor instances have a __dict__). */
  attrDict: Map<string, PyValue> | undefined = undefined;
  get hasLazyAttrDict(): true {
    return true;
  }

  constructor(
    readonly storage: NativeStorage,
    readonly shape: readonly number[],
    readonly dtype: DType,
    readonly device: string,
  ) {}

  get cls(): PyType {
    return this.dtype === dtypes.string ? stringTensorType : eagerTensorType;
  }

  get size(): number {
    return numElements(this.shape);
  }

  get rank(): number {
    return this.shape.length;
  }

  /** The element values in C order, read back from native memory once. float16/bfloat16 are
   *  widened to float32 so JS can read them. */
  values(): TensorValues {
    if (this.cachedValues) return this.cachedValues;
    // A string tensor's storage holds byte strings (strings/string-tensor.ts), never numbers.
    if (this.dtype === dtypes.string) throw typeError('a string tensor has no numeric values');
    const N = backendOfStorage(this.storage); // a GPU storage downloads (waits for the GPU)
    const name = this.dtype.name;
    let v: TensorValues;
    if (name === 'float16' || name === 'bfloat16') {
      v = new Float32Array(N.toBytes(N.cast(this.storage, this.dtype.code, dtypes.float32.code, this.size)));
    } else {
      const buf = N.toBytes(this.storage);
      v = typedArrayFor(name, buf);
    }
    this.cachedValues = v;
    return v;
  }
}

function typedArrayFor(name: string, buf: ArrayBuffer): TensorValues {
  switch (name) {
    case 'float32': return new Float32Array(buf);
    case 'float64': return new Float64Array(buf);
    case 'int32': return new Int32Array(buf);
    case 'int64': return new BigInt64Array(buf);
    case 'int8': return new Int8Array(buf);
    case 'int16': return new Int16Array(buf);
    case 'uint16': return new Uint16Array(buf);
    case 'uint32': return new Uint32Array(buf);
    case 'uint64': return new BigUint64Array(buf);
    default: return new Uint8Array(buf);
  }
}

export function numElements(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

type TypedArrayClass = { new (n: number): TypedScratch; from(v: ArrayLike<unknown>): ArrayBufferView };
type TypedScratch = ArrayBufferView & { length: number; [i: number]: number | bigint; subarray(a: number, b: number): ArrayBufferView };
const ARRAY_TYPES: Record<string, TypedArrayClass> = {
  float32: Float32Array, float64: Float64Array, int32: Int32Array, int64: BigInt64Array, int8: Int8Array,
  int16: Int16Array, uint16: Uint16Array, uint32: Uint32Array, uint64: BigUint64Array, uint8: Uint8Array, bool: Uint8Array,
} as unknown as Record<string, TypedArrayClass>;

// Small inputs (scalars above all: tf.constant(2.0), Python numbers in arithmetic) are staged in a
// reused typed array per dtype; fromBytes copies them into the new Storage. Allocating a fresh
// typed array (and its ArrayBuffer) per call was most of the cost of a scalar constant.
const SCRATCH_ELEMENTS = 64;
const scratch = new Map<string, TypedScratch>();

function stagedView(name: string, values: ArrayLike<number> | ArrayLike<bigint>): ArrayBufferView {
  const ArrayType = ARRAY_TYPES[name];
  const n = values.length;
  if (n > SCRATCH_ELEMENTS) return ArrayType.from(values);
  let buf = scratch.get(name);
  if (buf === undefined) scratch.set(name, (buf = new ArrayType(SCRATCH_ELEMENTS)));
  for (let i = 0; i < n; i++) buf[i] = values[i];
  return buf.subarray(0, n);
}

/** Makes a tensor from JS values already in the dtype's domain. */
export function tensorFromValues(values: ArrayLike<number> | ArrayLike<bigint>, shape: readonly number[], dtype: DType, device: string): Tensor {
  const makeHost = (): NativeStorage => {
    const N = getNative();
    const name = dtype.name;
    if (name !== 'float16' && name !== 'bfloat16') return N.fromBytes(stagedView(name, values));
    return N.cast(N.fromBytes(stagedView('float32', values)), dtypes.float32.code, dtype.code, values.length);
  };
  const placed = values.length === 1 ? placeNewScalar(values[0], dtype, device, makeHost) : placeNewTensor(makeHost(), dtype, values.length, device);
  return new Tensor(placed.storage, shape.slice(), dtype, placed.device);
}

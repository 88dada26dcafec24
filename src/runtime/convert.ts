// Python values → tensors with TF's rules: Python floats become float32, ints int32 (int64 when
// they do not fit), bools bool; nested lists must be rectangular; an explicit dtype converts.
import type { PyValue } from '../interpreter/objects/core.js';
import { typeError, valueError } from '../interpreter/objects/exceptions.js';
import { PyFloat, PyList, PyTuple } from '../interpreter/objects/values.js';
import { repr } from '../interpreter/ops/text.js';
import { typeOf } from '../interpreter/ops/typeof.js';
import { DType, dtypes } from './dtypes.js';
import { Tensor, tensorFromValues } from './tensor.js';
import { currentDevice } from './device.js';
import { shapeStr, tensorRepr } from './printing/index.js';
import { cast } from './ops/api.js';
import { cppDtypeName } from './ops/dtype-text.js';
import { NdArray, NumpyScalar, numpyToTensor } from './numpy-lite.js';
import { isStringLeaf, stringLeaf, stringTensorFromLeaves } from './strings/convert-strings.js';
import { printValuesOf } from './strings/string-tensor.js';
import { ObjectArray } from './numpy/object-array.js';
import { StrArray } from './numpy/str-array.js';
import { TensorShape } from './tensor-shape.js';
import { densify, IndexedSlices } from './autograd/indexed-slices.js';

/** Objects that can stand in for a tensor (Variables): they know how to read their value. */
export interface TensorLike {
  readTensor(): Tensor;
}
export const isTensorLike = (v: PyValue): v is PyValue & TensorLike =>
  v !== null && typeof v === 'object' && typeof (v as Partial<TensorLike>).readTensor === 'function';

// Uint8Array: a str/bytes element, whose tensor is built by strings/convert-strings.ts.
type Leaf = number | bigint | boolean | Uint8Array;

function flatten(v: PyValue, shape: number[], depth: number, out: Leaf[], kinds: Set<string>): void {
  if (v instanceof PyList || v instanceof PyTuple) {
    const n = v.items.length;
    if (shape.length === depth) shape.push(n);
    else if (shape[depth] !== n) throw valueError("Can't convert non-rectangular Python sequence to Tensor.");
    for (const item of v.items) flatten(item, shape, depth + 1, out, kinds);
    return;
  }
  if (depth < shape.length) throw valueError("Can't convert non-rectangular Python sequence to Tensor.");
  if (v instanceof PyFloat) {
    kinds.add('float');
    out.push(v.v);
  } else if (typeof v === 'boolean') {
    kinds.add('bool');
    out.push(v);
  } else if (typeof v === 'number' || typeof v === 'bigint') {
    kinds.add('int');
    out.push(v);
  } else if (isStringLeaf(v)) {
    kinds.add('string');
    out.push(stringLeaf(v));
  } else if (v instanceof NumpyScalar) {
    // numpy scalars in a sequence: floats keep their precision (np.float64 makes the tensor
    // float64, np.float16 float16, over Python floats), integers count as Python ints, np.bool_ as a bool.
    const kind = v.dtype.kind;
    if (kind === 'f') {
      kinds.add('float');
      if (v.dtype.name === 'float64' || v.dtype.name === 'float16') kinds.add(`np-${v.dtype.name}`);
      else kinds.add('np-float32');
      out.push(v.value);
    } else if (kind === 'b') {
      kinds.add('bool');
      out.push(v.value !== 0);
    } else {
      kinds.add('int');
      out.push(v.value);
    }
  } else if (isTensorLike(v) || v instanceof Tensor) {
    const t = v instanceof Tensor ? v : v.readTensor();
    if (t.rank !== 0) throw valueError('Nested tensors inside lists are not supported yet');
    kinds.add(t.dtype.isFloating ? 'float' : t.dtype.name === 'bool' ? 'bool' : 'int');
    const x = t.values()[0];
    out.push(typeof x === 'bigint' ? x : Number(x));
  } else {
    throw valueError(`Attempt to convert a value (${repr(v)}) with an unsupported type (<class '${typeOf(v).qualname}'>) to a Tensor.`);
  }
}

function inferDtype(kinds: Set<string>, leaves: Leaf[]): DType {
  if (kinds.has('np-float64')) return dtypes.float64;
  // A numpy float scalar's precision wins over Python floats: np.float16 with no np.float32 is float16.
  if (kinds.has('np-float16') && !kinds.has('np-float32')) return dtypes.float16;
  if (kinds.has('float')) return dtypes.float32;
  if (kinds.has('int')) {
    const fits = leaves.every((x) => typeof x === 'boolean' || x instanceof Uint8Array || (x >= -2147483648 && x <= 2147483647));
    return fits ? dtypes.int32 : dtypes.int64;
  }
  if (kinds.has('bool')) return dtypes.bool;
  return dtypes.float32;
}

/** convert_to_tensor. `dtype` is a requirement; `hint` is used only for plain Python values. */
export function toTensor(v: PyValue, dtype: DType | null = null, hint: DType | null = null): Tensor {
  if (v instanceof Tensor || isTensorLike(v)) {
    const t = v instanceof Tensor ? v : v.readTensor();
    if (dtype && t.dtype !== dtype) {
      throw valueError(`Tensor conversion requested dtype ${dtype.name} for Tensor with dtype ${t.dtype.name}: ${tensorRepr(printValuesOf(t), t.shape, t.dtype.name)}`);
    }
    return t;
  }
  if (v instanceof TensorShape) return shapeToTensor(v, dtype);
  if (v instanceof IndexedSlices) return toTensor(densify(v), dtype);
  if (v instanceof ObjectArray) return stringTensorFromLeaves(v.items, new Set(['string']), v.shape, dtype, v);
  if (v instanceof StrArray) return stringTensorFromLeaves(v.items.map((s) => new TextEncoder().encode(s)), new Set(['string']), v.shape, dtype, v);
  if (v instanceof NdArray || v instanceof NumpyScalar) {
    const t = numpyToTensor(v);
    // A numpy scalar next to a tensor takes the tensor's dtype, truncating as tf.cast does.
    if (v instanceof NumpyScalar && !dtype && hint && hint !== t.dtype) return cast(t, hint);
    return dtype && dtype !== t.dtype ? cast(t, dtype) : t;
  }
  const shape: number[] = [];
  const leaves: Leaf[] = [];
  const kinds = new Set<string>();
  flatten(v, shape, 0, leaves, kinds);
  if (kinds.has('string') || (dtype ?? hint) === dtypes.string) return stringTensorFromLeaves(leaves, kinds, shape, dtype, v);
  const given = dtype ?? (hint && kinds.size > 0 ? hintDtype(hint, kinds) : null);
  const target = given ?? inferDtype(kinds, leaves);
  // Inferring float32, TF refuses finite Python floats that float32 cannot hold (its message
  // says double); with a dtype asked for or taken from the other operand, they become inf.
  if (!given && target === dtypes.float32 && leaves.some((x) => typeof x === 'number' && Number.isFinite(x) && !Number.isFinite(Math.fround(x)))) {
    throw valueError("Can't convert Python sequence with a value out of range for a double-precision float.");
  }
  return tensorFromValues(convertLeaves(leaves, target, v) as number[], shape, target, currentDevice());
}

/**
 * An op operand converted next to a tensor of `dtype`, as TF's eager ops convert their arguments:
 * a numpy array is cast to it (TF makes the array with numpy's forced cast: float64 data next to a
 * float32 tensor, int64 labels next to float predictions); a Python value takes it where it fits.
 * `strict` is the generated ops' conversion (tf.multiply, `x - 1.5`, reflected operators), which
 * refuses a Python float for an integer or bool dtype and a str for a non-string one with TF's
 * TypeError; tf.add and `x + y` only hint the dtype, so the op itself reports the mismatch.
 */
export function toOperandTensor(v: PyValue, dtype: DType, strict: boolean): Tensor {
  if (v instanceof Tensor) return v;  // the common case first: this runs on every tensor operator
  if (v instanceof NdArray) {
    const t = numpyToTensor(v);
    return t.dtype === dtype || dtype === dtypes.string ? t : cast(t, dtype);
  }
  if (strict && !isTensorLike(v) && refusedLeaf(v, dtype)) {
    throw typeError(`Cannot convert ${repr(v)} to EagerTensor of dtype ${cppDtypeName(dtype)}`);
  }
  return toTensor(v, null, dtype);
}

/** Whether a plain Python value (or nested list) holds a leaf that strict conversion to `dtype`
 *  refuses: a float for an integer or bool dtype, an int for bool, a str for a non-string one. */
function refusedLeaf(v: PyValue, dtype: DType): boolean {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.some((item) => refusedLeaf(item, dtype));
  if (v instanceof PyFloat) return !dtype.isFloating;
  if (typeof v === 'number' || typeof v === 'bigint') return dtype === dtypes.bool;
  return dtype !== dtypes.string && isStringLeaf(v);
}

/** TF's conversion function for a fully known TensorShape: its dims as int32 (int64 when a dim
 * does not fit, or when asked for); `tf.reduce_prod(w.shape)` in the autodiff guide needs it. */
function shapeToTensor(s: TensorShape, dtype: DType | null): Tensor {
  const text = s.unknownRank ? '<unknown>' : shapeStr(s.dims);
  if (s.unknownRank || s.dims.some((d) => d === null)) throw valueError(`Cannot convert a partially known TensorShape ${text} to a Tensor.`);
  const dims = s.dims as number[];
  if (dtype && dtype !== dtypes.int32 && dtype !== dtypes.int64) {
    throw typeError(`Cannot convert TensorShape ${text} to dtype <dtype: '${dtype.name}'>. Allowed dtypes are tf.int32 and tf.int64.`);
  }
  const target = dtype ?? (dims.every((d) => d < 2 ** 31) ? dtypes.int32 : dtypes.int64);
  return tensorFromValues(target.is64Bit ? dims.map(BigInt) : dims, [dims.length], target, currentDevice());
}

/** A hint applies when the Python values fit it (an int list may become float32, not the reverse). */
function hintDtype(hint: DType, kinds: Set<string>): DType | null {
  if (kinds.has('float') && !hint.isFloating) return null;
  return hint;
}

function convertLeaves(leaves: Leaf[], dtype: DType, original: PyValue): (number | bigint)[] {
  const out: (number | bigint)[] = new Array(leaves.length);
  for (let i = 0; i < leaves.length; i++) {
    const x = leaves[i];
    if (dtype.isFloating) out[i] = Number(x);
    else if (dtype.name === 'bool') out[i] = Number(Boolean(x));
    else {
      if (typeof x === 'number' && !Number.isInteger(x)) {
        throw typeError(`Cannot convert ${repr(original)} to EagerTensor of dtype ${dtype.name}`);
      }
      out[i] = dtype.is64Bit ? BigInt(x as number) : Number(x);
    }
  }
  return out;
}

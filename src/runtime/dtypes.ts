// TensorFlow dtypes as Python sees them (`tf.float32`): one DType object per type, its native
// code, and the facts op rules need (floating? integer? what Python values convert to).
import { PyObject, PyType, PyValue, objectType } from '../interpreter/objects/core.js';
import { defineGetter, defineMethod } from '../interpreter/builtins/define.js';
import { boolType, floatType } from '../interpreter/objects/builtin-types.js';
import { DTypeCode, DTypeName } from './native/dtype-codes.js';
import { dtypeRepr, dtypeStr } from './printing/index.js';

/** The string dtype's code: past every native code, so no native kernel ever accepts it. */
export const STRING_CODE = 13;

export const dtypeType = new PyType('DType', [objectType], 'tensorflow.python.framework.dtypes');

export class DType implements PyObject {
  constructor(
    readonly name: DTypeName | 'string',
    readonly code: number,
  ) {}
  get cls(): PyType {
    return dtypeType;
  }
  get isFloating(): boolean {
    return this.name === 'float32' || this.name === 'float64' || this.name === 'float16' || this.name === 'bfloat16';
  }
  get isInteger(): boolean {
    return !this.isFloating && this.name !== 'bool' && this.name !== 'string';
  }
  get isUnsigned(): boolean {
    return this.name.startsWith('uint');
  }
  get is64Bit(): boolean {
    return this.name === 'int64' || this.name === 'uint64';
  }
}

export const dtypes = {
  ...(Object.fromEntries((Object.keys(DTypeCode) as DTypeName[]).map((n) => [n, new DType(n, DTypeCode[n])])) as Record<DTypeName, DType>),
  // TF's string (bytes per element) has no native code: its tensors live host-side (src/runtime/strings/).
  string: new DType('string', STRING_CODE),
};

export const float32 = dtypes.float32;
export const float64 = dtypes.float64;
export const int32 = dtypes.int32;
export const int64 = dtypes.int64;
export const bool = dtypes.bool;

/** The dtype named by a Python value: a DType, or a name string ('float32'). */
export function dtypeFromPy(v: PyValue): DType | null {
  if (v instanceof DType) return v;
  if (typeof v === 'string' && v in dtypes) return dtypes[v as keyof typeof dtypes];
  // tf.as_dtype accepts Python's float (float32) and bool, not int.
  if (v === floatType) return dtypes.float32;
  if (v === boolType) return dtypes.bool;
  const foreign = foreignDtypeName?.(v);
  return foreign && foreign in dtypes ? dtypes[foreign as keyof typeof dtypes] : null;
}

/** numpy's dtypes and scalar types (np.float32, np.dtype('int64')) also name TF dtypes; the numpy
 *  module registers how to read them (it imports this file, so it cannot be imported here). */
let foreignDtypeName: ((v: PyValue) => string | null) | null = null;
export function registerForeignDtypes(nameOf: (v: PyValue) => string | null): void {
  foreignDtypeName = nameOf;
}

defineMethod(dtypeType, '__repr__', (self) => dtypeRepr((self as DType).name));
defineMethod(dtypeType, '__str__', (self) => dtypeStr((self as DType).name));
defineMethod(dtypeType, '__eq__', (self, args) => dtypeFromPy(args[0]) === self);
defineMethod(dtypeType, '__ne__', (self, args) => dtypeFromPy(args[0]) !== self);
defineMethod(dtypeType, '__hash__', (self) => (self as DType).code);
defineGetter(dtypeType, 'name', (self) => (self as DType).name);
defineGetter(dtypeType, 'is_floating', (self) => (self as DType).isFloating);
defineGetter(dtypeType, 'is_integer', (self) => (self as DType).isInteger);
defineGetter(dtypeType, 'is_bool', (self) => (self as DType).name === 'bool');
defineGetter(dtypeType, 'base_dtype', (self) => self);
defineGetter(dtypeType, 'size', (self) => [4, 8, 4, 8, 1, 1, 1, 2, 2, 2, 2, 4, 8, 0][(self as DType).code]);

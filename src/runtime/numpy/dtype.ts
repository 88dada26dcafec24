// numpy dtypes: the `np.dtype` objects, the scalar types (`np.float32` is a type whose instances
// are numpy scalars), what Python values name a dtype, and numpy 2's promotion rules.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { boolType, floatType, intType } from '../../interpreter/objects/builtin-types.js';
import { typeError } from '../../interpreter/objects/exceptions.js';
import { defineGetter, defineMethod } from '../../interpreter/builtins/define.js';
import { DType, registerForeignDtypes } from '../dtypes.js';

export type NpKind = 'b' | 'i' | 'u' | 'f';
export type NpTypedArray = Float32Array | Float64Array | Int8Array | Int16Array | Int32Array | Uint8Array | Uint16Array | Uint32Array;
type ArrayCtor = {
  new (n: number): NpTypedArray; new (buf: ArrayBuffer): NpTypedArray; from(v: ArrayLike<number>): NpTypedArray;
  readonly BYTES_PER_ELEMENT: number;
};

export const npDtypeType = new PyType('dtype', [objectType], 'numpy');
// The abstract scalar hierarchy (np.generic, np.number, ...), for isinstance checks.
export const genericType = new PyType('generic', [objectType], 'numpy');
const numberType = new PyType('number', [genericType], 'numpy');
const integerType = new PyType('integer', [numberType], 'numpy');
const signedType = new PyType('signedinteger', [integerType], 'numpy');
const unsignedType = new PyType('unsignedinteger', [integerType], 'numpy');
const inexactType = new PyType('inexact', [numberType], 'numpy');
const floatingType = new PyType('floating', [inexactType], 'numpy');
export const abstractScalarTypes = { generic: genericType, number: numberType, integer: integerType, signedinteger: signedType, unsignedinteger: unsignedType, inexact: inexactType, floating: floatingType };

/** One numpy dtype. Elements live in `Storage` typed arrays; int64/uint64 are kept as doubles
 *  (exact up to 2**53, which is all tutorial scripts need) so JS arithmetic stays on numbers. */
export class NpDType implements PyObject {
  readonly scalarType: PyType;
  constructor(
    readonly name: string,
    readonly kind: NpKind,
    readonly itemsize: number,
    readonly Storage: ArrayCtor,
    readonly char: string,
  ) {
    const base = kind === 'b' ? genericType : kind === 'f' ? floatingType : kind === 'u' ? unsignedType : signedType;
    const bases = name === 'float64' ? [base, floatType] : [base];
    this.scalarType = new PyType(name, bases, 'numpy');
  }
  get cls(): PyType {
    return npDtypeType;
  }
  get isFloat(): boolean {
    return this.kind === 'f';
  }
  get isInt(): boolean {
    return this.kind === 'i' || this.kind === 'u';
  }
  /** The range of an integer dtype. */
  get bounds(): [number, number] {
    const bits = this.itemsize * 8;
    return this.kind === 'u' ? [0, 2 ** bits - 1] : [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1];
  }
}

const d = (name: string, kind: NpKind, size: number, S: ArrayCtor, char: string) => new NpDType(name, kind, size, S, char);
export const np = {
  bool: d('bool', 'b', 1, Uint8Array, '?'),
  int8: d('int8', 'i', 1, Int8Array, 'b'),
  int16: d('int16', 'i', 2, Int16Array, 'h'),
  int32: d('int32', 'i', 4, Int32Array, 'i'),
  int64: d('int64', 'i', 8, Float64Array, 'l'),
  uint8: d('uint8', 'u', 1, Uint8Array, 'B'),
  uint16: d('uint16', 'u', 2, Uint16Array, 'H'),
  uint32: d('uint32', 'u', 4, Uint32Array, 'I'),
  uint64: d('uint64', 'u', 8, Float64Array, 'L'),
  float16: d('float16', 'f', 2, Float32Array, 'e'),
  // ml_dtypes' bfloat16, which TF's bfloat16 tensors hand to numpy.
  bfloat16: d('bfloat16', 'f', 2, Float32Array, 'E'),
  float32: d('float32', 'f', 4, Float32Array, 'f'),
  float64: d('float64', 'f', 8, Float64Array, 'd'),
};
export type NpDTypeName = keyof typeof np;
export const allDtypes: NpDType[] = Object.values(np);
np.bool.scalarType.qualname = 'bool';

const byScalarType = new Map<PyType, NpDType>(allDtypes.map((t) => [t.scalarType, t]));

const aliases: Record<string, NpDType> = {
  float: np.float64, int: np.int64, bool: np.bool, bool_: np.bool, double: np.float64, single: np.float32,
  half: np.float16, f2: np.float16, f4: np.float32, f8: np.float64, i1: np.int8, i2: np.int16, i4: np.int32,
  i8: np.int64, u1: np.uint8, u2: np.uint16, u4: np.uint32, u8: np.uint64, b1: np.bool, '?': np.bool,
  b: np.int8, h: np.int16, i: np.int32, l: np.int64, q: np.int64, B: np.uint8, H: np.uint16, I: np.uint32,
  L: np.uint64, Q: np.uint64, e: np.float16, f: np.float32, d: np.float64, intp: np.int64, uint: np.uint64,
};

/** The dtype a Python value names (np.float32, 'float32', float, np.dtype(...), tf.float32), or null. */
export function toDtypeOrNull(v: PyValue): NpDType | null {
  if (v instanceof NpDType) return v;
  if (v instanceof PyType) {
    if (v === floatType) return np.float64;
    if (v === intType) return np.int64;
    if (v === boolType) return np.bool;
    return byScalarType.get(v) ?? null;
  }
  if (typeof v === 'string') {
    const name = v.replace(/^[<>=|]/, '');
    if (name in np) return np[name as NpDTypeName];
    return aliases[name] ?? null;
  }
  if (v instanceof DType && v.name in np) return np[v.name as NpDTypeName];
  return null;
}

// tf functions take numpy dtypes and scalar types wherever they take a tf dtype.
registerForeignDtypes((v) => (v instanceof NpDType ? v.name : v instanceof PyType ? (byScalarType.get(v)?.name ?? null) : null));

/** A dtype argument; None means "not given". */
export function dtypeArg(v: PyValue): NpDType | null {
  if (v === null) return null;
  const t = toDtypeOrNull(v);
  if (t) return t;
  if (typeof v === 'string') throw typeError(`data type '${v}' not understood`);
  throw typeError(`Cannot interpret '${v instanceof PyType ? `<class '${v.module}.${v.qualname}'>` : String(v)}' as a data type`);
}

const intBySize: Record<number, NpDType> = { 1: np.int8, 2: np.int16, 4: np.int32, 8: np.int64 };

/** np.promote_types for the kinds we support. */
export function promoteTypes(a: NpDType, b: NpDType): NpDType {
  if (a === b) return a;
  if (a.kind === 'b') return b;
  if (b.kind === 'b') return a;
  if (a.kind === 'f' && b.kind === 'f') {
    // float16 and bfloat16 hold different values; float32 holds both.
    if (a.itemsize === 2 && b.itemsize === 2) return np.float32;
    return a.itemsize >= b.itemsize ? a : b;
  }
  if (a.kind === 'f' || b.kind === 'f') {
    const [f, n] = a.kind === 'f' ? [a, b] : [b, a];
    // The smallest float that holds every value of the integer type.
    const needed = n.itemsize === 1 ? np.float16 : n.itemsize === 2 ? np.float32 : np.float64;
    return f.itemsize >= needed.itemsize ? f : needed;
  }
  if (a.kind === b.kind) return a.itemsize >= b.itemsize ? a : b;
  const [u, s] = a.kind === 'u' ? [a, b] : [b, a];
  if (s.itemsize > u.itemsize) return s;
  return u.itemsize === 8 ? np.float64 : intBySize[u.itemsize * 2];
}

/** The float type numpy's float functions (sqrt, exp, ...) give for an input dtype: the
 *  smallest float that holds every value (bool, int8, uint8 → float16; 16-bit → float32). */
export function floatResultType(t: NpDType): NpDType {
  if (t.kind === 'f') return t;
  if (t.kind === 'b' || t.itemsize === 1) return np.float16;
  return t.itemsize === 2 ? np.float32 : np.float64;
}

/** Python scalars as numpy sees them (NEP 50): weak, so they take the other operand's type. */
export type WeakKind = 'bool' | 'int' | 'float';
export function promoteWithWeak(t: NpDType, weak: WeakKind): NpDType {
  if (weak === 'bool') return t;
  if (weak === 'int') return t.kind === 'b' ? np.int64 : t;
  return t.kind === 'f' ? t : np.float64;
}
export const defaultDtypeForWeak = (k: WeakKind): NpDType => (k === 'bool' ? np.bool : k === 'int' ? np.int64 : np.float64);

export function dtypeEquals(a: NpDType, other: PyValue): boolean {
  const b = toDtypeOrNull(other);
  return b === a;
}

defineMethod(npDtypeType, '__repr__', (self) => `dtype('${(self as NpDType).name}')`);
defineMethod(npDtypeType, '__str__', (self) => (self as NpDType).name);
defineMethod(npDtypeType, '__eq__', (self, args) => dtypeEquals(self as NpDType, args[0]));
defineMethod(npDtypeType, '__ne__', (self, args) => !dtypeEquals(self as NpDType, args[0]));
defineMethod(npDtypeType, '__hash__', (self) => allDtypes.indexOf(self as NpDType) + 1000);
defineGetter(npDtypeType, 'name', (self) => (self as NpDType).name);
defineGetter(npDtypeType, 'itemsize', (self) => (self as NpDType).itemsize);
defineGetter(npDtypeType, 'kind', (self) => (self as NpDType).kind);
defineGetter(npDtypeType, 'char', (self) => (self as NpDType).char);
defineGetter(npDtypeType, 'type', (self) => (self as NpDType).scalarType);
npDtypeType.construct = (_cls, args) => {
  if (args.length !== 1) throw typeError(`dtype() takes 1 positional argument but ${args.length} were given`);
  const t = dtypeArg(args[0]);
  if (!t) throw typeError("Cannot interpret 'None' as a data type");
  return t;
};

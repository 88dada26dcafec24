// Type queries: isscalar, issubdtype, result_type, and the iinfo/finfo limit objects.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyFloat } from '../../interpreter/objects/values.js';
import { PyBytes } from '../../interpreter/objects/bytes.js';
import { defineGetter, defineMethod } from '../../interpreter/builtins/define.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { formatNumpyScalarStr, PrintDType } from '../printing/index.js';
import { NpDType, genericType, np, toDtypeOrNull } from './dtype.js';
import { NdArray, NumpyScalar, makeArray } from './ndarray.js';
import * as U from './ufuncs.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

function isScalar(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'string' ||
    v instanceof PyFloat || v instanceof PyBytes || v instanceof NumpyScalar;
}

/** A dtype-like argument as its scalar type (np.floating stays abstract). */
function asScalarType(v: PyValue): PyType {
  if (v instanceof PyType && v.isSubtypeOf(genericType)) return v;
  const t = toDtypeOrNull(v);
  if (t) return t.scalarType;
  if (v instanceof NdArray || v instanceof NumpyScalar) return v.dtype.scalarType;
  throw typeError(`Cannot interpret '${String(v)}' as a data type`);
}

function resultType(args: PyValue[]): NpDType {
  if (args.length === 0) throw valueError('at least one array or dtype is required');
  const ops = args.map((v): U.Operand => {
    const t = v instanceof NdArray || v instanceof NumpyScalar ? null : toDtypeOrNull(v);
    if (t) return { arr: makeArray(t, [], [0]), weak: null, py: v };
    return U.operandOrThrow(v);
  });
  return U.resultType(ops);
}

// ---- iinfo / finfo ----

const finfoType = new PyType('finfo', [objectType], 'numpy');
const iinfoType = new PyType('iinfo', [objectType], 'numpy');

interface FloatLimits {
  precision: number; resolution: number; machep: number; negep: number; minexp: number; maxexp: number;
  nmant: number; nexp: number; max: number; subnormal: number;
}
const floatLimits: Record<string, FloatLimits> = {
  float16: { precision: 3, resolution: 1e-3, machep: -10, negep: -11, minexp: -14, maxexp: 16, nmant: 10, nexp: 5, max: 65504, subnormal: 2 ** -24 },
  float32: { precision: 6, resolution: 1e-6, machep: -23, negep: -24, minexp: -126, maxexp: 128, nmant: 23, nexp: 8, max: 3.4028234663852886e38, subnormal: 2 ** -149 },
  float64: { precision: 15, resolution: 1e-15, machep: -52, negep: -53, minexp: -1022, maxexp: 1024, nmant: 52, nexp: 11, max: Number.MAX_VALUE, subnormal: 5e-324 },
};

class Finfo implements PyObject {
  constructor(readonly dtype: NpDType) {}
  get cls(): PyType {
    return finfoType;
  }
  get lim(): FloatLimits {
    return floatLimits[this.dtype.name];
  }
  scalar(x: number): NumpyScalar {
    return new NumpyScalar(this.dtype, makeArray(this.dtype, [], [x]).data[0]);
  }
  text(x: number): string {
    return formatNumpyScalarStr(this.scalar(x).value, this.dtype.name as PrintDType);
  }
}

class Iinfo implements PyObject {
  constructor(readonly dtype: NpDType) {}
  get cls(): PyType {
    return iinfoType;
  }
  get bits(): number {
    return this.dtype.itemsize * 8;
  }
  get min(): bigint {
    return this.dtype.kind === 'u' ? 0n : -(1n << BigInt(this.bits - 1));
  }
  get max(): bigint {
    return this.dtype.kind === 'u' ? (1n << BigInt(this.bits)) - 1n : (1n << BigInt(this.bits - 1)) - 1n;
  }
}
const pyInt = (x: bigint): PyValue => (x >= BigInt(Number.MIN_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x);

/** The dtype finfo/iinfo describe; an ndarray itself reads as numpy's object dtype. */
function infoDtype(v: PyValue): NpDType | 'object' | null {
  if (v instanceof NdArray) return 'object';
  if (v instanceof NumpyScalar) return v.dtype;
  if (v instanceof PyFloat) return np.float64;
  if (typeof v === 'number' || typeof v === 'bigint') return np.int64;
  return toDtypeOrNull(v);
}

function finfo(v: PyValue): Finfo {
  const t = infoDtype(v);
  if (t === null) throw typeError(`data type ${String(v)} not understood`);
  if (t === 'object') throw valueError("data type <class 'numpy.object_'> not inexact");
  if (!(t.name in floatLimits)) throw valueError(`data type <class 'numpy.${t.name}'> not inexact`);
  return new Finfo(t);
}

function iinfo(v: PyValue): Iinfo {
  const t = infoDtype(v);
  if (t === null) throw typeError(`data type ${String(v)} not understood`);
  if (t === 'object') throw valueError("Invalid integer data type 'O'.");
  if (!t.isInt) throw valueError(`Invalid integer data type '${t.char === '?' ? 'b' : t.kind}'.`);
  return new Iinfo(t);
}

const fi = (v: PyValue) => v as Finfo;
const finfoScalars: Record<string, (f: Finfo) => number> = {
  eps: (f) => 2 ** f.lim.machep,
  epsneg: (f) => 2 ** f.lim.negep,
  tiny: (f) => 2 ** f.lim.minexp,
  smallest_normal: (f) => 2 ** f.lim.minexp,
  smallest_subnormal: (f) => f.lim.subnormal,
  max: (f) => f.lim.max,
  min: (f) => -f.lim.max,
  resolution: (f) => f.lim.resolution,
};
for (const [name, get] of Object.entries(finfoScalars)) defineGetter(finfoType, name, (self) => fi(self).scalar(get(fi(self))));
const finfoInts: Record<string, (f: Finfo) => number> = {
  bits: (f) => f.dtype.itemsize * 8,
  precision: (f) => f.lim.precision,
  machep: (f) => f.lim.machep,
  negep: (f) => f.lim.negep,
  minexp: (f) => f.lim.minexp,
  maxexp: (f) => f.lim.maxexp,
  nmant: (f) => f.lim.nmant,
  nexp: (f) => f.lim.nexp,
  iexp: (f) => f.lim.nexp,
};
for (const [name, get] of Object.entries(finfoInts)) defineGetter(finfoType, name, (self) => get(fi(self)));
defineGetter(finfoType, 'dtype', (self) => fi(self).dtype);
defineMethod(finfoType, '__repr__', (self) => {
  const f = fi(self);
  // numpy writes float16's range with a fixed 5-digit mantissa in the repr only.
  const maxText = f.dtype.name === 'float16' ? '6.55040e+04' : f.text(f.lim.max);
  return `finfo(resolution=${f.text(f.lim.resolution)}, min=-${maxText}, max=${maxText}, dtype=${f.dtype.name})`;
});
defineMethod(finfoType, '__str__', (self) => {
  const f = fi(self);
  const l = f.lim;
  const rule = '---------------------------------------------------------------';
  return [
    `Machine parameters for ${f.dtype.name}`, rule,
    `precision = ${l.precision}   resolution = ${f.text(l.resolution)}`,
    `machep = ${l.machep}   eps =        ${f.text(2 ** l.machep)}`,
    `negep =  ${l.negep}   epsneg =     ${f.text(2 ** l.negep)}`,
    `minexp = ${l.minexp}   tiny =       ${f.text(2 ** l.minexp)}`,
    `maxexp = ${l.maxexp}   max =        ${f.text(l.max)}`,
    `nexp =   ${l.nexp}   min =        -max`,
    `smallest_normal = ${f.text(2 ** l.minexp)}   smallest_subnormal = ${f.text(l.subnormal)}`,
    rule, '',
  ].join('\n');
});

const ii = (v: PyValue) => v as Iinfo;
defineGetter(iinfoType, 'bits', (self) => ii(self).bits);
defineGetter(iinfoType, 'min', (self) => pyInt(ii(self).min));
defineGetter(iinfoType, 'max', (self) => pyInt(ii(self).max));
defineGetter(iinfoType, 'dtype', (self) => ii(self).dtype);
defineGetter(iinfoType, 'kind', (self) => ii(self).dtype.kind);
defineMethod(iinfoType, '__repr__', (self) => `iinfo(min=${ii(self).min}, max=${ii(self).max}, dtype=${ii(self).dtype.name})`);
defineMethod(iinfoType, '__str__', (self) => {
  const i = ii(self);
  const rule = '---------------------------------------------------------------';
  return [`Machine parameters for ${i.dtype.name}`, rule, `min = ${i.min}`, `max = ${i.max}`, rule, ''].join('\n');
});

export const typeFunctions: Record<string, Fn> = {
  isscalar: (args) => isScalar(args[0]),
  issubdtype: (args) => asScalarType(args[0]).isSubtypeOf(asScalarType(args[1])),
  result_type: (args) => resultType(args),
  finfo: (args) => finfo(args[0]),
  iinfo: (args) => iinfo(args[0]),
};

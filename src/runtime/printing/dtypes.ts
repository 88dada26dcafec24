/**
 * The dtypes the printing layer understands, named as TF names them, and how
 * numpy spells and treats the matching numpy dtype.
 */

import { FloatKind } from './float-kinds.js';

export type PrintDType =
  | 'bool'
  | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint8' | 'uint16' | 'uint32' | 'uint64'
  | 'float16' | 'bfloat16' | 'float32' | 'float64'
  | 'string';

/** One element as callers hand it over: numbers, bigints for 64-bit ints, booleans or 0/1, bytes. */
export type PrintElement = number | bigint | boolean | Uint8Array;

/** Flat C-order element storage: a plain array or any typed array. */
export type PrintValues = ArrayLike<PrintElement> | ArrayLike<number> | ArrayLike<bigint>;

export function isFloatDType(dtype: PrintDType): dtype is FloatKind {
  return dtype === 'float16' || dtype === 'bfloat16' || dtype === 'float32' || dtype === 'float64';
}

export function isIntDType(dtype: PrintDType): boolean {
  return /^u?int\d+$/.test(dtype);
}

/** The numpy dtype name in `dtype=...` (TF strings become numpy object arrays of bytes). */
export function numpyDTypeName(dtype: PrintDType): string {
  return dtype === 'string' ? 'object' : dtype;
}

/** numpy leaves `dtype=` out of a repr when the values imply it (default int, float, bool). */
export function numpyDTypeImplied(dtype: PrintDType): boolean {
  return dtype === 'int64' || dtype === 'float64' || dtype === 'bool';
}

export function elementAsNumber(v: PrintElement): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new TypeError('expected a numeric element');
}

export function elementAsBool(v: PrintElement): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'bigint') return v !== 0n;
  throw new TypeError('expected a boolean element');
}

/** Exact decimal text of an integer element (bigints keep 64-bit precision). */
export function elementAsIntText(v: PrintElement): string {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Object.is(v, -0) ? '0' : v.toFixed(0);
  if (typeof v === 'boolean') return v ? '1' : '0';
  throw new TypeError('expected an integer element');
}

export function elementAsBytes(v: PrintElement): Uint8Array {
  if (v instanceof Uint8Array) return v;
  throw new TypeError('expected a bytes element');
}

/**
 * Loads test/printing/fixtures.json (recorded from the oracle by
 * scripts/record-printing-fixtures.py) and rebuilds the exact inputs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PrintDType, PrintElement } from '../../src/runtime/printing/index.js';

export interface ArrayCase {
  name: string;
  dtype: PrintDType;
  shape: number[];
  values: (string | boolean)[];
  str: string;
  repr: string;
  tfStr: string;
  tfRepr: string;
  varRepr?: string;
}

export interface ScalarCase {
  dtype: PrintDType;
  value: string | boolean;
  str: string;
  repr: string;
  itemRepr: string;
  tfStr: string;
  tfRepr: string;
}

export interface Fixtures {
  meta: Record<string, string>;
  pyFloat: { bits: string; repr: string; str: string }[];
  shapes: { shape: (number | null)[]; repr: string; str: string; tuple: string | null }[];
  dtypes: { name: string; repr: string; str: string }[];
  scalars: ScalarCase[];
  arrays: ArrayCase[];
}

export const fixtures: Fixtures = JSON.parse(
  readFileSync(fileURLToPath(new URL('./fixtures.json', import.meta.url)), 'utf8'),
) as Fixtures;

export function parsePyFloat(text: string): number {
  if (text === 'nan') return NaN;
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  return Number(text);
}

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** One recorded element decoded the way the tensor code will hand it over. */
export function decodeElement(dtype: PrintDType, v: string | boolean): PrintElement {
  if (dtype === 'bool') return v as boolean;
  if (dtype === 'string') return hexBytes(v as string);
  if (dtype === 'int64' || dtype === 'uint64') return BigInt(v as string);
  if (/int/.test(dtype)) return Number(v);
  return parsePyFloat(v as string);
}

/** Decodes a case's values into the storage a tensor of that dtype would use. */
export function decodeValues(c: { dtype: PrintDType; values: (string | boolean)[] }): ArrayLike<PrintElement> {
  const els = c.values.map((v) => decodeElement(c.dtype, v));
  switch (c.dtype) {
    case 'float32': return Float32Array.from(els as number[]);
    case 'float64': return Float64Array.from(els as number[]);
    case 'int8': return Int8Array.from(els as number[]);
    case 'int16': return Int16Array.from(els as number[]);
    case 'int32': return Int32Array.from(els as number[]);
    case 'uint8': return Uint8Array.from(els as number[]);
    case 'uint16': return Uint16Array.from(els as number[]);
    case 'uint32': return Uint32Array.from(els as number[]);
    case 'int64': return BigInt64Array.from(els as bigint[]);
    case 'uint64': return BigUint64Array.from(els as bigint[]);
    default: return els;
  }
}

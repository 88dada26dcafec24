// Shared helpers for the native addon tests.
import { getNative, type NativeStorage } from '../../src/runtime/native/binding.js';
import { DTypeCode } from '../../src/runtime/native/dtype-codes.js';

export const N = getNative();
export const D = DTypeCode;

export const f32 = (xs: number[]) => N.fromBytes(new Float32Array(xs));
export const f64 = (xs: number[]) => N.fromBytes(new Float64Array(xs));
export const i32 = (xs: number[]) => N.fromBytes(new Int32Array(xs));
export const i64 = (xs: bigint[]) => N.fromBytes(new BigInt64Array(xs));
export const b8 = (xs: boolean[]) => N.fromBytes(new Uint8Array(xs.map((x) => (x ? 1 : 0))));

export const readF32 = (s: NativeStorage) => Array.from(new Float32Array(N.toBytes(s)));
export const readF64 = (s: NativeStorage) => Array.from(new Float64Array(N.toBytes(s)));
export const readI32 = (s: NativeStorage) => Array.from(new Int32Array(N.toBytes(s)));
export const readI64 = (s: NativeStorage) => Array.from(new BigInt64Array(N.toBytes(s)));
export const readU8 = (s: NativeStorage) => Array.from(new Uint8Array(N.toBytes(s)));
export const readU32 = (s: NativeStorage) => Array.from(new Uint32Array(N.toBytes(s)));
export const readU16 = (s: NativeStorage) => Array.from(new Uint16Array(N.toBytes(s)));

/** C-order strides. */
export function strides(shape: number[]): number[] {
  const st = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; --i) {
    st[i] = acc;
    acc *= shape[i];
  }
  return st;
}
export const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** Reference numpy-broadcast elementwise op in JS. */
export function refBroadcast(a: number[], as: number[], b: number[], bs: number[], f: (x: number, y: number) => number) {
  const r = Math.max(as.length, bs.length);
  const pa = [...Array(r - as.length).fill(1), ...as];
  const pb = [...Array(r - bs.length).fill(1), ...bs];
  const out = pa.map((d, i) => (d === 1 ? pb[i] : d));
  const sa = strides(pa), sb = strides(pb), so = strides(out);
  const res: number[] = [];
  for (let i = 0; i < size(out); ++i) {
    let ia = 0, ib = 0;
    for (let k = 0; k < r; ++k) {
      const idx = Math.floor(i / so[k]) % out[k];
      if (pa[k] !== 1) ia += idx * sa[k];
      if (pb[k] !== 1) ib += idx * sb[k];
    }
    res.push(f(a[ia], b[ib]));
  }
  return { out, res };
}

export const seq = (n: number, f: (i: number) => number = (i) => i) => Array.from({ length: n }, (_, i) => f(i));

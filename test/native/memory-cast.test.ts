import { describe, expect, it } from 'vitest';
import { dtypeByteSize } from '../../src/runtime/native/dtype-codes.js';
import { D, N, f32, f64, i32, i64, readF32, readI32, readI64, readU16, readU8 } from './helpers.js';

describe('storage', () => {
  it('alloc is zero-filled with byteLength and device', () => {
    const s = N.alloc(100);
    expect(s.byteLength).toBe(100);
    expect(s.device).toBe('CPU:0');
    expect(s).toBeInstanceOf(N.Storage);
    expect(readU8(s).every((x) => x === 0)).toBe(true);
  });
  it('fromBytes/toBytes/copy round-trip and are independent copies', () => {
    const src = new Uint8Array([1, 2, 3, 4, 5]);
    const s = N.fromBytes(src.subarray(1, 4));
    src[2] = 99;
    expect(readU8(s)).toEqual([2, 3, 4]);
    const c = N.copy(s);
    const out = new Uint8Array(N.toBytes(c));
    out[0] = 42;
    expect(readU8(c)).toEqual([2, 3, 4]);
    expect(readU8(N.fromBytes(new DataView(new Uint8Array([7, 8]).buffer)))).toEqual([7, 8]);
  });
  it('dtypeByteSize matches the codes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(dtypeByteSize)).toEqual([4, 8, 4, 8, 1, 1, 1, 2, 2, 2, 2, 4, 8]);
    expect(() => dtypeByteSize(13)).toThrow(RangeError);
  });
  it('fill handles numbers, bigints and booleans', () => {
    expect(readF32(N.fill(D.float32, 3, 1.5))).toEqual([1.5, 1.5, 1.5]);
    expect(readI64(N.fill(D.int64, 2, 2n ** 62n))).toEqual([2n ** 62n, 2n ** 62n]);
    expect(readU8(N.fill(D.bool, 2, true))).toEqual([1, 1]);
    expect(readI32(N.fill(D.int32, 1, -3.7))).toEqual([-3]);
    expect(N.fill(D.float64, 0, 1).byteLength).toBe(0);
  });
});

describe('cast', () => {
  it('float -> int truncates toward zero; NaN/overflow give INT_MIN like x86', () => {
    const s = f32([1.9, -1.9, 2.5, NaN, 3e9, -0.5]);
    expect(readI32(N.cast(s, D.float32, D.int32, 6))).toEqual([1, -1, 2, -2147483648, -2147483648, 0]);
    expect(readI64(N.cast(f64([NaN, -7.9]), D.float64, D.int64, 2))).toEqual([-(2n ** 63n), -7n]);
  });
  it('int -> narrower int wraps', () => {
    const s = i32([123456789, 300, -1]);
    expect(Array.from(new Int16Array(N.toBytes(N.cast(s, D.int32, D.int16, 3))))).toEqual([-13035, 300, -1]);
    expect(readU8(N.cast(s, D.int32, D.uint8, 3))).toEqual([21, 44, 255]);
    expect(readI32(N.cast(i64([2n ** 32n + 5n]), D.int64, D.int32, 1))).toEqual([5]);
  });
  it('to/from bool', () => {
    expect(readU8(N.cast(f32([0, -0, 0.1, NaN]), D.float32, D.bool, 4))).toEqual([0, 0, 1, 1]);
    expect(readU8(N.cast(i32([0, 5]), D.int32, D.bool, 2))).toEqual([0, 1]);
    expect(readF32(N.cast(N.fromBytes(new Uint8Array([1, 0])), D.bool, D.float32, 2))).toEqual([1, 0]);
  });
  it('float16 round trip and round-to-nearest-even', () => {
    const vals = [0, 1, -2, 0.5, 65504, 1 / 1024, 6.103515625e-5, 5.960464477539063e-8];
    const h = N.cast(f32(vals), D.float32, D.float16, vals.length);
    expect(readU16(h)).toEqual([0x0000, 0x3c00, 0xc000, 0x3800, 0x7bff, 0x1400, 0x0400, 0x0001]);
    expect(readF32(N.cast(h, D.float16, D.float32, vals.length))).toEqual(vals);
    // 1 + 2^-11 is halfway between 1 and the next half: ties to even (1.0);
    // 1 + 3*2^-11 ties up to 1 + 2^-9; 70000 overflows to inf; NaN stays NaN.
    const t = N.cast(f32([1 + 2 ** -11, 1 + 3 * 2 ** -11, 70000, NaN]), D.float32, D.float16, 4);
    const r = readU16(t);
    expect(r.slice(0, 3)).toEqual([0x3c00, 0x3c02, 0x7c00]);
    expect(r[3] & 0x7c00).toBe(0x7c00);
    expect(r[3] & 0x3ff).not.toBe(0);
  });
  it('bfloat16 rounds to nearest even', () => {
    const b = N.cast(f32([1, 1 + 2 ** -8, 1 + 3 * 2 ** -8, -3]), D.float32, D.bfloat16, 4);
    expect(readU16(b)).toEqual([0x3f80, 0x3f80, 0x3f82, 0xc040]);
    expect(readF32(N.cast(b, D.bfloat16, D.float32, 4))).toEqual([1, 1, 1 + 2 ** -6, -3]);
  });
});

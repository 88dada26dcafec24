import { describe, expect, it } from 'vitest';
import { D, N, readF32, readF64, readI32, readI64, readU16, readU32 } from './helpers.js';

const hex = (xs: number[]) => xs.map((x) => x.toString(16).padStart(8, '0'));

// Known-answer vectors for Philox4x32-10 (Random123 kat_vectors).
describe('philox', () => {
  it('matches Random123 known-answer vectors', () => {
    expect(hex(readU32(N.philoxBits(4, 0, 0, [0, 0, 0, 0])))).toEqual(['6627e8d5', 'e169c58d', 'bc57ac4c', '9b00dbd8']);
    const m = 0xffffffff;
    expect(hex(readU32(N.philoxBits(4, m, m, [m, m, m, m])))).toEqual(['408f276d', '41c83b0e', 'a20bc7c6', '6d5451fd']);
    expect(hex(readU32(N.philoxBits(4, 0xa4093822, 0x299f31d0, [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344]))))
      .toEqual(['d16cfe09', '94fdcceb', '5001e420', '24126ea1']);
  });
  it('consecutive blocks use counter+1 and skip carries across words', () => {
    const all = readU32(N.philoxBits(8, 1, 2, [0xffffffff, 0, 0, 0]));
    expect(all.slice(4)).toEqual(readU32(N.philoxBits(4, 1, 2, [0, 1, 0, 0])));
    expect(N.philoxSkip([0xffffffff, 0xffffffff, 0xffffffff, 0], 1)).toEqual([0, 0, 0, 1]);
    expect(N.philoxSkip([5, 0, 0, 0], 2n ** 40n)).toEqual([5, 256, 0, 0]);
  });
});

describe('random distributions', () => {
  const key = [42, 0] as const, ctr = [0, 0, 7, 0];
  it('uniform float32 uses the mantissa trick on each word', () => {
    const words = readU32(N.philoxBits(6, key[0], key[1], ctr));
    const u = readF32(N.randomUniform(D.float32, 6, key[0], key[1], ctr));
    expect(u).toEqual(words.map((w) => Math.fround(Math.fround(1 + (w & 0x7fffff) / 2 ** 23) - 1)));
    expect(u.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it('uniform float64 uses 52 bits from two words', () => {
    const w = readU32(N.philoxBits(4, key[0], key[1], ctr));
    const u = readF64(N.randomUniform(D.float64, 2, key[0], key[1], ctr));
    const ref = (hi: number, lo: number) => ((hi & 0xfffff) * 2 ** 32 + lo) / 2 ** 52;
    expect(u).toEqual([ref(w[0], w[1]), ref(w[2], w[3])]);
  });
  it('normal float32 follows Box-Muller (sin, cos order)', () => {
    const w = readU32(N.philoxBits(4, key[0], key[1], ctr));
    const n = readF32(N.randomNormal(D.float32, 4, key[0], key[1], ctr));
    const u01 = (x: number) => Math.fround(1 + (x & 0x7fffff) / 2 ** 23) - 1;
    for (const p of [0, 2]) {
      const u1 = Math.max(u01(w[p]), Math.fround(1e-7));
      const v = Math.fround(2 * Math.PI * u01(w[p + 1]));
      const r = Math.sqrt(-2 * Math.log(u1));
      expect(n[p]).toBeCloseTo(r * Math.sin(v), 5);
      expect(n[p + 1]).toBeCloseTo(r * Math.cos(v), 5);
    }
  });
  it('normal statistics are sane and deterministic', () => {
    const count = 100_000;
    const a = readF32(N.randomNormal(D.float32, count, 1, 2, [3, 4, 5, 6]));
    const b = readF32(N.randomNormal(D.float32, count, 1, 2, [3, 4, 5, 6]));
    expect(a).toEqual(b);
    const mean = a.reduce((s, x) => s + x, 0) / count;
    const varc = a.reduce((s, x) => s + (x - mean) ** 2, 0) / count;
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(varc - 1)).toBeLessThan(0.02);
    const c = readF32(N.randomNormal(D.float32, 8, 1, 2, [4, 4, 5, 6]));
    expect(c).not.toEqual(a.slice(0, 8));
    // A different counter block shifts the stream by exactly 4 floats.
    expect(c).toEqual(a.slice(4, 12));
  });
  it('float64 normal: two values per block', () => {
    const d = readF64(N.randomNormal(D.float64, 4, 9, 9, [0, 0, 0, 0]));
    const d2 = readF64(N.randomNormal(D.float64, 2, 9, 9, [1, 0, 0, 0]));
    expect(d.slice(2)).toEqual(d2);
  });
  it('truncated normal stays in (-2, 2); group g starts 256 blocks later', () => {
    const t = readF32(N.truncatedNormal(D.float32, 4000, 5, 6, [0, 0, 0, 0]));
    expect(t.every((x) => Math.abs(x) < 2)).toBe(true);
    const g1 = readF32(N.truncatedNormal(D.float32, 4, 5, 6, [256, 0, 0, 0]));
    expect(g1).toEqual(t.slice(4, 8));
    const t64 = readF64(N.truncatedNormal(D.float64, 4, 5, 6, [0, 0, 0, 0]));
    expect(readF64(N.truncatedNormal(D.float64, 2, 5, 6, [128, 0, 0, 0]))).toEqual(t64.slice(2));
  });
  it('uniform int: lo + word % range', () => {
    const w = readU32(N.philoxBits(8, 3, 0, ctr));
    expect(readI32(N.randomUniformInt(D.int32, 8, -5, 10, 3, 0, ctr))).toEqual(w.map((x) => -5 + (x % 15)));
    const r64 = readI64(N.randomUniformInt(D.int64, 4, -(2n ** 40n), 2n ** 40n, 3, 0, ctr));
    const ref = [0, 1, 2, 3].map((i) => -(2n ** 40n) + ((BigInt(w[2 * i]) | (BigInt(w[2 * i + 1]) << 32n)) % 2n ** 41n));
    expect(r64).toEqual(ref);
    expect(() => N.randomUniformInt(D.int32, 4, 5, 5, 0, 0, ctr)).toThrow(/minval < maxval/);
  });
  it('half-precision uniform and normal', () => {
    const w = readU32(N.philoxBits(4, 1, 1, ctr));
    const h = readU16(N.randomUniform(D.float16, 4, 1, 1, ctr));
    const asF = readF32(N.cast(N.randomUniform(D.float16, 4, 1, 1, ctr), D.float16, D.float32, 4));
    expect(asF).toEqual(w.map((x) => (x & 0x3ff) / 1024));
    expect(h.length).toBe(4);
    const nb = readF32(N.cast(N.randomNormal(D.bfloat16, 4, 1, 1, ctr), D.bfloat16, D.float32, 4));
    const nf = readF32(N.randomNormal(D.float32, 4, 1, 1, ctr));
    nb.forEach((v, i) => expect(Math.abs(v - nf[i])).toBeLessThanOrEqual(Math.abs(nf[i]) * 2 ** -8));
  });
});

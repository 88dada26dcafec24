// The draws numpy's Generator makes on its BitGenerator (numpy/random/src/distributions):
// bounded integers (Lemire's method with numpy's per-width buffering of 32-bit draws),
// random_interval (masked rejection, used by shuffle), and the 256-strip normal ziggurat.
// Each function consumes exactly the draws numpy's C code does, so later draws stay in step.
import { LibmCode, libm } from '../../interpreter/stdlib/libm.js';
import { getNative } from '../native/binding.js';
import { DTypeCode } from '../native/dtype-codes.js';
import { maskedUint32 } from './mt19937.js';
import type { PCG64 } from './pcg64.js';
import { FI_DOUBLE, FI_FLOAT, KI_DOUBLE, KI_FLOAT, WI_DOUBLE, WI_FLOAT } from './ziggurat-tables.js';

/** High 32 bits of the 64-bit product of two uint32s (exact, via 16-bit halves). */
function mulHi32(a: number, b: number): number {
  const aLo = a & 0xffff;
  const aHi = a >>> 16;
  const bLo = b & 0xffff;
  const bHi = b >>> 16;
  const lo = aLo * bLo;
  const mid = aHi * bLo + (lo >>> 16) + aLo * bHi; // < 2**49: exact
  return (aHi * bHi + Math.floor(mid / 65536)) >>> 0;
}

/**
 * Uniform integers in [0, rng] for an output of `bits` width, drawn as numpy's
 * random_bounded_uint{8,16,32,64}_fill and random_buffered_bounded_* do: 8- and 16-bit outputs
 * (and bools, 1 bit) carve several values out of one 32-bit draw, the leftover bits carrying over
 * to the next value; wider outputs use 32-bit draws while the range fits in 32 bits, else 64-bit.
 */
export class BoundedIntegers {
  private buf = 0;
  private left = 0;
  constructor(
    private readonly bg: PCG64,
    private readonly bits: 1 | 8 | 16 | 32 | 64,
  ) {}

  /** One value in [0, rng]; a range past 32 bits (64-bit outputs only) comes as a BigInt. */
  next(rng: number | bigint): number {
    if (typeof rng === 'bigint') {
      if (rng > 0xffffffffn) return Number(boundedUint64(this.bg, rng));
      rng = Number(rng);
    }
    if (rng === 0) return 0;
    if (this.bits >= 32) return rng === 0xffffffff ? this.bg.nextUint32() : lemire32(this.bg, rng);
    if (this.bits === 1) return this.nextBits();
    const valueMask = this.bits === 8 ? 0xff : 0xffff;
    if (rng === valueMask) return this.nextBits();
    const excl = rng + 1;
    let m = this.nextBits() * excl;
    let leftover = m & valueMask;
    if (leftover < excl) {
      const threshold = (valueMask - rng) % excl;
      while (leftover < threshold) {
        m = this.nextBits() * excl;
        leftover = m & valueMask;
      }
    }
    return m >>> this.bits;
  }

  /** The next `bits` bits: a fresh 32-bit draw, or the previous one shifted down (numpy's buf/bcnt). */
  private nextBits(): number {
    if (this.left === 0) {
      this.buf = this.bg.nextUint32();
      this.left = 32 / this.bits - 1;
    } else {
      this.buf >>>= this.bits;
      this.left--;
    }
    return this.bits === 1 ? this.buf & 1 : this.bits === 8 ? this.buf & 0xff : this.buf & 0xffff;
  }
}

/** buffered_bounded_lemire_uint32 for rng < 2**32 - 1. */
function lemire32(bg: PCG64, rng: number): number {
  const excl = rng + 1;
  let x = bg.nextUint32();
  let leftover = Math.imul(x, excl) >>> 0;
  if (leftover < excl) {
    const threshold = (0xffffffff - rng) % excl;
    while (leftover < threshold) {
      x = bg.nextUint32();
      leftover = Math.imul(x, excl) >>> 0;
    }
  }
  return mulHi32(x, excl);
}

const U64 = (1n << 64n) - 1n;

/** bounded_lemire_uint64 (and a plain 64-bit draw for the full range). */
function boundedUint64(bg: PCG64, rng: bigint): bigint {
  if (rng === U64) return bg.nextUint64Big();
  const excl = rng + 1n;
  let m = bg.nextUint64Big() * excl;
  let leftover = m & U64;
  if (leftover < excl) {
    const threshold = (U64 - rng) % excl;
    while (leftover < threshold) {
      m = bg.nextUint64Big() * excl;
      leftover = m & U64;
    }
  }
  return m >> 64n;
}

/** random_bounded_uint64(off=0, rng) without masking: what choice's Floyd sampling and
 *  index shuffle use; a range of 0 draws nothing. */
export function boundedIndex(bg: PCG64, rng: number): number {
  if (rng === 0) return 0;
  if (rng > 0xffffffff) return Number(boundedUint64(bg, BigInt(rng)));
  return rng === 0xffffffff ? bg.nextUint32() : lemire32(bg, rng);
}

/** random_interval: a value in [0, max] by masked rejection (Generator.shuffle's draw). */
export function randomInterval(bg: PCG64, max: number): number {
  if (max === 0) return 0;
  if (max <= 0xffffffff) return maskedUint32(() => bg.nextUint32(), max);
  let mask = 1n;
  while (mask < BigInt(max)) mask = (mask << 1n) | 1n;
  let v: bigint;
  while ((v = bg.nextUint64Big() & mask) > BigInt(max));
  return Number(v);
}

const ZIGGURAT_NOR_R = 3.6541528853610087963519472518;
const ZIGGURAT_NOR_INV_R = 0.27366123732975827203338247596;
const f32 = Math.fround;
const ZIGGURAT_NOR_R_F = f32(ZIGGURAT_NOR_R);
const ZIGGURAT_NOR_INV_R_F = f32(ZIGGURAT_NOR_INV_R);
const WI_F = Float32Array.from(WI_FLOAT);
const FI_F = Float32Array.from(FI_FLOAT);

/** C's log1pf, through the native float32 kernel (a double log1p rounded can differ). */
export function log1pf(x: number): number {
  const N = getNative();
  const bytes = N.toBytes(N.unary('log1p', DTypeCode.float32, N.fromBytes(Float32Array.of(x)), 1));
  return new Float32Array(bytes)[0];
}

/** C's expf: the native float32 kernel takes libm's scalar path for a single element. */
export function expf(x: number): number {
  const N = getNative();
  const bytes = N.toBytes(N.unary('exp', DTypeCode.float32, N.fromBytes(Float32Array.of(x)), 1));
  return new Float32Array(bytes)[0];
}

/** C's logf (libm's scalar path of the native float32 kernel, as for expf). */
export function logf(x: number): number {
  const N = getNative();
  const bytes = N.toBytes(N.unary('log', DTypeCode.float32, N.fromBytes(Float32Array.of(x)), 1));
  return new Float32Array(bytes)[0];
}

/** C's powf (scalars take libm's powf in the native float32 kernel). */
export function powf(x: number, y: number): number {
  const N = getNative();
  const bytes = N.toBytes(N.binary('pow', DTypeCode.float32, N.fromBytes(Float32Array.of(x)), [], N.fromBytes(Float32Array.of(y)), []));
  return new Float32Array(bytes)[0];
}

/** random_standard_normal: one ziggurat draw from a 64-bit word. */
export function standardNormal(bg: PCG64): number {
  for (;;) {
    bg.nextUint64();
    const { hi, lo } = bg;
    const idx = lo & 0xff;
    const sign = (lo >>> 8) & 1;
    // rabs = bits 9..60 of the word (52 bits)
    const rabs = (hi & 0x1fffffff) * 8388608 + (lo >>> 9);
    let x = rabs * WI_DOUBLE[idx];
    if (sign) x = -x;
    if (rabs < KI_DOUBLE[idx]) return x;
    if (idx === 0) {
      for (;;) {
        const xx = -ZIGGURAT_NOR_INV_R * libm(LibmCode.Log1p, -bg.nextDouble());
        const yy = -libm(LibmCode.Log1p, -bg.nextDouble());
        if (yy + yy > xx * xx) return (rabs >>> 8) & 1 ? -(ZIGGURAT_NOR_R + xx) : ZIGGURAT_NOR_R + xx;
      }
    }
    if ((FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * bg.nextDouble() + FI_DOUBLE[idx] < libm(LibmCode.Exp, -0.5 * x * x)) return x;
  }
}

/** random_standard_normal_f: the float32 ziggurat from a 32-bit word. */
export function standardNormalF(bg: PCG64): number {
  for (;;) {
    const r = bg.nextUint32();
    const idx = r & 0xff;
    const sign = (r >>> 8) & 1;
    const rabs = (r >>> 9) & 0x7fffff;
    let x = f32(rabs * WI_F[idx]);
    if (sign) x = -x;
    if (rabs < KI_FLOAT[idx]) return x;
    if (idx === 0) {
      for (;;) {
        const xx = f32(-ZIGGURAT_NOR_INV_R_F * log1pf(-bg.nextFloat()));
        const yy = -log1pf(-bg.nextFloat());
        if (f32(yy + yy) > f32(xx * xx)) return (rabs >>> 8) & 1 ? -f32(ZIGGURAT_NOR_R_F + xx) : f32(ZIGGURAT_NOR_R_F + xx);
      }
    }
    // The float strip test compares against the double exp, as numpy's C code does.
    if (f32(f32(f32(FI_F[idx - 1] - FI_F[idx]) * bg.nextFloat()) + FI_F[idx]) < libm(LibmCode.Exp, -0.5 * x * x)) return x;
  }
}

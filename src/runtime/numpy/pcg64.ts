// numpy's PCG64 BitGenerator (128-bit LCG state, XSL-RR output) and the SeedSequence that turns a
// seed into its initial state, so np.random.default_rng(seed) yields numpy's exact stream.
// The 128-bit arithmetic runs on eight 16-bit limbs held in plain numbers: every partial product
// and carry stays below 2**53, and no BigInt is allocated per draw (rng.random(10**6) stays fast).

/** numpy's PCG_DEFAULT_MULTIPLIER_128. */
const MULTIPLIER = 0x2360ed051fc65da44385df649fccf645n;
const MASK128 = (1n << 128n) - 1n;

const toLimbs = (v: bigint): Float64Array => Float64Array.from({ length: 8 }, (_, i) => Number((v >> BigInt(16 * i)) & 0xffffn));
const fromLimbs = (l: Float64Array): bigint => l.reduceRight((acc, x) => (acc << 16n) | BigInt(x), 0n);

export class PCG64 {
  private readonly s: Float64Array;
  private readonly inc: Float64Array;
  private readonly mult = toLimbs(MULTIPLIER);
  /** numpy hands out a 64-bit draw's upper half on the following 32-bit request. */
  hasUint32 = false;
  uinteger = 0;
  /** The two 32-bit halves of the latest 64-bit output. */
  hi = 0;
  lo = 0;

  /** pcg64_set_seed: state and stream from four SeedSequence words (each a 64-bit BigInt). */
  constructor(words: bigint[]) {
    const initState = (words[0] << 64n) | words[1];
    const initSeq = (words[2] << 64n) | words[3];
    this.inc = toLimbs(((initSeq << 1n) | 1n) & MASK128);
    this.s = toLimbs(0n);
    this.step();
    this.s.set(toLimbs((fromLimbs(this.s) + initState) & MASK128));
    this.step();
  }

  /** The state as numpy's bit_generator.state reports it. */
  get state(): { state: bigint; inc: bigint } {
    return { state: fromLimbs(this.s), inc: fromLimbs(this.inc) };
  }

  /** state = state * MULTIPLIER + inc (mod 2**128), schoolbook on 16-bit limbs, low limb first.
   *  Unrolled over locals: this is the hot loop of every draw. */
  private step(): void {
    const s = this.s;
    const m = this.mult;
    const c = this.inc;
    const s0 = s[0], s1 = s[1], s2 = s[2], s3 = s[3], s4 = s[4], s5 = s[5], s6 = s[6], s7 = s[7];
    const m0 = m[0], m1 = m[1], m2 = m[2], m3 = m[3], m4 = m[4], m5 = m[5], m6 = m[6], m7 = m[7];
    // Each column sum stays below 2**37, so the division by 2**16 is exact and `| 0` floors it.
    let acc = c[0] + s0 * m0;
    let carry = (acc / 65536) | 0;
    s[0] = acc - carry * 65536;
    acc = carry + c[1] + s0 * m1 + s1 * m0;
    carry = (acc / 65536) | 0;
    s[1] = acc - carry * 65536;
    acc = carry + c[2] + s0 * m2 + s1 * m1 + s2 * m0;
    carry = (acc / 65536) | 0;
    s[2] = acc - carry * 65536;
    acc = carry + c[3] + s0 * m3 + s1 * m2 + s2 * m1 + s3 * m0;
    carry = (acc / 65536) | 0;
    s[3] = acc - carry * 65536;
    acc = carry + c[4] + s0 * m4 + s1 * m3 + s2 * m2 + s3 * m1 + s4 * m0;
    carry = (acc / 65536) | 0;
    s[4] = acc - carry * 65536;
    acc = carry + c[5] + s0 * m5 + s1 * m4 + s2 * m3 + s3 * m2 + s4 * m1 + s5 * m0;
    carry = (acc / 65536) | 0;
    s[5] = acc - carry * 65536;
    acc = carry + c[6] + s0 * m6 + s1 * m5 + s2 * m4 + s3 * m3 + s4 * m2 + s5 * m1 + s6 * m0;
    carry = (acc / 65536) | 0;
    s[6] = acc - carry * 65536;
    acc = carry + c[7] + s0 * m7 + s1 * m6 + s2 * m5 + s3 * m4 + s4 * m3 + s5 * m2 + s6 * m1 + s7 * m0;
    carry = (acc / 65536) | 0;
    s[7] = acc - carry * 65536;
  }

  /** One 64-bit output (pcg64_random_r: advance, then XSL-RR of the new state) into hi/lo. */
  nextUint64(): void {
    this.step();
    const s = this.s;
    // high 64 bits XOR low 64 bits, as two 32-bit words
    const xh = ((s[7] * 65536 + s[6]) ^ (s[3] * 65536 + s[2])) >>> 0;
    const xl = ((s[5] * 65536 + s[4]) ^ (s[1] * 65536 + s[0])) >>> 0;
    const rot = s[7] >>> 10; // state >> 122
    if (rot === 0) {
      this.hi = xh;
      this.lo = xl;
    } else if (rot < 32) {
      this.hi = ((xh >>> rot) | (xl << (32 - rot))) >>> 0;
      this.lo = ((xl >>> rot) | (xh << (32 - rot))) >>> 0;
    } else if (rot === 32) {
      this.hi = xl;
      this.lo = xh;
    } else {
      const r = rot - 32;
      this.hi = ((xl >>> r) | (xh << (32 - r))) >>> 0;
      this.lo = ((xh >>> r) | (xl << (32 - r))) >>> 0;
    }
  }

  nextUint64Big(): bigint {
    this.nextUint64();
    return (BigInt(this.hi) << 32n) | BigInt(this.lo);
  }

  /** pcg64_next32: the low half now, the high half on the next call. */
  nextUint32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.uinteger;
    }
    this.nextUint64();
    this.hasUint32 = true;
    this.uinteger = this.hi;
    return this.lo;
  }

  /** A double in [0, 1): the top 53 bits of a 64-bit draw. */
  nextDouble(): number {
    this.nextUint64();
    return (this.hi * 2097152 + (this.lo >>> 11)) / 9007199254740992;
  }

  /** A float32 in [0, 1): the top 24 bits of a 32-bit draw. */
  nextFloat(): number {
    return (this.nextUint32() >>> 8) / 16777216;
  }
}

// SeedSequence's hashing constants (numpy/random/bit_generator.pyx).
const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const POOL_SIZE = 4;

/** A non-negative integer as little-endian 32-bit words (0 → [0]), as numpy coerces entropy. */
export function entropyWords(v: bigint): number[] {
  const words: number[] = [];
  do {
    words.push(Number(v & 0xffffffffn));
    v >>= 32n;
  } while (v > 0n);
  return words;
}

/** numpy's SeedSequence without spawn keys: mixes entropy words into a 4-word pool. */
export class SeedSequence {
  readonly pool: Uint32Array;
  constructor(readonly entropy: bigint | bigint[]) {
    const words = Array.isArray(entropy) ? entropy.flatMap(entropyWords) : entropyWords(entropy);
    this.pool = mixEntropy(words);
  }

  /** generate_state(n, uint32): n words drawn by cycling through the pool. */
  generateState32(n: number): Uint32Array {
    let hashConst = INIT_B;
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      let v = this.pool[i % POOL_SIZE];
      v = (v ^ hashConst) >>> 0;
      hashConst = Math.imul(hashConst, MULT_B) >>> 0;
      v = Math.imul(v, hashConst) >>> 0;
      out[i] = (v ^ (v >>> 16)) >>> 0;
    }
    return out;
  }

  /** generate_state(n, uint64): pairs of 32-bit words, low word first. */
  generateState64(n: number): bigint[] {
    const w = this.generateState32(2 * n);
    return Array.from({ length: n }, (_, i) => (BigInt(w[2 * i + 1]) << 32n) | BigInt(w[2 * i]));
  }
}

function mixEntropy(entropy: number[]): Uint32Array {
  let hashConst = INIT_A;
  const hashmix = (value: number): number => {
    value = (value ^ hashConst) >>> 0;
    hashConst = Math.imul(hashConst, MULT_A) >>> 0;
    value = Math.imul(value, hashConst) >>> 0;
    return (value ^ (value >>> 16)) >>> 0;
  };
  const mix = (x: number, y: number): number => {
    const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
    return (r ^ (r >>> 16)) >>> 0;
  };
  const pool = new Uint32Array(POOL_SIZE);
  for (let i = 0; i < POOL_SIZE; i++) pool[i] = hashmix(i < entropy.length ? entropy[i] : 0);
  for (let src = 0; src < POOL_SIZE; src++) {
    for (let dst = 0; dst < POOL_SIZE; dst++) {
      if (src !== dst) pool[dst] = mix(pool[dst], hashmix(pool[src]));
    }
  }
  for (let src = POOL_SIZE; src < entropy.length; src++) {
    for (let dst = 0; dst < POOL_SIZE; dst++) pool[dst] = mix(pool[dst], hashmix(entropy[src]));
  }
  return pool;
}

/** A PCG64 seeded from a SeedSequence, as PCG64(seed) does. */
export function pcg64FromSeedSequence(seq: SeedSequence): PCG64 {
  return new PCG64(seq.generateState64(4));
}

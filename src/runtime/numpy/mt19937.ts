// The Mersenne Twister MT19937 and numpy's legacy RandomState draws on it (random_sample,
// the polar-method gauss with its cached second value, masked rejection for bounded ints),
// so seeded scripts produce numpy's exact numbers.
const N = 624;
const M = 397;

export class MT19937 {
  private mt = new Uint32Array(N);
  private mti = N + 1;
  gaussCached: number | null = null;

  constructor(seed = 5489) {
    this.seed(seed);
  }

  /** init_genrand: numpy's legacy seeding for an integer seed. */
  seed(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      // 1812433253 * prev + i in 32-bit arithmetic.
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = N;
    this.gaussCached = null;
  }

  /** The 624-word key and position, as numpy's MT19937.state reports them. */
  getState(): { key: Uint32Array; pos: number } {
    return { key: this.mt.slice(), pos: this.mti };
  }

  /** Restores a key and position (RandomState.set_state); the gauss cache is the caller's. */
  setState(key: ArrayLike<number>, pos: number): void {
    for (let i = 0; i < N; i++) this.mt[i] = key[i] >>> 0;
    this.mti = pos;
  }

  private generate(): void {
    const mt = this.mt;
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    this.mti = 0;
  }

  nextUint32(): number {
    if (this.mti >= N) this.generate();
    let y = this.mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A double in [0, 1) from 53 random bits. */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** One accepted point of legacy_gauss's polar method: x1, x2 inside the unit circle and r2. */
  polarPoint(): [number, number, number] {
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * this.nextDouble() - 1;
      x2 = 2 * this.nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    return [x1, x2, r2];
  }

  /**
   * `count` draws of legacy_gauss: each accepted point gives f*x2 now and caches f*x1 for the next
   * call, f = sqrt(-2 log(r2) / r2). `log` is applied to all r2 at once so the caller can use
   * libm's log (JS's Math.log differs from it in the last bit for some inputs).
   */
  gaussMany(count: number, log: (r2: Float64Array) => Float64Array): Float64Array {
    const out = new Float64Array(count);
    let k = 0;
    if (count > 0 && this.gaussCached !== null) {
      out[k++] = this.gaussCached;
      this.gaussCached = null;
    }
    const points: [number, number, number][] = [];
    for (let left = count - k; left > 0; left -= 2) points.push(this.polarPoint());
    const logs = log(Float64Array.from(points, (p) => p[2]));
    points.forEach(([x1, x2, r2], j) => {
      const f = Math.sqrt((-2 * logs[j]) / r2);
      out[k++] = f * x2;
      if (k < count) out[k++] = f * x1;
      else this.gaussCached = f * x1;
    });
    return out;
  }

  /** A uniform integer in [0, max] by masked rejection (random_interval / bounded_masked). */
  interval(max: number): number {
    if (max === 0) return 0;
    if (max <= 0xffffffff) return maskedUint32(() => this.nextUint32(), max);
    const hiMask = 2 ** Math.ceil(Math.log2(Math.floor(max / 2 ** 32) + 1)) - 1;
    for (;;) {
      const hi = this.nextUint32() & hiMask;
      const lo = this.nextUint32();
      const v = hi * 2 ** 32 + lo;
      if (v <= max) return v;
    }
  }
}

/**
 * numpy's random_interval for max <= 2**32 - 1: 32-bit draws masked to max's bit width, redrawn
 * until one is <= max. Shared by the legacy MT19937 and the PCG64 Generator.
 */
export function maskedUint32(nextUint32: () => number, max: number): number {
  let mask = max;
  mask |= mask >>> 1;
  mask |= mask >>> 2;
  mask |= mask >>> 4;
  mask |= mask >>> 8;
  mask |= mask >>> 16;
  mask >>>= 0;
  let v: number;
  while ((v = (nextUint32() & mask) >>> 0) > max);
  return v;
}

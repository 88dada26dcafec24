// hash(float) as CPython computes it (the value modulo the Mersenne prime 2**61 - 1); random.seed
// of a float seeds from this hash.
const P = (1n << 61n) - 1n;
const view = new DataView(new ArrayBuffer(8));

export function floatHash(x: number): bigint {
  if (Number.isNaN(x)) return 0n;
  if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n;
  if (x === 0) return 0n;
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) e = -1074;
  else {
    mantissa |= 1n << 52n;
    e = biased - 1075;
  }
  // value = mantissa * 2**e, and 2**61 ≡ 1 (mod P), so 2**e ≡ 2**(e mod 61).
  const shift = BigInt(((e % 61) + 61) % 61);
  let h = ((mantissa % P) << shift) % P;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

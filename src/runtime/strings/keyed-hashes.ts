// The other two string hashes of tf.strings: TF's legacy Hash64 (a MurmurHash64A variant with seed
// 0xDECAFCAFFE, for to_hash_bucket) and SipHash-2-4 under a 128-bit key (to_hash_bucket_strong).
// 64-bit arithmetic modulo 2^64 on BigInts, little-endian words.
const MASK = (1n << 64n) - 1n;
const rotl = (v: bigint, s: bigint) => ((v << s) | (v >> (64n - s))) & MASK;

function word(s: Uint8Array, at: number, n = 8): bigint {
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(s[at + i]);
  return v;
}

/** TF's Hash64(data, n, seed). */
export function tfHash64(s: Uint8Array, seed = 0xdecafcaffen): bigint {
  const m = 0xc6a4a7935bd1e995n;
  let h = (seed ^ ((BigInt(s.length) * m) & MASK)) & MASK;
  let at = 0;
  for (; s.length - at >= 8; at += 8) {
    let k = (word(s, at) * m) & MASK;
    k ^= k >> 47n;
    k = (k * m) & MASK;
    h ^= k;
    h = (h * m) & MASK;
  }
  const rest = s.length - at;
  if (rest > 0) {
    h ^= word(s, at, rest);
    h = (h * m) & MASK;
  }
  h ^= h >> 47n;
  h = (h * m) & MASK;
  return h ^ (h >> 47n);
}

/** SipHash-2-4 of s under the key (k0, k1). */
export function sipHash24(k0: bigint, k1: bigint, s: Uint8Array): bigint {
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & MASK;
    v1 = rotl(v1, 13n) ^ v0;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & MASK;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = (v0 + v3) & MASK;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = (v2 + v1) & MASK;
    v1 = rotl(v1, 17n) ^ v2;
    v2 = rotl(v2, 32n);
  };
  const absorb = (m: bigint) => {
    v3 ^= m;
    round();
    round();
    v0 ^= m;
  };
  let at = 0;
  for (; s.length - at >= 8; at += 8) absorb(word(s, at));
  // The last block: the remaining bytes, with the length's low byte on top.
  absorb(((BigInt(s.length) & 0xffn) << 56n) | word(s, at, s.length - at));
  v2 ^= 0xffn;
  for (let i = 0; i < 4; i++) round();
  return (v0 ^ v1 ^ v2 ^ v3) & MASK;
}

// FarmHash's Fingerprint64 (its "na" 64-bit hash), the function TF hashes strings with in
// tf.strings.to_hash_bucket_fast, tf.fingerprint and the out-of-vocabulary buckets of
// tf.lookup.StaticVocabularyTable. Written from the published algorithm: 64-bit arithmetic modulo
// 2^64 on BigInts, little-endian loads.
const MASK = (1n << 64n) - 1n;
const K0 = 0xc3a5c85c97cb3127n;
const K1 = 0xb492b66fbe98f273n;
const K2 = 0x9ae16a3b2f90404fn;
const KMUL = 0x9ddfea08eb382d69n;

const u64 = (v: bigint) => v & MASK;
const mul = (a: bigint, b: bigint) => (a * b) & MASK;
const add = (...vs: bigint[]) => vs.reduce((s, v) => (s + v) & MASK, 0n);
const rotate = (v: bigint, shift: bigint) => (shift === 0n ? v : ((v >> shift) | (v << (64n - shift))) & MASK);
const shiftMix = (v: bigint) => v ^ (v >> 47n);

function fetch64(s: Uint8Array, at: number): bigint {
  let v = 0n;
  for (let i = 7; i >= 0; i--) v = (v << 8n) | BigInt(s[at + i]);
  return v;
}

function fetch32(s: Uint8Array, at: number): bigint {
  return BigInt((s[at] | (s[at + 1] << 8) | (s[at + 2] << 16) | (s[at + 3] << 24)) >>> 0);
}

function hashLen16(u: bigint, v: bigint, m = KMUL): bigint {
  let a = mul(u ^ v, m);
  a ^= a >> 47n;
  let b = mul(v ^ a, m);
  b ^= b >> 47n;
  return mul(b, m);
}

function hashLen0to16(s: Uint8Array): bigint {
  const len = BigInt(s.length);
  if (s.length >= 8) {
    const m = add(K2, len * 2n);
    const a = add(fetch64(s, 0), K2);
    const b = fetch64(s, s.length - 8);
    const c = add(mul(rotate(b, 37n), m), a);
    const d = mul(add(rotate(a, 25n), b), m);
    return hashLen16(c, d, m);
  }
  if (s.length >= 4) {
    const m = add(K2, len * 2n);
    const a = fetch32(s, 0);
    return hashLen16(add(len, u64(a << 3n)), fetch32(s, s.length - 4), m);
  }
  if (s.length > 0) {
    const y = BigInt(s[0] + (s[s.length >> 1] << 8));
    const z = BigInt(s.length + (s[s.length - 1] << 2));
    return mul(shiftMix(mul(y, K2) ^ mul(z, K0)), K2);
  }
  return K2;
}

function hashLen17to32(s: Uint8Array): bigint {
  const len = BigInt(s.length);
  const m = add(K2, len * 2n);
  const a = mul(fetch64(s, 0), K1);
  const b = fetch64(s, 8);
  const c = mul(fetch64(s, s.length - 8), m);
  const d = mul(fetch64(s, s.length - 16), K2);
  return hashLen16(add(rotate(add(a, b), 43n), rotate(c, 30n), d), add(a, rotate(add(b, K2), 18n), c), m);
}

/** Two 64-bit words mixed from w, x, y, z and the seeds a, b. */
function weakHashLen32WithSeeds(w: bigint, x: bigint, y: bigint, z: bigint, a: bigint, b: bigint): [bigint, bigint] {
  a = add(a, w);
  b = rotate(add(b, a, z), 21n);
  const c = a;
  a = add(a, x, y);
  b = add(b, rotate(a, 44n));
  return [add(a, z), add(b, c)];
}

const weakAt = (s: Uint8Array, at: number, a: bigint, b: bigint) =>
  weakHashLen32WithSeeds(fetch64(s, at), fetch64(s, at + 8), fetch64(s, at + 16), fetch64(s, at + 24), a, b);

function hashLen33to64(s: Uint8Array): bigint {
  const len = BigInt(s.length);
  const m = add(K2, len * 2n);
  const a = mul(fetch64(s, 0), K2);
  const b = fetch64(s, 8);
  const c = mul(fetch64(s, s.length - 8), m);
  const d = mul(fetch64(s, s.length - 16), K2);
  const y = add(rotate(add(a, b), 43n), rotate(c, 30n), d);
  const z = hashLen16(y, add(a, rotate(add(b, K2), 18n), c), m);
  const e = mul(fetch64(s, 16), m);
  const f = fetch64(s, 24);
  const g = mul(add(y, fetch64(s, s.length - 32)), m);
  const h = mul(add(z, fetch64(s, s.length - 24)), m);
  return hashLen16(add(rotate(add(e, f), 43n), rotate(g, 30n), h), add(e, rotate(add(f, a), 18n), g), m);
}

/** Fingerprint64 of a byte string, as an unsigned 64-bit BigInt. */
export function fingerprint64(s: Uint8Array): bigint {
  if (s.length <= 16) return hashLen0to16(s);
  if (s.length <= 32) return hashLen17to32(s);
  if (s.length <= 64) return hashLen33to64(s);
  // Longer strings: 64-byte blocks through a 56-byte state, then the last 64 bytes.
  const seed = 81n;
  let x = seed;
  let y = add(mul(seed, K1), 113n);
  let z = mul(shiftMix(add(mul(y, K2), 113n)), K2);
  let v: [bigint, bigint] = [0n, 0n];
  let w: [bigint, bigint] = [0n, 0n];
  x = add(mul(x, K2), fetch64(s, 0));
  const end = Math.floor((s.length - 1) / 64) * 64;
  const last64 = s.length - 64;
  for (let at = 0; at !== end; at += 64) {
    x = mul(rotate(add(x, y, v[0], fetch64(s, at + 8)), 37n), K1);
    y = mul(rotate(add(y, v[1], fetch64(s, at + 48)), 42n), K1);
    x ^= w[1];
    y = add(y, v[0], fetch64(s, at + 40));
    z = mul(rotate(add(z, w[0]), 33n), K1);
    v = weakAt(s, at, mul(v[1], K1), add(x, w[0]));
    w = weakAt(s, at + 32, add(z, w[1]), add(y, fetch64(s, at + 16)));
    [z, x] = [x, z];
  }
  const m = add(K1, (z & 0xffn) << 1n);
  w[0] = add(w[0], BigInt((s.length - 1) & 63));
  v[0] = add(v[0], w[0]);
  w[0] = add(w[0], v[0]);
  x = mul(rotate(add(x, y, v[0], fetch64(s, last64 + 8)), 37n), m);
  y = mul(rotate(add(y, v[1], fetch64(s, last64 + 48)), 42n), m);
  x ^= mul(w[1], 9n);
  y = add(y, mul(v[0], 9n), fetch64(s, last64 + 40));
  z = mul(rotate(add(z, w[0]), 33n), m);
  v = weakAt(s, last64, mul(v[1], m), add(x, w[0]));
  w = weakAt(s, last64 + 32, add(z, w[1]), add(y, fetch64(s, last64 + 16)));
  [z, x] = [x, z];
  return hashLen16(add(hashLen16(v[0], w[0], m), mul(shiftMix(y), K0), z), add(hashLen16(v[1], w[1], m), x), m);
}

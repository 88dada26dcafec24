// Integer functions of the math module: factorial, gcd, lcm, isqrt, comb, perm. Arguments must be
// ints (operator.index), as CPython requires; results are normalised number|bigint ints.
import type { PyValue } from '../objects/core.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { asInt } from '../ops/arith.js';
import { normBig, PyInt } from '../ops/int-math.js';
import { callDunder } from '../ops/call.js';
import { typeOf } from '../ops/typeof.js';

/** operator.index(v) as a bigint, with CPython's TypeError for non-integers. */
export function indexBig(v: PyValue): bigint {
  const i = asInt(v);
  if (i !== undefined) return BigInt(i);
  if (v !== null && typeof v === 'object') {
    const r = callDunder(v, '__index__', []);
    if (r !== undefined) {
      const j = asInt(r);
      if (j !== undefined) return BigInt(j);
    }
  }
  throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

const abs = (x: bigint) => (x < 0n ? -x : x);

function gcd2(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Product of the integers in [lo, hi] by splitting in halves (keeps bigint operands balanced). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 8n) {
    let r = lo;
    for (let i = lo + 1n; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

export function factorial(v: PyValue): PyInt {
  const n = indexBig(v);
  if (n < 0n) throw valueError('factorial() not defined for negative values');
  return normBig(rangeProduct(1n, n));
}

export const gcd = (args: PyValue[]): PyInt => normBig(args.reduce<bigint>((g, a) => gcd2(g, indexBig(a)), 0n));

export function lcm(args: PyValue[]): PyInt {
  let l = 1n;
  for (const a of args) {
    const x = indexBig(a);
    if (l === 0n || x === 0n) l = 0n;
    else l = abs((l / gcd2(l, x)) * x);
  }
  return normBig(l);
}

export function isqrt(v: PyValue): PyInt {
  const n = indexBig(v);
  if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
  if (n < 2n) return normBig(n);
  // Newton's iteration from an upper bound converges down to floor(sqrt(n)).
  let x = 1n << (BigInt(n.toString(2).length + 1) >> 1n);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return normBig(x);
    x = y;
  }
}

export function perm(nv: PyValue, kv: PyValue): PyInt {
  const n = indexBig(nv);
  if (kv === null) {
    if (n < 0n) throw valueError('n must be a non-negative integer');
    return normBig(rangeProduct(1n, n));
  }
  const k = indexBig(kv);
  if (n < 0n) throw valueError('n must be a non-negative integer');
  if (k < 0n) throw valueError('k must be a non-negative integer');
  if (k > n) return 0;
  return normBig(rangeProduct(n - k + 1n, n));
}

export function comb(nv: PyValue, kv: PyValue): PyInt {
  const n = indexBig(nv);
  let k = indexBig(kv);
  if (n < 0n) throw valueError('n must be a non-negative integer');
  if (k < 0n) throw valueError('k must be a non-negative integer');
  if (k > n) return 0;
  if (n - k < k) k = n - k;
  return normBig(rangeProduct(n - k + 1n, n) / rangeProduct(1n, k));
}

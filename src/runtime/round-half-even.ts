// Round half to even (C's rint/lrintf under the default rounding mode), as numpy's round and TF's
// Round kernel and resize kernels round.
export function roundHalfEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.round(x);
  if (Math.abs(x % 1) === 0.5 && r % 2 !== 0) return r - 1;
  return r === 0 && x < 0 ? -0 : r;
}

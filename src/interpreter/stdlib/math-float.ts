// Float algorithms of CPython's math module that are not single libm calls: exact summation
// (fsum), the scaled, corrected Euclidean norm behind hypot/dist, frexp, ulp.
import { overflowError, valueError } from '../objects/exceptions.js';
import { LibmCode, libm } from './libm.js';

/** fsum: Shewchuk's exact partial sums, then the round-half-even fix-up CPython applies. */
export function exactSum(values: Iterable<number>): number {
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  for (let x of values) {
    const xsave = x;
    let n = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[n++] = lo;
      x = hi;
    }
    partials.length = n;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // A non-finite sum from finite inputs is an overflow; inf/nan inputs are summed apart.
        if (Number.isFinite(xsave)) throw overflowError('intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        special += xsave;
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (special !== 0 || Number.isNaN(special)) {
    if (Number.isNaN(infSum)) throw valueError('-inf + inf in fsum');
    return special;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Half-way cases: the remaining partials decide which way to round.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

/** x*y as an unevaluated sum hi + lo (Dekker's exact product). */
function twoProduct(x: number, y: number): [number, number] {
  const hi = x * y;
  const split = (v: number): [number, number] => {
    const t = v * 134217729;
    const h = t - (t - v);
    return [h, v - h];
  };
  const [xh, xl] = split(x);
  const [yh, yl] = split(y);
  const lo = xh * yh - hi + xh * yl + xl * yh + xl * yl;
  return [hi, lo];
}

const DBL_MIN = 2.2250738585072014e-308;

/** The Euclidean norm of |values| (all finite or flagged), max = the largest |value|: CPython's
 *  lossless scaling and squaring with one differential correction, so hypot/dist print alike. */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = libm(LibmCode.Ldexp, 1, -maxE);
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  for (const v of vec) {
    const x = v * scale;
    const [phi, plo] = twoProduct(x, x);
    const hi = csum + phi;
    frac2 += csum - hi + phi;
    csum = hi;
    frac1 += plo;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [phi, plo] = twoProduct(-h, h);
  const hi = csum + phi;
  frac2 += csum - hi + phi;
  csum = hi;
  frac1 += plo;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}

const view = new DataView(new ArrayBuffer(8));

/** frexp: mantissa in [0.5, 1) with the sign of x, and the power of two. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  view.setFloat64(0, x);
  let bits = (view.getUint32(0) >>> 20) & 0x7ff;
  let shift = 0;
  if (bits === 0) {
    // Subnormal: normalise first.
    view.setFloat64(0, x * 2 ** 64);
    bits = (view.getUint32(0) >>> 20) & 0x7ff;
    shift = 64;
  }
  const e = bits - 1022;
  const hiWord = view.getUint32(0);
  view.setUint32(0, (hiWord & 0x800fffff) | (1022 << 20));
  return [view.getFloat64(0), e - shift];
}

/** The value of the least significant bit of x (math.ulp). */
export function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const next = libm(LibmCode.Nextafter, x, Infinity);
  if (next === Infinity) return x - libm(LibmCode.Nextafter, x, -Infinity);
  return next - x;
}

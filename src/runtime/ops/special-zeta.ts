// The Hurwitz zeta function and polygamma as Eigen's zeta_impl / polygamma_impl compute them
// (Cephes zeta: a direct sum of the first terms, then the Euler-Maclaurin tail), every step rounded
// to the dtype (see special-cephes.ts). pow, exp and lgamma are glibc's for float64; for float32
// the double results rounded, where Eigen calls powf/expf/lgammaf (equal in nearly every case).
import { cExp, cPow, libm, LibmCode } from '../../interpreter/stdlib/libm.js';
import { Round, roundFloat32, roundFloat64 } from './special-cephes.js';
import { dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';

// Euler-Maclaurin coefficients (2k)! / B_2k.
const A = [
  12.0, -720.0, 30240.0, -1209600.0, 47900160.0, -1.8924375803183791606e9, 7.47242496e10, -2.950130727918164224e12, 1.1646782814350067249e14,
  -4.5979787224074726105e15, 1.8152105401943546773e17, -7.1661652561756670113e18,
];

export function zeta(r: Round, x: number, q: number): number {
  const single = r === roundFloat32;
  // Half the dtype's epsilon (Cephes' MACHEP).
  const machep = single ? 5.960464477539063e-8 : 1.1102230246251565e-16;
  const pow = (a: number, b: number) => r(cPow(a, b));
  if (x === 1) return Infinity;
  if (x < 1) return NaN;
  if (q <= 0) {
    if (q === Math.floor(q)) {
      const half = r(0.5 * x);
      // rint(x/2) == x/2: x even (or infinite).
      return Number.isInteger(half) || half === Infinity ? Infinity : NaN;
    }
    if (x !== Math.floor(x)) return NaN;
  }
  let s = pow(q, -x);
  let a = q;
  let b = 0;
  // The direct sum: 9 terms (float64: also until a > 9).
  for (let i = 0; i < 9 || (!single && a <= 9); ) {
    i += 1;
    a = r(a + 1);
    b = pow(a, -x);
    s = r(s + b);
    if (Math.abs(r(b / s)) < machep) return s;
  }
  if (b === 0) return s;
  const w = a;
  s = r(s + r(r(b * w) / r(x - 1)));
  s = r(s - r(0.5 * b));
  a = 1;
  let k = 0;
  for (let i = 0; i < 12; i++) {
    a = r(a * r(x + k));
    b = r(b / w);
    let t = r(r(a * b) / r(A[i]));
    s = r(s + t);
    t = Math.abs(r(t / s));
    if (t < machep) break;
    k = r(k + 1);
    a = r(a * r(x + k));
    b = r(b / w);
    k = r(k + 1);
  }
  return s;
}

/** polygamma(n, x) for n >= 1 (n = 0 is digamma, which the caller takes from the digamma op):
 *  (-1)^(n+1) * n! * zeta(n + 1, x), n! as exp(lgamma(n + 1)). */
export function polygammaPositive(r: Round, n: number, x: number): number {
  const nplus = r(n + 1);
  const factorial = r(cExp(r(libm(LibmCode.Lgamma, nplus))));
  return r(r(r(cPow(-1, nplus)) * factorial) * zeta(r, nplus, x));
}

/** polygamma(n, x) elementwise for a float32/float64 tensor and a fixed order n >= 1 (digamma's
 *  gradient is polygamma(1, x)), on x's device. */
export function polygammaTensor(n: number, x: Tensor): Tensor {
  const r = x.dtype === dtypes.float64 ? roundFloat64 : roundFloat32;
  const values = Array.from(x.values() as ArrayLike<number>, (v) => polygammaPositive(r, n, Number(v)));
  return tensorFromValues(values, x.shape, x.dtype, x.device);
}

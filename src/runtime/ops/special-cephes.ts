// Scalar special functions as Eigen evaluates them for TF's CPU kernels (Eigen's
// BesselFunctionsImpl.h / SpecialFunctionsImpl.h, Cephes algorithms): Chebyshev and polynomial
// series with a multiply then an add per step (TF's x86 build has no FMA), every step rounded to
// the tensor's dtype. This is Eigen's scalar path, which TF takes for the tail of a tensor (its
// last n % 8 float32 / n % 4 float64 elements); the packet path of larger tensors uses approximate
// rsqrt/log/exp instructions and can differ in the last bit.
import { cExp, cLog } from '../../interpreter/stdlib/libm.js';

/** Rounding to the computing dtype: float32 rounds every intermediate, float64 is JS's own. */
export type Round = (x: number) => number;
export const roundFloat32: Round = Math.fround;
export const roundFloat64: Round = (x) => x;

/** Chebyshev series at x (Eigen's pchebevl): coefficient 0 first. */
function chebevl(r: Round, x: number, coef: readonly number[]): number {
  let b0 = r(coef[0]);
  let b1 = 0;
  let b2 = 0;
  for (let i = 1; i < coef.length; i++) {
    b2 = b1;
    b1 = b0;
    b0 = r(r(r(x * b1) + r(coef[i])) - b2);
  }
  return r(0.5 * r(b0 - b2));
}

/** Polynomial at x with coefficient 0 the highest power (Eigen's ppolevl). */
function polevl(r: Round, x: number, coef: readonly number[]): number {
  let acc = r(coef[0]);
  for (let i = 1; i < coef.length; i++) acc = r(r(acc * x) + r(coef[i]));
  return acc;
}

// Cephes i0e/i1e coefficients: the float32 kernels use the tail of the float64 tables.
const I0E_A = [
  -4.41534164647933937950e-18, 3.33079451882223809783e-17, -2.43127984654795469359e-16, 1.71539128555513303061e-15, -1.16853328779934516808e-14,
  7.67618549860493561688e-14, -4.85644678311192946090e-13, 2.95505266312963983461e-12, -1.72682629144155570723e-11, 9.67580903537323691224e-11,
  -5.18979560163526290666e-10, 2.65982372468238665035e-9, -1.30002500998624804212e-8, 6.04699502254191894932e-8, -2.67079385394061173391e-7,
  1.11738753912010371815e-6, -4.41673835845875056359e-6, 1.64484480707288970893e-5, -5.75419501008210370398e-5, 1.88502885095841655729e-4,
  -5.76375574538582365885e-4, 1.63947561694133579842e-3, -4.32430999505057594430e-3, 1.05464603945949983183e-2, -2.37374148058994688156e-2,
  4.93052842396707084878e-2, -9.49010970480476444210e-2, 1.71620901522208775349e-1, -3.04682672343198398683e-1, 6.76795274409476084995e-1,
];
const I0E_B = [
  -7.23318048787475395456e-18, -4.83050448594418207126e-18, 4.46562142029675999901e-17, 3.46122286769746109310e-17, -2.82762398051658348494e-16,
  -3.42548561967721913462e-16, 1.77256013305652638360e-15, 3.81168066935262242075e-15, -9.55484669882830764870e-15, -4.15056934728722208663e-14,
  1.54008621752140982691e-14, 3.85277838274214270114e-13, 7.18012445138366623367e-13, -1.79417853150680611778e-12, -1.32158118404477131188e-11,
  -3.14991652796324136454e-11, 1.18891471078464383424e-11, 4.94060238822496958910e-10, 3.39623202570838634515e-9, 2.26666899049817806459e-8,
  2.04891858946906374183e-7, 2.89137052083475648297e-6, 6.88975834691682398426e-5, 3.36911647825569408990e-3, 8.04490411014108831608e-1,
];
const I1E_A = [
  2.77791411276104639959e-18, -2.11142121435816608115e-17, 1.55363195773620046921e-16, -1.10559694773538630805e-15, 7.60068429473540693410e-15,
  -5.04218550472791168711e-14, 3.22379336594557470981e-13, -1.98397439776494371520e-12, 1.17361862988909016308e-11, -6.66348972350202774223e-11,
  3.62559028155211703701e-10, -1.88724975172282928790e-9, 9.38153738649577178388e-9, -4.44505912879632808065e-8, 2.00329475355213526229e-7,
  -8.56872026469545474066e-7, 3.47025130813767847674e-6, -1.32731636560394358279e-5, 4.78156510755005422638e-5, -1.61760815825896745588e-4,
  5.12285956168575772895e-4, -1.51357245063125314899e-3, 4.15642294431288815669e-3, -1.05640848946261981558e-2, 2.47264490306265168283e-2,
  -5.29459812080949914269e-2, 1.02643658689847095384e-1, -1.76416518357834055153e-1, 2.52587186443633654823e-1,
];
const I1E_B = [
  7.51729631084210481353e-18, 4.41434832307170791151e-18, -4.65030536848935832153e-17, -3.20952592199342395980e-17, 2.96262899764595013876e-16,
  3.30820231092092828324e-16, -1.88035477551078244854e-15, -3.81440307243700780478e-15, 1.04202769841288027642e-14, 4.27244001671195135429e-14,
  -2.10154184277266431302e-14, -4.08355111109219731823e-13, -7.19855177624590851209e-13, 2.03562854414708950722e-12, 1.41258074366137813316e-11,
  3.25260358301548823856e-11, -1.89749581235054123450e-11, -5.58974346219658380687e-10, -3.83538038596423702205e-9, -2.63146884688951950684e-8,
  -2.51223623787020892529e-7, -3.88256480887769039346e-6, -1.10588938762623716291e-4, -9.76109749136146840777e-3, 7.78576235018280120474e-1,
];
/** float32 uses the last 18/7 (i0e) and 17/7 (i1e) terms of the float64 series. */
const tail = (coef: readonly number[], n: number, r: Round) => (r === roundFloat32 ? coef.slice(coef.length - n) : coef);

/** Both branches as Eigen computes them (|x| <= 8: series in x/2 - 2; else in 32/|x| - 2 over sqrt|x|). */
function besselExpScaled(r: Round, x: number, a: readonly number[], b: readonly number[], timesY: boolean): number {
  const y = Math.abs(x);
  if (y <= 8) {
    const s = chebevl(r, r(r(0.5 * y) + -2), a);
    return timesY ? r(y * s) : s;
  }
  if (!(y > 8)) return NaN;
  return r(chebevl(r, r(r(32 / y) - 2), b) * r(1 / r(Math.sqrt(y))));
}

export function besselI0e(r: Round, x: number): number {
  return besselExpScaled(r, x, tail(I0E_A, 18, r), tail(I0E_B, 7, r), false);
}

export function besselI1e(r: Round, x: number): number {
  const y = besselExpScaled(r, x, tail(I1E_A, 17, r), tail(I1E_B, 7, r), true);
  return x < 0 ? -y : y;
}

/** exp as the scalar path computes it: glibc's exp (float32: the double result rounded). */
const expOf = (r: Round, x: number): number => r(cExp(x));

export const besselI0 = (r: Round, x: number): number => r(expOf(r, Math.abs(x)) * besselI0e(r, x));
export const besselI1 = (r: Round, x: number): number => r(expOf(r, Math.abs(x)) * besselI1e(r, x));

// Cephes ndtri: rational approximations around the centre and in the two tails.
const NDTRI_P0 = [-5.99633501014107895267e1, 9.80010754185999661536e1, -5.66762857469070293439e1, 1.39312609387279679503e1, -1.23916583867381258016e0];
const NDTRI_Q0 = [
  1.0, 1.95448858338141759834e0, 4.67627912898881538453e0, 8.63602421390890590575e1, -2.25462687854119370527e2, 2.00260212380060660359e2,
  -8.20372256168333339912e1, 1.59056225126211695515e1, -1.18331621121330003142e0,
];
const NDTRI_P1 = [
  4.05544892305962419923e0, 3.15251094599893866154e1, 5.71628192246421288162e1, 4.40805073893200834700e1, 1.46849561928858024014e1,
  2.18663306850790267539e0, -1.40256079171354495875e-1, -3.50424626827848203418e-2, -8.57456785154685413611e-4,
];
const NDTRI_Q1 = [
  1.0, 1.57799883256466749731e1, 4.53907635128879210584e1, 4.13172038254672030440e1, 1.50425385692907503408e1, 2.50464946208309415979e0,
  -1.42182922854787788574e-1, -3.80806407691578277194e-2, -9.33259480895457427372e-4,
];
const NDTRI_P2 = [
  3.23774891776946035970e0, 6.91522889068984211695e0, 3.93881025292474443415e0, 1.33303460815807542389e0, 2.01485389549179081538e-1,
  1.23716634817820021358e-2, 3.01581553508235416007e-4, 2.65806974686737550832e-6, 6.23974539184983293730e-9,
];
const NDTRI_Q2 = [
  1.0, 6.02427039364742014255e0, 3.67983563856160859403e0, 1.37702099489081330271e0, 2.16236993594496635890e-1, 1.34204006088543189037e-2,
  3.28014464682127739104e-4, 2.89247864745380683936e-6, 6.79019408009981274425e-9,
];
const SQRT_2PI = 2.50662827463100050242e0;
const EXP_NEG_TWO = 0.13533528323661269189;

/** The inverse of the standard normal CDF. */
export function ndtri(r: Round, a: number): number {
  if (a === 0) return -Infinity;
  if (a === 1) return Infinity;
  const expNegTwo = r(EXP_NEG_TWO);
  const flip = a <= r(1 - expNegTwo);
  const b = flip ? a : r(1 - a);
  if (expNegTwo < b) {
    const c = r(b - 0.5);
    const c2 = r(c * c);
    const ratio = r(polevl(r, c2, NDTRI_P0) / polevl(r, c2, NDTRI_Q0));
    return r(r(r(c * r(c2 * ratio)) + c) * r(SQRT_2PI));
  }
  const x = r(Math.sqrt(r(-2 * r(cLog(b)))));
  const x0 = r(x - r(r(cLog(x)) / x));
  const z = r(1 / x);
  const [p, q] = x < 8 ? [NDTRI_P1, NDTRI_Q1] : [NDTRI_P2, NDTRI_Q2];
  const x1 = r(z * r(polevl(r, z, p) / polevl(r, z, q)));
  const v = r(x0 - x1);
  return flip ? -v : v;
}

/** TF's erfinv: ndtri(x / 2 + 1 / 2) times sqrt(1/2), the multiply-add unfused. */
export function erfinv(r: Round, x: number): number {
  return r(ndtri(r, r(r(0.5 * x) + 0.5)) * r(Math.SQRT1_2));
}

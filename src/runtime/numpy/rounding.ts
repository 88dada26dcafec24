// np.round / around: round half to even after scaling by 10**decimals, as numpy does.
import { NdArray, makeArray } from './ndarray.js';
import { roundHalfEven } from './ufuncs.js';

export function roundArray(a: NdArray, decimals: number): NdArray {
  if (!a.dtype.isFloat) {
    if (decimals >= 0) return makeArray(a.dtype, a.shape.slice(), a.data);
    const f = 10 ** -decimals;
    return makeArray(a.dtype, a.shape.slice(), Array.from(a.data, (x) => roundHalfEven(x / f) * f));
  }
  const f = 10 ** Math.abs(decimals);
  const out = Array.from(a.data, (x) => {
    if (decimals === 0) return roundHalfEven(x);
    const scaled = decimals > 0 ? x * f : x / f;
    const r = roundHalfEven(a.dtype.name === 'float64' ? scaled : Math.fround(scaled));
    return decimals > 0 ? r / f : r * f;
  });
  return makeArray(a.dtype, a.shape.slice(), out);
}

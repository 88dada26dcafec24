/**
 * C++ `std::ostream << float` with default flags (printf "%g", precision 6).
 *
 * ml_dtypes (which TF uses for bfloat16 numpy arrays) prints a bfloat16 this
 * way for both str and repr, and numpy prints bfloat16 array elements through
 * str(), so `tf.constant([0.1], tf.bfloat16)` shows `[0.100098]`.
 */

import { exactDigitsAt } from './float-digits.js';
import { exactDecimal, exponentSuffix } from '../../interpreter/objects/float-repr.js';

const SIGNIFICANT = 6;

export function cppFloatText(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0';
  const { int, scale } = exactDecimal(Math.abs(x));
  const lead = int.toString().length - 1 - scale;
  // printf rounds the exact binary value (ties to even) to 6 significant digits.
  const { digits, exp } = exactDigitsAt(x, lead + 1 - SIGNIFICANT);
  if (exp < -4 || exp >= SIGNIFICANT) {
    const mantissa = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return sign + mantissa + exponentSuffix(exp);
  }
  if (exp < 0) return sign + '0.' + '0'.repeat(-exp - 1) + digits;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return sign + whole + (frac ? '.' + frac : '');
}

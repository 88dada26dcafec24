// round(): banker's rounding to an int, or correctly rounded to n decimal places as CPython
// (which rounds the exact binary value, so round(2.675, 2) == 2.67).
import type { PyValue } from '../objects/core.js';
import { typeError, valueError, overflowError } from '../objects/exceptions.js';
import { PyFloat } from '../objects/values.js';
import { asInt } from '../ops/arith.js';
import { callDunder, Kwargs } from '../ops/call.js';
import { asIndex } from '../ops/convert.js';
import { normBig, PyInt } from '../ops/int-math.js';
import { typeOf } from '../ops/typeof.js';
import { toFixedPython } from '../ops/format.js';
import { pyParams } from './define.js';

const params = pyParams('round', ['number', 'ndigits'], { ndigits: null });

export function roundBuiltin(args: PyValue[], kwargs: Kwargs): PyValue {
  const { number, ndigits } = params(args, kwargs);
  const i = asInt(number);
  if (i !== undefined) return ndigits === null ? i : roundInt(i, asIndex(ndigits));
  if (number instanceof PyFloat) {
    const x = number.v;
    if (ndigits === null) {
      if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
      if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
      return roundHalfEvenToInt(x);
    }
    return new PyFloat(roundFloat(x, asIndex(ndigits)));
  }
  const r = callDunder(number, '__round__', ndigits === null ? [] : [ndigits]);
  if (r !== undefined) return r;
  throw typeError(`type ${typeOf(number).name} doesn't define __round__ method`);
}

function roundHalfEvenToInt(x: number): PyInt {
  let r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0) r -= 1;
  if (Number.isSafeInteger(r)) return r || 0;
  return normBig(BigInt(r));
}

function roundFloat(x: number, n: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (n > 22) return x;
  if (n >= 0) return Number(toFixedPython(x, n)) || (x < 0 ? -0 : 0);
  const scale = 10 ** -n;
  const y = x / scale;
  let r = Math.round(y);
  if (Math.abs(y - Math.trunc(y)) === 0.5 && r % 2 !== 0) r -= 1;
  return r * scale;
}

function roundInt(i: PyInt, n: number): PyInt {
  if (n >= 0) return i;
  const scale = 10n ** BigInt(-n);
  const b = BigInt(i);
  let q = b / scale;
  let rem = b % scale;
  if (rem < 0n) {
    rem += scale;
    q -= 1n;
  }
  const twice = rem * 2n;
  if (twice > scale || (twice === scale && q % 2n !== 0n)) q += 1n;
  return normBig(q * scale);
}

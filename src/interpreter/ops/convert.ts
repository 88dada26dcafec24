// Conversions Python performs implicitly: __index__ for indices, numbers for math functions.
import type { PyValue } from '../objects/core.js';
import { typeError, overflowError } from '../objects/exceptions.js';
import { PyFloat } from '../objects/values.js';
import { callDunder } from './call.js';
import { typeOf } from './typeof.js';

/** An int usable as an index (operator.index); bigints beyond the JS range are an OverflowError. */
export function asIndex(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    throw overflowError("cannot fit 'int' into an index-sized integer");
  }
  const r = callDunder(v, '__index__', []);
  if (r !== undefined && (typeof r === 'number' || typeof r === 'boolean')) return Number(r);
  throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

/** A real number as a JS float (math.sqrt(x) and friends): int, float, or __float__. */
export function asNumber(v: PyValue, what = 'must be real number'): number {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const f = Number(v);
    if (!Number.isFinite(f)) throw overflowError('int too large to convert to float');
    return f;
  }
  const r = callDunder(v, '__float__', []);
  if (r instanceof PyFloat) return r.v;
  const idx = callDunder(v, '__index__', []);
  if (typeof idx === 'number') return idx;
  throw typeError(`${what}, not ${typeOf(v).name}`);
}

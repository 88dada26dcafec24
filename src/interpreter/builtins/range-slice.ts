// slice() and the methods of slice and range objects.
import type { PyValue } from '../objects/core.js';
import { rangeType, sliceType } from '../objects/builtin-types.js';
import { valueError } from '../objects/exceptions.js';
import { PyRange, PySlice, PyTuple } from '../objects/values.js';
import { asIndex } from '../ops/convert.js';
import { sliceIndices } from '../ops/items.js';
import { repr } from '../ops/text.js';
import { checkArity, defineGetter, defineMethod, noKwargs } from './define.js';

/** The position of value in r, or -1. */
function rangeIndex(r: PyRange, value: PyValue): number {
  if (typeof value !== 'number' && typeof value !== 'boolean') return -1;
  const v = Number(value);
  const off = v - r.start;
  if (off % r.step !== 0) return -1;
  const i = off / r.step;
  return i >= 0 && i < r.length ? i : -1;
}

export function installRangeSlice(): void {
  sliceType.construct = (_c, a, k) => {
    noKwargs('slice', k);
    checkArity('slice', a, 1, 3);
    if (a.length === 1) return new PySlice(null, a[0], null);
    return new PySlice(a[0], a[1], a.length > 2 ? a[2] : null);
  };
  defineGetter(sliceType, 'start', (s) => (s as PySlice).start);
  defineGetter(sliceType, 'stop', (s) => (s as PySlice).stop);
  defineGetter(sliceType, 'step', (s) => (s as PySlice).step);
  defineMethod(sliceType, 'indices', (self, args) => {
    checkArity('indices', args, 1, 1);
    const n = asIndex(args[0]);
    if (n < 0) throw valueError('length should not be negative');
    const [start, stop, step] = sliceIndices(self as PySlice, n);
    return new PyTuple([start, stop, step]);
  });
  sliceType.dict.set('__hash__', null);

  defineGetter(rangeType, 'start', (r) => (r as PyRange).start);
  defineGetter(rangeType, 'stop', (r) => (r as PyRange).stop);
  defineGetter(rangeType, 'step', (r) => (r as PyRange).step);
  defineMethod(rangeType, 'index', (self, args) => {
    checkArity('index', args, 1, 1);
    const i = rangeIndex(self as PyRange, args[0]);
    if (i < 0) throw valueError(`${repr(args[0])} is not in range`);
    return i;
  });
  defineMethod(rangeType, 'count', (self, args) => {
    checkArity('count', args, 1, 1);
    return rangeIndex(self as PyRange, args[0]) >= 0 ? 1 : 0;
  });
}

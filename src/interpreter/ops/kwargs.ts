// `**mapping` in calls and dict displays.
import type { PyValue } from '../objects/core.js';
import { typeError } from '../objects/exceptions.js';
import { PyDict } from '../objects/values.js';
import { callMethod } from './call.js';
import { getItem } from './items.js';
import { iterToArray } from './iter.js';
import { typeOf } from './typeof.js';

/** Adds the entries of a mapping to `into` (a fresh Map when null). For calls, keys must be str. */
export function kwargsToMap(src: PyValue, into: Map<string, PyValue> | null, mode: 'call' | 'dict'): Map<any, PyValue> {
  const out: Map<any, PyValue> = into ?? new Map();
  if (src instanceof PyDict) {
    for (const [k, v] of src.storage.entries()) add(out, k, v, mode);
    return out;
  }
  if (typeOf(src).lookup('keys') === undefined) {
    throw typeError(mode === 'call' ? `argument after ** must be a mapping, not ${typeOf(src).name}` : `'${typeOf(src).name}' object is not a mapping`);
  }
  for (const k of iterToArray(callMethod(src, 'keys', [], null))) add(out, k, getItem(src, k), mode);
  return out;
}

function add(out: Map<any, PyValue>, k: PyValue, v: PyValue, mode: 'call' | 'dict') {
  if (mode === 'call') {
    if (typeof k !== 'string') throw typeError('keywords must be strings');
    if (out.has(k)) throw typeError(`got multiple values for keyword argument '${k}'`);
  }
  out.set(k, v);
}

// Truth value testing (`if x:`), as CPython: __bool__, then __len__, then true.
import type { PyValue } from '../objects/core.js';
import { typeError } from '../objects/exceptions.js';
import { PyDict, PyFloat, PyList, PyTuple } from '../objects/values.js';
import { callDunder } from './call.js';
import { PySet } from '../objects/set.js';
import { typeOf } from './typeof.js';

export function isTruthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    case 'bigint':
      return v !== 0n;
  }
  if (v === null) return false;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict) return v.storage.size > 0;
  if (v instanceof PySet) return v.size > 0;
  const b = callDunder(v, '__bool__', []);
  if (b !== undefined) {
    if (typeof b !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeOf(b).name}`);
    return b;
  }
  const n = callDunder(v, '__len__', []);
  if (n !== undefined) return n !== 0;
  return true;
}

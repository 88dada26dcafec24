// type(x) for every representation of a Python value.
import type { PyType, PyValue } from '../objects/core.js';
import { boolType, intType, noneType, strType } from '../objects/builtin-types.js';

export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    default:
      return v === null ? noneType : v.cls;
  }
}

export const typeName = (v: PyValue): string => typeOf(v).name;

/** isinstance(v, t) for a single type. */
export function isInstance(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}

/** A Python int (bool included) as JS values: number or bigint, booleans count as 0/1. */
export function isIntLike(v: PyValue): v is number | bigint | boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean';
}

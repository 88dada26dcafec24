// id(): stable fake addresses for objects, shaped like CPython's (0x7f...).
import type { PyValue } from '../objects/core.js';

const ids = new WeakMap<object, number>();
let next = 0x7f3a10000000;

export function objectId(v: PyValue): number {
  if (v === null || typeof v !== 'object') {
    // Immutable primitives: derive a stable number from the value.
    const s = `${typeof v}:${String(v)}`;
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
    return 0x7f3900000000 + h * 16;
  }
  let id = ids.get(v);
  if (id === undefined) {
    id = next;
    next += 48;
    ids.set(v, id);
  }
  return id;
}

export const addressText = (v: PyValue): string => `0x${objectId(v).toString(16).padStart(12, '0')}`;

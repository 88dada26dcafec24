// Inline fast paths for the operations that dominate numeric loops: arithmetic and comparisons on
// small ints (JS numbers) and floats (PyFloat), list indexing. Each returns undefined when the
// operands are not the simple case; the caller then takes the full protocol (ops/arith.ts,
// ops/compare.ts, ops/items.ts), which gives the same result for these operands. Each operation is
// its own small function, so V8 inlines it into the one closure shape that calls it.
import type { PyValue } from '../objects/core.js';
import { listType } from '../objects/builtin-types.js';
import { PyFloat, PyList } from '../objects/values.js';

// Ints: a result that leaves the safe-integer range goes the slow way (to bigint). Ints are never
// -0 in our representation, so products that are 0 are normalised.

export function addFast(a: PyValue, b: PyValue): PyValue | undefined {
  if (typeof a === 'number') {
    if (typeof b === 'number') {
      const r = a + b;
      return Number.isSafeInteger(r) ? r : undefined;
    }
    if (b instanceof PyFloat) return new PyFloat(a + b.v);
  } else if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return new PyFloat(a.v + b.v);
    if (typeof b === 'number') return new PyFloat(a.v + b);
  }
  return undefined;
}

export function subFast(a: PyValue, b: PyValue): PyValue | undefined {
  if (typeof a === 'number') {
    if (typeof b === 'number') {
      const r = a - b;
      return Number.isSafeInteger(r) ? r : undefined;
    }
    if (b instanceof PyFloat) return new PyFloat(a - b.v);
  } else if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return new PyFloat(a.v - b.v);
    if (typeof b === 'number') return new PyFloat(a.v - b);
  }
  return undefined;
}

export function mulFast(a: PyValue, b: PyValue): PyValue | undefined {
  if (typeof a === 'number') {
    if (typeof b === 'number') {
      const r = a * b;
      return Number.isSafeInteger(r) ? (r === 0 ? 0 : r) : undefined;
    }
    if (b instanceof PyFloat) return new PyFloat(a * b.v);
  } else if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return new PyFloat(a.v * b.v);
    if (typeof b === 'number') return new PyFloat(a.v * b);
  }
  return undefined;
}

/** True division; division by zero takes the slow path (which raises). Safe ints convert to
 *  double exactly, so the quotient is correctly rounded as CPython's. */
export function divFast(a: PyValue, b: PyValue): PyValue | undefined {
  const x = typeof a === 'number' ? a : a instanceof PyFloat ? a.v : undefined;
  if (x === undefined) return undefined;
  const y = typeof b === 'number' ? b : b instanceof PyFloat ? b.v : undefined;
  if (y === undefined || y === 0) return undefined;
  return new PyFloat(x / y);
}

export function modFast(a: PyValue, b: PyValue): PyValue | undefined {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const r = a % b;
    if (r === 0) return 0;
    return r < 0 !== b < 0 ? r + b : r;
  }
  return undefined;
}

export function floorDivFast(a: PyValue, b: PyValue): PyValue | undefined {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0 && a >= -0x7fffffff && a <= 0x7fffffff) {
    return Math.floor(a / b) || 0;
  }
  return undefined;
}

/** The fast path for an operator, or null when it has none. */
export function fastBinary(op: string): ((a: PyValue, b: PyValue) => PyValue | undefined) | null {
  switch (op) {
    case 'Add':
      return addFast;
    case 'Sub':
      return subFast;
    case 'Mult':
      return mulFast;
    case 'Div':
      return divFast;
    case 'Mod':
      return modFast;
    case 'FloorDiv':
      return floorDivFast;
    default:
      return null;
  }
}

/** The number a small int or float stands for (for comparisons), else undefined. */
function num(v: PyValue): number | undefined {
  return typeof v === 'number' ? v : v instanceof PyFloat ? v.v : undefined;
}

export function ltFast(a: PyValue, b: PyValue): boolean | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  const x = num(a);
  const y = num(b);
  return x !== undefined && y !== undefined ? x < y : undefined;
}
export function leFast(a: PyValue, b: PyValue): boolean | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  const x = num(a);
  const y = num(b);
  return x !== undefined && y !== undefined ? x <= y : undefined;
}
export function gtFast(a: PyValue, b: PyValue): boolean | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  const x = num(a);
  const y = num(b);
  return x !== undefined && y !== undefined ? x > y : undefined;
}
export function geFast(a: PyValue, b: PyValue): boolean | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  const x = num(a);
  const y = num(b);
  return x !== undefined && y !== undefined ? x >= y : undefined;
}
export function eqFast(a: PyValue, b: PyValue): boolean | undefined {
  if ((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string')) return a === b;
  const x = num(a);
  const y = num(b);
  return x !== undefined && y !== undefined ? x === y : undefined;
}
export function neFast(a: PyValue, b: PyValue): boolean | undefined {
  const r = eqFast(a, b);
  return r === undefined ? undefined : !r;
}

/** list[int] for an exact list and an in-range small int, else undefined. */
export function listGetFast(o: PyValue, k: PyValue): PyValue | undefined {
  if (typeof k === 'number' && o instanceof PyList && o.cls === listType) {
    const items = o.items;
    const i = k < 0 ? k + items.length : k;
    if (i >= 0 && i < items.length) return items[i];
  }
  return undefined;
}

/** list[int] = v for an exact list and an in-range small int; false when not that case. */
export function listSetFast(o: PyValue, k: PyValue, v: PyValue): boolean {
  if (typeof k === 'number' && o instanceof PyList && o.cls === listType) {
    const items = o.items;
    const i = k < 0 ? k + items.length : k;
    if (i >= 0 && i < items.length) {
      items[i] = v;
      return true;
    }
  }
  return false;
}

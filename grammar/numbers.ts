// Number literal text → Constant value, as CPython evaluates it. The lexer has already checked
// the shape (tokens.ts NumberLit, layout.ts checkNumberEnd).

import type { ConstantValue } from './ast.js';

export function numberValue(image: string): ConstantValue {
  const text = image.includes('_') ? image.replace(/_/g, '') : image;
  const last = text.charCodeAt(text.length - 1);
  if (last === 106 || last === 74) return { kind: 'complex', imag: Number(text.slice(0, -1)) }; // j J
  const second = text.charCodeAt(1) | 0x20;
  if (text.charCodeAt(0) === 48 && (second === 120 || second === 111 || second === 98)) {
    // 0x / 0o / 0b: BigInt understands these prefixes (lower-cased) directly.
    return intValue(BigInt(`0${String.fromCharCode(second)}${text.slice(2)}`));
  }
  if (/[.eE]/.test(text)) return { kind: 'float', value: Number(text) };
  // Up to 15 digits always fit a double exactly; longer runs go through BigInt.
  if (text.length <= 15) return { kind: 'int', value: Number(text) };
  return intValue(BigInt(text));
}

/** Python ints stay JS numbers while they are safe integers; beyond that they are bigints. */
function intValue(big: bigint): ConstantValue {
  if (big <= BigInt(Number.MAX_SAFE_INTEGER)) return { kind: 'int', value: Number(big) };
  return { kind: 'int', value: big };
}

// Byte-level string functions with TF's semantics: ASCII case mapping (TF's default encoding ''),
// ASCII whitespace stripping, UTF-8 character boundaries for unit='UTF8_CHAR'.
import { fromUtf8, utf8 } from './string-tensor.js';

export function asciiLower(b: Uint8Array): Uint8Array {
  return b.map((c) => (c >= 0x41 && c <= 0x5a ? c + 32 : c));
}

export function asciiUpper(b: Uint8Array): Uint8Array {
  return b.map((c) => (c >= 0x61 && c <= 0x7a ? c - 32 : c));
}

/** encoding='utf-8': Unicode case mapping of the decoded text. */
export const utf8Lower = (b: Uint8Array): Uint8Array => utf8(fromUtf8(b).toLowerCase());
export const utf8Upper = (b: Uint8Array): Uint8Array => utf8(fromUtf8(b).toUpperCase());

/** absl's ascii_isspace: space, \t \n \v \f \r. */
const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

export function stripAscii(b: Uint8Array): Uint8Array {
  let start = 0;
  let end = b.length;
  while (start < end && isSpace(b[start])) start++;
  while (end > start && isSpace(b[end - 1])) end--;
  return b.subarray(start, end);
}

/** A UTF-8 continuation byte (10xxxxxx) never starts a character. */
const isContinuation = (c: number): boolean => (c & 0xc0) === 0x80;

export function utf8CharCount(b: Uint8Array): number {
  let n = 0;
  for (const c of b) if (!isContinuation(c)) n++;
  return n;
}

/** Byte offsets where each character starts, plus b.length at the end. */
export function utf8Boundaries(b: Uint8Array): number[] {
  const starts: number[] = [];
  for (let i = 0; i < b.length; i++) if (!isContinuation(b[i])) starts.push(i);
  starts.push(b.length);
  return starts;
}

export function concatBytes(parts: readonly Uint8Array[], separator: Uint8Array): Uint8Array {
  let n = separator.length * Math.max(0, parts.length - 1);
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  parts.forEach((p, i) => {
    if (i > 0) {
      out.set(separator, at);
      at += separator.length;
    }
    out.set(p, at);
    at += p.length;
  });
  return out;
}

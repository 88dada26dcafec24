// The code point codecs behind tf.strings' unicode ops: decoding UTF-8 (Unicode's maximal-subpart
// rule: each invalid sequence is one error), UTF-16/32 (BE or LE) and Latin-1 into code points
// with the byte offset of each, and encoding code points as UTF-8/16/32-BE.
export type Encoding = 'UTF-8' | 'UTF-16-BE' | 'UTF-16-LE' | 'UTF-32-BE' | 'UTF-32-LE' | 'ISO-8859-1';

/** TF's encoding names are ICU converter names: case and dashes do not matter. */
export function encodingOf(name: string): Encoding | null {
  const key = name.toUpperCase().replace(/[-_]/g, '');
  const table: Record<string, Encoding> = {
    UTF8: 'UTF-8',
    UTF16BE: 'UTF-16-BE',
    UTF16LE: 'UTF-16-LE',
    UTF32BE: 'UTF-32-BE',
    UTF32LE: 'UTF-32-LE',
    LATIN1: 'ISO-8859-1',
    ISO88591: 'ISO-8859-1',
  };
  return table[key] ?? null;
}

/** One decoded character: its code point (null where the input was invalid) and byte offset. */
export interface DecodedChar {
  cp: number | null;
  offset: number;
}

function decodeUtf8(b: Uint8Array): DecodedChar[] {
  const out: DecodedChar[] = [];
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      out.push({ cp: c, offset: i });
      i++;
      continue;
    }
    // Continuation count and the allowed range of the first continuation byte.
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) [need, lo, hi] = [2, c === 0xe0 ? 0xa0 : 0x80, c === 0xed ? 0x9f : 0xbf];
    else if (c >= 0xf0 && c <= 0xf4) [need, lo, hi] = [3, c === 0xf0 ? 0x90 : 0x80, c === 0xf4 ? 0x8f : 0xbf];
    else {
      out.push({ cp: null, offset: i });
      i++;
      continue;
    }
    let cp = c & (0x3f >> need);
    let j = i + 1;
    for (let k = 0; k < need; k++, j++) {
      if (j >= b.length || b[j] < (k === 0 ? lo : 0x80) || b[j] > (k === 0 ? hi : 0xbf)) break;
      cp = (cp << 6) | (b[j] & 0x3f);
    }
    out.push({ cp: j - i === need + 1 ? cp : null, offset: i });
    i = j;
  }
  return out;
}

function decodeWide(b: Uint8Array, unit: 2 | 4, littleEndian: boolean): DecodedChar[] {
  const read = (i: number) => {
    let v = 0;
    for (let k = 0; k < unit; k++) v = v * 256 + b[i + (littleEndian ? unit - 1 - k : k)];
    return v;
  };
  const out: DecodedChar[] = [];
  let i = 0;
  while (i + unit <= b.length) {
    const v = read(i);
    if (unit === 4) {
      out.push({ cp: v <= 0x10ffff && (v < 0xd800 || v > 0xdfff) ? v : null, offset: i });
      i += 4;
    } else if (v >= 0xd800 && v <= 0xdbff && i + 4 <= b.length && read(i + 2) >= 0xdc00 && read(i + 2) <= 0xdfff) {
      out.push({ cp: 0x10000 + ((v - 0xd800) << 10) + (read(i + 2) - 0xdc00), offset: i });
      i += 4;
    } else {
      out.push({ cp: v >= 0xd800 && v <= 0xdfff ? null : v, offset: i });
      i += 2;
    }
  }
  if (i < b.length) out.push({ cp: null, offset: i }); // a truncated last unit
  return out;
}

export function decodeChars(b: Uint8Array, encoding: Encoding): DecodedChar[] {
  switch (encoding) {
    case 'UTF-8': return decodeUtf8(b);
    case 'UTF-16-BE': return decodeWide(b, 2, false);
    case 'UTF-16-LE': return decodeWide(b, 2, true);
    case 'UTF-32-BE': return decodeWide(b, 4, false);
    case 'UTF-32-LE': return decodeWide(b, 4, true);
    default: return Array.from(b, (c, i) => ({ cp: c, offset: i }));
  }
}

/** A valid Unicode scalar value (in range, not a surrogate). */
export const isScalarValue = (cp: number): boolean => Number.isInteger(cp) && cp >= 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);

/** The bytes of one valid code point in `encoding`. */
export function encodeChar(cp: number, encoding: Encoding): number[] {
  switch (encoding) {
    case 'UTF-8':
      if (cp < 0x80) return [cp];
      if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
      if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
      return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
    case 'UTF-16-BE':
    case 'UTF-16-LE': {
      const units = cp < 0x10000 ? [cp] : [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)];
      return units.flatMap((u) => (encoding === 'UTF-16-BE' ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8]));
    }
    case 'UTF-32-BE':
      return [(cp >>> 24) & 0xff, (cp >> 16) & 0xff, (cp >> 8) & 0xff, cp & 0xff];
    case 'UTF-32-LE':
      return [cp & 0xff, (cp >> 8) & 0xff, (cp >> 16) & 0xff, (cp >>> 24) & 0xff];
    default:
      return [cp <= 0xff ? cp : 0x3f];
  }
}

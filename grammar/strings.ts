// String literal tokens → their values: prefix flags, quote stripping, and escape decoding as
// CPython does it. f-strings are split further by fstring.ts, which uses decodeEscapes for their
// literal parts.

export interface StringParts {
  raw: boolean;
  bytes: boolean;
  fstring: boolean;
  /** The text between the quotes, undecoded. */
  body: string;
  /** Length of prefix plus opening quote(s): where body starts within the token image. */
  bodyStart: number;
}

export function splitString(image: string): StringParts {
  let i = 0;
  let raw = false;
  let bytes = false;
  let fstring = false;
  for (;; i++) {
    const c = image[i];
    if (c === 'r' || c === 'R') raw = true;
    else if (c === 'b' || c === 'B') bytes = true;
    else if (c === 'f' || c === 'F') fstring = true;
    else if (c !== 'u' && c !== 'U') break;
  }
  const q = image[i]!;
  const quoteLen = image.startsWith(q + q + q, i) && image.length - i >= 6 ? 3 : 1;
  const bodyStart = i + quoteLen;
  return { raw, bytes, fstring, body: image.slice(bodyStart, image.length - quoteLen), bodyStart };
}

/** A problem in a literal, as CPython reports it ("(unicode error) ..." and friends). */
export class EscapeError extends Error {}

const SIMPLE: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/**
 * Decode backslash escapes. For bytes the result is a string of char codes 0-255 (one per byte).
 * Unknown escapes are kept with their backslash, as CPython does (it only warns).
 */
export function decodeEscapes(body: string, raw: boolean, bytes: boolean): string {
  if (bytes) {
    for (let i = 0; i < body.length; i++) {
      if (body.charCodeAt(i) > 127) throw new EscapeError('bytes can only contain ASCII literal characters');
    }
  }
  if (raw || !body.includes('\\')) return body;
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) {
      out += '\\';
      break;
    }
    const simple = SIMPLE[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (e >= '0' && e <= '7') {
      let j = i + 1;
      while (j < i + 4 && j < body.length && body[j]! >= '0' && body[j]! <= '7') j++;
      out += String.fromCharCode(parseInt(body.slice(i + 1, j), 8) & (bytes ? 0xff : 0x1ff));
      i = j;
    } else if (e === 'x' || (!bytes && (e === 'u' || e === 'U'))) {
      const width = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + width);
      if (hex.length < width || !/^[0-9a-fA-F]+$/.test(hex)) {
        const codec = bytes ? 'bytes' : `(unicode error) 'unicodeescape' codec`;
        const what = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        throw new EscapeError(`${codec} can't decode bytes in position ${out.length}-${out.length + 1}: truncated ${what} escape`);
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) {
        throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character`);
      }
      out += String.fromCodePoint(cp);
      i += 2 + width;
    } else if (e === 'N' && !bytes) {
      // The Unicode name database is not bundled; say so rather than decode wrongly.
      throw new EscapeError(`(unicode error) \\N{...} escapes are not supported by tfts`);
    } else {
      out += '\\' + e;
      i += 2;
    }
  }
  return out;
}

/** Bytes-literal text (char codes 0-255) → its bytes. */
export function toBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

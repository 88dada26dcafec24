// Python's utf-16 and utf-32 codecs (plain with a byte-order mark, -le and -be without), for
// str.encode and bytes.decode; utf-8, latin-1 and ascii stay with their callers.
import { valueError } from '../objects/exceptions.js';

interface WideCodec {
  unit: 2 | 4;
  littleEndian: boolean;
  bom: boolean;
}

/** The codec for a normalised name ('utf-16-be', 'utf16', 'utf_32' ...), or null. */
export function wideCodec(encoding: string): WideCodec | null {
  const m = /^utf-?(16|32)(?:-?(le|be))?$/.exec(encoding.toLowerCase().replaceAll('_', '-'));
  if (m === null) return null;
  return { unit: m[1] === '16' ? 2 : 4, littleEndian: m[2] !== 'be', bom: m[2] === undefined };
}

export function encodeWide(s: string, c: WideCodec): Uint8Array {
  const out: number[] = [];
  const put = (v: number) => {
    const bytes = Array.from({ length: c.unit }, (_, i) => (v >>> (8 * i)) & 0xff);
    out.push(...(c.littleEndian ? bytes : bytes.reverse()));
  };
  if (c.bom) put(c.unit === 2 ? 0xfeff : 0x0000feff);
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (c.unit === 4 || cp < 0x10000) put(cp);
    else {
      put(0xd800 + ((cp - 0x10000) >> 10));
      put(0xdc00 + ((cp - 0x10000) & 0x3ff));
    }
  }
  return Uint8Array.from(out);
}

export function decodeWide(data: Uint8Array, c: WideCodec, errors: string): string {
  let littleEndian = c.littleEndian;
  let at = 0;
  const read = (i: number) => {
    let v = 0;
    for (let k = 0; k < c.unit; k++) v |= data[i + (littleEndian ? k : c.unit - 1 - k)] << (8 * k);
    return v >>> 0;
  };
  if (c.bom && data.length >= c.unit) {
    const first = read(0);
    const swapped = c.unit === 2 ? 0xfffe : 0xfffe0000;
    if (first === 0xfeff) at = c.unit;
    else if (first === swapped) {
      littleEndian = !littleEndian;
      at = c.unit;
    }
  }
  const name = `utf-${c.unit * 8}-${littleEndian ? 'le' : 'be'}`;
  const units: number[] = [];
  for (; at + c.unit <= data.length; at += c.unit) units.push(read(at));
  if (at < data.length && errors === 'strict') throw valueError(`'${name}' codec can't decode byte 0x${data[at].toString(16).padStart(2, '0')} in position ${at}: truncated data`);
  if (c.unit === 2) return String.fromCharCode(...units);
  return units.map((u) => String.fromCodePoint(u <= 0x10ffff ? u : 0xfffd)).join('');
}

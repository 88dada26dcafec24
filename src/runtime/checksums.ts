// The two CRC-32 variants file formats here need: IEEE CRC-32 (PNG chunks, ZIP entries of .npz
// files) and CRC-32C, Castagnoli (TFRecord framing, masked as TFRecord stores it).

function table(polynomial: number): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? polynomial ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}

const IEEE = table(0xedb88320);
const CASTAGNOLI = table(0x82f63b78);

function crc(t: Uint32Array, parts: readonly Uint8Array[]): number {
  let c = 0xffffffff;
  for (const p of parts) for (let i = 0; i < p.length; i++) c = t[(c ^ p[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** IEEE CRC-32 of the concatenated parts. */
export const crc32 = (...parts: Uint8Array[]): number => crc(IEEE, parts);

/** CRC-32C (Castagnoli). */
export const crc32c = (data: Uint8Array): number => crc(CASTAGNOLI, [data]);

/** TFRecord's masked CRC-32C: rotated right by 15 bits plus a constant. */
export function maskedCrc32c(data: Uint8Array): number {
  const c = crc32c(data);
  return ((((c >>> 15) | (c << 17)) >>> 0) + 0xa282ead8) >>> 0;
}

// tf.io.read_file and PNG decoding (tf.io.decode_png / tf.image.decode_png) with node's zlib: chunk
// parsing, the five row filters, 1/2/4/8/16-bit samples and palettes, then the conversions TF asks
// libpng for (channels 1/3/4, uint8 or uint16 output). Non-interlaced images only. JPEG decoding
// would need a codec library and is not provided.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { pyParams } from '../../interpreter/builtins/define.js';
import { dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { currentDevice } from '../device.js';
import { wrappedOpError } from '../errors.js';
import { StringTensor, stringsOf } from '../strings/string-tensor.js';
import { intArg, dtypeArg } from './shape-args.js';
import type { Fn } from './shape-args.js';

const opError = wrappedOpError;

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

interface Png {
  width: number;
  height: number;
  depth: number;
  colorType: number;
  palette: Uint8Array | null;
  trns: Uint8Array | null;
  data: Uint8Array;
}

function parsePng(bytes: Uint8Array): Png {
  const fail = (m: string) => opError('InvalidArgumentError', 'DecodePng', m);
  if (bytes.length < 8 || SIGNATURE.some((b, i) => bytes[i] !== b)) {
    throw fail('Unknown image file format. One of JPEG, JPEG XL, PNG, GIF, BMP, WebP required.');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: Uint8Array[] = [];
  const png: Png = { width: 0, height: 0, depth: 0, colorType: 0, palette: null, trns: null, data: new Uint8Array() };
  let interlace = 0;
  for (let p = 8; p + 8 <= bytes.length; ) {
    const len = view.getUint32(p);
    const type = String.fromCharCode(...bytes.subarray(p + 4, p + 8));
    const body = bytes.subarray(p + 8, p + 8 + len);
    if (type === 'IHDR') {
      png.width = view.getUint32(p + 8);
      png.height = view.getUint32(p + 12);
      png.depth = body[8];
      png.colorType = body[9];
      interlace = body[12];
    } else if (type === 'PLTE') png.palette = body;
    else if (type === 'tRNS') png.trns = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    p += 12 + len;
  }
  if (interlace !== 0) throw fail('Interlaced PNG images are not supported by tfts');
  try {
    png.data = new Uint8Array(inflateSync(Buffer.concat(idat)));
  } catch {
    throw fail('Invalid PNG data, size ' + bytes.length);
  }
  return png;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Undoes the per-row filters (None, Sub, Up, Average, Paeth) in place; returns the raw rows. */
function unfilter(png: Png, rowBytes: number, bpp: number): Uint8Array {
  const out = new Uint8Array(rowBytes * png.height);
  for (let y = 0; y < png.height; y++) {
    const src = png.data.subarray(y * (rowBytes + 1) + 1, (y + 1) * (rowBytes + 1));
    const filter = png.data[y * (rowBytes + 1)];
    const row = y * rowBytes;
    for (let i = 0; i < rowBytes; i++) {
      const a = i >= bpp ? out[row + i - bpp] : 0;
      const b = y > 0 ? out[row - rowBytes + i] : 0;
      const c = i >= bpp && y > 0 ? out[row - rowBytes + i - bpp] : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = b;
      else if (filter === 3) pred = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[row + i] = (src[i] + pred) & 255;
    }
  }
  return out;
}

/** Per pixel samples at depth 8 or 16 (low-bit grays scaled up, palettes expanded, as libpng's expand). */
function samples(png: Png): { values: number[]; channels: number; depth: number; hasAlpha: boolean } {
  const n = CHANNELS[png.colorType];
  const bits = n * png.depth;
  const rowBytes = Math.ceil((png.width * bits) / 8);
  const raw = unfilter(png, rowBytes, Math.max(1, bits >> 3));
  const values: number[] = [];
  const sample = (row: number, index: number): number => {
    if (png.depth === 16) return (raw[row + 2 * index] << 8) | raw[row + 2 * index + 1];
    if (png.depth === 8) return raw[row + index];
    const perByte = 8 / png.depth;
    const byte = raw[row + Math.floor(index / perByte)];
    return (byte >> (8 - png.depth * ((index % perByte) + 1))) & ((1 << png.depth) - 1);
  };
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      for (let c = 0; c < n; c++) {
        const v = sample(y * rowBytes, x * n + c);
        if (png.colorType === 3) {
          const pal = png.palette!;
          values.push(pal[3 * v], pal[3 * v + 1], pal[3 * v + 2]);
          if (png.trns) values.push(v < png.trns.length ? png.trns[v] : 255);
        } else values.push(png.depth < 8 ? (v * 255) / ((1 << png.depth) - 1) : v);
      }
    }
  }
  if (png.colorType === 3) return { values, channels: png.trns ? 4 : 3, depth: 8, hasAlpha: png.trns !== null };
  return { values, channels: n, depth: Math.max(png.depth, 8), hasAlpha: n === 2 || n === 4 };
}

/** libpng's rgb_to_gray with TF's coefficients (0.299, 0.587) in 1/32768ths, truncating. */
const toGray = (r: number, g: number, b: number) => Math.floor((9797 * r + 19234 * g + 3737 * b) / 32768);

function decodePng(bytes: Uint8Array, want: number, outDtype: typeof dtypes.uint8): Tensor {
  if (![0, 1, 3, 4].includes(want)) throw opError('InvalidArgumentError', 'DecodePng', `\`channels\` must be 0, 1, 3 or 4 but got ${want}`);
  const png = parsePng(bytes);
  const { values, channels, depth, hasAlpha } = samples(png);
  const target = want === 0 ? channels : want;
  const max = depth === 16 ? 65535 : 255;
  // tRNS on a grey/RGB image becomes an alpha channel only when four channels are asked for.
  const key = png.trns && png.colorType !== 3 && want === 4 ? Array.from({ length: png.colorType === 0 ? 1 : 3 }, (_, i) => ((png.trns![2 * i] << 8) | png.trns![2 * i + 1]) * (png.depth < 8 ? 255 / ((1 << png.depth) - 1) : 1)) : null;
  const filler = (1 << png.depth) - 1;
  const out: number[] = [];
  for (let p = 0; p < values.length; p += channels) {
    const px = values.slice(p, p + channels);
    const color = channels <= 2 ? [px[0]] : px.slice(0, 3);
    const alpha = hasAlpha ? px[channels - 1] : key ? (color.every((v, i) => v === key[i]) ? 0 : max) : filler;
    if (target === 1) out.push(color.length === 1 ? color[0] : toGray(color[0], color[1], color[2]));
    else if (target === 2) out.push(color.length === 1 ? color[0] : toGray(color[0], color[1], color[2]), alpha);
    else {
      const rgb = color.length === 1 ? [color[0], color[0], color[0]] : color;
      out.push(...rgb);
      if (target === 4) out.push(alpha);
    }
  }
  const scaled = outDtype === dtypes.uint16 ? (depth === 16 ? out : out.map((v) => v * 257)) : depth === 16 ? out.map((v) => v >> 8) : out;
  return tensorFromValues(scaled, [png.height, png.width, target], outDtype, currentDevice());
}

const P = {
  read: pyParams('read_file', ['filename', 'name'], { name: null }),
  decode: pyParams('decode_png', ['contents', 'channels', 'dtype', 'name'], { channels: 0, dtype: dtypes.uint8, name: null }),
};

/** The bytes of a scalar string tensor (or Python bytes/str). */
const bytesOf = (v: Parameters<typeof toTensor>[0]): Uint8Array => stringsOf(toTensor(v))[0];

export const ioFns: Record<string, Fn> = {
  read_file: (a, k) => {
    const name = bytesOf(P.read(a, k).filename);
    const path = new TextDecoder().decode(name);
    try {
      return new StringTensor([new Uint8Array(readFileSync(path))], []);
    } catch {
      throw opError('NotFoundError', 'ReadFile', `${path}; No such file or directory`, false);
    }
  },
  decode_png: (a, k) => {
    const p = P.decode(a, k);
    return decodePng(bytesOf(p.contents), intArg(p.channels), dtypeArg(p.dtype, dtypes.uint8));
  },
};

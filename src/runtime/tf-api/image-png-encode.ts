// tf.io.encode_png / tf.image.encode_png as TF's libpng writer produces them: IHDR, the image data
// in IDAT chunks of 8192 bytes, IEND. Each row takes the filter libpng 1.6's heuristic picks (the
// smallest sum of the filtered bytes read as signed, trying None, Sub, Up, Average, Paeth and
// keeping the first strictly smaller one); the rows are deflated at the requested level with
// Z_FILTERED and memLevel 9 (what TF's libpng build uses: memLevel 8 gives other bytes), and the
// zlib header's window size is reduced for small images as libpng does (png_deflate_claim, then
// optimize_cmf). The deflating is pako's, a port of zlib that gives zlib's own bytes: node's
// zlib (Chromium's fork) chooses other matches at memLevel 9.
import { deflate } from 'pako';
import { crc32 } from '../checksums.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { dtypes } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { wrappedOpError } from '../errors.js';
import { StringTensor } from '../strings/string-tensor.js';
import { intArg } from './shape-args.js';
import * as api from '../ops/api.js';
import { row } from '../data/rows.js';
import type { Fn } from './shape-args.js';

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(type);
  view.setUint32(0, data.length);
  out.set(name, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(name, data));
  return out;
}

/** libpng's row cost: the filtered bytes as signed values, summed by magnitude. */
function cost(row: Uint8Array): number {
  let sum = 0;
  for (const v of row) sum += v < 128 ? v : 256 - v;
  return sum;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Every row with its filter byte, each filtered as libpng's heuristic chooses. */
function filterRows(raw: Uint8Array, height: number, rowBytes: number, bpp: number): Uint8Array {
  const out = new Uint8Array(height * (rowBytes + 1));
  const prev = new Uint8Array(rowBytes);  // the row above the first is zeros
  const candidates = [0, 1, 2, 3, 4].map(() => new Uint8Array(rowBytes));
  for (let y = 0; y < height; y++) {
    const row = raw.subarray(y * rowBytes, (y + 1) * rowBytes);
    for (let i = 0; i < rowBytes; i++) {
      const a = i >= bpp ? row[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
      candidates[0][i] = row[i];
      candidates[1][i] = (row[i] - a) & 0xff;
      candidates[2][i] = (row[i] - b) & 0xff;
      candidates[3][i] = (row[i] - ((a + b) >> 1)) & 0xff;
      candidates[4][i] = (row[i] - paeth(a, b, c)) & 0xff;
    }
    let best = 0;
    let bestCost = cost(candidates[0]);
    for (let f = 1; f < 5; f++) {
      const c = cost(candidates[f]);
      if (c < bestCost) {
        best = f;
        bestCost = c;
      }
    }
    out[y * (rowBytes + 1)] = best;
    out.set(candidates[best], y * (rowBytes + 1) + 1);
    prev.set(row);
  }
  return out;
}

/** The zlib header libpng leaves: deflate's window cut to fit small data, then optimize_cmf. */
function libpngZlibHeader(stream: Uint8Array, dataSize: number): void {
  let windowBits = 15;
  if (dataSize <= 16384) {
    let half = 1 << (windowBits - 1);
    while (dataSize + 262 <= half) {
      half >>= 1;
      windowBits--;
    }
    let cinfo = windowBits - 8;
    half = 1 << (cinfo + 7);
    if (dataSize <= half) {
      do {
        half >>= 1;
        cinfo--;
      } while (cinfo > 0 && dataSize <= half);
    }
    windowBits = cinfo + 8;
  }
  const cmf = ((windowBits - 8) << 4) | 8;
  const level = stream[1] & 0xc0;
  stream[0] = cmf;
  stream[1] = level + (31 - ((cmf * 256 + level) % 31));
}

const Z_FILTERED = 1;
const IDAT_SIZE = 8192;  // libpng's zlib output buffer: one IDAT per full buffer

type ZlibLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export function encodePng(image: Tensor, level: ZlibLevel): Uint8Array {
  if (image.rank !== 3) {
    throw wrappedOpError('InvalidArgumentError', 'EncodePng', `image must be 3-dimensional[${image.shape.join(',')}]`);
  }
  const [height, width, channels] = image.shape;
  if (channels < 1 || channels > 4) throw wrappedOpError('InvalidArgumentError', 'EncodePng', `image must have 1, 2, 3, or 4 channels, got ${channels}`);
  const sixteen = image.dtype === dtypes.uint16;
  if (!sixteen && image.dtype !== dtypes.uint8) {
    throw wrappedOpError('InvalidArgumentError', 'EncodePng', `Value for attr 'T' of ${image.dtype.name} is not in the list of allowed values: uint8, uint16`);
  }
  const bytesPerSample = sixteen ? 2 : 1;
  const bpp = channels * bytesPerSample;
  const rowBytes = width * bpp;
  const values = image.values() as ArrayLike<number>;
  const raw = new Uint8Array(height * rowBytes);
  for (let i = 0; i < values.length; i++) {
    if (sixteen) {
      raw[2 * i] = values[i] >> 8;  // PNG samples are big-endian
      raw[2 * i + 1] = values[i] & 0xff;
    } else raw[i] = values[i];
  }
  const filtered = filterRows(raw, height, rowBytes, bpp);
  const stream = deflate(filtered, { level, windowBits: 15, memLevel: 9, strategy: Z_FILTERED });
  libpngZlibHeader(stream, filtered.length);
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr[8] = sixteen ? 16 : 8;
  ihdr[9] = [0, 0, 4, 2, 6][channels];  // gray, gray+alpha, RGB, RGBA
  const parts = [Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr)];
  for (let at = 0; at < stream.length; at += IDAT_SIZE) parts.push(chunk('IDAT', stream.subarray(at, at + IDAT_SIZE)));
  parts.push(chunk('IEND', new Uint8Array(0)));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const encodeParams = pyParams('encode_png', ['image', 'compression', 'name'], { compression: -1, name: null });

export const pngEncodeFns: Record<string, Fn> = {
  encode_png: (a, k) => {
    const p = encodeParams(a, k);
    const compression = intArg(p.compression);
    const level = (compression < 0 ? 6 : Math.min(compression, 9)) as ZlibLevel;
    const image = toTensor(p.image);
    if (image.rank <= 3) return new StringTensor([encodePng(image, level)], []);
    // A batch of images (TF maps the op over the leading axes): one PNG each, in a tensor of the batch shape.
    const batch = image.shape.slice(0, -3);
    const flat = api.reshape(image, [batch.reduce((n, d) => n * d, 1), ...image.shape.slice(-3)]);
    const pngs = Array.from({ length: flat.shape[0] }, (_, i) => encodePng(row(flat, i), level));
    return new StringTensor(pngs, batch);
  },
};

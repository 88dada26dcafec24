// Copying an array with its axes permuted (transpose, moveaxis, reductions over leading axes).
// Walking the output in order reads the input with a large stride when the input's last axis
// does not stay last: every read then touches a new cache line and, for big arrays, a new page,
// and `.T` of a 60000x784 array took seconds. The copy below walks the two axes involved in
// square tiles, so the lines read for one tile are used for a whole tile row before they leave
// the cache.
import { numElements } from './ndarray.js';
import { stridesOf } from '../ops/index-map.js';

type Writable = { [i: number]: number; length: number };

/** Tile edge: a 32x32 tile of float64 reads 32 lines of 256 bytes and writes 32 such lines. */
const TILE = 32;

/** Writes the elements of `src` (C-ordered, `shape`) into `out` in the order of the axes
 *  permutation `perm` (out's axis i is src's axis perm[i]); out holds numElements(shape) elements. */
export function permuteInto(src: ArrayLike<number>, shape: readonly number[], perm: readonly number[], out: Writable): void {
  const nd = shape.length;
  const n = numElements(shape);
  if (n === 0) return;
  const inStrides = stridesOf(shape);
  const oShape = perm.map((p) => shape[p]);
  const oStrides = stridesOf(oShape);
  const srcStride = perm.map((p) => inStrides[p]); // input stride of each output axis
  const q = nd - 1; // output's last axis: written contiguously
  const p = perm.indexOf(nd - 1); // output axis that reads the input contiguously
  if (nd < 2 || p === q || oShape[p] < TILE || oShape[q] < TILE) {
    plainPermute(src, oShape, srcStride, out, n);
    return;
  }
  // An odometer over the output axes other than p and q; for each, the (p, q) plane in tiles.
  const outer = [...oShape.keys()].filter((a) => a !== p && a !== q);
  const counter = new Array<number>(outer.length).fill(0);
  const rows = oShape[p], cols = oShape[q];
  const rowOut = oStrides[p], colIn = srcStride[q];
  let baseIn = 0, baseOut = 0;
  for (;;) {
    for (let i0 = 0; i0 < rows; i0 += TILE) {
      const i1 = Math.min(rows, i0 + TILE);
      for (let j0 = 0; j0 < cols; j0 += TILE) {
        const j1 = Math.min(cols, j0 + TILE);
        for (let i = i0; i < i1; i++) {
          const o = baseOut + i * rowOut;
          const s = baseIn + i; // the input's last axis has stride 1
          for (let j = j0; j < j1; j++) out[o + j] = src[s + j * colIn];
        }
      }
    }
    let d = outer.length - 1;
    for (; d >= 0; d--) {
      const a = outer[d];
      baseIn += srcStride[a];
      baseOut += oStrides[a];
      if (++counter[d] < oShape[a]) break;
      baseIn -= srcStride[a] * counter[d];
      baseOut -= oStrides[a] * counter[d];
      counter[d] = 0;
    }
    if (d < 0) return;
  }
}

/** The output in order, reading the input through `srcStride` (an odometer over the axes). */
function plainPermute(src: ArrayLike<number>, oShape: number[], srcStride: number[], out: Writable, n: number): void {
  const nd = oShape.length;
  const counter = new Array<number>(nd).fill(0);
  let offset = 0;
  for (let k = 0; k < n; k++) {
    out[k] = src[offset];
    for (let d = nd - 1; d >= 0; d--) {
      counter[d]++;
      offset += srcStride[d];
      if (counter[d] < oShape[d]) break;
      offset -= srcStride[d] * counter[d];
      counter[d] = 0;
    }
  }
}

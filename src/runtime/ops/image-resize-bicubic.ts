// tf.image.resize's 'bicubic' (ResizeBicubic with half-pixel centres, TF2's default) and 'area'
// (ResizeArea) kernels, rounding as TF's CPU kernels do in float32:
// - bicubic takes Keys' cubic weights (a = -0.5) from TF's 1025-entry coefficient table, gives
//   taps outside the image weight 0 and renormalises the other weights; each output is the
//   horizontal interpolation of four vertical ones, every product and sum rounded to float32;
// - area averages the source cells each output cell covers, weighting the partly covered edge
//   cells by their covered fraction (no half-pixel centres: the op never had the offset).
// Both always output float32 (input values are converted to float32 first). ResizeArea has no
// gradient in TF; ResizeBicubic's spreads each output gradient over its 16 taps.
import { DType, dtypes } from '../dtypes.js';
import { numElements, Tensor } from '../tensor.js';
import { defineOp, runOp } from './registry.js';
import { checkResize, numbers, output, ResizeAttrs, rounding } from './image-resize.js';
import { roundHalfEven } from '../round-half-even.js';

const f32 = Math.fround;
const TABLE_SIZE = 1024;

/** TF's InitCoeffsTable(a) for Keys' kernel (a = -0.5): entries computed in double, stored as
 *  float; [2i] weighs the near taps at distance i/1024, [2i+1] the far ones at 1 + i/1024. */
const coeffs = ((a: number): Float32Array => {
  const table = new Float32Array((TABLE_SIZE + 1) * 2);
  for (let i = 0; i <= TABLE_SIZE; i++) {
    const x = f32(i / TABLE_SIZE);
    table[i * 2] = ((a + 2) * x - (a + 3)) * x * x + 1;
    const x1 = x + 1;
    table[i * 2 + 1] = ((a * x1 - 5 * a) * x1 + 8 * a) * x1 - 4 * a;
  }
  return table;
})(-0.5);

/** The four source indices and weights of output position `o` along one axis. */
interface Taps {
  index: [number, number, number, number];
  weight: [number, number, number, number];
}

function cubicTaps(scale: number, o: number, limit: number): Taps {
  const pos = f32(f32(f32(o + 0.5) * scale) - 0.5);
  const base = Math.floor(pos);
  const offset = roundHalfEven(f32(f32(pos - base) * TABLE_SIZE));
  const tableWeights = [coeffs[offset * 2 + 1], coeffs[offset * 2], coeffs[(TABLE_SIZE - offset) * 2], coeffs[(TABLE_SIZE - offset) * 2 + 1]];
  const index = [0, 0, 0, 0] as Taps['index'];
  const weight = [0, 0, 0, 0] as Taps['weight'];
  for (let t = 0; t < 4; t++) {
    const want = base - 1 + t;
    index[t] = Math.min(limit - 1, Math.max(0, want));
    weight[t] = index[t] === want ? tableWeights[t] : 0;
  }
  const sum = f32(f32(f32(weight[0] + weight[1]) + weight[2]) + weight[3]);
  if (Math.abs(sum) >= f32(1000 * 1.1754943508222875e-38)) {
    const inv = f32(1 / sum);
    for (let t = 0; t < 4; t++) weight[t] = f32(weight[t] * inv);
  }
  return { index, weight };
}

const tapsAlong = (inSize: number, outSize: number): Taps[] => {
  const scale = f32(inSize / outSize);
  return Array.from({ length: outSize }, (_, o) => cubicTaps(scale, o, inSize));
};

/** ResizeBicubicGrad: each output gradient times its two weights, added to its 16 sources in
 *  TF's order (rows of taps, then columns), in the input's dtype. */
export const ResizeBicubicGrad = defineOp<{ shape: number[]; dtype: DType }>({
  name: 'ResizeBicubicGrad',
  infer: (_inputs, { shape, dtype }) => ({ shape: shape.slice(), dtype }),
  kernel: (be, [dy], { shape, dtype }) => {
    const g = numbers(dy);
    const r = rounding(dtype);
    const product = rounding(dy.dtype);
    const [n, h, w, c] = shape;
    const [, outH, outW] = dy.shape;
    const ys = tapsAlong(h, outH);
    const xs = tapsAlong(w, outW);
    const out = output(dtype, numElements(shape));
    let o = 0;
    for (let b = 0; b < n; b++) {
      for (let y = 0; y < outH; y++) {
        const ty = ys[y];
        for (let x = 0; x < outW; x++) {
          const tx = xs[x];
          for (let k = 0; k < c; k++, o++) {
            for (let j = 0; j < 4; j++) {
              const row = (b * h + ty.index[j]) * w;
              const gy = product(g[o] * ty.weight[j]);
              for (let i = 0; i < 4; i++) {
                const at = (row + tx.index[i]) * c + k;
                out[at] = r(out[at] + product(gy * tx.weight[i]));
              }
            }
          }
        }
      }
    }
    return be.fromBytes(out);
  },
});

export const ResizeBicubic = defineOp<ResizeAttrs>({
  name: 'ResizeBicubic',
  infer: ([x], { height, width, dtype }) => {
    checkResize('ResizeBicubic', x.shape, height, width);
    return { shape: [x.shape[0], height, width, x.shape[3]], dtype };
  },
  kernel: (be, [x], { height, width, dtype }, spec) => {
    const v = numbers(x);
    const r = rounding(dtype);
    const [n, h, w, c] = x.shape;
    const ys = tapsAlong(h, height);
    const xs = tapsAlong(w, width);
    const out = output(dtype, numElements(spec.shape));
    // Interpolate1D: v0*w0 + v1*w1 + v2*w2 + v3*w3, left to right.
    const lerp4 = (wt: Taps['weight'], a: number, b2: number, c2: number, d: number) =>
      r(r(r(r(a * wt[0]) + r(b2 * wt[1])) + r(c2 * wt[2])) + r(d * wt[3]));
    let o = 0;
    for (let b = 0; b < n; b++) {
      for (let y = 0; y < height; y++) {
        const ty = ys[y];
        const rows = ty.index.map((i) => (b * h + i) * w * c);
        for (let x = 0; x < width; x++) {
          const tx = xs[x];
          for (let k = 0; k < c; k++) {
            const column = tx.index.map((i) => {
              const at = i * c + k;
              return lerp4(ty.weight, r(v[rows[0] + at]), r(v[rows[1] + at]), r(v[rows[2] + at]), r(v[rows[3] + at]));
            });
            out[o++] = lerp4(tx.weight, column[0], column[1], column[2], column[3]);
          }
        }
      }
    }
    return be.fromBytes(out);
  },
  grad: (dy, [x]) => (x.dtype.isFloating ? [runOp(ResizeBicubicGrad, [dy], { shape: x.shape.slice(), dtype: x.dtype })] : [null]),
  gradCheck: [
    { inputs: [{ shape: [1, 3, 4, 2] }], attrs: { height: 5, width: 3, dtype: dtypes.float64 } },
    { inputs: [{ shape: [2, 5, 5, 1] }], attrs: { height: 2, width: 7, dtype: dtypes.float64 } },
  ],
});

/** Along one axis, output cell o covers source cells [start, end); the first and last count by
 *  their covered fraction. */
interface AreaSpan {
  start: number;
  end: number;
  /** The covered fraction of each cell in [start, end). */
  scales: number[];
}

function areaSpans(inSize: number, outSize: number): AreaSpan[] {
  const scale = f32(inSize / outSize);
  // The fraction of source cell v inside [lo, hi), as TF's CachedInterpolation computes it.
  const fraction = (v: number, lo: number, hi: number) => (v < lo ? (v + 1 > hi ? scale : f32(v + 1 - lo)) : v + 1 > hi ? f32(hi - v) : 1);
  return Array.from({ length: outSize }, (_, o) => {
    const lo = f32(o * scale);
    const hi = f32((o + 1) * scale);
    const start = Math.floor(lo);
    const end = Math.ceil(hi);
    return { start, end, scales: Array.from({ length: end - start }, (_, i) => fraction(start + i, lo, hi)) };
  });
}

export const ResizeArea = defineOp<{ height: number; width: number }>({
  name: 'ResizeArea',
  infer: ([x], { height, width }) => {
    checkResize('ResizeArea', x.shape, height, width);
    return { shape: [x.shape[0], height, width, x.shape[3]], dtype: dtypes.float32 };
  },
  kernel: (be, [x], { height, width }, spec) => {
    const v = numbers(x);
    const [n, h, w, c] = x.shape;
    const ys = areaSpans(h, height);
    const xs = areaSpans(w, width);
    const norm = f32(1 / f32(f32(h / height) * f32(w / width)));
    const clampX = (i: number) => Math.min(w - 1, Math.max(0, i));
    const out = new Float32Array(numElements(spec.shape));
    let o = 0;
    for (let b = 0; b < n; b++) {
      for (let y = 0; y < height; y++) {
        const sy = ys[y];
        for (let x = 0; x < width; x++) {
          const sx = xs[x];
          for (let k = 0; k < c; k++) {
            let sum = 0;
            for (let i = sy.start; i < sy.end; i++) {
              const row = (b * h + Math.min(h - 1, Math.max(0, i))) * w;
              const at = (col: number) => f32(v[(row + clampX(col)) * c + k]);
              // The row's cells: the first and last weighted, the ones between added as they are.
              let sumY = f32(at(sx.start) * sx.scales[0]);
              if (sx.start + 1 !== sx.end) {
                for (let col = sx.start + 1; col < sx.end - 1; col++) sumY = f32(sumY + at(col));
                sumY = f32(sumY + f32(at(sx.end - 1) * sx.scales[sx.scales.length - 1]));
              }
              sum = f32(sum + f32(sumY * sy.scales[i - sy.start]));
            }
            out[o++] = f32(sum * norm);
          }
        }
      }
    }
    return be.fromBytes(out);
  },
  gradientUnregistered: true,
});

export const resizeBicubic = (x: Tensor, height: number, width: number): Tensor => runOp(ResizeBicubic, [x], { height, width, dtype: dtypes.float32 });
export const resizeArea = (x: Tensor, height: number, width: number): Tensor => runOp(ResizeArea, [x], { height, width });

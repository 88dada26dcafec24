// tf.image.resize's two TF2 kernels (half-pixel centres, no corner alignment): nearest is one index
// gather (its gradient is the scatter-add);
// ResizeBilinear interpolates in float32 as TF's compute_lerp (top, bottom, then rows) with its
// own gradient kernel, so gradients round as TF's ResizeBilinearGrad does.
import { DType, dtypes } from '../dtypes.js';
import { numElements, Tensor } from '../tensor.js';
import { defineOp, runOp } from './registry.js';
import { gatherByMap, separableMap, stridesOf } from './index-map.js';
import * as api from './api.js';
import { kernelError } from './shape-errors.js';

const f32 = Math.fround;
const identity = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

/** Source index per output index for nearest: floor((o + 0.5) * scale), clamped. */
function nearestTable(inSize: number, outSize: number): Int32Array {
  const scale = f32(inSize / outSize);
  return Int32Array.from({ length: outSize }, (_, o) => Math.min(Math.floor(f32(f32(o + 0.5) * scale)), inSize - 1));
}

/** Lower/upper source indices and the interpolation weight per output index (TF's HalfPixelScaler). */
function bilinearTables(inSize: number, outSize: number): { lower: Int32Array; upper: Int32Array; lerp: number[] } {
  const scale = f32(inSize / outSize);
  const lower = new Int32Array(outSize);
  const upper = new Int32Array(outSize);
  const lerp = new Array<number>(outSize);
  for (let o = 0; o < outSize; o++) {
    const pos = f32(f32(f32(o + 0.5) * scale) - 0.5);
    const floor = Math.floor(pos);
    lower[o] = Math.max(floor, 0);
    upper[o] = Math.min(Math.ceil(pos), inSize - 1);
    lerp[o] = f32(pos - floor);
  }
  return { lower, upper, lerp };
}

/** x is [N, H, W, C]; gathers rows by `rows` and columns by `cols`. */
function gatherHW(x: Tensor, rows: Int32Array, cols: Int32Array): Tensor {
  const [n, , , c] = x.shape;
  const map = separableMap([identity(n), rows, cols, identity(c)], stridesOf(x.shape));
  return gatherByMap(x, map, [n, rows.length, cols.length, c]);
}

/** ImageResizerState's checks of every resize kernel, in TF's order and words. */
export function checkResize(opName: string, inShape: readonly number[], height: number, width: number): void {
  if (!(height > 0 && width > 0)) throw kernelError(opName, 'output dimensions must be positive');
  if (!(inShape[3] > 0)) throw kernelError(opName, 'image must have at least one channel');
  if (!(inShape[1] > 0 && inShape[2] > 0)) throw kernelError(opName, 'input image must be of non-zero size');
}

export function resizeNearest(x: Tensor, height: number, width: number): Tensor {
  checkResize('ResizeNearestNeighbor', x.shape, height, width);
  return gatherHW(x, nearestTable(x.shape[1], height), nearestTable(x.shape[2], width));
}

/** x's values as numbers (any real dtype) for the host-side kernels. */
export const numbers = (x: Tensor): ArrayLike<number> => {
  const v = x.values();
  return v instanceof Float32Array || v instanceof Float64Array ? v : Float64Array.from(v as ArrayLike<number | bigint>, Number);
};

/** Rounding to the kernel's dtype: float32 as TF; float64 only for the finite-difference check. */
export const rounding = (d: DType) => (d === dtypes.float64 ? (v: number) => v : f32);
export const output = (d: DType, n: number) => (d === dtypes.float64 ? new Float64Array(n) : new Float32Array(n));

/** Calls f(outIndex, tl, tr, bl, br, xLerp, yLerp) per output element, offsets into x's elements. */
function forEachBilinear(
  shape: readonly number[],
  height: number,
  width: number,
  f: (o: number, tl: number, tr: number, bl: number, br: number, xl: number, yl: number) => void,
): void {
  const [n, h, w, c] = shape;
  const ys = bilinearTables(h, height);
  const xs = bilinearTables(w, width);
  let o = 0;
  for (let b = 0; b < n; b++) {
    for (let y = 0; y < height; y++) {
      const top = (b * h + ys.lower[y]) * w;
      const bottom = (b * h + ys.upper[y]) * w;
      for (let x = 0; x < width; x++) {
        const l = xs.lower[x];
        const r = xs.upper[x];
        for (let k = 0; k < c; k++) f(o++, (top + l) * c + k, (top + r) * c + k, (bottom + l) * c + k, (bottom + r) * c + k, xs.lerp[x], ys.lerp[y]);
      }
    }
  }
}

/** `dtype`: the output (and arithmetic) type; tf.image.resize always asks for float32. */
export type ResizeAttrs = { height: number; width: number; dtype: DType };

/** ResizeBilinearGrad: each output gradient spread over its four sources, in TF's order. */
export const ResizeBilinearGrad = defineOp<{ shape: number[] }>({
  name: 'ResizeBilinearGrad',
  infer: ([dy], { shape }) => ({ shape: shape.slice(), dtype: dy.dtype }),
  kernel: (be, [dy], { shape }) => {
    const g = numbers(dy);
    const f32 = rounding(dy.dtype);
    const out = output(dy.dtype, numElements(shape));
    forEachBilinear(shape, dy.shape[1], dy.shape[2], (o, tl, tr, bl, br, xl, yl) => {
      const iy = f32(1 - yl);
      const ix = f32(1 - xl);
      out[tl] = f32(out[tl] + f32(f32(g[o] * iy) * ix));
      out[tr] = f32(out[tr] + f32(f32(g[o] * iy) * xl));
      out[bl] = f32(out[bl] + f32(f32(g[o] * yl) * ix));
      out[br] = f32(out[br] + f32(f32(g[o] * yl) * xl));
    });
    return be.fromBytes(out);
  },
});

/** ResizeBilinear: float32 output; compute_lerp's top, bottom, then vertical interpolation. */
export const ResizeBilinear = defineOp<ResizeAttrs>({
  name: 'ResizeBilinear',
  infer: ([x], { height, width, dtype }) => {
    checkResize('ResizeBilinear', x.shape, height, width);
    return { shape: [x.shape[0], height, width, x.shape[3]], dtype };
  },
  kernel: (be, [x], { height, width, dtype }, spec) => {
    const v = numbers(x);
    const f32 = rounding(dtype);
    const out = output(dtype, numElements(spec.shape));
    forEachBilinear(x.shape, height, width, (o, tl, tr, bl, br, xl, yl) => {
      const top = f32(v[tl] + f32(f32(v[tr] - v[tl]) * xl));
      const bottom = f32(v[bl] + f32(f32(v[br] - v[bl]) * xl));
      out[o] = f32(top + f32(f32(bottom - top) * yl));
    });
    return be.fromBytes(out);
  },
  grad: (dy, [x]) => [api.cast(runOp(ResizeBilinearGrad, [dy], { shape: x.shape.slice() }), x.dtype)],
  gradCheck: [
    { inputs: [{ shape: [1, 3, 4, 2] }], attrs: { height: 5, width: 3, dtype: dtypes.float64 } },
    { inputs: [{ shape: [2, 2, 2, 1] }], attrs: { height: 4, width: 4, dtype: dtypes.float64 } },
  ],
});

export const resizeBilinear = (x: Tensor, height: number, width: number): Tensor => runOp(ResizeBilinear, [x], { height, width, dtype: dtypes.float32 });

// ScaleAndTranslate: TF's separable resampling with a choice of kernel, behind tf.image.resize's
// 'lanczos3', 'lanczos5', 'gaussian' and 'mitchellcubic' methods and its antialias=True variants of
// 'bilinear' ('triangle') and 'bicubic' ('keyscubic'). Per output position a span of source
// positions gets kernel weights (the kernel stretched by the downscale factor when antialiasing),
// normalised to sum 1; rows are resampled first into a float32 buffer, then columns. Arithmetic
// rounds to float32 in TF's order. The gradient applies the transposed spans the same way.
import { DType, dtypes } from '../dtypes.js';
import type { Tensor } from '../tensor.js';
import { defineOp, runOp } from './registry.js';
import { checkResize, numbers, output, rounding } from './image-resize.js';
import { cExp, cSinF } from '../../interpreter/stdlib/libm.js';

const f32 = Math.fround;
const PI = f32(3.14159265359);

/** The sampling kernels of TF's sampling_kernels.h: value at |x| and radius. */
interface SamplingKernel {
  radius: number;
  at(x: number): number;
}

function lanczos(radius: number): SamplingKernel {
  return {
    radius,
    at: (x) => {
      if (x > radius) return 0;
      if (x <= f32(1e-3)) return 1;
      // radius * sinf(pi x) * sinf(pi x / radius) / (pi pi x x), in float32, with the C library's
      // sinf (V8's Math.sin rounded to float differs from it in the last bit for some inputs).
      const s1 = cSinF(f32(PI * x));
      const s2 = cSinF(f32(f32(PI * x) / radius));
      return f32(f32(f32(radius * s1) * s2) / f32(f32(f32(PI * PI) * x) * x));
    },
  };
}

export const SAMPLING_KERNELS: Record<string, SamplingKernel> = {
  lanczos1: lanczos(1),
  lanczos3: lanczos(3),
  lanczos5: lanczos(5),
  // sigma = 1.5 / 3: exp(-x^2 / (2 sigma^2)) with the quotient and exp in double.
  gaussian: { radius: 1.5, at: (x) => (x >= 1.5 ? 0 : f32(cExp(-f32(x * x) / 0.5))) },
  box: { radius: 1, at: (x) => (x < 0.5 ? 1 : x === 0.5 ? 0.5 : 0) },
  triangle: { radius: 1, at: (x) => (x < 1 ? f32(1 - x) : 0) },
  keyscubic: {
    radius: 2,
    at: (x) => {
      if (x >= 2) return 0;
      if (x >= 1) return f32(f32(f32(f32(f32(f32(-0.5 * x) + 2.5) * x) - 4) * x) + 2);
      return f32(f32(f32(f32(f32(1.5 * x) - 2.5) * x) * x) + 1);
    },
  },
  mitchellcubic: {
    radius: 2,
    at: (x) => {
      if (x >= 2) return 0;
      if (x >= 1) return f32(f32(f32(f32(f32(f32(f32(-7 / 18) * x) + 2) * x) - f32(10 / 3)) * x) + f32(16 / 9));
      return f32(f32(f32(f32(f32(f32(7 / 6) * x) - 2) * x) * x) + f32(8 / 9));
    },
  },
};

/** Per output position along one axis: the first source position and `size` weights (zero past
 *  what that position uses, as TF's zero-filled weight tensor). */
export interface Spans {
  size: number;
  starts: Int32Array;
  weights: Float32Array;
}

/** ComputeSpansCore: output position x samples the source at (x + 0.5) / scale - translate/scale. */
function computeSpans(kernel: SamplingKernel, outSize: number, inSize: number, scale: number, antialias: boolean): Spans {
  const invScale = f32(1 / scale);
  const kernelScale = antialias ? Math.max(invScale, 1) : 1;
  const reach = f32(kernel.radius * kernelScale);
  const size = Math.min(2 * Math.ceil(reach) + 1, inSize);
  const starts = new Int32Array(outSize);
  const weights = new Float32Array(size * outSize);
  const invKernelScale = f32(1 / kernelScale);
  const clamp = (v: number) => Math.min(inSize - 1, Math.max(0, v));
  for (let x = 0; x < outSize; x++) {
    // + inv_translate, which is -0 for tf.image.resize's zero translation.
    const sample = f32(f32(x + 0.5) * invScale);
    if (sample < 0 || sample > inSize) continue;  // outside the source: an empty span
    const start = clamp(Math.ceil(f32(f32(sample - reach) - 0.5)));
    const end = clamp(Math.floor(f32(f32(sample + reach) - 0.5))) + 1;
    const local: number[] = [];
    let total = 0;
    for (let source = start; source < end; source++) {
      const w = kernel.at(Math.abs(f32(f32(f32(source + 0.5) - sample) * invKernelScale)));
      total = f32(total + w);
      local.push(w);
    }
    if (Math.abs(total) >= f32(1000 * 1.1754943508222875e-38)) {
      const inv = f32(1 / total);
      local.forEach((w, i) => (weights[x * size + i] = f32(w * inv)));
    }
    starts[x] = start;
  }
  return { size, starts, weights };
}

/** ComputeGradSpansCore: the transposed spans, from each source position to the outputs it fed. */
function gradSpans(forward: Spans, forwardOut: number, forwardIn: number): Spans {
  const parts: { index: number; weight: number }[][] = Array.from({ length: forwardIn }, () => []);
  for (let o = 0; o < forwardOut; o++) {
    for (let j = 0; j < forward.size; j++) {
      const input = forward.starts[o] + j;
      const w = forward.weights[o * forward.size + j];
      if (w !== 0 && input < forwardIn) parts[input].push({ index: o, weight: w });
    }
  }
  let size = 0;
  for (const p of parts) if (p.length > 0) size = Math.max(size, p[p.length - 1].index - p[0].index + 1);
  const starts = new Int32Array(forwardIn);
  const weights = new Float32Array(size * forwardIn);
  parts.forEach((p, i) => {
    if (p.length === 0) return;
    starts[i] = p[0].index;
    for (const { index, weight } of p) weights[i * size + index - p[0].index] = f32(weights[i * size + index - p[0].index] + weight);
  });
  return { size, starts, weights };
}

/** GatherSpans: [N, H, W, C] values -> [N, outH, outW, C], rows first into a float32 buffer. */
function gatherSpans(v: ArrayLike<number>, shape: readonly number[], rows: Spans, cols: Spans, outH: number, outW: number, dtype: DType): Float32Array | Float64Array {
  const r = rounding(dtype);
  const [n, h, w, c] = shape;
  const rowSize = w * c;
  const mid = output(dtype, outH * rowSize);
  const out = output(dtype, n * outH * outW * c);
  for (let b = 0; b < n; b++) {
    const base = b * h * rowSize;
    mid.fill(0);
    for (let y = 0; y < outH; y++) {
      const used = Math.min(rows.starts[y] + rows.size, h) - rows.starts[y];
      for (let j = 0; j < used; j++) {
        const weight = rows.weights[y * rows.size + j];
        const src = base + (rows.starts[y] + j) * rowSize;
        for (let i = 0; i < rowSize; i++) mid[y * rowSize + i] = r(mid[y * rowSize + i] + r(weight * r(v[src + i])));
      }
    }
    for (let y = 0; y < outH; y++) {
      for (let x = 0; x < outW; x++) {
        const at = ((b * outH + y) * outW + x) * c;
        const used = Math.min(cols.starts[x] + cols.size, w) - cols.starts[x];
        for (let j = 0; j < used; j++) {
          const weight = cols.weights[x * cols.size + j];
          const src = y * rowSize + (cols.starts[x] + j) * c;
          for (let k = 0; k < c; k++) out[at + k] = r(out[at + k] + r(weight * mid[src + k]));
        }
      }
    }
  }
  return out;
}

type ScaleAttrs = { height: number; width: number; kernel: string; antialias: boolean; dtype: DType };

/** The row and column scales tf.image.resize passes: new size over old, in float32. */
const scales = (inH: number, inW: number, outH: number, outW: number) => [f32(outH / inH), f32(outW / inW)];

export const ScaleAndTranslateGrad = defineOp<{ shape: number[]; kernel: string; antialias: boolean; dtype: DType }>({
  name: 'ScaleAndTranslateGrad',
  infer: (_inputs, { shape, dtype }) => ({ shape: shape.slice(), dtype }),
  kernel: (be, [dy], { shape, kernel, antialias, dtype }) => {
    const [, h, w] = shape;
    const [, outH, outW] = dy.shape;
    const [rowScale, colScale] = scales(h, w, outH, outW);
    const k = SAMPLING_KERNELS[kernel];
    const rows = gradSpans(computeSpans(k, outH, h, rowScale, antialias), outH, h);
    const cols = gradSpans(computeSpans(k, outW, w, colScale, antialias), outW, w);
    return be.fromBytes(gatherSpans(numbers(dy), dy.shape, rows, cols, h, w, dtype));
  },
});

export const ScaleAndTranslate = defineOp<ScaleAttrs>({
  name: 'ScaleAndTranslate',
  infer: ([x], { height, width, dtype }) => {
    checkResize('ScaleAndTranslate', x.shape, height, width);
    return { shape: [x.shape[0], height, width, x.shape[3]], dtype };
  },
  kernel: (be, [x], { height, width, kernel, antialias, dtype }) => {
    const [, h, w] = x.shape;
    const [rowScale, colScale] = scales(h, w, height, width);
    const k = SAMPLING_KERNELS[kernel];
    const rows = computeSpans(k, height, h, rowScale, antialias);
    const cols = computeSpans(k, width, w, colScale, antialias);
    return be.fromBytes(gatherSpans(numbers(x), x.shape, rows, cols, height, width, dtype));
  },
  grad: (dy, [x], _out, { kernel, antialias }) =>
    x.dtype.isFloating ? [runOp(ScaleAndTranslateGrad, [dy], { shape: x.shape.slice(), kernel, antialias, dtype: x.dtype })] : [null],
  gradCheck: [
    { inputs: [{ shape: [1, 4, 5, 2] }], attrs: { height: 7, width: 3, kernel: 'lanczos3', antialias: true, dtype: dtypes.float64 } },
    { inputs: [{ shape: [2, 6, 3, 1] }], attrs: { height: 2, width: 5, kernel: 'triangle', antialias: true, dtype: dtypes.float64 } },
    { inputs: [{ shape: [1, 3, 3, 1] }], attrs: { height: 5, width: 2, kernel: 'mitchellcubic', antialias: false, dtype: dtypes.float64 } },
  ],
});

export const scaleAndTranslate = (x: Tensor, height: number, width: number, kernel: string, antialias: boolean): Tensor =>
  runOp(ScaleAndTranslate, [x], { height, width, kernel, antialias, dtype: dtypes.float32 });


// TF's CPU loops for AdjustSaturation and AdjustHue (adjust_saturation_op.cc, adjust_hue_op.cc):
// per pixel RGB -> (hue, saturation/value range) -> RGB in float32 scalar arithmetic. They branch
// per pixel on which channel is largest, so they run here on the host values rather than as a
// chain of element-wise ops; every step is rounded to float32 (Math.fround) in TF's order.
import { dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import * as api from '../ops/api.js';

const f = Math.fround;

/** Runs `pixel` over each RGB triple of a float image (float16 goes through float32 and back). */
function mapPixels(image: Tensor, pixel: (r: number, g: number, b: number, out: Float32Array, o: number) => void): Tensor {
  const x = api.cast(image, dtypes.float32);
  const src = x.values() as Float32Array;
  const out = new Float32Array(src.length);
  for (let i = 0; i + 2 < src.length; i += 3) pixel(src[i], src[i + 1], src[i + 2], out, i);
  return api.cast(tensorFromValues(out, x.shape, dtypes.float32, x.device), image.dtype);
}

/** adjust_saturation_op.cc rgb_to_hsv: the offsets 2/6 and 4/6 are doubles, so that sum is rounded once. */
function rgbToHsv(r: number, g: number, b: number): [number, number, number] {
  const v = Math.max(r, Math.max(g, b));
  const range = f(v - Math.min(r, Math.min(g, b)));
  const s = v > 0 ? f(range / v) : 0;
  const norm = f(1 / f(6 * range));
  let h: number;
  if (r === v) h = f(norm * f(g - b));
  else if (g === v) h = f(f(norm * f(b - r)) + 2.0 / 6.0);
  else h = f(f(norm * f(r - g)) + 4.0 / 6.0);
  if (range <= 0) h = 0;
  if (h < 0) h = f(h + 1);
  return [h, s, v];
}

/** adjust_saturation_op.cc hsv_to_rgb: chroma c, offset m, the sector from int(6h). */
function hsvToRgb(h: number, s: number, v: number, out: Float32Array, o: number): void {
  const c = f(s * v);
  const m = f(v - c);
  const dh = f(h * 6);
  const sector = Math.trunc(dh);
  let fmodu = dh;
  while (fmodu <= 0) fmodu = f(fmodu + 2);
  while (fmodu >= 2) fmodu = f(fmodu - 2);
  const x = f(c * f(1 - Math.abs(f(fmodu - 1))));
  const rgb: Record<number, [number, number, number]> = { 0: [c, x, 0], 1: [x, c, 0], 2: [0, c, x], 3: [0, x, c], 4: [x, 0, c], 5: [c, 0, x] };
  const [rr, gg, bb] = rgb[sector] ?? [0, 0, 0];
  out[o] = f(rr + m);
  out[o + 1] = f(gg + m);
  out[o + 2] = f(bb + m);
}

export function adjustSaturationPixels(image: Tensor, factor: number): Tensor {
  const scale = f(factor);
  return mapPixels(image, (r, g, b, out, o) => {
    const [h, s, v] = rgbToHsv(r, g, b);
    hsvToRgb(h, Math.min(1, Math.max(0, f(s * scale))), v, out, o);
  });
}

/** adjust_hue_op.cc: hue in [0, 6) from the sorted channels, shifted, then the channels rebuilt. */
export function adjustHuePixels(image: Tensor, delta: number): Tensor {
  const shift = f(f(delta) * 6);
  return mapPixels(image, (r, g, b, out, o) => {
    let vMax: number, vMid: number, vMin: number, sector: number;
    if (r < g) {
      if (b < r) [vMax, vMid, vMin, sector] = [g, r, b, 1];
      else if (b > g) [vMax, vMid, vMin, sector] = [b, g, r, 3];
      else [vMax, vMid, vMin, sector] = [g, b, r, 2];
    } else if (b < g) [vMax, vMid, vMin, sector] = [r, g, b, 0];
    else if (b > r) [vMax, vMid, vMin, sector] = [b, r, g, 4];
    else [vMax, vMid, vMin, sector] = [r, b, g, 5];
    let h = 0;
    if (vMax !== vMin) {
      const ratio = f(f(vMid - vMin) / f(vMax - vMin));
      h = f(sector + ((sector & 1) === 0 ? ratio : f(1 - ratio)));
    }
    h = f(h + shift);
    while (h < 0) h = f(h + 6);
    while (h >= 6) h = f(h - 6);
    const cat = Math.trunc(h);
    let t = f(h - cat);
    if ((cat & 1) !== 0) t = f(1 - t);
    const mid = f(vMin + f(t * f(vMax - vMin)));
    const rgb: Record<number, [number, number, number]> = { 0: [vMax, mid, vMin], 1: [mid, vMax, vMin], 2: [vMin, vMax, mid], 3: [vMin, mid, vMax], 4: [mid, vMin, vMax] };
    [out[o], out[o + 1], out[o + 2]] = rgb[cat] ?? [vMax, vMin, mid];
  });
}

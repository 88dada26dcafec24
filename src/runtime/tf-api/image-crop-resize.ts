// tf.image.crop_and_resize: TF's CropAndResize CPU loop — each normalised box sampled on a
// crop_height x crop_width grid, bilinear (or nearest) in float32, points outside the image set to
// extrapolation_value. Runs on the host values (the output depends on per-sample branches).
import type { PyValue } from '../../interpreter/objects/core.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { PyFloat } from '../../interpreter/objects/values.js';
import { PyBaseException, valueError } from '../../interpreter/objects/exceptions.js';
import { tfErrorTypes } from '../errors.js';
import { dtypes } from '../dtypes.js';
import { tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { CPU_DEVICE, currentDevice } from '../device.js';
import * as api from '../ops/api.js';
import { kernelError } from '../ops/shape-errors.js';
import { intList } from './shape-args.js';
import { numberArg } from './math-args.js';
import { hostNumbers } from './host-values.js';
import type { Fn } from './shape-args.js';

const f = Math.fround;
const OP = 'CropAndResize';

const params = pyParams('crop_and_resize', ['image', 'boxes', 'box_indices', 'crop_size', 'method', 'extrapolation_value', 'name'], {
  method: 'bilinear', extrapolation_value: new PyFloat(0), name: null,
});

function cropAndResize(p: Record<string, PyValue>) {
  const image = toTensor(p.image);
  const boxesT = toTensor(p.boxes);
  const indT = toTensor(p.box_indices);
  const size = intList(p.crop_size);
  const method = String(p.method);
  if (method !== 'bilinear' && method !== 'nearest') throw valueError(`method must be 'bilinear' or 'nearest', got ${method}`);
  if (image.rank !== 4) throw kernelError(OP, `input image must be 4-D[${image.shape.join(',')}]`, null);
  const [batch, h, w, c] = image.shape;
  if (boxesT.rank !== 2 || boxesT.shape[1] !== 4) throw kernelError(OP, `boxes must be 2-D[${boxesT.shape.join(',')}]`, null);
  const n = boxesT.shape[0];
  if (indT.rank !== 1 || indT.shape[0] !== n) throw kernelError(OP, `box_index has incompatible shape`, null);
  if (size.length !== 2) throw kernelError(OP, `crop_size must be 1-D with 2 elements, got [${size.length}]`, null);
  const [ch, cw] = size;
  if (ch <= 0 || cw <= 0) throw kernelError(OP, 'crop dimensions must be positive', null);
  const img = api.cast(image, dtypes.float32).values() as Float32Array;
  const boxes = api.cast(boxesT, dtypes.float32).values() as Float32Array;
  const ind = hostNumbers(indT);
  if (ind.some((b) => b < 0 || b >= batch)) {
    throw new PyBaseException(tfErrorTypes.OutOfRangeError, [`{{function_node __wrapped__${OP}_device_${CPU_DEVICE}}} box_index has values outside [0, batch_size) [Op:${OP}]`]);
  }
  const extrapolation = f(numberArg(p.extrapolation_value));
  const out = new Float32Array(n * ch * cw * c);
  const at = (b: number, y: number, x: number, d: number) => img[((b * h + y) * w + x) * c + d];
  for (let k = 0; k < n; k++) {
    const [y1, x1, y2, x2] = boxes.subarray(4 * k, 4 * k + 4);
    const b = ind[k];
    const hScale = ch > 1 ? f(f(f(y2 - y1) * (h - 1)) / (ch - 1)) : 0;
    const wScale = cw > 1 ? f(f(f(x2 - x1) * (w - 1)) / (cw - 1)) : 0;
    for (let y = 0; y < ch; y++) {
      const inY = ch > 1 ? f(f(y1 * (h - 1)) + f(y * hScale)) : f(f(0.5 * f(y1 + y2)) * (h - 1));
      const base = ((k * ch + y) * cw) * c;
      if (inY < 0 || inY > h - 1) {
        out.fill(extrapolation, base, base + cw * c);
        continue;
      }
      const top = Math.floor(inY);
      const bottom = Math.ceil(inY);
      const yLerp = f(inY - top);
      for (let x = 0; x < cw; x++) {
        const inX = cw > 1 ? f(f(x1 * (w - 1)) + f(x * wScale)) : f(f(0.5 * f(x1 + x2)) * (w - 1));
        const o = base + x * c;
        if (inX < 0 || inX > w - 1) {
          out.fill(extrapolation, o, o + c);
          continue;
        }
        if (method === 'nearest') {
          const cy = Math.round(inY);
          const cx = Math.round(inX);
          for (let d = 0; d < c; d++) out[o + d] = at(b, cy, cx, d);
          continue;
        }
        const left = Math.floor(inX);
        const right = Math.ceil(inX);
        const xLerp = f(inX - left);
        for (let d = 0; d < c; d++) {
          const tl = at(b, top, left, d), tr = at(b, top, right, d), bl = at(b, bottom, left, d), br = at(b, bottom, right, d);
          const t = f(tl + f(f(tr - tl) * xLerp));
          const bt = f(bl + f(f(br - bl) * xLerp));
          out[o + d] = f(t + f(f(bt - t) * yLerp));
        }
      }
    }
  }
  return tensorFromValues(out, [n, ch, cw, c], dtypes.float32, currentDevice());
}

export const cropResizeFns: Record<string, Fn> = {
  crop_and_resize: (a, k) => cropAndResize(params(a, k)),
};

// The gradient of MaxPoolGrad with respect to its incoming gradient (TF's MaxPoolGradGrad): for
// every pooling window, the value of `g` at the window's first maximal entry of `x` (the entry
// MaxPoolGrad routes the window's gradient to). Second derivatives through max pooling and its
// forward-mode tangents (autograd/forwardprop.ts) need it.
//
// Built from pad, strided slices and selects rather than a kernel of its own, so it runs on every
// backend: the windows' taps are scanned in row-major order and a later tap wins only when it is
// strictly greater, which is the native kernel's first-maximum rule.
import type { Tensor } from '../tensor.js';
import { runOp } from './registry.js';
import * as api from './api.js';
import { PadV2 } from './shape-layout.js';
import { stridedSlice } from './shape-slice.js';
import { windowGeometry, type PoolAttrs } from './nn-conv.js';

export function maxPoolGradGrad(x: Tensor, g: Tensor, a: PoolAttrs): Tensor {
  const [n, h, w, c] = x.shape;
  const [kh, kw, sh, sw, , , top, left, oh, ow] = windowGeometry('MaxPoolGradGrad', h, w, a.ksize[0], a.ksize[1], { strides: a.strides, dilations: [1, 1], padding: a.padding });
  if (oh <= 0 || ow <= 0 || n === 0 || c === 0) return api.fill([n, Math.max(oh, 0), Math.max(ow, 0), c], g.dtype, 0);
  const bottom = Math.max((oh - 1) * sh + kh - h - top, 0);
  const right = Math.max((ow - 1) * sw + kw - w - left, 0);
  const paddings = [[0, 0], [top, bottom], [left, right], [0, 0]] as [number, number][];
  // Padding never wins a window: -inf for x (max pooling ignores it), 0 for g.
  const xPadded = runOp(PadV2, [x], { paddings, value: -Infinity });
  const gPadded = runOp(PadV2, [g], { paddings, value: 0 });
  const tap = (t: Tensor, i: number, j: number) =>
    stridedSlice(t, {
      begin: [0, i, j, 0],
      end: [n, i + (oh - 1) * sh + 1, j + (ow - 1) * sw + 1, c],
      strides: [1, sh, sw, 1],
      beginMask: 0, endMask: 0, ellipsisMask: 0, newAxisMask: 0, shrinkAxisMask: 0,
    }, null);
  let best = tap(xPadded, 0, 0);
  let picked = tap(gPadded, 0, 0);
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      if (i === 0 && j === 0) continue;
      const candidate = tap(xPadded, i, j);
      const wins = api.greater(candidate, best);
      best = api.where(wins, candidate, best);
      picked = api.where(wins, tap(gPadded, i, j), picked);
    }
  }
  return picked;
}

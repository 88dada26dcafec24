// TF's SigmoidGrad and SqrtGrad kernels as ops (inputs: the forward output y and the incoming
// gradient dy), so the gradients of sigmoid and sqrt round as TF's do and their own gradients are
// TF's second-derivative formulas (_SigmoidGradGrad, _SqrtGradGrad), which forward-mode tangents
// and second derivatives go through. The kernels are computed from other ops, unrecorded.
import { bool as boolDtype } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { defineOp, runOp, type OpDef } from './registry.js';
import * as api from './api.js';
import { unrecorded } from './unrecorded.js';

/**
 * TF's elementwise kernels run Eigen's vectorised (packet) code over whole packets of 8 floats (4
 * doubles) and its scalar code on the last n % 8 (n % 4) elements. Where a gradient functor's two
 * forms round differently, the tail takes the scalar form.
 */
function eigenScalarTail(packet: Tensor, scalarForm: () => Tensor): Tensor {
  const n = packet.size;
  const width = packet.dtype.name === 'float64' ? 4 : 8;
  const tail = n % width;
  if (tail === 0) return packet;
  const mask = new Uint8Array(n);
  mask.fill(1, n - tail);
  return api.where(tensorFromValues(mask, packet.shape, boolDtype, packet.device), scalarForm(), packet);
}


const sameShape = ([y]: readonly Tensor[]) => ({ shape: y.shape.slice(), dtype: y.dtype });

/** dy * y * (1 - y): Eigen's packet form dy * (y * (1 - y)), its scalar form (dy * y) * (1 - y). */
export const SigmoidGrad: OpDef<null> = defineOp<null>({
  name: 'SigmoidGrad',
  infer: sameShape,
  kernel: (_be, [y, dy]) =>
    unrecorded(() => {
      const oneMinusY = api.sub(api.onesLike(y), y);
      return eigenScalarTail(api.mul(dy, api.mul(y, oneMinusY)), () => api.mul(api.mul(dy, y), oneMinusY));
    }).storage,
  // _SigmoidGradGrad: gb = g * dy; [gb - 2 * gb * y, SigmoidGrad(y, g)].
  grad: (g, [y, dy]) => {
    const gb = api.mul(g, dy);
    return [api.sub(gb, api.mul(api.mul(api.scalarLike(2, gb), gb), y)), runOp(SigmoidGrad, [y, g], null)];
  },
  gradCheck: [{ inputs: [{ shape: [5], range: [0.1, 0.9] }, { shape: [5] }], attrs: null }],
});

/** 0.5 * dy / y, 0 where dy is 0: Eigen's packet form dy * (0.5 / y), its scalar form (0.5 * dy) / y. */
export const SqrtGrad = defineOp<null>({
  name: 'SqrtGrad',
  infer: sameShape,
  kernel: (_be, [y, dy]) =>
    unrecorded(() => {
      const half = api.scalarLike(0.5, y);
      const g = eigenScalarTail(api.mul(dy, api.realDiv(half, y)), () => api.realDiv(api.mul(half, dy), y));
      return api.where(api.equal(dy, api.zerosLike(dy)), api.zerosLike(dy), g);
    }).storage,
  // _SqrtGradGrad: ga = g / y; [-ga * out, 0.5 * ga].
  grad: (g, [y], out) => {
    const ga = api.realDiv(g, y);
    return [api.mul(api.neg(ga), out), api.mul(api.scalarLike(0.5, ga), ga)];
  },
  gradCheck: [{ inputs: [{ shape: [5], range: [0.5, 3] }, { shape: [5] }], attrs: null }],
});

// Activations that TF runs as one kernel with a gradient kernel of its own (Elu/EluGrad,
// Selu/SeluGrad, Relu6/Relu6Grad, Softsign/SoftsignGrad): the forward value is computed from
// other ops, but the tape records one op whose gradient is the gradient kernel's formula, so the
// gradients' rounding and signed zeros are TF's (a gradient composed from where/exp/minimum
// differs in the last bit, and gives +0 where TF's products give -0).
import { Tensor } from '../tensor.js';
import type { DeviceKernel } from './registry.js';
import { defineOp, runOp } from './registry.js';
import * as api from './api.js';
import * as E from './elementwise.js';
import { unrecorded } from './unrecorded.js';

const composite = (f: (x: Tensor) => Tensor): DeviceKernel<null> => (_be, [x]) => unrecorded(() => f(x)).storage;
const scalar = (v: number, like: Tensor) => api.scalarLike(v, like);
const less = (a: Tensor, b: Tensor) => runOp(E.Less, [a, b], null);
const abs = (x: Tensor) => runOp(E.Abs, [x], null);
const isNegative = (t: Tensor) => less(t, api.zerosLike(t));
/** TF's `mask.cast<T>()`: 1 where true, 0 elsewhere (a product with it keeps dy's sign on zeros). */
const asFactor = (mask: Tensor, like: Tensor) => api.cast(mask, like.dtype);

function activation(name: string, forward: (x: Tensor) => Tensor, grad: (dy: Tensor, x: Tensor, y: Tensor) => Tensor) {
  return defineOp<null>({
    name,
    infer: ([x]) => ({ shape: x.shape.slice(), dtype: x.dtype }),
    kernel: composite(forward),
    grad: (dy, [x], y) => [grad(dy, x, y)],
    gradCheck: [[], [5], [2, 3]].map((shape) => ({ inputs: [{ shape, range: [-3, 3] as [number, number] }], attrs: null })),
  });
}

// Eigen's constants for selu.
const SELU_SCALE = 1.0507009873554804934193349852946;
const SELU_SCALE_ALPHA = 1.7580993408473768599402175208123;
const expm1 = (x: Tensor) => api.sub(runOp(E.Exp, [x], null), api.onesLike(x));

// Elu: x < 0 ? exp(x) - 1 : x. EluGrad: y < 0 ? (y + 1) * dy : dy.
export const Elu = activation(
  'Elu',
  (x) => api.where(isNegative(x), expm1(x), x),
  (dy, _x, y) => api.where(isNegative(y), api.mul(api.add(y, scalar(1, y)), dy), dy),
);

// Selu: x < 0 ? scale * alpha * (exp(x) - 1) : scale * x. SeluGrad: y < 0 ? dy * (y + scale * alpha) : dy * scale.
export const Selu = activation(
  'Selu',
  (x) => api.where(isNegative(x), api.mul(scalar(SELU_SCALE_ALPHA, x), expm1(x)), api.mul(scalar(SELU_SCALE, x), x)),
  (dy, _x, y) => api.where(isNegative(y), api.mul(dy, api.add(y, scalar(SELU_SCALE_ALPHA, y))), api.mul(dy, scalar(SELU_SCALE, y))),
);

// Relu6: min(max(x, 0), 6). Relu6Grad: dy * (0 < x < 6).
export const Relu6 = activation(
  'Relu6',
  (x) => api.minimum(api.maximum(x, api.zerosLike(x)), scalar(6, x)),
  (dy, x) => api.mul(dy, asFactor(runOp(E.LogicalAnd, [api.greater(x, api.zerosLike(x)), less(x, scalar(6, x))], null), dy)),
);

// Softsign: x / (|x| + 1). SoftsignGrad: dy / (|x| + 1)^2.
export const Softsign = activation(
  'Softsign',
  (x) => api.realDiv(x, api.add(abs(x), scalar(1, x))),
  (dy, x) => api.realDiv(dy, runOp(E.Square, [api.add(abs(x), scalar(1, x))], null)),
);

// tf.nn.silu / swish: x * sigmoid(beta * x) under TF's Python custom gradient, whose formulas are
//   dx = dy * (sig * (1 + (beta * x) * (1 - sig)))   with sig = sigmoid(beta * x),
//   dbeta = sum(((dy * square(x)) * sig) * (1 - sig)).
export const Swish = defineOp<null>({
  name: 'Swish',
  infer: ([x]) => ({ shape: x.shape.slice(), dtype: x.dtype }),
  kernel: (_be, [x, beta]) => unrecorded(() => api.mul(x, runOp(E.Sigmoid, [api.mul(beta, x)], null))).storage,
  grad: (dy, [x, beta]) => {
    const betaX = api.mul(beta, x);
    const sig = runOp(E.Sigmoid, [betaX], null);
    const oneMinusSig = api.sub(api.onesLike(sig), sig);
    const dx = api.mul(dy, api.mul(sig, api.add(api.onesLike(sig), api.mul(betaX, oneMinusSig))));
    const dBeta = api.reduceSum(api.mul(api.mul(api.mul(dy, runOp(E.Square, [x], null)), sig), oneMinusSig), null, false);
    return [dx, dBeta];
  },
  gradCheck: [{ inputs: [{ shape: [5] }, { shape: [] }], attrs: null }],
});

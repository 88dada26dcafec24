// tf.nn.max_pool_with_argmax: the 2-D max pool (the MaxPool op, whose gradient routes to the same
// first maximum) and, per output, the flat index of that maximum — the first one in the input's
// row-major scan, as TF's SpatialMaxPoolWithArgMaxHelper finds it: ((b*H + y)*W + x)*C + c with
// include_batch_in_index, else (y*W + x)*C + c. Returns the namedtuple MaxPoolWithArgmax.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyTupleSub } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { runOp } from '../ops/registry.js';
import * as C from '../ops/nn-conv.js';
import { kernelError } from '../ops/shape-errors.js';
import { dtypeArg, Fn } from './shape-args.js';
import { paddingArg, spatial } from './nn.js';
import { opResultType } from './op-result-type.js';

const P = pyParams('max_pool_with_argmax', ['input', 'ksize', 'strides', 'padding', 'data_format', 'output_dtype', 'include_batch_in_index', 'name'], {
  data_format: 'NHWC',
  output_dtype: dtypes.int64,
  include_batch_in_index: false,
  name: null,
});

const resultType = opResultType('MaxPoolWithArgmax', ['output', 'argmax'], 'gen_nn_ops');

function argmaxIndices(x: Tensor, g: number[], withBatch: boolean): number[] {
  const [n, h, w, c] = x.shape;
  const [kh, kw, sh, sw, , , padTop, padLeft, oh, ow] = g;
  const v = x.values() as ArrayLike<number>;
  const best = new Float64Array(n * oh * ow * c);
  const arg = new Array<number>(n * oh * ow * c).fill(-1);
  for (let b = 0; b < n; b++) {
    for (let y = 0; y < h; y++) {
      for (let xx = 0; xx < w; xx++) {
        // The outputs whose window holds input (y, xx).
        const hp = y + padTop;
        const wp = xx + padLeft;
        const y0 = hp < kh ? 0 : Math.floor((hp - kh) / sh) + 1;
        const y1 = Math.min(Math.floor(hp / sh) + 1, oh);
        const x0 = wp < kw ? 0 : Math.floor((wp - kw) / sw) + 1;
        const x1 = Math.min(Math.floor(wp / sw) + 1, ow);
        const inIndex = (b * h + y) * w + xx;
        for (let py = y0; py < y1; py++) {
          for (let px = x0; px < x1; px++) {
            const out = ((b * oh + py) * ow + px) * c;
            for (let d = 0; d < c; d++) {
              const value = v[inIndex * c + d];
              if (best[out + d] < value || arg[out + d] === -1) {
                best[out + d] = value;
                arg[out + d] = withBatch ? inIndex * c + d : (y * w + xx) * c + d;
              }
            }
          }
        }
      }
    }
  }
  return arg;
}

function maxPoolWithArgmax(p: Record<string, PyValue>): PyValue {
  const x = toTensor(p.input);
  const attrs: C.PoolAttrs = { ksize: spatial(p.ksize, 'ksize'), strides: spatial(p.strides, 'strides'), padding: paddingArg(p.padding, 'MaxPool') };
  if (x.rank !== 4) throw kernelError('MaxPoolWithArgmax', 'tensor_in must be 4-dimensional');
  const output = runOp(C.MaxPool, [x], attrs);
  const g = C.windowGeometry('MaxPoolWithArgmax', x.shape[1], x.shape[2], attrs.ksize[0], attrs.ksize[1], { strides: attrs.strides, dilations: [1, 1], padding: attrs.padding });
  const indexType = dtypeArg(p.output_dtype, dtypes.int64);
  const indices = argmaxIndices(x, g, isTruthy(p.include_batch_in_index));
  const argmax = tensorFromValues(indexType === dtypes.int64 ? indices.map((i) => BigInt(i)) : indices, output.shape, indexType, x.device);
  return new PyTupleSub([output, argmax], resultType);
}

export const poolArgmaxFns: Record<string, Fn> = {
  max_pool_with_argmax: (a, k) => maxPoolWithArgmax(P(a, k)),
};

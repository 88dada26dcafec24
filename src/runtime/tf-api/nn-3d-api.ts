// tf.nn.conv3d, conv3d_transpose, max_pool3d and avg_pool3d (NDHWC) over ops/nn-3d.ts, with TF's
// argument forms: conv3d's strides and dilations have 5 entries (1 for batch and channels); the
// pools and conv3d_transpose take 1, 3 or 5.
import type { PyValue } from '../../interpreter/objects/core.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { toTensor } from '../convert.js';
import { runOp } from '../ops/registry.js';
import * as N3 from '../ops/nn-3d.js';
import { kernelError } from '../ops/shape-errors.js';
import { Fn, intList } from './shape-args.js';
import { paddingArg } from './nn.js';
import { onednnKernelFor } from '../onednn.js';

const P = {
  conv: pyParams('conv3d', ['input', 'filters', 'strides', 'padding', 'data_format', 'dilations', 'name'], { data_format: 'NDHWC', dilations: null, name: null }),
  convT: pyParams('conv3d_transpose', ['input', 'filters', 'output_shape', 'strides', 'padding', 'data_format', 'dilations', 'name'], { padding: 'SAME', data_format: 'NDHWC', dilations: null, name: null }),
  pool: (name: string) => pyParams(name, ['input', 'ksize', 'strides', 'padding', 'data_format', 'name'], { data_format: 'NDHWC', name: null }),
};

type Triple = [number, number, number];

/** nn_ops._get_sequence for 3 spatial dims: 1, 3 or 5 entries (the 5-entry form is NDHWC). */
function sequence(v: PyValue, what: string): Triple {
  const l = intList(v);
  if (l.length === 1) return [l[0], l[0], l[0]];
  if (l.length === 3) return [l[0], l[1], l[2]];
  if (l.length === 5) return [l[1], l[2], l[3]];
  throw valueError(`${what} should be of length 1, 3 or 5. Received: ${what}=[${l.join(', ')}] of length ${l.length}`);
}

/** The Conv3D op's own attribute checks: exactly 5 entries, 1 for batch and channels. */
function convAttr(op: string, v: PyValue, what: 'strides' | 'dilations'): Triple {
  const l = intList(v);
  const field = what === 'strides' ? 'Sliding window strides' : 'Dilation rates';
  if (l.length !== 5) throw kernelError(op, `${field} field must specify 5 dimensions`);
  if (l[0] !== 1 || l[4] !== 1) throw kernelError(op, `Current implementation does not yet support ${what} in the batch and depth dimensions.`);
  return [l[1], l[2], l[3]];
}

function pool(op: typeof N3.MaxPool3D, name: string): Fn {
  const params = P.pool(name);
  return (a, k) => {
    const p = params(a, k);
    return runOp(op, [toTensor(p.input)], { ksize: sequence(p.ksize, 'ksize'), strides: sequence(p.strides, 'strides'), padding: paddingArg(p.padding, op === N3.MaxPool3D ? 'MaxPool' : 'AvgPool') });
  };
}

export const nn3dFns: Record<string, Fn> = {
  conv3d: (a, k) => {
    const p = P.conv(a, k);
    const attrs = { strides: convAttr('Conv3D', p.strides, 'strides'), dilations: p.dilations === null ? ([1, 1, 1] as Triple) : convAttr('Conv3D', p.dilations, 'dilations'), padding: paddingArg(p.padding, 'Conv2D') };
    const x = toTensor(p.input);
    // TF's CPU kernel dilates only as oneDNN's (float32/bfloat16, where TF runs oneDNN); Eigen's
    // refuses in its constructor, before any shape check. (The op itself dilates, for gradients.)
    if (!onednnKernelFor(x.dtype.name) && attrs.dilations.some((d) => d !== 1)) throw kernelError('Conv3D', 'CPU implementation of Conv3D currently only supports dilated rates of 1.');
    return runOp(N3.Conv3D, [x, toTensor(p.filters)], attrs);
  },
  conv3d_transpose: (a, k) => {
    const p = P.convT(a, k);
    const filters = toTensor(p.filters);
    const attrs = { strides: sequence(p.strides, 'strides'), dilations: p.dilations === null ? ([1, 1, 1] as Triple) : sequence(p.dilations, 'dilations'), padding: paddingArg(p.padding, 'Conv2D') };
    return runOp(N3.Conv3DBackpropInputV2, [filters, toTensor(p.input)], { ...attrs, inputShape: intList(p.output_shape) });
  },
  max_pool3d: pool(N3.MaxPool3D, 'max_pool3d'),
  avg_pool3d: pool(N3.AvgPool3D, 'avg_pool3d'),
};

// tf.image.extract_patches (ExtractImagePatches): every kh x kw window (with strides, dilation
// `rates`, VALID or SAME zero padding) flattened into the depth axis in (row, col, channel) order.
// Built from pad + strided slices + concat, so it runs on every backend and is differentiable.
import { pyParams } from '../../interpreter/builtins/define.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import { concat, Pad } from '../ops/shape-layout.js';
import { stridedSlice } from '../ops/shape-slice.js';
import { kernelError } from '../ops/shape-errors.js';
import { PyBaseException } from '../../interpreter/objects/exceptions.js';
import { tfErrorTypes } from '../errors.js';
import { CPU_DEVICE } from '../device.js';
import { intList } from './shape-args.js';
import type { Fn } from './shape-args.js';

const OP = 'ExtractImagePatches';

/** Output size and leading pad of one spatial axis, as TF's GetWindowedOutputSize computes them. */
function axisGeometry(size: number, k: number, stride: number, rate: number, same: boolean): [number, number] {
  const eff = (k - 1) * rate + 1;
  if (!same) return [Math.max(Math.floor((size - eff + stride) / stride), 0), 0];
  const out = Math.floor((size + stride - 1) / stride);
  const total = Math.max((out - 1) * stride + eff - size, 0);
  return [out, Math.floor(total / 2)];
}

const SIGNATURE =
  'Op<name=ExtractImagePatches; signature=images:T -> patches:T; attr=ksizes:list(int),min=4; attr=strides:list(int),min=4; attr=rates:list(int),min=4; ' +
  'attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT8, DT_INT16, DT_INT32, DT_INT64, DT_UINT8, DT_UINT16, DT_UINT32, DT_UINT64, DT_COMPLEX64, DT_COMPLEX128, DT_BOOL]; ' +
  'attr=padding:string,allowed=["SAME", "VALID"]>';

/** The attr lists: too short fails op validation; a batch/depth entry other than 1 is unimplemented. */
function checkAttrs(attrs: [string, number[]][]): void {
  for (const [name, v] of attrs) {
    if (v.length < 4) {
      throw new PyBaseException(tfErrorTypes.InvalidArgumentError, [`Length for attr '${name}' of ${v.length} must be at least minimum 4\n\t; NodeDef: {{node ${OP}}}; ${SIGNATURE} [Op:${OP}] name: `]);
    }
  }
  for (const [name, v] of attrs) {
    if (v.length !== 4 || v[0] !== 1 || v[3] !== 1) {
      throw new PyBaseException(tfErrorTypes.UnimplementedError, [`{{function_node __wrapped__${OP}_device_${CPU_DEVICE}}} Only support ${name} across space. [Op:${OP}] name: `]);
    }
  }
}

function extractPatches(images: Tensor, sizes: number[], strides: number[], rates: number[], padding: string): Tensor {
  checkAttrs([['ksizes', sizes], ['strides', strides], ['rates', rates]]);
  if (images.rank !== 4) throw kernelError(OP, `input must be 4-dimensional[${images.shape.join(',')}]`, '');
  const [b, h, w, c] = images.shape;
  const same = padding.toUpperCase() === 'SAME';
  const [oh, top] = axisGeometry(h, sizes[1], strides[1], rates[1], same);
  const [ow, left] = axisGeometry(w, sizes[2], strides[2], rates[2], same);
  // Zero-pad enough on every side that each tap's strided slice stays in bounds.
  const bottom = Math.max((oh - 1) * strides[1] + (sizes[1] - 1) * rates[1] + 1 - h - top, 0);
  const right = Math.max((ow - 1) * strides[2] + (sizes[2] - 1) * rates[2] + 1 - w - left, 0);
  if (oh === 0 || ow === 0) return api.fill([b, oh, ow, sizes[1] * sizes[2] * c], images.dtype, 0);
  const padded = runOp(Pad, [images], { paddings: [[0, 0], [top, bottom], [left, right], [0, 0]], value: 0 });
  const taps: Tensor[] = [];
  for (let i = 0; i < sizes[1]; i++) {
    for (let j = 0; j < sizes[2]; j++) {
      const r0 = i * rates[1];
      const c0 = j * rates[2];
      taps.push(stridedSlice(padded, {
        begin: [0, r0, c0, 0],
        end: [b, r0 + (oh - 1) * strides[1] + 1, c0 + (ow - 1) * strides[2] + 1, c],
        strides: [1, strides[1], strides[2], 1],
        beginMask: 0, endMask: 0, ellipsisMask: 0, newAxisMask: 0, shrinkAxisMask: 0,
      }));
    }
  }
  return concat(taps, 3);
}

const params = pyParams('extract_patches', ['images', 'sizes', 'strides', 'rates', 'padding', 'name'], { name: null });

export const patchFns: Record<string, Fn> = {
  extract_patches: (a, k) => {
    const p = params(a, k);
    return extractPatches(toTensor(p.images), intList(p.sizes), intList(p.strides), intList(p.rates), String(p.padding));
  },
};

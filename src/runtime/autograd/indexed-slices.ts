// tf.IndexedSlices: a sparse gradient, rows `values[i]` of a tensor of shape `dense_shape` at row
// `indices[i]` (a row may repeat: its slices add up). TF's gather gradient (tf.gather at axis 0,
// tf.nn.embedding_lookup) is one, so `tape.gradient` of a gathered variable prints as
// `IndexedSlices(indices=..., values=..., dense_shape=...)`.
//
// Where a dense tensor is needed (any op's gradient formula, convert_to_tensor, an optimizer) the
// slices are summed into place (TF's unsorted_segment_sum), a differentiable scatter-add here.
import type { PyObject, PyValue } from '../../interpreter/objects/core.js';
import { PyType, objectType } from '../../interpreter/objects/core.js';
import { defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { str } from '../../interpreter/ops/text.js';
import { numElements, Tensor, tensorFromValues } from '../tensor.js';
import { dtypes } from '../dtypes.js';
import { TensorShape } from '../tensor-shape.js';
import { toTensor } from '../convert.js';
import * as api from '../ops/api.js';
import { scatterAdd } from '../ops/index-map.js';
import { concat } from '../ops/shape-layout.js';

export const indexedSlicesType = new PyType('IndexedSlices', [objectType], 'tensorflow.python.framework.indexed_slices');

export class IndexedSlices implements PyObject {
  constructor(
    readonly values: Tensor,
    readonly indices: Tensor,
    readonly denseShape: Tensor | null,
  ) {}
  get cls(): PyType {
    return indexedSlicesType;
  }
  /** The same rows with other values (what TF's elementwise functions of slices return). */
  withValues(values: Tensor): IndexedSlices {
    return new IndexedSlices(values, this.indices, this.denseShape);
  }
}

/** A gradient as the tapes pass it around. */
export type Gradient = Tensor | IndexedSlices;

/** `f` of a gradient, dense or sparse: slices keep their rows and get f of their values. */
export const mapValues = (g: Gradient, f: (values: Tensor) => Tensor): Gradient => (g instanceof IndexedSlices ? g.withValues(f(g.values)) : f(g));

/** The dense tensor: every slice added into its row (TF's _indexed_slices_to_tensor). */
export function densify(g: Gradient): Tensor {
  if (g instanceof Tensor) return g;
  if (g.denseShape === null) throw valueError(`Tensor conversion requested for IndexedSlices for argument \`value\` without dense_shape: ${str(g)}`);
  const shape = Array.from(g.denseShape.values() as ArrayLike<number | bigint>, Number);
  const inner = numElements(shape.slice(1));
  const rows = Array.from(g.indices.values() as ArrayLike<number | bigint>, Number);
  const map = new Int32Array(rows.length * inner);
  rows.forEach((row, i) => {
    for (let j = 0; j < inner; j++) map[i * inner + j] = row * inner + j;
  });
  return scatterAdd(g.values, map, shape);
}

/** TF's gradient aggregation (backprop._aggregate_grads): dense sums stay dense, any dense term
 *  makes the sum dense, and slices alone concatenate (indices widened to int64 if they differ). */
export function aggregate(a: Gradient, b: Gradient): Gradient {
  if (a instanceof Tensor && b instanceof Tensor) return api.add(a, b);
  if (a instanceof Tensor || b instanceof Tensor) return api.add(densify(a), densify(b));
  const [ia, ib] = a.indices.dtype === b.indices.dtype ? [a.indices, b.indices] : [api.cast(a.indices, dtypes.int64), api.cast(b.indices, dtypes.int64)];
  return new IndexedSlices(concat([a.values, b.values], 0), concat([ia, ib], 0), a.denseShape);
}

/** The sparse gradient of gathering rows `indices` (any shape) of `params` at axis 0. */
export function gatherGradient(dy: Tensor, indices: Tensor, paramsShape: readonly number[]): IndexedSlices {
  const count = indices.size;
  return new IndexedSlices(
    api.reshape(dy, [count, ...paramsShape.slice(1)]),
    api.reshape(indices, [count]),
    tensorFromValues(paramsShape.slice(), [paramsShape.length], dtypes.int32, indices.device),
  );
}

const asSlices = (v: PyValue) => v as IndexedSlices;

const constructParams = pyParams('IndexedSlices', ['values', 'indices', 'dense_shape'], { dense_shape: null });
indexedSlicesType.construct = (_cls, args, kwargs) => {
  const p = constructParams(args, kwargs);
  return new IndexedSlices(toTensor(p.values), toTensor(p.indices), p.dense_shape === null ? null : toTensor(p.dense_shape));
};

defineMethod(indexedSlicesType, '__str__', (self) => {
  const s = asSlices(self);
  const shape = s.denseShape === null ? '' : `, dense_shape=${str(s.denseShape)}`;
  return `IndexedSlices(indices=${str(s.indices)}, values=${str(s.values)}${shape})`;
});
defineMethod(indexedSlicesType, '__neg__', (self) => {
  const s = asSlices(self);
  return s.withValues(api.neg(s.values));
});
defineGetter(indexedSlicesType, 'values', (self) => asSlices(self).values);
defineGetter(indexedSlicesType, 'indices', (self) => asSlices(self).indices);
defineGetter(indexedSlicesType, 'dense_shape', (self) => asSlices(self).denseShape);
defineGetter(indexedSlicesType, 'dtype', (self) => asSlices(self).values.dtype);
defineGetter(indexedSlicesType, 'device', (self) => asSlices(self).values.device);
defineGetter(indexedSlicesType, 'shape', (self) => {
  const d = asSlices(self).denseShape;
  return d === null ? new TensorShape([], true) : new TensorShape(Array.from(d.values() as ArrayLike<number | bigint>, Number));
});

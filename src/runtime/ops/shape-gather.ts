// Index-driven ops: GatherV2, GatherNd, ScatterNd, TensorScatterUpdate/Add, Where (coordinates),
// boolean_mask and OneHot. Indices are read on the host, validated with TF's messages, and turned
// into an index map; the indices travel as attrs (they are never differentiated).
import { DType, dtypes } from '../dtypes.js';
import { gatherGradient } from '../autograd/indexed-slices.js';
import { numElements, Tensor, tensorFromValues } from '../tensor.js';
import { PyBaseException, valueError } from '../../interpreter/objects/exceptions.js';
import { defineOp, runOp } from './registry.js';
import { gatherByMap, gatherStorage, scatterAdd, stridesOf } from './index-map.js';
import { kernelError } from './shape-errors.js';
import { shapeDebug } from './dtype-text.js';
import * as api from './api.js';

/** Host-side integer indices with their shape. */
export interface Indices {
  values: Int32Array;
  shape: number[];
}

export function indicesOf(t: Tensor): Indices {
  return { values: Int32Array.from(t.values() as ArrayLike<number | bigint>, Number), shape: t.shape.slice() };
}

export interface GatherAttrs {
  indices: Indices;
  axis: number;
  batchDims: number;
  /** The op name TF shows in errors (` name: …`); absent where tf.gather shows none. */
  name?: string;
  /** Set by tf.gather and embedding_lookup (the indices' dtype): at axis 0 their gradient is TF's
   *  IndexedSlices. Internal row selections leave it unset and get dense gradients. */
  sparseIndicesDtype?: DType;
}

/** "1,0": a flat position in `shape` as the coordinates TF prints in index errors. */
const coords = (at: number, shape: readonly number[]): string =>
  shape.length === 0 ? `${at}` : stridesOf(shape).map((s, i) => Math.floor(at / s) % shape[i]).join(',');

function gatherMap(params: readonly number[], { indices, axis, batchDims, name }: GatherAttrs): Int32Array {
  // TF words a scalar index without coordinates, and that error carries the ` name: ` suffix.
  const scalar = indices.shape.length === 0;
  const fail = (m: string) => kernelError('GatherV2', m, name ?? (scalar ? '' : null));
  const outer = numElements(params.slice(0, axis));
  const inner = numElements(params.slice(axis + 1));
  const dim = params[axis];
  const batch = numElements(params.slice(0, batchDims));
  const outerPerBatch = outer / Math.max(1, batch);
  const perBatch = indices.values.length / Math.max(1, batch);
  const map = new Int32Array(outer * perBatch * inner);
  let pos = 0;
  for (let o = 0; o < outer; o++) {
    const b = Math.floor(o / outerPerBatch);
    for (let j = 0; j < perBatch; j++) {
      const at = b * perBatch + j;
      const idx = indices.values[at];
      if (idx < 0 || idx >= dim) throw fail(`indices${scalar ? '' : `[${coords(at, indices.shape)}]`} = ${idx} is not in [0, ${dim})`);
      const base = (o * dim + idx) * inner;
      for (let k = 0; k < inner; k++) map[pos++] = base + k;
    }
  }
  return map;
}

const gatherFail = (m: string) => kernelError('GatherV2', m, null);

export const GatherV2 = defineOp<GatherAttrs>({
  name: 'GatherV2',
  infer([p], { indices, axis, batchDims }) {
    if (axis >= p.rank) throw gatherFail(`Shape must be at least rank ${axis + 1} but is rank ${p.rank}`);
    return { shape: [...p.shape.slice(0, axis), ...indices.shape.slice(batchDims), ...p.shape.slice(axis + 1)], dtype: p.dtype };
  },
  kernel: (be, [p], attrs) => gatherStorage(be, p, gatherMap(p.shape, attrs)),
  grad: (dy, [p], _y, attrs) => {
    const { sparseIndicesDtype: dtype, indices, axis, batchDims } = attrs;
    if (dtype && axis === 0 && batchDims === 0) {
      return [gatherGradient(dy, tensorFromValues(dtype.is64Bit ? Array.from(indices.values, BigInt) : indices.values, indices.shape, dtype, p.device), p.shape)];
    }
    return [scatterAdd(dy, gatherMap(p.shape, attrs), p.shape)];
  },
  gradCheck: [
    { inputs: [{ shape: [3, 2] }], attrs: { indices: { values: Int32Array.from([2, 0, 2]), shape: [3] }, axis: 0, batchDims: 0 } },
    { inputs: [{ shape: [2, 3] }], attrs: { indices: { values: Int32Array.from([1, 2]), shape: [2, 1] }, axis: 1, batchDims: 1 } },
  ],
});

/** Flat element offsets (into `shape`) of each index tuple's slice start, K = innermost length. */
function ndOffsets(shape: readonly number[], indices: Indices, describe: (at: number, tuple: number[]) => PyBaseException): Int32Array {
  const k = indices.shape[indices.shape.length - 1];
  const n = indices.values.length / Math.max(1, k);
  const strides = stridesOf(shape);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let off = 0;
    const tuple = Array.from(indices.values.subarray(i * k, i * k + k));
    tuple.forEach((v, d) => {
      if (v < 0 || v >= shape[d]) throw describe(i, tuple);
      off += v * strides[d];
    });
    out[i] = off;
  }
  return out;
}

/** out[i * inner + j] = offsets[i] + j: every element of each indexed slice. */
function expandSlices(offsets: Int32Array, inner: number): Int32Array {
  const map = new Int32Array(offsets.length * inner);
  for (let i = 0; i < offsets.length; i++) for (let j = 0; j < inner; j++) map[i * inner + j] = offsets[i] + j;
  return map;
}

const tupleText = (t: number[]) => `[${t.join(', ')}]`;

function gatherNdMap(params: readonly number[], indices: Indices): Int32Array {
  const k = indices.shape[indices.shape.length - 1];
  const offsets = ndOffsets(params, indices, (i, t) =>
    kernelError('GatherNd', `indices[${i}] = ${tupleText(t)} does not index into param shape ${shapeDebug(params)}, node name: GatherNd`, null),
  );
  return expandSlices(offsets, numElements(params.slice(k)));
}

export const GatherNd = defineOp<{ indices: Indices }>({
  name: 'GatherNd',
  infer([p], { indices }) {
    const k = indices.shape[indices.shape.length - 1];
    if (k > p.rank) throw kernelError('GatherNd', `index innermost dimension length must be <= params rank; saw: ${k} vs. ${p.rank}`, null);
    return { shape: [...indices.shape.slice(0, -1), ...p.shape.slice(k)], dtype: p.dtype };
  },
  kernel: (be, [p], { indices }) => gatherStorage(be, p, gatherNdMap(p.shape, indices)),
  grad: (dy, [p], _y, { indices }) => [scatterAdd(dy, gatherNdMap(p.shape, indices), p.shape)],
  gradCheck: [{ inputs: [{ shape: [2, 3] }], attrs: { indices: { values: Int32Array.from([1, 0, 1]), shape: [3, 1] } } }],
});

/** Where each update element lands in a tensor of `shape` (ScatterNd and TensorScatter*). */
function scatterMap(opName: string, shape: readonly number[], indices: Indices): Int32Array {
  const k = indices.shape[indices.shape.length - 1];
  const offsets = ndOffsets(shape, indices, (i, t) =>
    kernelError(opName, `indices[${i}] = ${tupleText(t)} does not index into shape ${shapeDebug(shape)}`, null),
  );
  return expandSlices(offsets, numElements(shape.slice(k)));
}

function checkUpdates(opName: string, shape: readonly number[], indices: Indices, updates: Tensor): void {
  const k = indices.shape[indices.shape.length - 1];
  const outer = indices.shape.length - 1;
  if (updates.rank < outer || indices.shape.slice(0, outer).some((d, i) => d !== updates.shape[i])) {
    throw kernelError(
      opName,
      `Dimensions [0,${outer}) of indices[shape=${shapeDebug(indices.shape)}] must match dimensions [0,${outer}) of updates[shape=${shapeDebug(updates.shape)}]`,
      null,
    );
  }
  const want = [...indices.shape.slice(0, -1), ...shape.slice(k)];
  if (want.length !== updates.rank || want.some((d, i) => d !== updates.shape[i])) {
    throw kernelError(opName, `updates.shape ${shapeDebug(updates.shape)} must equal indices.shape[:-1] + shape[K:] ${shapeDebug(want)}`, null);
  }
}

export const ScatterNd = defineOp<{ indices: Indices; shape: number[] }>({
  name: 'ScatterNd',
  infer([u], { indices, shape }) {
    checkUpdates('ScatterNd', shape, indices, u);
    return { shape: shape.slice(), dtype: u.dtype };
  },
  kernel: (be, [u], { indices, shape }) => be.scatterAddIndexed(u.dtype.code, u.storage, scatterMap('ScatterNd', shape, indices), numElements(shape)),
  grad: (dy, [u], _y, { indices, shape }) => [gatherByMap(dy, scatterMap('ScatterNd', shape, indices), u.shape)],
  gradCheck: [{ inputs: [{ shape: [3, 2] }], attrs: { indices: { values: Int32Array.from([1, 3, 1]), shape: [3, 1] }, shape: [4, 2] } }],
});

type ScatterAttrs = { indices: Indices };

/** Every position of `shape` except the scattered ones (they receive no gradient on update). */
function keptMap(shape: readonly number[], scattered: Int32Array): Int32Array {
  const map = Int32Array.from({ length: numElements(shape) }, (_, i) => i);
  for (const j of scattered) map[j] = -1;
  return map;
}

export const TensorScatterUpdate = defineOp<ScatterAttrs>({
  name: 'TensorScatterUpdate',
  infer([t, u], { indices }) {
    checkUpdates('TensorScatterUpdate', t.shape, indices, u);
    return { shape: t.shape.slice(), dtype: t.dtype };
  },
  kernel: (be, [t, u], { indices }) =>
    be.scatterSetIndexed(t.dtype.code, t.storage, t.size, u.storage, scatterMap('TensorScatterUpdate', t.shape, indices)),
  grad: (dy, [t, u], _y, { indices }) => {
    const map = scatterMap('TensorScatterUpdate', t.shape, indices);
    return [gatherByMap(dy, keptMap(t.shape, map), t.shape), gatherByMap(dy, map, u.shape)];
  },
  gradCheck: [{ inputs: [{ shape: [3, 2] }, { shape: [1, 2] }], attrs: { indices: { values: Int32Array.from([2]), shape: [1, 1] } } }],
});

export const TensorScatterAdd = defineOp<ScatterAttrs>({
  name: 'TensorScatterAdd',
  infer([t, u], { indices }) {
    checkUpdates('TensorScatterAdd', t.shape, indices, u);
    return { shape: t.shape.slice(), dtype: t.dtype };
  },
  // TF adds the updates one after another into a copy of the tensor ((t + u1) + u2 for a repeated
  // index, not t + (u1 + u2)): the tensor is scattered first, then every update in order; positions
  // no update touches keep t's value exactly (a -0 stays -0).
  kernel: (be, [t, u], { indices }) => {
    const map = scatterMap('TensorScatterAdd', t.shape, indices);
    const n = t.size;
    const both = be.concatFlat(t.dtype.code, [t.storage, u.storage], [n, u.size]);
    const order = new Int32Array(n + map.length);
    for (let i = 0; i < n; i++) order[i] = i;
    order.set(map, n);
    const summed = be.scatterAddIndexed(t.dtype.code, both, order, n);
    const touched = new Int32Array(n).fill(-1);
    for (const at of map) if (at >= 0) touched[at] = at;
    return be.scatterSetIndexed(t.dtype.code, t.storage, n, summed, touched);
  },
  grad: (dy, [t, u], _y, { indices }) => [dy, gatherByMap(dy, scatterMap('TensorScatterAdd', t.shape, indices), u.shape)],
  gradCheck: [{ inputs: [{ shape: [3, 2] }, { shape: [2, 2] }], attrs: { indices: { values: Int32Array.from([2, 2]), shape: [2, 1] } } }],
});

/** tf.where(cond): int64 coordinates of the true (non-zero) entries, row-major. */
export const WhereOp = defineOp<null>({
  name: 'Where',
  infer([c]) {
    const v = c.values();
    let count = 0;
    for (let i = 0; i < v.length; i++) if (Number(v[i]) !== 0) count++;
    return { shape: [count, c.rank], dtype: dtypes.int64 };
  },
  kernel: (be, [c]) => {
    const v = c.values();
    const strides = stridesOf(c.shape);
    const coords: bigint[] = [];
    for (let i = 0; i < v.length; i++) {
      if (Number(v[i]) === 0) continue;
      let rest = i;
      for (const s of strides) {
        coords.push(BigInt(Math.floor(rest / s)));
        rest %= s;
      }
    }
    return be.fromBytes(BigInt64Array.from(coords));
  },
});

export function whereCoords(c: Tensor): Tensor {
  if (c.rank === 0) throw kernelError('Where', 'WhereOp : Unhandled input dimensions: 0');
  return runOp(WhereOp, [c], null);
}

export function gather(p: Tensor, indices: Indices, axis: number, batchDims: number, name?: string, sparseIndicesDtype?: DType): Tensor {
  return runOp(GatherV2, [p], { indices, axis, batchDims, name, sparseIndicesDtype });
}

/** tf.boolean_mask: the mask's dims (starting at `axis`) are flattened and the true rows kept. */
export function booleanMask(x: Tensor, mask: Tensor, axis: number): Tensor {
  if (mask.rank === 0) throw valueError('mask cannot be scalar.');
  const dims = x.shape.slice(axis, axis + mask.rank);
  if (dims.length !== mask.rank || dims.some((d, i) => d !== mask.shape[i])) {
    throw valueError(`Shapes (${fmtShape(dims)}) and (${fmtShape(mask.shape)}) are incompatible`);
  }
  const flat = api.reshape(x, [...x.shape.slice(0, axis), numElements(dims), ...x.shape.slice(axis + mask.rank)]);
  const m = mask.values();
  const keep: number[] = [];
  for (let i = 0; i < m.length; i++) if (Number(m[i]) !== 0) keep.push(i);
  return gather(flat, { values: Int32Array.from(keep), shape: [keep.length] }, axis, 0);
}

const fmtShape = (s: readonly number[]) => (s.length === 1 ? `${s[0]},` : s.join(', '));

export const OneHot = defineOp<{ indices: Indices; depth: number; axis: number; on: number; off: number; dtype: typeof dtypes.float32 }>({
  name: 'OneHot',
  infer: (_inputs, { indices, depth, axis, dtype }) => {
    const shape = indices.shape.slice();
    shape.splice(axis < 0 ? shape.length : axis, 0, depth);
    return { shape, dtype };
  },
  kernel: (be, _inputs, { indices, depth, axis, on, off, dtype }, out) => {
    const rank = indices.shape.length;
    const ax = axis < 0 ? rank : axis;
    const outer = numElements(indices.shape.slice(0, ax));
    const inner = numElements(indices.shape.slice(ax));
    const vals = new Array<number>(numElements(out.shape)).fill(off);
    for (let o = 0; o < outer; o++) {
      for (let k = 0; k < inner; k++) {
        const idx = indices.values[o * inner + k];
        if (idx >= 0 && idx < depth) vals[(o * depth + idx) * inner + k] = on;
      }
    }
    const v = dtype.is64Bit ? vals.map(BigInt) : vals;
    return be.fromHost(tensorFromValues(v as number[], out.shape, dtype, '').storage);
  },
});

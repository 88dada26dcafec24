// Layout ops that are index maps over their inputs: ReverseV2, Tile, Pad/PadV2, MirrorPad,
// ConcatV2 and Pack, with TF's error texts. Gradients scatter dy back through the same map.
import type { Backend } from '../backend/backend.js';
import type { DType } from '../dtypes.js';
import { numElements, Tensor } from '../tensor.js';
import { defineOp, GradCheckCase, OpDef, runOp } from './registry.js';
import { gatherByMap, gatherStorage, scalarStorage, scatterAdd, separableMap, stridesOf } from './index-map.js';
import { kernelError, opError } from './shape-errors.js';
import type { PyBaseException } from '../../interpreter/objects/exceptions.js';
import { cppDtypeName, shapeDebug } from './dtype-text.js';

/** An op whose output is x gathered through `mapOf` (entries < 0 take `fillOf`, default zero). */
function mapOp<A>(
  name: string,
  shapeOf: (x: Tensor, a: A) => number[],
  mapOf: (x: Tensor, a: A) => Int32Array,
  gradCheck: GradCheckCase<A>[],
  fillOf?: (dtype: DType, a: A) => number | bigint | boolean,
): OpDef<A> {
  return defineOp<A>({
    name,
    infer: ([x], a) => ({ shape: shapeOf(x, a), dtype: x.dtype }),
    kernel: (be, [x], a) => gatherStorage(be, x, mapOf(x, a), fillOf ? scalarStorage(be, x.dtype, fillOf(x.dtype, a)) : null),
    grad: (dy, [x], _y, a) => [scatterAdd(dy, mapOf(x, a), x.shape)],
    gradCheck,
  });
}

const identityTable = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

export const ReverseV2 = mapOp<{ axes: number[] }>(
  'ReverseV2',
  (x, { axes }) => {
    const seen = new Set<number>();
    axes.forEach((a, i) => {
      if (a < -x.rank || a >= x.rank) throw kernelError('ReverseV2', `'axis'[${i}] = ${a} is out of valid range [0, ${x.rank - 1}`, null);
      const ax = a < 0 ? a + x.rank : a;
      if (seen.has(ax)) throw kernelError('ReverseV2', `axis ${ax} specified more than once.`, null);
      seen.add(ax);
    });
    return x.shape.slice();
  },
  (x, { axes }) => {
    const flip = new Set(axes.map((a) => (a < 0 ? a + x.rank : a)));
    return separableMap(x.shape.map((d, k) => (flip.has(k) ? Int32Array.from({ length: d }, (_, i) => d - 1 - i) : identityTable(d))), stridesOf(x.shape));
  },
  [{ inputs: [{ shape: [2, 3] }], attrs: { axes: [1] } }],
);

export const Tile = mapOp<{ multiples: number[] }>(
  'Tile',
  (x, { multiples }) => {
    if (multiples.length !== x.rank) {
      throw kernelError('Tile', `Expected multiples argument to be a vector of length ${x.rank} but got length ${multiples.length}`, null);
    }
    const neg = multiples.findIndex((m) => m < 0);
    if (neg >= 0) throw kernelError('Tile', `Expected multiples[${neg}] >= 0, but got ${multiples[neg]}`, null);
    return x.shape.map((d, i) => d * multiples[i]);
  },
  (x, { multiples }) => separableMap(x.shape.map((d, k) => Int32Array.from({ length: d * multiples[k] }, (_, i) => i % d)), stridesOf(x.shape)),
  [{ inputs: [{ shape: [2, 2] }], attrs: { multiples: [2, 3] } }],
);

export type Paddings = [number, number][];
export type PadMode = 'CONSTANT' | 'REFLECT' | 'SYMMETRIC';

function checkPaddingRank(op: string, x: Tensor, paddings: Paddings): void {
  if (paddings.length !== x.rank) {
    throw kernelError(op, `The first dimension of paddings must be the rank of inputs[${paddings.length},2] ${shapeDebug(x.shape)}`, null);
  }
  const negative = paddings.find(([b, a]) => b < 0 || a < 0);
  if (negative) throw kernelError(op, `Paddings must be non-negative: ${negative[0]} ${negative[1]}`, null);
}

function padTable(d: number, [before, after]: [number, number], mode: PadMode): Int32Array {
  return Int32Array.from({ length: d + before + after }, (_, o) => {
    const i = o - before;
    if (i >= 0 && i < d) return i;
    if (mode === 'CONSTANT') return -1;
    if (mode === 'REFLECT') return i < 0 ? -i : 2 * (d - 1) - i;
    return i < 0 ? -i - 1 : 2 * d - 1 - i;
  });
}

const paddedShape = (x: Tensor, paddings: Paddings) => x.shape.map((d, i) => d + paddings[i][0] + paddings[i][1]);
const padMap = (x: Tensor, paddings: Paddings, mode: PadMode) =>
  separableMap(x.shape.map((d, k) => padTable(d, paddings[k], mode)), stridesOf(x.shape));

/** Constant padding; TF names it Pad for a zero value and PadV2 otherwise (the attr says which). */
function constantPad(name: string) {
  return mapOp<{ paddings: Paddings; value: number | bigint | boolean }>(
    name,
    (x, { paddings }) => {
      checkPaddingRank(name, x, paddings);
      return paddedShape(x, paddings);
    },
    (x, { paddings }) => padMap(x, paddings, 'CONSTANT'),
    [{ inputs: [{ shape: [2, 3] }], attrs: { paddings: [[1, 0], [0, 2]], value: 0 } }],
    (_d, { value }) => value,
  );
}
export const Pad = constantPad('Pad');
export const PadV2 = constantPad('PadV2');

export const MirrorPad = mapOp<{ paddings: Paddings; mode: PadMode }>(
  'MirrorPad',
  (x, { paddings, mode }) => {
    checkPaddingRank('MirrorPad', x, paddings);
    x.shape.forEach((d, i) => {
      const [b, a] = paddings[i];
      if (mode === 'REFLECT' ? b >= d || a >= d : b > d || a > d) {
        const rule = mode === 'REFLECT' ? 'less than the dimension size: % not less than' : 'no greater than the dimension size: % greater than';
        throw kernelError('MirrorPad', `paddings must be ${rule.replace('%', `${b}, ${a}`)} ${d}`, null);
      }
    });
    return paddedShape(x, paddings);
  },
  (x, { paddings, mode }) => padMap(x, paddings, mode),
  [
    { inputs: [{ shape: [3, 3] }], attrs: { paddings: [[1, 2], [2, 0]], mode: 'REFLECT' } },
    { inputs: [{ shape: [2, 3] }], attrs: { paddings: [[2, 1], [0, 3]], mode: 'SYMMETRIC' } },
  ],
);

/** Concatenation along `axis` of inputs whose shapes agree elsewhere: the output→combined map
 *  (inputs laid end to end) and each input's positions in the output. */
function concatMaps(shapes: (readonly number[])[], axis: number): { map: Int32Array; parts: Int32Array[] } {
  const outer = numElements(shapes[0].slice(0, axis));
  const inner = numElements(shapes[0].slice(axis + 1));
  const chunks = shapes.map((s) => s[axis] * inner);
  const outChunk = chunks.reduce((a, b) => a + b, 0);
  const starts = shapes.map((s) => numElements(s));
  let acc = 0;
  const inputOffset = starts.map((n) => ((acc += n), acc - n));
  const map = new Int32Array(outer * outChunk);
  const parts = chunks.map((c) => new Int32Array(outer * c));
  let pos = 0;
  for (let o = 0; o < outer; o++) {
    chunks.forEach((c, i) => {
      for (let j = 0; j < c; j++) {
        parts[i][o * c + j] = pos;
        map[pos++] = inputOffset[i] + o * c + j;
      }
    });
  }
  return { map, parts };
}

function concatKernel(N: Backend, inputs: readonly Tensor[], shapes: (readonly number[])[], axis: number) {
  const dtype = inputs[0].dtype.code;
  const combined = N.concatFlat(dtype, inputs.map((t) => t.storage), inputs.map((t) => t.size));
  const total = inputs.reduce((s, t) => s + t.size, 0);
  return N.gatherIndexed(dtype, combined, total, concatMaps(shapes, axis).map, null);
}

function dtypeMismatch(op: string, inputs: readonly Tensor[], name: string): PyBaseException | null {
  const i = inputs.findIndex((t) => t.dtype !== inputs[0].dtype);
  if (i < 0) return null;
  const want = cppDtypeName(inputs[0].dtype);
  return opError(op, `cannot compute ${op} as input #${i}(zero-based) was expected to be a ${want} tensor but is a ${cppDtypeName(inputs[i].dtype)} tensor`, name);
}

export const ConcatV2 = defineOp<{ axis: number }>({
  name: 'ConcatV2',
  infer(inputs, { axis }) {
    const wrapped = `ConcatV2_N_${inputs.length}`;
    const bad = dtypeMismatch('ConcatV2', inputs, 'concat');
    if (bad) throw bad;
    const r = inputs[0].rank;
    if (axis < -r || axis >= r) {
      throw kernelError('ConcatV2', `ConcatOp : Expected concatenating dimensions in the range [${-r}, ${r}), but got ${axis}`, 'concat', wrapped);
    }
    const ax = axis < 0 ? axis + r : axis;
    inputs.forEach((t, i) => {
      if (t.rank !== r) {
        throw kernelError('ConcatV2', `ConcatOp : Ranks of all input tensors should match: shape[0] = ${shapeDebug(inputs[0].shape)} vs. shape[${i}] = ${shapeDebug(t.shape)}`, 'concat', wrapped);
      }
      t.shape.forEach((d, k) => {
        if (k !== ax && d !== inputs[0].shape[k]) {
          throw kernelError('ConcatV2', `ConcatOp : Dimension ${k} in both shapes must be equal: shape[0] = ${shapeDebug(inputs[0].shape)} vs. shape[${i}] = ${shapeDebug(t.shape)}`, 'concat', wrapped);
        }
      });
    });
    const shape = inputs[0].shape.slice();
    shape[ax] = inputs.reduce((s, t) => s + t.shape[ax], 0);
    return { shape, dtype: inputs[0].dtype };
  },
  kernel: (be, inputs, { axis }) => concatKernel(be, inputs, inputs.map((t) => t.shape), axis < 0 ? axis + inputs[0].rank : axis),
  grad: (dy, inputs, _y, { axis }) => {
    const ax = axis < 0 ? axis + inputs[0].rank : axis;
    const { parts } = concatMaps(inputs.map((t) => t.shape), ax);
    return inputs.map((t, i) => gatherByMap(dy, parts[i], t.shape));
  },
  gradCheck: [{ inputs: [{ shape: [2, 3] }, { shape: [2, 1] }], attrs: { axis: -1 } }],
});

const withAxis = (s: readonly number[], axis: number) => [...s.slice(0, axis), 1, ...s.slice(axis)];

export const Pack = defineOp<{ axis: number }>({
  name: 'Pack',
  infer(inputs, { axis }) {
    const bad = dtypeMismatch('Pack', inputs, 'stack');
    if (bad) throw bad;
    inputs.forEach((t, i) => {
      if (t.rank !== inputs[0].rank || t.shape.some((d, k) => d !== inputs[0].shape[k])) {
        throw kernelError('Pack', `Shapes of all inputs must match: values[0].shape = ${shapeDebug(inputs[0].shape)} != values[${i}].shape = ${shapeDebug(t.shape)}`, 'stack', `Pack_N_${inputs.length}`);
      }
    });
    const shape = withAxis(inputs[0].shape, axis);
    shape[axis] = inputs.length;
    return { shape, dtype: inputs[0].dtype };
  },
  kernel: (be, inputs, { axis }) => concatKernel(be, inputs, inputs.map((t) => withAxis(t.shape, axis)), axis),
  grad: (dy, inputs, _y, { axis }) => {
    const { parts } = concatMaps(inputs.map((t) => withAxis(t.shape, axis)), axis);
    return inputs.map((t, i) => gatherByMap(dy, parts[i], t.shape));
  },
  gradCheck: [{ inputs: [{ shape: [2, 3] }, { shape: [2, 3] }], attrs: { axis: 1 } }],
});

export const concat = (xs: Tensor[], axis: number): Tensor => runOp(ConcatV2, xs, { axis });
export const stack = (xs: Tensor[], axis: number): Tensor => runOp(Pack, xs, { axis });

// Ops on string tensors. runOp hands every op with a string operand (or a string result dtype)
// here before any kernel runs:
//  - data-movement ops (reshape, transpose, slices, gather, concat, tile, pad, select, ...) run
//    their own kernels on int32 "handles" (each element's position in a pool of byte strings)
//    and the moved handles are read back as strings: one definition per op serves both;
//  - Equal/NotEqual/Add compare or concatenate bytes here;
//  - Cast and Fill follow TF's string rules;
//  - every other op raises TF's error for a string input.
// runOp reaches this module through setStringOpRouter (the last line), not an import: the op
// modules this file loads import registry.ts themselves.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyBaseException, typeError } from '../../interpreter/objects/exceptions.js';
import { dtypes, DType } from '../dtypes.js';
import { invalidArgument, tfErrorTypes } from '../errors.js';
import { CPU_DEVICE } from '../device.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { broadcastShapes } from '../ops/broadcast.js';
import { cppDtypeName } from '../ops/dtype-text.js';
import { OpDef, registry, runOp, setStringOpRouter } from '../ops/registry.js';
import { StringTensor, isStringTensor, stringsOf } from './string-tensor.js';
import { toTensor } from '../convert.js';
import { unsupportedStringOp } from './unsupported-op-errors.js';

/** Ops that only move elements: TF registers them for strings, and their kernels only copy. */
const MOVES = new Set([
  'Reshape', 'BroadcastTo', 'Transpose', 'StridedSlice', 'Slice', 'GatherV2', 'GatherNd', 'ReverseV2', 'Tile',
  'ConcatV2', 'Pack', 'SelectV2', 'TensorScatterUpdate', 'ScatterNd', 'Pad', 'PadV2', 'MirrorPad', '_IndexGather',
]);

/** True when an op touches strings: a string input, or a string dtype requested by attrs (Cast, Fill). */
function involvesStrings(inputs: readonly Tensor[], attrs: unknown): boolean {
  for (let i = 0; i < inputs.length; i++) if (isStringTensor(inputs[i])) return true;
  return attrs !== null && typeof attrs === 'object' && (attrs as { dtype?: unknown }).dtype === dtypes.string;
}

const EMPTY: Uint8Array = new Uint8Array(0);

/** Runs a data-movement op on handles. Handle 0 is `fill` (b''), so padding and scatter zeros read
 *  as it. */
function moveStrings<A>(def: OpDef<A>, inputs: readonly Tensor[], attrs: A, fill = EMPTY): Tensor {
  const pool: Uint8Array[] = [fill];
  const handles = inputs.map((t) => {
    if (!isStringTensor(t)) return t;
    const base = pool.length;
    for (const s of stringsOf(t)) pool.push(s);
    return tensorFromValues(Int32Array.from({ length: t.size }, (_, i) => base + i), t.shape, dtypes.int32, t.device);
  });
  const moved = runOp(def, handles, attrs);
  return new StringTensor(Array.from(moved.values() as Int32Array, (h) => pool[h]), moved.shape, moved.device);
}

/** Both operands' strings laid out in the broadcast shape. */
function broadcastPair(a: Tensor, b: Tensor, shape: number[]): [readonly Uint8Array[], readonly Uint8Array[]] {
  const BroadcastTo = registry.get('BroadcastTo') as OpDef<{ shape: number[] }>;
  const spread = (t: Tensor) => (t.shape.length === shape.length && t.shape.every((d, i) => d === shape[i]) ? t : moveStrings(BroadcastTo, [t], { shape }));
  return [stringsOf(spread(a)), stringsOf(spread(b))];
}

function bytesEqual(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function compareStrings(a: Tensor, b: Tensor, shape: number[], equal: boolean): Tensor {
  const [xs, ys] = broadcastPair(a, b, shape);
  const out = new Uint8Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = bytesEqual(xs[i], ys[i]) === equal ? 1 : 0;
  return tensorFromValues(out, shape, dtypes.bool, a.device);
}

/** String `+` is TF's Add op (AddV2 has no string kernel): errors name Add. */
function addStrings(inputs: readonly Tensor[]): Tensor {
  if (!isStringTensor(inputs[1])) {
    throw invalidArgument(`cannot compute Add as input #1(zero-based) was expected to be a string tensor but is a ${cppDtypeName(inputs[1].dtype)} tensor`, 'Add');
  }
  const [a, b] = inputs as Tensor[];
  const shape = broadcastShapes(a.shape, b.shape, 'Add');
  const [xs, ys] = broadcastPair(a, b, shape);
  const out = xs.map((x, i) => {
    const joined = new Uint8Array(x.length + ys[i].length);
    joined.set(x);
    joined.set(ys[i], x.length);
    return joined;
  });
  return new StringTensor(out, shape, a.device);
}

function castError(from: DType, to: DType): PyBaseException {
  return new PyBaseException(tfErrorTypes.UnimplementedError, [
    `{{function_node __wrapped__Cast_device_${CPU_DEVICE}}} Cast ${cppDtypeName(from)} to ${cppDtypeName(to)} is not supported [Op:Cast] name: `,
  ]);
}

function runStringOp<A>(def: OpDef<A>, inputs: readonly Tensor[], attrs: A): Tensor {
  switch (def.name) {
    case 'Cast': {
      const to = (attrs as { dtype: DType }).dtype;
      if (inputs[0].dtype === to) return inputs[0];
      throw castError(inputs[0].dtype, to);
    }
    case 'Fill': {
      // tf.zeros(dtype=tf.string) is b''; TF converts any other fill number to a string and fails.
      const { shape, value } = attrs as { shape: number[]; value: number | bigint | boolean };
      if (value !== 0) throw typeError(`Cannot convert ${String(value)} to EagerTensor of dtype string`);
      return new StringTensor(new Array<Uint8Array>(shape.reduce((n, d) => n * d, 1)).fill(EMPTY), shape);
    }
    case 'Range':
      // tf.range(dtype=tf.string) converts its start to the dtype first.
      throw typeError(`Cannot convert ${String((attrs as { start: number }).start)} to EagerTensor of dtype string`);
    case 'AddV2':
      if (isStringTensor(inputs[0])) return addStrings(inputs);
      break;
    case 'Equal':
    case 'NotEqual': {
      const out = def.infer(inputs, attrs);
      return compareStrings(inputs[0] as Tensor, inputs[1] as Tensor, out.shape, def.name === 'Equal');
    }
  }
  if (MOVES.has(def.name)) {
    // The op's own rule raises TF's errors for mismatched dtypes and bad shapes first.
    def.infer(inputs, attrs);
    return moveStrings(def, inputs, attrs);
  }
  // No string kernel: TF names a dtype mismatch between operands first, else the string input.
  if (inputs.some((t) => t.dtype !== inputs[0].dtype)) def.infer(inputs, attrs);
  throw unsupportedStringOp(def.name);
}

/** tf.pad of strings in CONSTANT mode: a Python 0 pads with b'' (TF's Pad), any other value must
 *  convert to a string (TF's PadV2). */
export function padStrings(x: Tensor, paddings: [number, number][], constantValues: PyValue): Tensor {
  const Pad = registry.get('Pad') as OpDef<{ paddings: [number, number][]; value: number }>;
  if (constantValues === 0 || constantValues === false) return runOp(Pad, [x], { paddings, value: 0 });
  const c = toTensor(constantValues, dtypes.string) as Tensor;
  const PadV2 = registry.get('PadV2') as OpDef<{ paddings: [number, number][]; value: number }>;
  return moveStrings(PadV2, [x], { paddings, value: 0 }, stringsOf(c)[0]);
}

setStringOpRouter({ involves: involvesStrings, run: runStringOp });

// Index-rearranging functions around the core shape ops: tf.roll, tf.repeat, tf.unique,
// tf.sequence_mask, tf.searchsorted and tf.linalg.diag/diag_part/band_part/set_diag. Each computes
// an index map on the host and applies it with the generic gather op (ops/index-map.ts), so it
// runs on every backend and is differentiable wherever TF's version is.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyTuple, PyTupleSub } from '../../interpreter/objects/values.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { repr } from '../../interpreter/ops/text.js';
import { call } from '../../interpreter/ops/call.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { concat } from '../ops/shape-layout.js';
import { DType, dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues, numElements } from '../tensor.js';
import { toTensor } from '../convert.js';
import { currentDevice } from '../device.js';
import * as api from '../ops/api.js';
import { gatherByMap, stridesOf } from '../ops/index-map.js';
import { kernelError, opError } from '../ops/shape-errors.js';
import { addFunctions, dtypeArg, Fn, intArg, intList, submodule } from './shape-args.js';
import { byteKeys, isStringTensor } from '../strings/string-tensor.js';
import { hostNumbers, hostTensor } from './host-values.js';
import { opResultType } from './op-result-type.js';

/** An index map over `outShape` where output index (as coordinates) reads `source(coords)` (-1: zero). */
function mapOver(outShape: readonly number[], source: (coords: number[]) => number): Int32Array {
  const size = numElements(outShape);
  const map = new Int32Array(size);
  const coords = new Array<number>(outShape.length).fill(0);
  for (let i = 0; i < size; i++) {
    map[i] = source(coords);
    for (let d = outShape.length - 1; d >= 0; d--) {
      if (++coords[d] < outShape[d]) break;
      coords[d] = 0;
    }
  }
  return map;
}

const offsetOf = (coords: readonly number[], strides: readonly number[]): number => coords.reduce((acc, c, i) => acc + c * strides[i], 0);

function roll(x: Tensor, shiftArg: PyValue, axisArg: PyValue): Tensor {
  const shifts = intList(shiftArg);
  const axes = intList(axisArg);
  if (shifts.length !== axes.length) {
    throw kernelError('Roll', `shift and axis must have the same size`, null);
  }
  const total = new Array<number>(x.rank).fill(0);
  for (let i = 0; i < axes.length; i++) {
    const a = axes[i] < 0 ? axes[i] + x.rank : axes[i];
    if (a < 0 || a >= x.rank) throw kernelError('Roll', `axis ${axes[i]} is out of range`, null);
    total[a] += shifts[i];
  }
  const strides = stridesOf(x.shape);
  const map = mapOver(x.shape, (c) =>
    offsetOf(c.map((v, d) => {
      const n = x.shape[d];
      return n === 0 ? 0 : (((v - total[d]) % n) + n) % n;
    }), strides),
  );
  return gatherByMap(x, map, x.shape);
}

function repeat(input: PyValue, repeatsArg: PyValue, axisArg: PyValue): Tensor {
  let x = toTensor(input);
  let axis: number;
  if (axisArg === null) {
    x = api.reshape(x, [x.size]);
    axis = 0;
  } else {
    axis = intArg(axisArg);
    if (axis < 0) axis += x.rank;
  }
  const n = x.shape[axis];
  let repeats = intList(repeatsArg);
  if (repeats.length === 1) repeats = new Array<number>(n).fill(repeats[0]);
  if (repeats.length !== n) {
    throw opError('Reshape', `Dimensions ${repeats.length} and ${n} are not compatible`);
  }
  const source: number[] = [];
  repeats.forEach((r, i) => {
    for (let k = 0; k < r; k++) source.push(i);
  });
  const outShape = x.shape.slice();
  outShape[axis] = source.length;
  const strides = stridesOf(x.shape);
  const map = mapOver(outShape, (c) => offsetOf(c.map((v, d) => (d === axis ? source[v] : v)), strides));
  return gatherByMap(x, map, outShape);
}

// tf.unique returns a namedtuple Unique(y, idx).
const uniqueType = opResultType('Unique', ['y', 'idx'], 'gen_array_ops');

function unique(x: Tensor, outIdx: DType): PyValue {
  if (x.rank !== 1) throw kernelError('Unique', 'unique expects a 1D vector.', '');
  const values = isStringTensor(x) ? byteKeys(x) : (x.values() as ArrayLike<number | bigint>);
  const firstIndex = new Map<number | bigint | string, number>();
  const order: number[] = [];
  const idx: number[] = [];
  for (let i = 0; i < values.length; i++) {
    // +0 and -0 are one value; every NaN is its own (TF compares with ==).
    const v = values[i];
    const key = typeof v === 'number' && v === 0 ? 0 : v;
    const seen = typeof key === 'number' && Number.isNaN(key) ? undefined : firstIndex.get(key);
    if (seen === undefined) {
      if (!(typeof key === 'number' && Number.isNaN(key))) firstIndex.set(key, order.length);
      idx.push(order.length);
      order.push(i);
    } else {
      idx.push(seen);
    }
  }
  const y = gatherByMap(x, Int32Array.from(order), [order.length]);
  return new PyTupleSub([y, hostTensor(idx, [idx.length], outIdx)], uniqueType);
}

function sequenceMask(lengthsArg: PyValue, maxlenArg: PyValue, dtype: DType): Tensor {
  const lengths = toTensor(lengthsArg);
  const maxlen = maxlenArg === null ? Math.max(0, ...hostNumbers(lengths)) : intArg(maxlenArg);
  const range = hostTensor(Array.from({ length: maxlen }, (_, i) => i), [maxlen], lengths.dtype);
  const mask = runLess(range, api.reshape(lengths, [...lengths.shape, 1]));
  return dtype === dtypes.bool ? mask : api.cast(mask, dtype);
}

const runLess = (a: Tensor, b: Tensor): Tensor => api.greater(b, a);

function searchsorted(sortedArg: PyValue, valuesArg: PyValue, side: PyValue, outType: DType): Tensor {
  if (side !== 'left' && side !== 'right') throw valueError(`Argument \`side\` must be either 'right' or 'left'. Received: \`side\` = ${repr(side)}.`);
  const sorted = toTensor(sortedArg);
  const values = toTensor(valuesArg, sorted.dtype);
  const rows = sorted.rank <= 1 ? 1 : numElements(sorted.shape.slice(0, -1));
  const n = sorted.rank === 0 ? 1 : sorted.shape[sorted.rank - 1];
  const m = values.rank === 0 ? 1 : values.shape[values.rank - 1];
  const s = hostNumbers(sorted);
  const v = hostNumbers(values);
  const out: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < m; j++) {
      const target = v[r * m + j];
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const goRight = side === 'left' ? s[r * n + mid] < target : s[r * n + mid] <= target;
        if (goRight) lo = mid + 1;
        else hi = mid;
      }
      out.push(lo);
    }
  }
  return hostTensor(out, values.shape.slice(), outType);
}

/** diag: [..., n] -> [..., n, n] with the input on the main diagonal. */
function diag(d: Tensor): Tensor {
  const n = d.shape[d.rank - 1];
  const outShape = [...d.shape, n];
  const map = mapOver(outShape, (c) => {
    const [i, j] = c.slice(-2);
    if (i !== j) return -1;
    const batch = c.slice(0, -2).reduce((acc, v, k) => acc * d.shape[k] + v, 0);
    return batch * n + i;
  });
  return gatherByMap(d, map, outShape);
}

/** diag_part: [..., m, n] -> [..., min(m, n)]. */
function diagPart(x: Tensor): Tensor {
  if (x.rank < 2) throw valueError(`Shape must be at least rank 2 but is rank ${x.rank}`);
  const [m, n] = x.shape.slice(-2);
  const k = Math.min(m, n);
  const outShape = [...x.shape.slice(0, -2), k];
  const map = mapOver(outShape, (c) => {
    const batch = c.slice(0, -1).reduce((acc, v, i) => acc * x.shape[i] + v, 0);
    const i = c[c.length - 1];
    return batch * m * n + i * n + i;
  });
  return gatherByMap(x, map, outShape);
}

/** Keeps entries with -lower <= j - i <= upper (negative bounds: the whole triangle). */
function bandPart(x: Tensor, lower: number, upper: number): Tensor {
  if (x.rank < 2) throw valueError(`Shape must be at least rank 2 but is rank ${x.rank}`);
  const [m, n] = x.shape.slice(-2);
  const keep: boolean[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) keep.push((lower < 0 || i - j <= lower) && (upper < 0 || j - i <= upper));
  }
  const mask = tensorFromValues(keep.map(Number), [m, n], dtypes.bool, currentDevice());
  return api.where(mask, x, api.zerosLike(x));
}

function setDiag(x: Tensor, d: Tensor): Tensor {
  const [m, n] = x.shape.slice(-2);
  const k = Math.min(m, n);
  const onDiagonal = tensorFromValues(Array.from({ length: m * n }, (_, p) => Number(Math.floor(p / n) === p % n)), [m, n], dtypes.bool, currentDevice());
  const map = mapOver(x.shape, (c) => {
    const [i, j] = c.slice(-2);
    const batch = c.slice(0, -2).reduce((acc, v, q) => acc * x.shape[q] + v, 0);
    return i === j ? batch * k + i : -1;
  });
  return api.where(onDiagonal, gatherByMap(d, map, x.shape), x);
}

const P = {
  roll: pyParams('roll', ['input', 'shift', 'axis', 'name'], { name: null }),
  repeat: pyParams('repeat', ['input', 'repeats', 'axis', 'name'], { axis: null, name: null }),
  unique: pyParams('unique', ['x', 'out_idx', 'name'], { out_idx: dtypes.int32, name: null }),
  sequenceMask: pyParams('sequence_mask', ['lengths', 'maxlen', 'dtype', 'name'], { maxlen: null, dtype: dtypes.bool, name: null }),
  searchsorted: pyParams('searchsorted', ['sorted_sequence', 'values', 'side', 'out_type', 'name'], { side: 'left', out_type: dtypes.int32, name: null }),
  diag: pyParams('diag', ['diagonal', 'name', 'k', 'num_rows', 'num_cols', 'padding_value', 'align'], { name: 'diag', k: 0, num_rows: -1, num_cols: -1, padding_value: 0, align: 'RIGHT_LEFT' }),
  diagPart: pyParams('diag_part', ['input', 'name', 'k', 'padding_value', 'align'], { name: 'diag_part', k: 0, padding_value: 0, align: 'RIGHT_LEFT' }),
  bandPart: pyParams('band_part', ['input', 'num_lower', 'num_upper', 'name'], { name: null }),
  setDiag: pyParams('set_diag', ['input', 'diagonal', 'name', 'k', 'align'], { name: 'set_diag', k: 0, align: 'RIGHT_LEFT' }),
};

function onlyMainDiagonal(k: PyValue): void {
  if (intArg(k) !== 0) throw valueError('tfts supports only the main diagonal (k=0) in tf.linalg diagonal functions');
}

export function installArrayExtras(tf: PyModule): void {
  const top: Record<string, Fn> = {
    roll: (a, k) => {
      const p = P.roll(a, k);
      return roll(toTensor(p.input), p.shift, p.axis);
    },
    repeat: (a, k) => {
      const p = P.repeat(a, k);
      return repeat(p.input, p.repeats, p.axis);
    },
    unique: (a, k) => {
      const p = P.unique(a, k);
      return unique(toTensor(p.x), dtypeArg(p.out_idx, dtypes.int32)!);
    },
    sequence_mask: (a, k) => {
      const p = P.sequenceMask(a, k);
      return sequenceMask(p.lengths, p.maxlen, dtypeArg(p.dtype, dtypes.bool)!);
    },
    searchsorted: (a, k) => {
      const p = P.searchsorted(a, k);
      return searchsorted(p.sorted_sequence, p.values, p.side, dtypeArg(p.out_type, dtypes.int32)!);
    },
  };
  addFunctions(tf, top);
  const linalg: Record<string, Fn> = {
    diag: (a, k) => {
      const p = P.diag(a, k);
      onlyMainDiagonal(p.k);
      return diag(toTensor(p.diagonal));
    },
    diag_part: (a, k) => {
      const p = P.diagPart(a, k);
      onlyMainDiagonal(p.k);
      return diagPart(toTensor(p.input));
    },
    band_part: (a, k) => {
      const p = P.bandPart(a, k);
      return bandPart(toTensor(p.input), intArg(p.num_lower), intArg(p.num_upper));
    },
    set_diag: (a, k) => {
      const p = P.setDiag(a, k);
      onlyMainDiagonal(p.k);
      const x = toTensor(p.input);
      return setDiag(x, toTensor(p.diagonal, x.dtype));
    },
  };
  addFunctions(submodule(tf, 'linalg', 'tensorflow._api.v2.linalg'), linalg);
}

/** tf.linalg functions that are rearrangements or small compositions: adjoint (transpose of the
 *  last two axes; real tensors have no conjugate), matvec, cross (TF's Cross kernel formula),
 *  normalize (tensor / tf.norm, with the norm), tensor_diag and tensor_diag_part. */
export function installLinalgExtras(tf: PyModule): void {
  const linalg = submodule(tf, 'linalg', 'tensorflow._api.v2.linalg');
  const swapLast = (x: Tensor): Tensor => {
    const perm = x.shape.map((_, i) => i);
    [perm[x.rank - 2], perm[x.rank - 1]] = [perm[x.rank - 1], perm[x.rank - 2]];
    return api.transpose(x, perm);
  };
  const component = (x: Tensor, i: number): Tensor => {
    const n = x.size / 3;
    return gatherByMap(x, Int32Array.from({ length: n }, (_, j) => j * 3 + i), x.shape.slice(0, -1));
  };
  const params = {
    adjoint: pyParams('adjoint', ['matrix', 'name'], { name: null }),
    matvec: pyParams('matvec', ['a', 'b', 'transpose_a', 'adjoint_a', 'a_is_sparse', 'b_is_sparse', 'name'], { transpose_a: false, adjoint_a: false, a_is_sparse: false, b_is_sparse: false, name: null }),
    cross: pyParams('cross', ['a', 'b', 'name'], { name: null }),
    normalize: pyParams('normalize', ['tensor', 'ord', 'axis', 'name'], { ord: 'euclidean', axis: null, name: null }),
    tensorDiag: pyParams('tensor_diag', ['diagonal', 'name'], { name: null }),
    tensorDiagPart: pyParams('tensor_diag_part', ['input', 'name'], { name: null }),
  };
  addFunctions(linalg, {
    adjoint: (a, k) => swapLast(toTensor(params.adjoint(a, k).matrix)),
    matvec: (a, k) => {
      const p = params.matvec(a, k);
      const m = toTensor(p.a);
      const v = toTensor(p.b, m.dtype);
      const t = isTruthy(p.transpose_a) || isTruthy(p.adjoint_a);
      const out = api.matmul(m, api.reshape(v, [...v.shape, 1]), t, false);
      return api.reshape(out, out.shape.slice(0, -1));
    },
    cross: (a, k) => {
      const p = params.cross(a, k);
      const x = toTensor(p.a);
      const y = toTensor(p.b, x.dtype);
      const [x0, x1, x2] = [0, 1, 2].map((i) => component(x, i));
      const [y0, y1, y2] = [0, 1, 2].map((i) => component(y, i));
      const parts = [
        api.sub(api.mul(x1, y2), api.mul(x2, y1)),
        api.sub(api.mul(x2, y0), api.mul(x0, y2)),
        api.sub(api.mul(x0, y1), api.mul(x1, y0)),
      ].map((t) => api.reshape(t, [...t.shape, 1]));
      return concat(parts, x.rank - 1);
    },
    normalize: (a, k) => {
      const p = params.normalize(a, k);
      const x = toTensor(p.tensor);
      const kw = new Map<string, PyValue>([['ord', p.ord], ['axis', p.axis], ['keepdims', true]]);
      const norm = call(tf.dict.get('norm')!, [x], kw) as Tensor;
      return new PyTuple([api.realDiv(x, norm), norm]);
    },
    tensor_diag: (a, k) => {
      const d = toTensor(params.tensorDiag(a, k).diagonal);
      const n = d.size;
      const shape = [...d.shape, ...d.shape];
      return gatherByMap(d, Int32Array.from({ length: n * n }, (_, i) => (Math.floor(i / n) === i % n ? i % n : -1)), shape);
    },
    tensor_diag_part: (a, k) => {
      const x = toTensor(params.tensorDiagPart(a, k).input);
      const half = x.shape.slice(0, x.rank / 2);
      const n = numElements(half);
      return gatherByMap(x, Int32Array.from({ length: n }, (_, i) => i * n + i), half);
    },
  });
}

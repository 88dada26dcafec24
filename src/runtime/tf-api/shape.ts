// tf.* shape functions as Python sees them: argument binding like TF's signatures, TF's Python-side
// errors (ValueError/TypeError texts), then the shape ops (src/runtime/ops/shape-*.ts).
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { dtypes } from '../dtypes.js';
import { numElements, Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { currentDevice } from '../device.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import { slice, stridedSlice } from '../ops/shape-slice.js';
import * as G from '../ops/shape-gather.js';
import * as L from '../ops/shape-layout.js';
import { kernelError, opError } from '../ops/shape-errors.js';
import { cppDtypeName } from '../ops/dtype-text.js';
import { addFunctions, dtypeArg, Fn, intArg, intList, isTensorValue, matchingTensors, pairList, tensorList } from './shape-args.js';
import '../tensor-indexing.js';
import { isStringTensor } from '../strings/string-tensor.js';
import { padStrings } from '../strings/string-ops.js';
import { unsupportedStringOp } from '../strings/unsupported-op-errors.js';
import { hostTensor } from './host-values.js';

const bind = pyParams;

/** Resolves a -1 in a reshape target with TF's messages. */
function reshapeTarget(x: Tensor, shape: number[]): number[] {
  const unknown = shape.flatMap((d, i) => (d === -1 ? [i] : []));
  const fail = (m: string) => kernelError('Reshape', m, null);
  if (unknown.length > 1) throw fail(`Only one input size may be -1, not both ${unknown[0]} and ${unknown[1]}`);
  if (unknown.length === 0) {
    if (numElements(shape) !== x.size) throw fail(`Input to reshape is a tensor with ${x.size} values, but the requested shape has ${numElements(shape)}`);
    return shape;
  }
  const known = numElements(shape.filter((d) => d !== -1));
  if (known === 0 && x.size !== 0) throw fail(`Input to reshape is a tensor with ${x.size} values, but the requested shape has 0`);
  if (known !== 0 && x.size % known !== 0) {
    throw fail(`Input to reshape is a tensor with ${x.size} values, but the requested shape requires a multiple of ${known}`);
  }
  const out = shape.slice();
  // TF sizes the unknown dim of an empty reshape from the non-zero dims on both sides.
  const nonZero = (dims: readonly number[]) => numElements(dims.filter((d) => d !== 0 && d !== -1));
  out[unknown[0]] = known === 0 ? nonZero(x.shape) / nonZero(shape) : x.size / known;
  return out;
}

/** tf.stack's values: a tensor among them fixes the dtype, the others converted to it strictly, as
 *  the generated op does (matchingTensors); plain Python values alone are typed together, as one
 *  nested list would be ([1, 2.5] → float32). */
function listTensors(values: PyValue[]): Tensor[] {
  if (values.some(isTensorValue) || values.length === 0) return matchingTensors(values, true);
  const dtype = toTensor(new PyList(values)).dtype;
  return values.map((v) => toTensor(v, dtype));
}

/** TF's eager fast path names ops (` name: `) when given tensors; converted Python lists take a
 *  slower path whose errors carry no name. */
const opName = (input: PyValue): string | null => (isTensorValue(input) ? '' : null);

const normAxis = (axis: number, rank: number) => (axis < 0 ? axis + rank : axis);

function splitSizes(x: Tensor, spec: PyValue, axis: number): number[] {
  const dim = x.shape[axis];
  if (typeof spec === 'number' || (isTensorValue(spec) && toTensor(spec).rank === 0)) {
    const n = intArg(spec);
    if (n < 1) {
      throw opError(
        'Split',
        `Value for attr 'num_split' of ${n} must be at least minimum 1\n\t; NodeDef: {{node Split}}; Op<name=Split; signature=split_dim:int32, value:T -> output:num_split*T; attr=num_split:int,min=1; attr=T:type>`,
        null,
      );
    }
    if (dim % n !== 0) {
      throw kernelError('Split', `Number of ways to split should evenly divide the split dimension, but got split_dim ${axis} (size = ${dim}) and num_split ${n}`, 'split', `Split_num_split_${n}`);
    }
    return new Array<number>(n).fill(dim / n);
  }
  const sizes = intList(spec);
  const unknown = sizes.indexOf(-1);
  const known = sizes.reduce((s, d) => (d === -1 ? s : s + d), 0);
  const fail = () =>
    kernelError(
      'SplitV',
      `Determined shape must either match input shape along split_dim exactly if fully specified, or be less than the size of the input along split_dim if not fully specified.  Got: ${known}`,
      'split',
      `SplitV_num_split_${sizes.length}`,
    );
  if (unknown >= 0) {
    if (known > dim) throw fail();
    sizes[unknown] = dim - known;
  } else if (known !== dim) throw fail();
  return sizes;
}

/** Pieces of x along axis with the given sizes, each a Slice (so gradients flow). */
function pieces(x: Tensor, axis: number, sizes: number[]): Tensor[] {
  let at = 0;
  return sizes.map((s) => {
    const begin = x.shape.map((_, i) => (i === axis ? at : 0));
    const size = x.shape.map((d, i) => (i === axis ? s : d));
    at += s;
    return slice(x, begin, size);
  });
}

function whereFn(p: Record<string, PyValue>): Tensor {
  if ((p.x === null) !== (p.y === null)) throw valueError('x and y must both be non-None or both be None.');
  const cond = toTensor(p.condition);
  if (isStringTensor(cond)) throw unsupportedStringOp('Where');
  if (p.x === null) return G.whereCoords(cond);
  // SelectV2 converts x and y together, strictly (the first tensor fixes the dtype).
  const [x, y] = matchingTensors([p.x, p.y], true);
  return api.where(cond.dtype === dtypes.bool ? cond : api.cast(cond, dtypes.bool), x, y);
}

const P = {
  reshape: bind('reshape', ['tensor', 'shape', 'name'], { name: null }),
  transpose: bind('transpose', ['a', 'perm', 'conjugate', 'name'], { perm: null, conjugate: false, name: null }),
  expandDims: bind('expand_dims', ['input', 'axis', 'name'], { name: null }),
  squeeze: bind('squeeze', ['input', 'axis', 'name'], { axis: null, name: null }),
  concat: bind('concat', ['values', 'axis', 'name'], { name: 'concat' }),
  stack: bind('stack', ['values', 'axis', 'name'], { axis: 0, name: 'stack' }),
  unstack: bind('unstack', ['value', 'num', 'axis', 'name'], { num: null, axis: 0, name: 'unstack' }),
  split: bind('split', ['value', 'num_or_size_splits', 'axis', 'num', 'name'], { axis: 0, num: null, name: 'split' }),
  tile: bind('tile', ['input', 'multiples', 'name'], { name: null }),
  broadcastTo: bind('broadcast_to', ['input', 'shape', 'name'], { name: null }),
  pad: bind('pad', ['tensor', 'paddings', 'mode', 'constant_values', 'name'], { mode: 'CONSTANT', constant_values: 0, name: null }),
  gather: bind('gather', ['params', 'indices', 'validate_indices', 'axis', 'batch_dims', 'name'], { validate_indices: null, axis: null, batch_dims: 0, name: null }),
  gatherNd: bind('gather_nd', ['params', 'indices', 'batch_dims', 'name'], { batch_dims: 0, name: null }),
  scatterNd: bind('scatter_nd', ['indices', 'updates', 'shape', 'name'], { name: null }),
  tensorScatter: bind('tensor_scatter_nd_update', ['tensor', 'indices', 'updates', 'name'], { name: null }),
  booleanMask: bind('boolean_mask', ['tensor', 'mask', 'axis', 'name'], { axis: null, name: 'boolean_mask' }),
  where: bind('where', ['condition', 'x', 'y', 'name'], { x: null, y: null, name: null }),
  meshgrid: bind('meshgrid', [], { indexing: 'xy', name: null }, ['indexing', 'name']),
  shape: bind('shape', ['input', 'out_type', 'name'], { out_type: null, name: null }),
  size: bind('size', ['input', 'out_type', 'name'], { out_type: null, name: null }),
  rank: bind('rank', ['input', 'name'], { name: null }),
  reverse: bind('reverse', ['tensor', 'axis', 'name'], { name: null }),
  identity: bind('identity', ['input', 'name'], { name: null }),
  slice: bind('slice', ['input_', 'begin', 'size', 'name'], { name: null }),
  stridedSlice: bind('strided_slice', ['input_', 'begin', 'end', 'strides', 'begin_mask', 'end_mask', 'ellipsis_mask', 'new_axis_mask', 'shrink_axis_mask', 'var', 'name'], {
    strides: null, begin_mask: 0, end_mask: 0, ellipsis_mask: 0, new_axis_mask: 0, shrink_axis_mask: 0, var: null, name: null,
  }),
};

function indicesArg(v: PyValue): G.Indices {
  const t = toTensor(v);
  if (!t.dtype.isInteger) throw typeError(`indices must be an integer tensor, got ${t.dtype.name}`);
  return G.indicesOf(t);
}

const shapeFns: Record<string, Fn> = {
  reshape: (a, k) => {
    const p = P.reshape(a, k);
    const x = toTensor(p.tensor);
    return api.reshape(x, reshapeTarget(x, intList(p.shape)));
  },
  transpose: (a, k) => {
    const p = P.transpose(a, k);
    const x = toTensor(p.a);
    return api.transpose(x, p.perm === null ? x.shape.map((_, i) => x.rank - 1 - i) : intList(p.perm));
  },
  expand_dims: (a, k) => {
    const p = P.expandDims(a, k);
    const x = toTensor(p.input);
    const axis = intArg(p.axis);
    if (axis < -x.rank - 1 || axis > x.rank) {
      throw kernelError('ExpandDims', `Tried to expand dim index ${axis} for tensor with ${x.rank} dimensions.`, opName(p.input));
    }
    const at = axis < 0 ? axis + x.rank + 1 : axis;
    return api.reshape(x, [...x.shape.slice(0, at), 1, ...x.shape.slice(at)]);
  },
  squeeze: (a, k) => {
    const p = P.squeeze(a, k);
    const x = toTensor(p.input);
    const axes = p.axis === null ? null : intList(p.axis);
    const drop = new Set<number>();
    if (axes === null) x.shape.forEach((d, i) => d === 1 && drop.add(i));
    for (const ax of axes ?? []) {
      if (ax < -x.rank || ax >= x.rank) throw kernelError('Squeeze', `Tried to squeeze dim index ${ax} for tensor with ${x.rank} dimensions.`, opName(p.input));
      const i = normAxis(ax, x.rank);
      if (x.shape[i] !== 1) throw kernelError('Squeeze', `Can not squeeze dim[${i}], expected a dimension of 1, got ${x.shape[i]}`, opName(p.input));
      drop.add(i);
    }
    return api.reshape(x, x.shape.filter((_, i) => !drop.has(i)));
  },
  concat: (a, k) => {
    const p = P.concat(a, k);
    // ConcatV2 converts its values together, strictly: [[1], [2.5]] is TF's TypeError.
    const xs = matchingTensors(tensorList(p.values), true);
    if (xs.length === 0) {
      throw opError(
        'ConcatV2',
        `OpKernel 'ConcatV2' has constraint on attr 'T' not in NodeDef '[N=0, Tidx=DT_INT32]', KernelDef: 'goo.gle/debugproto  op: "ConcatV2" device_type: "CPU" constraint { name: "T" allowed_values { list { type: DT_QINT32 } } } host_memory_arg: "axis"'`,
        'concat',
      );
    }
    if (xs.length === 1) return xs[0];
    return L.concat(xs, intArg(p.axis));
  },
  stack: (a, k) => {
    const p = P.stack(a, k);
    const xs = listTensors(tensorList(p.values));
    if (xs.length === 0) return api.fill([0], dtypes.float32, 0);
    const r = xs[0].rank + 1;
    const axis = intArg(p.axis);
    if (axis < -r || axis >= r) throw valueError(`Argument \`axis\` = ${axis} not in range [${-r}, ${r})`);
    return L.stack(xs, normAxis(axis, r));
  },
  unstack: (a, k) => {
    const p = P.unstack(a, k);
    const x = toTensor(p.value);
    const axis = intArg(p.axis);
    if (axis < -x.rank || axis >= x.rank) throw valueError(`Argument \`axis\` = ${axis} not in range [${-x.rank}, ${x.rank})`);
    const ax = normAxis(axis, x.rank);
    const rest = x.shape.filter((_, i) => i !== ax);
    return new PyList(pieces(x, ax, new Array<number>(x.shape[ax]).fill(1)).map((t) => api.reshape(t, rest)));
  },
  split: (a, k) => {
    const p = P.split(a, k);
    const x = toTensor(p.value);
    const axis = normAxis(intArg(p.axis), x.rank);
    return new PyList(pieces(x, axis, splitSizes(x, p.num_or_size_splits, axis)));
  },
  tile: (a, k) => {
    const p = P.tile(a, k);
    return runOp(L.Tile, [toTensor(p.input)], { multiples: intList(p.multiples) });
  },
  broadcast_to: (a, k) => {
    const p = P.broadcastTo(a, k);
    return api.broadcastTo(toTensor(p.input), intList(p.shape));
  },
  pad: (a, k) => {
    const p = P.pad(a, k);
    const x = toTensor(p.tensor);
    const paddings = pairList(p.paddings);
    const mode = String(p.mode).toUpperCase();
    if (mode === 'CONSTANT') {
      if (isStringTensor(x)) return padStrings(x, paddings, p.constant_values);
      const c = toTensor(p.constant_values, x.dtype).values()[0];
      const zero = Number(c) === 0;
      return runOp(zero ? L.Pad : L.PadV2, [x], { paddings, value: typeof c === 'bigint' ? c : Number(c) });
    }
    if (mode !== 'REFLECT' && mode !== 'SYMMETRIC') {
      throw valueError(`Value of argument \`mode\` expected to be one of "CONSTANT", "REFLECT", or "SYMMETRIC". Received \`mode\` = ${mode}`);
    }
    return runOp(L.MirrorPad, [x], { paddings, mode: mode as L.PadMode });
  },
  gather: (a, k) => {
    const p = P.gather(a, k);
    const params = toTensor(p.params);
    const idx = toTensor(p.indices);
    if (!['int16', 'int32', 'int64'].includes(idx.dtype.name)) {
      // A Python list takes TF's slow path, whose errors carry no op name.
      const name = p.indices instanceof PyList || p.indices instanceof PyTuple ? null : '';
      throw opError(
        'GatherV2',
        `Value for attr 'Tindices' of ${cppDtypeName(idx.dtype)} is not in the list of allowed values: int16, int32, int64\n\t; NodeDef: {{node GatherV2}}; Op<name=GatherV2; signature=params:Tparams, indices:Tindices, axis:Taxis -> output:Tparams; attr=batch_dims:int,default=0; attr=Tparams:type; attr=Tindices:type,allowed=[DT_INT16, DT_INT32, DT_INT64]; attr=Taxis:type,allowed=[DT_INT32, DT_INT64]>`,
        name,
      );
    }
    const batchDims = intArg(p.batch_dims);
    const bd = batchDims < 0 ? batchDims + idx.rank : batchDims;
    const axis = p.axis === null ? bd : intArg(p.axis);
    if (axis < -params.rank) throw kernelError('GatherV2', `Shape must be at least rank ${-axis} but is rank ${params.rank}`, null);
    for (let i = 0; i < bd; i++) {
      if (params.shape[i] !== idx.shape[i]) {
        throw kernelError('GatherV2', `params.shape[${i}]: ${params.shape[i]} should be equal to indices.shape[${i}]: ${idx.shape[i]}`, null);
      }
    }
    return G.gather(params, G.indicesOf(idx), normAxis(axis, params.rank), bd, undefined, idx.dtype);
  },
  gather_nd: (a, k) => {
    const p = P.gatherNd(a, k);
    return runOp(G.GatherNd, [toTensor(p.params)], { indices: indicesArg(p.indices) });
  },
  scatter_nd: (a, k) => {
    const p = P.scatterNd(a, k);
    return runOp(G.ScatterNd, [toTensor(p.updates)], { indices: indicesArg(p.indices), shape: intList(p.shape) });
  },
  tensor_scatter_nd_update: (a, k) => {
    const p = P.tensorScatter(a, k);
    const t = toTensor(p.tensor);
    return runOp(G.TensorScatterUpdate, [t, toTensor(p.updates, t.dtype)], { indices: indicesArg(p.indices) });
  },
  tensor_scatter_nd_add: (a, k) => {
    const p = P.tensorScatter(a, k);
    const t = toTensor(p.tensor);
    return runOp(G.TensorScatterAdd, [t, toTensor(p.updates, t.dtype)], { indices: indicesArg(p.indices) });
  },
  boolean_mask: (a, k) => {
    const p = P.booleanMask(a, k);
    const x = toTensor(p.tensor);
    return G.booleanMask(x, toTensor(p.mask), p.axis === null ? 0 : normAxis(intArg(p.axis), x.rank));
  },
  where: (a, k) => whereFn(P.where(a, k)),
  meshgrid: (a, k) => {
    const p = P.meshgrid([], k);
    const xs = matchingTensors(a).map((t) => api.reshape(t, [t.size]));
    const ij = String(p.indexing) === 'ij';
    if (!ij && String(p.indexing) !== 'xy') throw valueError(`Argument \`indexing\` parameter must be either 'xy' or 'ij', got '${String(p.indexing)}'`);
    const sizes = xs.map((t) => t.size);
    if (!ij && xs.length >= 2) [sizes[0], sizes[1]] = [sizes[1], sizes[0]];
    return new PyList(
      xs.map((t, i) => {
        const at = !ij && xs.length >= 2 && i < 2 ? 1 - i : i;
        const shape = sizes.map((s, j) => (j === at ? s : 1));
        return api.broadcastTo(api.reshape(t, shape), sizes);
      }),
    );
  },
  shape: (a, k) => {
    const p = P.shape(a, k);
    const x = toTensor(p.input);
    return hostTensor(x.shape, [x.rank], dtypeArg(p.out_type, dtypes.int32));
  },
  size: (a, k) => {
    const p = P.size(a, k);
    return hostTensor([toTensor(p.input).size], [], dtypeArg(p.out_type, dtypes.int32));
  },
  rank: (a, k) => tensorFromValues([toTensor(P.rank(a, k).input).rank], [], dtypes.int32, currentDevice()),
  reverse: (a, k) => {
    const p = P.reverse(a, k);
    return runOp(L.ReverseV2, [toTensor(p.tensor)], { axes: intList(p.axis) });
  },
  identity: (a, k) => {
    const x = toTensor(P.identity(a, k).input);
    return api.reshape(x, x.shape);
  },
  slice: (a, k) => {
    const p = P.slice(a, k);
    return slice(toTensor(p.input_), intList(p.begin), intList(p.size));
  },
  strided_slice: (a, k) => {
    const p = P.stridedSlice(a, k);
    const begin = intList(p.begin);
    return stridedSlice(toTensor(p.input_), {
      begin, end: intList(p.end), strides: p.strides === null ? begin.map(() => 1) : intList(p.strides),
      beginMask: intArg(p.begin_mask), endMask: intArg(p.end_mask), ellipsisMask: intArg(p.ellipsis_mask),
      newAxisMask: intArg(p.new_axis_mask), shrinkAxisMask: intArg(p.shrink_axis_mask),
    });
  },
};

/** Registers the shape functions on the tf module (replacing the module's first versions). */
export function installShapeApi(tf: PyModule): void {
  addFunctions(tf, shapeFns);
}

// tf.sparse: conversions (from_dense, to_dense with TF's index checks), arithmetic (add,
// sparse_dense_matmul, map_values, reduce_sum/reduce_max), and layout (reorder, reshape, transpose,
// concat, slice, retain, expand_dims, fill_empty_rows, eye), on SparseTensor entries in row-major
// order as TF's kernels keep them.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyTuple } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { call, Kwargs } from '../../interpreter/ops/call.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { dtypes, DType } from '../dtypes.js';
import { numElements, Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import * as api from '../ops/api.js';
import { kernelError } from '../ops/shape-errors.js';
import { StringTensor, stringsOf } from '../strings/string-tensor.js';
import { makeSparse, SparseTensor, sparseTensorType } from '../sparse/sparse-tensor.js';
import { addFunctions, dtypeArg, Fn, intList, submodule, tensorList } from './shape-args.js';
import { axisList, numberArg } from './math-args.js';

type Value = number | bigint | Uint8Array;
interface Entry {
  at: number[];
  value: Value;
}

const entries = (s: SparseTensor): Entry[] => {
  const values = s.entryValues();
  return s.coords().map((at, i) => ({ at, value: values[i] }));
};
const linear = (at: number[], shape: number[]) => at.reduce((acc, c, d) => acc * shape[d] + c, 0);
const rebuild = (list: Entry[], shape: number[], like: SparseTensor) =>
  makeSparse(
    list.map((e) => e.at),
    list.map((e) => e.value),
    shape,
    like.dtype,
    like.values.device,
  );
const sorted = (list: Entry[], shape: number[]) => list.slice().sort((a, b) => linear(a.at, shape) - linear(b.at, shape));

const isZero = (v: Value) => (v instanceof Uint8Array ? v.length === 0 : Number(v) === 0);
const plus = (a: Value, b: Value) => (typeof a === 'bigint' || typeof b === 'bigint' ? BigInt(a as bigint) + BigInt(b as bigint) : (a as number) + (b as number));

function fromDense(t: Tensor): SparseTensor {
  const values: Value[] = t.dtype === dtypes.string ? stringsOf(t).slice() : Array.from(t.values() as ArrayLike<number | bigint>);
  const list: Entry[] = [];
  values.forEach((v, i) => {
    if (isZero(v)) return;
    const at: number[] = [];
    let rest = i;
    for (let d = t.rank - 1; d >= 0; d--) {
      at.unshift(rest % t.shape[d]);
      rest = Math.floor(rest / t.shape[d]);
    }
    list.push({ at, value: v });
  });
  return makeSparse(
    list.map((e) => e.at),
    list.map((e) => e.value),
    t.shape.slice(),
    t.dtype,
    t.device,
  );
}

/** SparseToDense's checks: every index in bounds, strictly increasing in row-major order. */
function toDense(s: SparseTensor, defaultValue: PyValue, validate: boolean): Tensor {
  const shape = s.shape;
  const list = entries(s);
  if (validate) {
    list.forEach((e, i) => {
      const where = `indices[${i}] = [${e.at.join(',')}]`;
      if (e.at.some((c, d) => c < 0 || c >= shape[d])) throw kernelError('SparseToDense', `${where} is out of bounds: need 0 <= index < [${shape.join(',')}]`);
      if (i > 0) {
        const prev = linear(list[i - 1].at, shape);
        const here = linear(e.at, shape);
        if (here === prev) throw kernelError('SparseToDense', `${where} is repeated`);
        if (here < prev) throw kernelError('SparseToDense', `${where} is out of order. Many sparse ops require sorted indices.\n    Use \`tf.sparse.reorder\` to create a correctly ordered copy.\n\n`);
      }
    });
  }
  const n = numElements(shape);
  if (s.dtype === dtypes.string) {
    const fill = defaultValue === null ? new Uint8Array(0) : stringsOf(toTensor(defaultValue, dtypes.string))[0];
    const out: Uint8Array[] = new Array(n).fill(fill);
    for (const e of list) out[linear(e.at, shape)] = e.value as Uint8Array;
    return new StringTensor(out, shape, s.values.device);
  }
  const fill = defaultValue === null ? 0 : Number(toTensor(defaultValue, s.dtype).values()[0]);
  const out: Value[] = new Array(n).fill(s.dtype.is64Bit ? BigInt(fill) : fill);
  for (const e of list) out[linear(e.at, shape)] = e.value;
  return tensorFromValues(out as (number[] & bigint[]), shape, s.dtype, s.values.device);
}

function addSparse(a: SparseTensor, b: SparseTensor, threshold: number): SparseTensor {
  const shape = a.shape;
  const sums = new Map<number, Entry>();
  for (const e of [...entries(a), ...entries(b)]) {
    const key = linear(e.at, shape);
    const prev = sums.get(key);
    sums.set(key, prev === undefined ? { at: e.at, value: e.value } : { at: e.at, value: plus(prev.value, e.value) });
  }
  const kept = [...sums.values()].filter((e) => !(Math.abs(Number(e.value)) < threshold));
  return rebuild(sorted(kept, shape), shape, a);
}

function sparseDenseMatmul(a: SparseTensor, b: Tensor, adjointA: boolean, adjointB: boolean): Tensor {
  const dense = toDense(a, null, false);
  return api.matmul(dense, b, adjointA, adjointB);
}

function reduce(s: SparseTensor, axisArg: PyValue, keepdims: boolean, kind: 'sum' | 'max'): Tensor {
  const shape = s.shape;
  const axes = axisArg === null ? shape.map((_, d) => d) : axisList(axisArg)!.map((a) => (a < 0 ? a + shape.length : a));
  const outShape = shape.filter((_, d) => !axes.includes(d));
  const groups = new Map<number, Value[]>();
  for (const e of entries(s)) {
    const key = linear(
      e.at.filter((_, d) => !axes.includes(d)),
      outShape,
    );
    groups.set(key, [...(groups.get(key) ?? []), e.value]);
  }
  const out: Value[] = new Array(numElements(outShape)).fill(0);
  for (const [key, vs] of groups) out[key] = kind === 'sum' ? vs.reduce((x, y) => plus(x, y), 0 as Value) : vs.reduce((x, y) => (Number(y) > Number(x) ? y : x));
  const finalShape = keepdims ? shape.map((d, i) => (axes.includes(i) ? 1 : d)) : outShape;
  const round = s.dtype === dtypes.float32 ? (v: Value) => Math.fround(Number(v)) : (v: Value) => v;
  return tensorFromValues(out.map((v) => (s.dtype.is64Bit ? BigInt(v as number) : Number(round(v)))) as (number[] & bigint[]), finalShape, s.dtype, s.values.device);
}

function reshape(s: SparseTensor, newShapeArg: number[]): SparseTensor {
  const shape = s.shape;
  const total = numElements(shape);
  const known = newShapeArg.filter((d) => d !== -1).reduce((x, y) => x * y, 1);
  const newShape = newShapeArg.map((d) => (d === -1 ? total / known : d));
  const list = entries(s).map((e) => {
    let rest = linear(e.at, shape);
    const at = new Array<number>(newShape.length);
    for (let d = newShape.length - 1; d >= 0; d--) {
      at[d] = rest % newShape[d];
      rest = Math.floor(rest / newShape[d]);
    }
    return { at, value: e.value };
  });
  return rebuild(list, newShape, s);
}

function transpose(s: SparseTensor, permArg: PyValue): SparseTensor {
  const shape = s.shape;
  const perm = permArg === null ? shape.map((_, d) => shape.length - 1 - d) : intList(permArg);
  const newShape = perm.map((p) => shape[p]);
  return rebuild(
    sorted(
      entries(s).map((e) => ({ at: perm.map((p) => e.at[p]), value: e.value })),
      newShape,
    ),
    newShape,
    s,
  );
}

function concat(axis: number, inputs: SparseTensor[]): SparseTensor {
  const rank = inputs[0].shape.length;
  const ax = axis < 0 ? axis + rank : axis;
  const shape = inputs[0].shape.slice();
  shape[ax] = inputs.reduce((n, s) => n + s.shape[ax], 0);
  const list: Entry[] = [];
  let offset = 0;
  for (const s of inputs) {
    for (const e of entries(s)) list.push({ at: e.at.map((c, d) => (d === ax ? c + offset : c)), value: e.value });
    offset += s.shape[ax];
  }
  return rebuild(sorted(list, shape), shape, inputs[0]);
}

function slice(s: SparseTensor, start: number[], size: number[]): SparseTensor {
  const shape = s.shape;
  const outShape = shape.map((d, i) => Math.max(0, Math.min(size[i], d - start[i])));
  const list = entries(s)
    .filter((e) => e.at.every((c, d) => c >= start[d] && c < start[d] + outShape[d]))
    .map((e) => ({ at: e.at.map((c, d) => c - start[d]), value: e.value }));
  return rebuild(list, outShape, s);
}

function fillEmptyRows(s: SparseTensor, defaultValue: PyValue): PyTuple {
  const shape = s.shape;
  const list = entries(s);
  const used = new Set(list.map((e) => e.at[0]));
  const fill = s.dtype === dtypes.string ? stringsOf(toTensor(defaultValue, dtypes.string))[0] : (toTensor(defaultValue, s.dtype).values() as ArrayLike<number | bigint>)[0];
  const empty = Array.from({ length: shape[0] }, (_, r) => !used.has(r));
  empty.forEach((isEmpty, r) => {
    if (isEmpty) list.push({ at: [r, ...shape.slice(1).map(() => 0)], value: fill });
  });
  const indicator = tensorFromValues(empty.map(Number), [shape[0]], dtypes.bool, s.values.device);
  return new PyTuple([rebuild(sorted(list, shape), shape, s), indicator]);
}

const P = {
  fromDense: pyParams('from_dense', ['tensor', 'name'], { name: null }),
  toDense: pyParams('to_dense', ['sp_input', 'default_value', 'validate_indices', 'name'], { default_value: null, validate_indices: true, name: null }),
  add: pyParams('add', ['a', 'b', 'threshold'], { threshold: 0 }),
  matmul: pyParams('sparse_dense_matmul', ['sp_a', 'b', 'adjoint_a', 'adjoint_b', 'name'], { adjoint_a: false, adjoint_b: false, name: null }),
  reduce: (name: string) => pyParams(name, ['sp_input', 'axis', 'keepdims', 'output_is_sparse', 'name'], { axis: null, keepdims: null, output_is_sparse: false, name: null }),
  reshape: pyParams('reshape', ['sp_input', 'shape', 'name'], { name: null }),
  transpose: pyParams('transpose', ['sp_input', 'perm', 'name'], { perm: null, name: null }),
  concat: pyParams('concat', ['axis', 'sp_inputs', 'expand_nonconcat_dims', 'name'], { expand_nonconcat_dims: false, name: null }),
  slice: pyParams('slice', ['sp_input', 'start', 'size', 'name'], { name: null }),
  reorder: pyParams('reorder', ['sp_input', 'name'], { name: null }),
  retain: pyParams('retain', ['sp_input', 'to_retain'], {}),
  eye: pyParams('eye', ['num_rows', 'num_columns', 'dtype', 'name'], { num_columns: null, dtype: dtypes.float32, name: null }),
  expandDims: pyParams('expand_dims', ['sp_input', 'axis', 'name'], { axis: null, name: null }),
  fillEmpty: pyParams('fill_empty_rows', ['sp_input', 'default_value', 'name'], { name: null }),
};

const spArg = (v: PyValue) => v as SparseTensor;

const fns: Record<string, Fn> = {
  from_dense: (a, k) => fromDense(toTensor(P.fromDense(a, k).tensor)),
  to_dense: (a, k) => {
    const p = P.toDense(a, k);
    return toDense(spArg(p.sp_input), p.default_value, isTruthy(p.validate_indices));
  },
  add: (a, k) => {
    const p = P.add(a, k);
    if (p.a instanceof SparseTensor && p.b instanceof SparseTensor) return addSparse(p.a, p.b, numberArg(p.threshold));
    const [sparse, dense] = p.a instanceof SparseTensor ? [p.a, p.b] : [spArg(p.b), p.a];
    return api.add(toTensor(dense, sparse.dtype), toDense(sparse, null, false));
  },
  sparse_dense_matmul: (a, k) => {
    const p = P.matmul(a, k);
    return sparseDenseMatmul(spArg(p.sp_a), toTensor(p.b), isTruthy(p.adjoint_a), isTruthy(p.adjoint_b));
  },
  map_values: (args: PyValue[], kwargs: Kwargs) => {
    const [op, ...rest] = args;
    const like = rest.find((x): x is SparseTensor => x instanceof SparseTensor)!;
    const result = call(op, rest.map((x) => (x instanceof SparseTensor ? x.values : x)), kwargs);
    return new SparseTensor(like.indices, toTensor(result), like.denseShape);
  },
  reduce_sum: (a, k) => {
    const p = P.reduce('reduce_sum')(a, k);
    return reduce(spArg(p.sp_input), p.axis, isTruthy(p.keepdims), 'sum');
  },
  reduce_max: (a, k) => {
    const p = P.reduce('reduce_max')(a, k);
    return reduce(spArg(p.sp_input), p.axis, isTruthy(p.keepdims), 'max');
  },
  reshape: (a, k) => {
    const p = P.reshape(a, k);
    return reshape(spArg(p.sp_input), intList(p.shape));
  },
  transpose: (a, k) => {
    const p = P.transpose(a, k);
    return transpose(spArg(p.sp_input), p.perm);
  },
  concat: (a, k) => {
    const p = P.concat(a, k);
    return concat(asIndex(p.axis), tensorList(p.sp_inputs).map(spArg));
  },
  slice: (a, k) => {
    const p = P.slice(a, k);
    return slice(spArg(p.sp_input), intList(p.start), intList(p.size));
  },
  reorder: (a, k) => {
    const s = spArg(P.reorder(a, k).sp_input);
    return rebuild(sorted(entries(s), s.shape), s.shape, s);
  },
  retain: (a, k) => {
    const p = P.retain(a, k);
    const s = spArg(p.sp_input);
    const keep = Array.from(toTensor(p.to_retain, dtypes.bool).values() as ArrayLike<number>);
    return rebuild(
      entries(s).filter((_, i) => keep[i] !== 0),
      s.shape,
      s,
    );
  },
  eye: (a, k) => {
    const p = P.eye(a, k);
    const rows = asIndex(p.num_rows);
    const cols = p.num_columns === null ? rows : asIndex(p.num_columns);
    const dtype: DType = dtypeArg(p.dtype, dtypes.float32);
    const n = Math.min(rows, cols);
    return makeSparse(
      Array.from({ length: n }, (_, i) => [i, i]),
      new Array(n).fill(1),
      [rows, cols],
      dtype,
      'CPU:0',
    );
  },
  expand_dims: (a, k) => {
    const p = P.expandDims(a, k);
    const s = spArg(p.sp_input);
    const rank = s.shape.length;
    let axis = p.axis === null ? 0 : asIndex(p.axis);
    if (axis < 0) axis += rank + 1;
    const shape = [...s.shape.slice(0, axis), 1, ...s.shape.slice(axis)];
    return rebuild(
      entries(s).map((e) => ({ at: [...e.at.slice(0, axis), 0, ...e.at.slice(axis)], value: e.value })),
      shape,
      s,
    );
  },
  fill_empty_rows: (a, k) => {
    const p = P.fillEmpty(a, k);
    return fillEmptyRows(spArg(p.sp_input), p.default_value);
  },
};

export function installSparseApi(tf: PyModule): void {
  const sparse = submodule(tf, 'sparse', 'tensorflow._api.v2.sparse');
  addFunctions(sparse, fns);
  sparse.dict.set('SparseTensor', sparseTensorType);
  tf.dict.set('SparseTensor', sparseTensorType);
}

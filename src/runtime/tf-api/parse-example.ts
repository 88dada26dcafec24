// tf.io.FixedLenFeature / VarLenFeature and tf.io.parse_single_example / parse_example: serialized
// tf.train.Examples into tensors (fixed-length features, with their defaults) and SparseTensors
// (variable-length ones), keyed as TF returns them (variable-length keys first, each group sorted).
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { PyDict, PyFloat, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { PyBytes } from '../../interpreter/objects/bytes.js';
import { PyBaseException, typeError } from '../../interpreter/objects/exceptions.js';
import { defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { setItem } from '../../interpreter/ops/items.js';
import { repr } from '../../interpreter/ops/text.js';
import { dtypes, DType } from '../dtypes.js';
import { numElements, Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import * as api from '../ops/api.js';
import { concat } from '../ops/shape-layout.js';
import { kernelError } from '../ops/shape-errors.js';
import { StringTensor, stringsOf } from '../strings/string-tensor.js';
import { makeSparse } from '../sparse/sparse-tensor.js';
import { cppDtypeName } from '../ops/dtype-text.js';
import { dtypeArg, Fn } from './shape-args.js';
import { Feature, parseExampleBytes } from './train-example.js';

const fixedLenType = new PyType('FixedLenFeature', [objectType], 'tensorflow.python.ops.parsing_config');
const varLenType = new PyType('VarLenFeature', [objectType], 'tensorflow.python.ops.parsing_config');

class FixedLen implements PyObject {
  constructor(
    readonly shapeArg: PyValue,
    readonly shape: number[],
    readonly dtype: DType,
    readonly defaultValue: PyValue,
  ) {}
  get cls(): PyType {
    return fixedLenType;
  }
}

class VarLen implements PyObject {
  constructor(readonly dtype: DType) {}
  get cls(): PyType {
    return varLenType;
  }
}

const fixedParams = pyParams('FixedLenFeature', ['shape', 'dtype', 'default_value'], { default_value: null });
fixedLenType.construct = (_cls, args, kwargs) => {
  const p = fixedParams(args, kwargs);
  return new FixedLen(p.shape, iterToArray(p.shape).map((d) => asIndex(d)), dtypeArg(p.dtype, dtypes.float32), p.default_value);
};
defineMethod(fixedLenType, '__repr__', (self) => {
  const f = self as FixedLen;
  return `FixedLenFeature(shape=${repr(f.shapeArg)}, dtype=tf.${f.dtype.name}, default_value=${repr(f.defaultValue)})`;
});
defineGetter(fixedLenType, 'shape', (self) => (self as FixedLen).shapeArg);
defineGetter(fixedLenType, 'dtype', (self) => (self as FixedLen).dtype);
defineGetter(fixedLenType, 'default_value', (self) => (self as FixedLen).defaultValue);

const varParams = pyParams('VarLenFeature', ['dtype'], {});
varLenType.construct = (_cls, args, kwargs) => new VarLen(dtypeArg(varParams(args, kwargs).dtype, dtypes.float32));
defineMethod(varLenType, '__repr__', (self) => `VarLenFeature(dtype=tf.${(self as VarLen).dtype.name})`);
defineGetter(varLenType, 'dtype', (self) => (self as VarLen).dtype);

type Value = number | bigint | Uint8Array;

/** A feature's values as the requested dtype; TF's error when the stored list has another type. */
function featureValues(f: Feature, dtype: DType, key: string, fail: (msg: string) => PyBaseException): Value[] {
  const list = f.list;
  if (list === null) return [];
  const want = dtype === dtypes.string ? 'bytes_list' : dtype === dtypes.int64 ? 'int64_list' : 'float_list';
  if (list.kind !== want) throw fail(`Name: <unknown>, Feature: ${key}.  Data types don't match. Data type: ${cppDtypeName(dtype).replace('DT_', '').toLowerCase()} but expected type: ${list.kind.replace('_list', '') === 'bytes' ? 'string' : list.kind.replace('_list', '')}`);
  return list.value.items.map((v) => (v instanceof PyBytes ? v.data : v instanceof PyFloat ? v.v : BigInt(v as number | bigint)));
}

function tensorOf(values: Value[], shape: number[], dtype: DType): Tensor {
  if (dtype === dtypes.string) return new StringTensor(values as Uint8Array[], shape, 'CPU:0');
  return tensorFromValues(values as number[] | bigint[], shape, dtype, 'CPU:0');
}

/** Parses a batch of serialized Examples (`single`: one, without the batch dimension). */
function parse(serialized: Uint8Array[], specArg: PyValue, single: boolean): PyDict {
  if (!(specArg instanceof PyDict)) throw typeError(`features must be a dict of FixedLenFeature/VarLenFeature, got ${repr(specArg)}`);
  const spec = specArg;
  const entries = [...spec.storage.entries()].map(([k, v]) => [String(k), v] as const);
  const sparse = entries.filter(([, v]) => v instanceof VarLen).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const dense = entries.filter(([, v]) => v instanceof FixedLen).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const bad = entries.find(([, v]) => !(v instanceof VarLen) && !(v instanceof FixedLen));
  if (bad) throw typeError(`Unsupported ParseExample feature spec for ${bad[0]}: ${repr(bad[1])}`);
  const wrapped = `ParseExampleV2_Tdense_${dense.length}_num_sparse_${sparse.length}_ragged_split_types_0_ragged_value_types_0_sparse_types_${sparse.length}`;
  const fail = (msg: string) => kernelError('ParseExampleV2', msg, null, wrapped);
  const examples = serialized.map((b) => parseExampleBytes(b).features?.feature ?? new PyDict());
  const out = new PyDict();
  for (const [key, f] of sparse) {
    const dtype = (f as VarLen).dtype;
    const coords: number[][] = [];
    const values: Value[] = [];
    let longest = 0;
    examples.forEach((ex, b) => {
      const feature = ex.storage.get(key) as Feature | undefined;
      const vals = feature ? featureValues(feature, dtype, key, fail) : [];
      vals.forEach((v, i) => {
        coords.push(single ? [i] : [b, i]);
        values.push(v);
      });
      longest = Math.max(longest, vals.length);
    });
    setItem(out, key, makeSparse(coords, values, single ? [longest] : [examples.length, longest], dtype, 'CPU:0'));
  }
  for (const [key, f] of dense) {
    const spec = f as FixedLen;
    const size = numElements(spec.shape);
    const rows = examples.map((ex) => {
      const feature = ex.storage.get(key) as Feature | undefined;
      if (feature === undefined) {
        if (spec.defaultValue === null) throw fail(`Feature: ${key} (data type: ${spec.dtype.name}) is required but could not be found.`);
        const d = toTensor(spec.defaultValue, spec.dtype);
        return api.reshape(d.rank === 0 && size !== 1 ? api.broadcastTo(d, spec.shape) : d, spec.shape);
      }
      const vals = featureValues(feature, spec.dtype, key, fail);
      if (vals.length !== size) {
        throw fail(`Name: <unknown>, Key: ${key}, Index: 0.  Number of ${spec.dtype === dtypes.string ? 'bytes' : spec.dtype === dtypes.int64 ? 'int64' : 'float'} values != expected.  Values size: ${vals.length} but output shape: [${spec.shape.join(',')}]`);
      }
      return tensorOf(vals, spec.shape, spec.dtype);
    });
    if (single) setItem(out, key, rows[0]);
    else if (spec.dtype === dtypes.string) setItem(out, key, new StringTensor(rows.flatMap((r) => stringsOf(r)), [rows.length, ...spec.shape], 'CPU:0'));
    else setItem(out, key, rows.length === 0 ? tensorOf([], [0, ...spec.shape], spec.dtype) : api.reshape(concatRows(rows), [rows.length, ...spec.shape]));
  }
  return out;
}

const concatRows = (rows: Tensor[]): Tensor => concat(rows.map((r) => api.reshape(r, [numElements(r.shape)])), 0);

/** The serialized protos: a string tensor, or a list of bytes / scalar string tensors. */
const serializedOf = (v: PyValue): Uint8Array[] => {
  if (v instanceof PyList || v instanceof PyTuple) {
    return v.items.map((x) => (x instanceof Tensor ? stringsOf(x)[0] : x instanceof PyBytes ? x.data : stringsOf(toTensor(x, dtypes.string))[0]));
  }
  return stringsOf(v instanceof Tensor ? v : toTensor(v, dtypes.string)).slice();
};

const P = {
  single: pyParams('parse_single_example', ['serialized', 'features', 'example_names', 'name'], { example_names: null, name: null }),
  batch: pyParams('parse_example', ['serialized', 'features', 'example_names', 'name'], { example_names: null, name: null }),
};

export const parseExampleFns: Record<string, Fn> = {
  parse_single_example: (a, k) => {
    const p = P.single(a, k);
    return parse(serializedOf(p.serialized), p.features, true);
  },
  parse_example: (a, k) => {
    const p = P.batch(a, k);
    return parse(serializedOf(p.serialized), p.features, false);
  },
};

export const parsingTypes = { FixedLenFeature: fixedLenType, VarLenFeature: varLenType };

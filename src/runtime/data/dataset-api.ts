// The Python face of tf.data: Dataset's static constructors and methods bound like TF's
// signatures, printing (`<_BatchDataset element_spec=...>`), len(), iteration, and the tf.data
// module with its constants.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyDict, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { PyModule, PyStaticMethod } from '../../interpreter/objects/function.js';
import { attributeError, typeError } from '../../interpreter/objects/exceptions.js';
import { builtinFunction, defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { call, Kwargs } from '../../interpreter/ops/call.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { currentDevice } from '../device.js';
import { dtypeArg, intArg, submodule } from '../tf-api/shape-args.js';
import { Dataset, datasetKind, datasetType, INFINITE, UNKNOWN } from './dataset.js';
import { optionsAttr } from './options.js';
import { warnDeprecated } from '../autograd/tf-logging.js';
import { leavesOf, specNestText } from './structure.js';
import { flatMap, fromGenerator, interleave, paddedBatch, PaddedShapes, reduce, shard, takeWhile } from './more-transforms.js';
import { TensorSpec } from '../autograd/tensor-spec.js';
import { TensorShape } from '../tensor-shape.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { fromTensors, fromTensorSlices, range } from './sources.js';
import * as T from './transforms.js';
import { shuffle } from './shuffle.js';
import { window } from './window.js';
import { textLineDatasetType } from './readers.js';
import { fixedLengthRecordDatasetType } from './readers-fixed-length.js';
import { listFiles, tfRecordDatasetType } from './readers-tfrecord.js';
import { scan, unique } from './scan-unique.js';
import { filter, map } from './map-filter.js';
import { iterateDataset, numpyIterator } from './iterators.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

const ds = (v: PyValue) => v as Dataset;
const AUTOTUNE = -1;

/** concatenate's argument: TF reads its element_spec, so anything else fails on that attribute. */
function datasetArg(v: PyValue): Dataset {
  if (v instanceof Dataset) return v;
  throw attributeError(`'${typeOf(v).name}' object has no attribute 'element_spec'`, v, 'element_spec');
}

/** An int argument that may also be a scalar int tensor (counts, sizes). */
const count = (v: PyValue): number => intArg(v);
/** An op seed: a Python int (any size) or None. */
const seedArg = (v: PyValue): number | bigint | null => (v === null ? null : typeof v === 'bigint' ? v : v instanceof Tensor ? intArg(v) : asIndex(v));

const int64Scalar = (n: number): Tensor => tensorFromValues([BigInt(n)], [], dtypes.int64, currentDevice());

function staticMethod(name: string, fn: Fn): void {
  datasetType.dict.set(name, new PyStaticMethod(builtinFunction(name, fn)));
}

function method(name: string, positional: string[], defaults: Record<string, PyValue>, body: (self: Dataset, p: Record<string, PyValue>) => PyValue): void {
  const params = pyParams(name, positional, defaults);
  defineMethod(datasetType, name, (self, args, kwargs) => {
    const result = body(ds(self), params(args, kwargs));
    // A transformation keeps its input's options, as TF's datasets do.
    if (result instanceof Dataset && result !== self && result.options === null) result.options = ds(self).options;
    return result;
  });
}

// ---- constructors ----

const sliceParams = pyParams('from_tensor_slices', ['tensors', 'name'], { name: null });
staticMethod('from_tensor_slices', (a, k) => fromTensorSlices(sliceParams(a, k).tensors));
const tensorsParams = pyParams('from_tensors', ['tensors', 'name'], { name: null });
staticMethod('from_tensors', (a, k) => fromTensors(tensorsParams(a, k).tensors));

staticMethod('list_files', (a, k) => listFiles(a, k, seedArg));

const rangeKwargs = pyParams('range', [], { output_type: dtypes.int64, name: null }, ['output_type', 'name']);
staticMethod('range', (args, kwargs) => {
  const p = rangeKwargs([], kwargs);
  const ints = args.map((v) => Number(toTensor(v, dtypes.int64).values()[0]));
  if (ints.length === 0 || ints.length > 3) throw typeError(`range() takes 1 to 3 positional arguments but ${ints.length} were given`);
  const [start, stop, step] = ints.length === 1 ? [0, ints[0], 1] : [ints[0], ints[1], ints.length === 3 ? ints[2] : 1];
  return range(start, stop, step, dtypeArg(p.output_type, dtypes.int64));
});

const zipParams = pyParams('zip', [], { datasets: null, name: null }, ['datasets', 'name']);
staticMethod('zip', (args, kwargs) => {
  const p = zipParams([], kwargs);
  const structure = p.datasets !== null ? p.datasets : args.length === 1 ? args[0] : new PyTuple(args);
  return T.zip(checkDatasetNest(structure));
});

/** zip's argument: a dataset, or tuples/dicts of them. */
function checkDatasetNest(v: PyValue): PyValue {
  if (v instanceof PyTuple) return new PyTuple(v.items.map(checkDatasetNest));
  if (v instanceof PyDict) return mapDict(v, checkDatasetNest);
  if (v instanceof Dataset) return v;
  const intro = 'Invalid input to `zip`. Inputs are expected to be (nested) structures of `tf.data.Dataset` objects';
  if (v instanceof PyList) throw typeError(`${intro}. Python \`list\` is not supported and you should use \`tuple\` instead.`);
  throw typeError(`${intro} but encountered object of type <class '${typeOf(v).qualname}'>.`);
}

const generatorParams = pyParams('from_generator', ['generator', 'output_types', 'output_shapes', 'args', 'output_signature', 'name'], {
  output_types: null, output_shapes: null, args: null, output_signature: null, name: null,
});
staticMethod('from_generator', (a, k) => {
  const p = generatorParams(a, k);
  const spec = p.output_signature !== null ? specNest(p.output_signature) : typesToSpec(p.output_types, p.output_shapes);
  return fromGenerator(p.generator, spec, p.args === null ? [] : iterToArray(p.args));
});

/** output_signature: a nest of TensorSpecs (lists read as tuples). */
function specNest(v: PyValue): PyValue {
  if (v instanceof PyTuple || v instanceof PyList) return new PyTuple(v.items.map(specNest));
  if (v instanceof PyDict) return mapDict(v, specNest);
  if (v instanceof TensorSpec) return v;
  throw typeError(`Invalid \`output_signature\`. \`output_signature\` must be a nested structure of \`tf.TypeSpec\` objects but encountered ${typeOf(v).name}.`);
}

/** output_types with output_shapes (None: unknown shapes) as a spec nest. */
function typesToSpec(types: PyValue, shapes: PyValue): PyValue {
  if (types === null) throw typeError('To specify the output signature you need to provide either the `output_signature` argument or the `output_types` argument.');
  if (types instanceof PyTuple || types instanceof PyList) {
    const parts = shapes === null ? null : iterToArray(shapes);
    return new PyTuple(types.items.map((t, i) => typesToSpec(t, parts === null ? null : parts[i])));
  }
  if (types instanceof PyDict) return mapDict(types, (t, key) => typesToSpec(t, shapes instanceof PyDict ? (shapes.storage.get(key) ?? null) : null));
  return new TensorSpec(shapes === null ? null : shapeDims(shapes), dtypeArg(types, dtypes.float32), null);
}

const shapeDims = (v: PyValue): (number | null)[] =>
  v instanceof TensorShape ? v.dims.slice() : iterToArray(v).map((d) => (d === null ? null : asIndex(d)));

function mapDict(d: PyDict, fn: (v: PyValue, key: PyValue) => PyValue): PyDict {
  const out = new PyDict();
  for (const [k, x] of d.storage.entries()) out.storage.set(k, fn(x, k));
  return out;
}

// ---- transformations ----

const raggedBatchParams = pyParams('dense_to_ragged_batch', ['batch_size', 'drop_remainder', 'row_splits_dtype'], { drop_remainder: false, row_splits_dtype: dtypes.int64 });

method('batch', ['batch_size', 'drop_remainder', 'num_parallel_calls', 'deterministic', 'name'], { drop_remainder: false, num_parallel_calls: null, deterministic: null, name: null }, (self, p) =>
  T.batch(self, count(p.batch_size), isTruthy(p.drop_remainder), p.num_parallel_calls !== null),
);
method('ragged_batch', ['batch_size', 'drop_remainder', 'row_splits_dtype', 'name'], { drop_remainder: false, row_splits_dtype: dtypes.int64, name: null }, (self, p) =>
  T.batch(self, count(p.batch_size), isTruthy(p.drop_remainder), false, true),
);
method('shuffle', ['buffer_size', 'seed', 'reshuffle_each_iteration', 'name'], { seed: null, reshuffle_each_iteration: null, name: null }, (self, p) =>
  shuffle(self, count(p.buffer_size), seedArg(p.seed), p.reshuffle_each_iteration === null || isTruthy(p.reshuffle_each_iteration)),
);
method('map', ['map_func', 'num_parallel_calls', 'deterministic', 'synchronous', 'use_unbounded_threadpool', 'name'], { num_parallel_calls: null, deterministic: null, synchronous: null, use_unbounded_threadpool: false, name: null }, (self, p) =>
  map(self, p.map_func, p.num_parallel_calls !== null),
);
method('filter', ['predicate', 'name'], { name: null }, (self, p) => filter(self, p.predicate));
method('repeat', ['count', 'name'], { count: null, name: null }, (self, p) => T.repeat(self, p.count === null ? -1 : count(p.count)));
method('take', ['count', 'name'], { name: null }, (self, p) => T.take(self, count(p.count)));
method('skip', ['count', 'name'], { name: null }, (self, p) => T.skip(self, count(p.count)));
method('prefetch', ['buffer_size', 'name'], { name: null }, (self) => T.prefetch(self));
method('cache', ['filename', 'name'], { filename: '', name: null }, (self) => T.cache(self));
method('enumerate', ['start', 'name'], { start: 0, name: null }, (self, p) => T.enumerate(self, count(p.start)));
method('concatenate', ['dataset', 'name'], { name: null }, (self, p) => T.concatenate(self, datasetArg(p.dataset)));
method('unbatch', ['name'], { name: null }, (self) => T.unbatch(self));
method('flat_map', ['map_func', 'name'], { name: null }, (self, p) => flatMap(self, p.map_func));
method('interleave', ['map_func', 'cycle_length', 'block_length', 'num_parallel_calls', 'deterministic', 'name'], { cycle_length: null, block_length: null, num_parallel_calls: null, deterministic: null, name: null }, (self, p) =>
  interleave(self, p.map_func, p.cycle_length === null ? AUTOTUNE : count(p.cycle_length), p.block_length === null ? 1 : count(p.block_length), p.num_parallel_calls !== null),
);
method('window', ['size', 'shift', 'stride', 'drop_remainder', 'name'], { shift: null, stride: 1, drop_remainder: false, name: null }, (self, p) =>
  window(self, count(p.size), p.shift === null ? count(p.size) : count(p.shift), count(p.stride), isTruthy(p.drop_remainder)),
);
method('scan', ['initial_state', 'scan_func', 'name'], { name: null }, (self, p) => scan(self, p.initial_state, p.scan_func));
method('unique', ['name'], { name: null }, (self) => unique(self));
method('take_while', ['predicate', 'name'], { name: null }, (self, p) => takeWhile(self, p.predicate));
method('shard', ['num_shards', 'index', 'name'], { name: null }, (self, p) => shard(self, count(p.num_shards), count(p.index)));
method('reduce', ['initial_state', 'reduce_func', 'name'], { name: null }, (self, p) => reduce(self, p.initial_state, p.reduce_func));
method('padded_batch', ['batch_size', 'padded_shapes', 'padding_values', 'drop_remainder', 'name'], { padded_shapes: null, padding_values: null, drop_remainder: false, name: null }, (self, p) =>
  paddedBatch(self, count(p.batch_size), paddedShapesArg(p.padded_shapes, self), p.padding_values, isTruthy(p.drop_remainder)),
);

/** padded_shapes: one shape for a single component, else a nest parallel to the element. */
function paddedShapesArg(v: PyValue, self: Dataset): PaddedShapes {
  if (v === null) return null;
  if (!(self.spec instanceof PyTuple || self.spec instanceof PyDict)) return [shapeDims(v)];
  // A nest parallel to the spec with each shape boxed as a leaf, flattened in TF's leaf order.
  const box = (shape: PyValue, spec: PyValue): PyValue => {
    if (spec instanceof PyTuple) {
      const parts = iterToArray(shape);
      return new PyTuple(spec.items.map((x, i) => box(parts[i] ?? null, x)));
    }
    if (spec instanceof PyDict) return mapDict(spec, (x, k) => box(shape instanceof PyDict ? (shape.storage.get(k) ?? null) : null, x));
    return { shape } as unknown as PyValue;
  };
  return leavesOf(box(v, self.spec)).map((b) => {
    const shape = (b as unknown as { shape: PyValue }).shape;
    return shape === null ? null : shapeDims(shape);
  });
}

method('apply', ['transformation_func'], {}, (self, p) => call(p.transformation_func, [self], null));

// ---- inspection and iteration ----

defineGetter(datasetType, 'element_spec', (self) => ds(self).spec);
method('cardinality', [], {}, (self) => int64Scalar(self.cardinality));
method('as_numpy_iterator', [], {}, (self) => numpyIterator(self));
method('get_single_element', ['name'], { name: null }, (self) => T.singleElement(self));
defineMethod(datasetType, '__iter__', (self) => iterateDataset(ds(self)));
defineMethod(datasetType, '__len__', (self) => {
  const n = ds(self).cardinality;
  if (n === INFINITE) throw typeError('The dataset is infinite.');
  if (n === UNKNOWN) throw typeError('The dataset length is unknown.');
  return n;
});
defineMethod(datasetType, '__bool__', () => true);
const datasetRepr = (self: PyValue) => `<${ds(self).kind.name} element_spec=${specNestText(ds(self).spec)}>`;
defineMethod(datasetType, '__repr__', datasetRepr);
defineMethod(datasetType, '__str__', datasetRepr);

const defaultOptions = (): PyValue => call(optionsAttr('Options'), [], null);

method('with_options', ['options', 'name'], { name: null }, (self, p) => {
  const out = new Dataset(datasetKind('_OptionsDataset', 'dataset_ops'), self.spec, self.cardinality, self.start);
  out.options = call(optionsAttr('merge_options'), [self.options ?? defaultOptions(), p.options], null);
  return out;
});
defineMethod(datasetType, 'options', (self) => call(optionsAttr('_read_only'), [ds(self).options ?? defaultOptions()], null));

// ---- the module ----

const cardinalityParams = pyParams('cardinality', ['dataset'], {});

export function installDataApi(tf: PyModule): void {
  const data = submodule(tf, 'data', 'tensorflow._api.v2.data');
  const constants = { AUTOTUNE, INFINITE_CARDINALITY: INFINITE, UNKNOWN_CARDINALITY: UNKNOWN };
  data.dict.set('Dataset', datasetType);
  data.dict.set('TextLineDataset', textLineDatasetType);
  data.dict.set('TFRecordDataset', tfRecordDatasetType);
  data.dict.set('FixedLengthRecordDataset', fixedLengthRecordDatasetType);
  for (const [k, v] of Object.entries(constants)) data.dict.set(k, v);
  const experimental = submodule(data, 'experimental', 'tensorflow._api.v2.data.experimental');
  for (const [k, v] of Object.entries(constants)) experimental.dict.set(k, v);
  for (const name of ['Options', 'ThreadingOptions']) data.defineLazy(name, () => optionsAttr(name));
  for (const name of ['AutoShardPolicy', 'AutotuneAlgorithm', 'AutotuneOptions', 'DistributeOptions', 'ExternalStatePolicy', 'OptimizationOptions', 'ThreadingOptions']) {
    experimental.defineLazy(name, () => optionsAttr(name));
  }
  // dense_to_ragged_batch(batch_size, ...): the transformation Dataset.ragged_batch applies.
  experimental.dict.set(
    'dense_to_ragged_batch',
    builtinFunction('dense_to_ragged_batch', (a, k) => {
      const p = raggedBatchParams(a, k);
      warnDeprecated('dense_to_ragged_batch', 'tensorflow.python.data.experimental.ops.batching', 'Use `tf.data.Dataset.ragged_batch` instead.');
      return builtinFunction('_apply_fn', (args) => T.batch(datasetArg(args[0]), count(p.batch_size), isTruthy(p.drop_remainder), false, true));
    }),
  );
  experimental.dict.set(
    'cardinality',
    builtinFunction('cardinality', (a, k) => int64Scalar(datasetArg(cardinalityParams(a, k).dataset).cardinality)),
  );
}

// Structural dataset transformations: batch, unbatch, take, skip, repeat, prefetch, cache,
// concatenate, zip and enumerate, with TF's element_spec and cardinality rules (the C++ kernels'
// CardinalityInternal) and their iteration order.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyTuple } from '../../interpreter/objects/values.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { Tensor, numElements } from '../tensor.js';
import { dtypes } from '../dtypes.js';
import { reshape } from '../ops/api.js';
import { kernelError } from '../ops/shape-errors.js';
import { TensorSpec } from '../autograd/tensor-spec.js';
import { Dataset, datasetKind, isKnown, INFINITE, NextFn, UNKNOWN } from './dataset.js';
import { leavesOf, mapNest, mapSpecShapes, mostSpecificCompatible, packLike } from './structure.js';
import { batchColumn, materialize, row } from './rows.js';
import { range } from './sources.js';
import { RaggedTensor } from '../ragged/ragged-tensor.js';
import { batchRaggedRows, raggedRow, RaggedTensorSpec } from './ragged-elements.js';

/** Passes the input through unchanged under another class name (prefetch). */
function passThrough(input: Dataset, name: string, moduleFile: string): Dataset {
  return new Dataset(datasetKind(name, moduleFile), input.spec, input.cardinality, input.start);
}

export const prefetch = (input: Dataset): Dataset => passThrough(input, '_PrefetchDataset', 'prefetch_op');

/** In-memory cache: the first complete iteration is recorded and later iterations replay it
 *  (so a cached shuffle keeps its first order, as in TF). */
export function cache(input: Dataset): Dataset {
  let recorded: PyValue[] | null = null;
  return new Dataset(datasetKind('CacheDataset', 'cache_op'), input.spec, input.cardinality, () => {
    if (recorded !== null) {
      const replay = recorded;
      let i = 0;
      return () => (i < replay.length ? replay[i++] : undefined);
    }
    const next = input.start();
    const seen: PyValue[] = [];
    return () => {
      const x = next();
      if (x === undefined) recorded ??= seen;
      else seen.push(x);
      return x;
    };
  });
}

export const batchCardinality = (c: number, size: number, dropRemainder: boolean): number =>
  isKnown(c) ? (dropRemainder ? Math.floor(c / size) : Math.ceil(c / size)) : c;

/** The next batch's elements (never more are pulled than the batch needs); null at the end. */
export function nextBatch(next: NextFn, size: number, dropRemainder: boolean): PyValue[] | null {
  const elements: PyValue[] = [];
  while (elements.length < size) {
    const x = next();
    if (x === undefined) break;
    elements.push(x);
  }
  return elements.length === 0 || (dropRemainder && elements.length < size) ? null : elements;
}

/** `parallel`: num_parallel_calls was given (TF then builds a _ParallelBatchDataset). */
export function batch(input: Dataset, size: number, dropRemainder: boolean, parallel = false, raggedBatch = false): Dataset {
  if (size <= 0) throw kernelError('BatchDatasetV2', 'Batch size must be greater than zero.');
  // ragged_batch: components with a dimension of unknown size batch as ragged tensors.
  const inputSpec = raggedBatch ? mapNest(input.spec, (s) => toRaggedSpec(s as TensorSpec)) : input.spec;
  const spec = mapSpecShapes(inputSpec, (shape) => [dropRemainder ? size : null, ...shape]);
  const outputs = leavesOf(input.spec).length;
  const raggedColumns = (leavesOf(inputSpec) as TensorSpec[]).map((s) => s instanceof RaggedTensorSpec);
  const kind = datasetKind(parallel ? '_ParallelBatchDataset' : '_BatchDataset', 'batch_op');
  return new Dataset(kind, spec, batchCardinality(input.cardinality, size, dropRemainder), () => {
    const next = input.start();
    return () => {
      const elements = nextBatch(next, size, dropRemainder);
      if (elements === null) return undefined;
      const rows = elements.map((e) => leavesOf(e));
      const columns = rows[0].map((_, k) => {
        const column = rows.map((leaves) => leaves[k]);
        if (raggedColumns[k]) return batchRaggedRows(column.map((l) => materialize(l) as Tensor | RaggedTensor));
        return batchColumn(column, (t, first) => sameShapeAs(t, first, outputs));
      });
      return packLike(elements[0], columns);
    };
  });
}

/** TF's batch copies each element into the slot of the first: only element counts must agree. */
function sameShapeAs(t: Tensor, first: Tensor, outputs: number): Tensor {
  if (t.shape.length === first.shape.length && t.shape.every((d, i) => d === first.shape[i])) return t;
  if (numElements(t.shape) !== numElements(first.shape)) {
    throw kernelError(
      'IteratorGetNext',
      `Cannot add tensor to the batch: number of elements does not match. Shapes are: [tensor]: [${t.shape.join(',')}], [batch]: [${first.shape.join(',')}]`,
      '',
      `IteratorGetNext_output_types_${outputs}`,
    );
  }
  return reshape(t, first.shape);
}

export function unbatch(input: Dataset): Dataset {
  for (const s of leavesOf(input.spec) as TensorSpec[]) {
    if (s.shape !== null && s.shape.length === 0) throw valueError('Cannot unbatch an input with scalar components.');
  }
  const spec = mapSpecShapes(input.spec, (shape) => shape.slice(1));
  const cardinality = input.cardinality === INFINITE ? INFINITE : UNKNOWN;
  return new Dataset(datasetKind('_UnbatchDataset', 'unbatch_op'), spec, cardinality, () => {
    const next = input.start();
    let current: PyValue | undefined;
    let leaves: (Tensor | RaggedTensor)[] = [];
    let i = 0;
    const rowsOf = (t: Tensor | RaggedTensor) => (t instanceof RaggedTensor ? t.nrows() : t.shape[0]);
    return () => {
      while (current === undefined || i >= rowsOf(leaves[0])) {
        const x = next();
        if (x === undefined) return undefined;
        current = materialize(x);
        leaves = leavesOf(current) as (Tensor | RaggedTensor)[];
        i = 0;
      }
      const k = i++;
      return packLike(current, leaves.map((t) => (t instanceof RaggedTensor ? raggedRow(t, k) : row(t, k))));
    };
  });
}

export function take(input: Dataset, count: number): Dataset {
  const c = input.cardinality;
  const cardinality = c === UNKNOWN ? UNKNOWN : c === INFINITE ? count : count === -1 ? c : Math.min(c, count);
  return new Dataset(datasetKind('_TakeDataset', 'take_op'), input.spec, cardinality, () => {
    const next = input.start();
    let taken = 0;
    return () => {
      if (count >= 0 && taken >= count) return undefined;
      taken++;
      return next();
    };
  });
}

export function skip(input: Dataset, count: number): Dataset {
  const c = input.cardinality;
  const cardinality = !isKnown(c) ? c : count < 0 ? 0 : Math.max(0, c - count);
  return new Dataset(datasetKind('_SkipDataset', 'skip_op'), input.spec, cardinality, () => {
    const next = input.start();
    let skipped = false;
    return () => {
      if (!skipped) {
        skipped = true;
        for (let i = 0; count < 0 || i < count; i++) if (next() === undefined) return undefined;
      }
      return next();
    };
  });
}

/** repeat(count); count -1 repeats forever (but an input that yields nothing ends it). */
export function repeat(input: Dataset, count: number): Dataset {
  const c = input.cardinality;
  let cardinality: number;
  if (count < 0) cardinality = c === 0 ? 0 : INFINITE;
  else if (count === 0) cardinality = 0;
  else cardinality = isKnown(c) ? c * count : c;
  return new Dataset(datasetKind('_RepeatDataset', 'repeat_op'), input.spec, cardinality, () => {
    if (count === 0) return () => undefined;
    let epoch = 0;
    let next: NextFn | null = input.start();
    let producedThisEpoch = false;
    return () => {
      while (next !== null) {
        const x = next();
        if (x !== undefined) {
          producedThisEpoch = true;
          return x;
        }
        epoch++;
        // An empty epoch of an endless repeat would loop forever: TF ends the iteration instead.
        const more = count < 0 ? producedThisEpoch : epoch < count;
        next = more ? input.start() : null;
        producedThisEpoch = false;
      }
      return undefined;
    };
  });
}

export function concatenate(first: Dataset, second: Dataset): Dataset {
  const spec = mostSpecificCompatible(first.spec, second.spec);
  const [a, b] = [first.cardinality, second.cardinality];
  const cardinality = a === INFINITE || b === INFINITE ? INFINITE : a === UNKNOWN || b === UNKNOWN ? UNKNOWN : a + b;
  return new Dataset(datasetKind('_ConcatenateDataset', 'concatenate_op'), spec, cardinality, () => {
    let next = first.start();
    let onSecond = false;
    return () => {
      const x = next();
      if (x !== undefined || onSecond) return x;
      onSecond = true;
      next = second.start();
      return next();
    };
  });
}

/** Dataset.zip over a nest of datasets: elements are the same nest of their elements. */
export function zip(datasets: PyValue): Dataset {
  const inputs = leavesOf(datasets) as Dataset[];
  const spec = mapNest(datasets, (d) => (d as Dataset).spec);
  let cardinality = INFINITE;
  for (const d of inputs) {
    if (d.cardinality === UNKNOWN) {
      cardinality = UNKNOWN;
      break;
    }
    if (d.cardinality !== INFINITE && (cardinality === INFINITE || d.cardinality < cardinality)) cardinality = d.cardinality;
  }
  return new Dataset(datasetKind('_ZipDataset', 'zip_op'), spec, cardinality, () => {
    const nexts = inputs.map((d) => d.start());
    return () => {
      const parts: PyValue[] = [];
      for (const next of nexts) {
        const x = next();
        if (x === undefined) return undefined;
        parts.push(x);
      }
      return packLike(datasets, parts);
    };
  });
}

/** enumerate(start): TF zips an int64 range with the dataset. */
export function enumerate(input: Dataset, start: number): Dataset {
  const counter = range(start, Number.MAX_SAFE_INTEGER, 1, dtypes.int64);
  const zipped = zip(new PyTuple([counter, input]));
  return new Dataset(zipped.kind, zipped.spec, input.cardinality, zipped.start);
}

/** get_single_element: the only element, or TF's error for none or several. */
export function singleElement(input: Dataset): PyValue {
  const next = input.start();
  const x = next();
  const fail = (why: string) =>
    kernelError('DatasetToSingleElement', why, '', `DatasetToSingleElement_output_types_${leavesOf(input.spec).length}`);
  if (x === undefined) throw fail('Dataset was empty.');
  if (next() !== undefined) throw fail('Dataset had more than one element.');
  return materialize(x);
}

/** ragged_batch's view of a component: dense ones with a dimension of unknown size become ragged. */
function toRaggedSpec(s: TensorSpec): TensorSpec {
  if (s instanceof RaggedTensorSpec || s.shape === null || !s.shape.includes(null)) return s;
  return new RaggedTensorSpec(s.shape, s.dtype, 0, dtypes.int64);
}

// The less common dataset operations tutorials reach for: from_generator, flat_map, interleave,
// take_while, shard, padded_batch and reduce. User functions are traced as in map (see traced-function.ts);
// a generator runs as plain Python on every iteration, as TF's py_func does.
import { availableParallelism } from 'node:os';
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyDict, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { typeError } from '../../interpreter/objects/exceptions.js';
import { call, callMethod } from '../../interpreter/ops/call.js';
import { getIterator, PyIterator } from '../../interpreter/ops/iter.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { cast } from '../ops/api.js';
import { runOp } from '../ops/registry.js';
import { PadV2, stack } from '../ops/shape-layout.js';
import { kernelError } from '../ops/shape-errors.js';
import { TensorSpec } from '../autograd/tensor-spec.js';
import { Dataset, datasetKind, isKnown, NextFn, UNKNOWN } from './dataset.js';
import { leavesOf, mapSpecShapes, normalizeElement, packLike, specNestText, specOf } from './structure.js';
import { materialize } from './rows.js';
import { batchCardinality, nextBatch } from './transforms.js';
import { traceFunction } from './traced-function.js';
import { checkPredicate } from './map-filter.js';

/** A generator's value as an element of `spec`: lists and tuples follow the spec's tuples. */
function conformToSpec(v: PyValue, spec: PyValue): PyValue {
  if (spec instanceof PyTuple) {
    const items = v instanceof PyTuple || v instanceof PyList ? v.items : null;
    if (items === null || items.length !== spec.items.length) {
      throw typeError(`\`generator\` yielded an element that did not match the expected structure. The expected structure was ${specNestText(spec)}.`);
    }
    return new PyTuple(items.map((x, i) => conformToSpec(x, spec.items[i])));
  }
  if (spec instanceof PyDict) {
    const out = new PyDict();
    for (const [k, s] of spec.storage.entries()) out.storage.set(k, conformToSpec(v instanceof PyDict ? (v.storage.get(k) ?? null) : null, s));
    return out;
  }
  const t = toTensor(v, null, (spec as TensorSpec).dtype);
  return t.dtype === (spec as TensorSpec).dtype ? t : cast(t, (spec as TensorSpec).dtype);
}

export function fromGenerator(generator: PyValue, spec: PyValue, args: PyValue[]): Dataset {
  const numpyArgs = args.map((a) => callMethod(toTensor(a), 'numpy', [], null));
  return new Dataset(datasetKind('_FlatMapDataset', 'flat_map_op'), spec, UNKNOWN, () => {
    let it: PyIterator | null = null;
    return () => {
      it ??= getIterator(call(generator, numpyArgs, null));
      const v = it.next();
      return v === undefined ? undefined : conformToSpec(v, spec);
    };
  });
}

/** flat_map/interleave's function, which must return a dataset. */
function traceDatasetFunction(fn: PyValue, input: Dataset) {
  const asDataset = (v: PyValue): PyValue => {
    if (!(v instanceof Dataset)) throw typeError('The `map_func` argument must return a `Dataset` object.');
    return v;
  };
  return traceFunction(fn, input.spec, asDataset, (d) => (d as Dataset).spec);
}

export function flatMap(input: Dataset, fn: PyValue): Dataset {
  const traced = traceDatasetFunction(fn, input);
  return new Dataset(datasetKind('_FlatMapDataset', 'flat_map_op'), traced.outputSpec, UNKNOWN, () => {
    const next = input.start();
    let inner: NextFn | null = null;
    return () => {
      for (;;) {
        if (inner !== null) {
          const y = inner();
          if (y !== undefined) return y;
        }
        const x = next();
        if (x === undefined) return undefined;
        inner = (traced.apply(materialize(x)) as Dataset).start();
      }
    };
  });
}

/**
 * interleave: `cycleLength` open inner iterations served round robin, `blockLength` elements at
 * a time; an exhausted one is replaced by the next input element's dataset in its slot (TF's
 * InterleaveDatasetOp order). cycle_length AUTOTUNE is the number of CPUs, as TF's MaxParallelism.
 */
export function interleave(input: Dataset, fn: PyValue, cycleLength: number, blockLength: number, parallel: boolean): Dataset {
  const traced = traceDatasetFunction(fn, input);
  const cycle = cycleLength === -1 ? availableParallelism() : cycleLength;
  if (cycle <= 0) throw kernelError('InterleaveDataset', 'cycle_length must be greater than zero.');
  if (blockLength <= 0) throw kernelError('InterleaveDataset', 'block_length must be greater than zero.');
  const kind = datasetKind(parallel ? '_ParallelInterleaveDataset' : '_InterleaveDataset', 'interleave_op');
  return new Dataset(kind, traced.outputSpec, UNKNOWN, () => {
    const next = input.start();
    const slots: (NextFn | null)[] = new Array(cycle).fill(null);
    let open = 0;
    let inputDone = false;
    let at = 0;
    let inBlock = 0;
    const advance = () => {
      inBlock = 0;
      at = (at + 1) % cycle;
    };
    return () => {
      while (!inputDone || open > 0) {
        const slot = slots[at];
        if (slot !== null) {
          const y = slot();
          if (y !== undefined) {
            if (++inBlock === blockLength) advance();
            return y;
          }
          slots[at] = null;
          open--;
          advance();
        } else if (!inputDone) {
          const x = next();
          if (x === undefined) inputDone = true;
          else {
            slots[at] = (traced.apply(materialize(x)) as Dataset).start();
            open++;
          }
        } else advance();
      }
      return undefined;
    };
  });
}

export function takeWhile(input: Dataset, predicate: PyValue): Dataset {
  const traced = traceFunction(predicate, input.spec);
  checkPredicate(traced.outputSpec);
  return new Dataset(datasetKind('_TakeWhileDataset', 'take_while_op'), input.spec, UNKNOWN, () => {
    const next = input.start();
    let done = false;
    return () => {
      if (done) return undefined;
      const x = next();
      if (x !== undefined) {
        const element = materialize(x);
        if (isTruthy(traced.apply(element))) return element;
      }
      done = true;
      return undefined;
    };
  });
}

export function shard(input: Dataset, numShards: number, index: number): Dataset {
  if (numShards <= 0) throw kernelError('ShardDataset', `Number of shards must be greater than zero (currently num_shards = ${numShards}).`);
  if (index < 0 || index >= numShards) {
    throw kernelError('ShardDataset', `Index must be between 0 and ${numShards - 1} (currently index = ${index}).`);
  }
  const c = input.cardinality;
  const cardinality = isKnown(c) ? Math.floor(c / numShards) + (index < c % numShards ? 1 : 0) : c;
  return new Dataset(datasetKind('_ShardDataset', 'shard_op'), input.spec, cardinality, () => {
    const next = input.start();
    let position = 0;
    return () => {
      for (let x = next(); x !== undefined; x = next()) if (position++ % numShards === index) return x;
      return undefined;
    };
  });
}

/** Dims of padded_shapes (one TensorShape-like per component); -1 / None: pad to the batch's longest. */
export type PaddedShapes = ((number | null)[] | null)[] | null;

export function paddedBatch(input: Dataset, size: number, paddedShapes: PaddedShapes, paddingValues: PyValue, dropRemainder: boolean): Dataset {
  if (size <= 0) throw kernelError('PaddedBatchDatasetV2', 'Batch size must be greater than zero.');
  const specs = leavesOf(input.spec) as TensorSpec[];
  const declared = specs.map((s, k) => {
    const own = paddedShapes?.[k] ?? null;
    return own === null ? (s.shape ?? []).slice() : own.map((d) => (d === null || d < 0 ? null : d));
  });
  let leaf = 0;
  const spec = mapSpecShapes(input.spec, () => [dropRemainder ? size : null, ...declared[leaf++]]);
  const padValues = specs.map((s, k) => {
    const v = paddingValues instanceof PyTuple || paddingValues instanceof PyDict ? leavesOf(paddingValues)[k] : paddingValues;
    return v === null ? 0 : Number(cast(toTensor(v, null, s.dtype), s.dtype).values()[0]);
  });
  const cardinality = batchCardinality(input.cardinality, size, dropRemainder);
  return new Dataset(datasetKind('_PaddedBatchDataset', 'padded_batch_op'), spec, cardinality, () => {
    const next = input.start();
    return () => {
      const batch = nextBatch(next, size, dropRemainder);
      if (batch === null) return undefined;
      const elements = batch.map(materialize);
      const rows = elements.map((e) => leavesOf(e) as Tensor[]);
      const columns = specs.map((_, k) => {
        const column = rows.map((r) => r[k]);
        const target = declared[k].map((d, i) => (d !== null ? d : Math.max(...column.map((t) => t.shape[i]))));
        const padded = column.map((t) => {
          const paddings = t.shape.map((d, i) => [0, target[i] - d] as [number, number]);
          if (paddings.some(([, after]) => after < 0)) {
            throw kernelError('IteratorGetNext', `Attempted to pad to a smaller size than the input element.`, '', `IteratorGetNext_output_types_${specs.length}`);
          }
          return paddings.every(([, after]) => after === 0) ? t : runOp(PadV2, [t], { paddings, value: t.dtype.is64Bit ? BigInt(padValues[k]) : padValues[k] });
        });
        return stack(padded, 0);
      });
      return packLike(elements[0], columns);
    };
  });
}

/** Dataset.reduce: folds every element into the state with the traced reduce_func. */
export function reduce(input: Dataset, initialState: PyValue, fn: PyValue): PyValue {
  let state = normalizeElement(initialState);
  const traced = traceFunction(fn, new PyTuple([specOf(state), input.spec]));
  const next = input.start();
  for (let x = next(); x !== undefined; x = next()) state = traced.apply(new PyTuple([state, materialize(x)]));
  return state;
}

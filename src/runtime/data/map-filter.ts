// Dataset.map and Dataset.filter: the user function is traced once when the dataset is built
// (see traced-function.ts) and applied to each element in order.
import type { PyValue } from '../../interpreter/objects/core.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { TensorSpec, specText } from '../autograd/tensor-spec.js';
import { Dataset, datasetKind, UNKNOWN } from './dataset.js';
import { traceFunction } from './traced-function.js';
import { specNestText } from './structure.js';
import { materialize } from './rows.js';

/** `parallel`: num_parallel_calls was given, which makes TF build a _ParallelMapDataset. */
export function map(input: Dataset, fn: PyValue, parallel = false): Dataset {
  const traced = traceFunction(fn, input.spec);
  return new Dataset(datasetKind(parallel ? '_ParallelMapDataset' : '_MapDataset', 'map_op'), traced.outputSpec, input.cardinality, () => {
    const next = input.start();
    return () => {
      const x = next();
      return x === undefined ? undefined : traced.apply(materialize(x));
    };
  });
}

/** The bool-scalar check TF makes of filter and take_while predicates. */
export function checkPredicate(out: PyValue): void {
  if (out instanceof TensorSpec && out.dtype.name === 'bool' && out.shape !== null && out.shape.length === 0) return;
  const text = out instanceof TensorSpec ? specText(out) : specNestText(out);
  throw valueError(`Invalid \`predicate\`. \`predicate\` must return a \`tf.bool\` scalar tensor, but its return type is ${text}.`);
}

export function filter(input: Dataset, predicate: PyValue): Dataset {
  const traced = traceFunction(predicate, input.spec);
  checkPredicate(traced.outputSpec);
  return new Dataset(datasetKind('_FilterDataset', 'filter_op'), input.spec, UNKNOWN, () => {
    const next = input.start();
    return () => {
      for (let x = next(); x !== undefined; x = next()) {
        const element = materialize(x);
        if (isTruthy(traced.apply(element))) return element;
      }
      return undefined;
    };
  });
}

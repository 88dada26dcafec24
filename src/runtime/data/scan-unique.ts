// Dataset.scan (a running state threaded through the elements: scan_func(state, element) returns
// the new state and the output element) and Dataset.unique (the first occurrence of every value of
// a single int32, int64 or string component), as TF 2.21 builds them.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyTuple } from '../../interpreter/objects/values.js';
import { typeError } from '../../interpreter/objects/exceptions.js';
import { Tensor } from '../tensor.js';
import { TensorSpec, specText } from '../autograd/tensor-spec.js';
import { kernelError } from '../ops/shape-errors.js';
import { stringsOf } from '../strings/string-tensor.js';
import { Dataset, datasetKind, UNKNOWN } from './dataset.js';
import { normalizeElement, specNestText, specOf } from './structure.js';
import { materialize } from './rows.js';
import { traceFunction } from './traced-function.js';

const isPair = (v: PyValue): v is PyTuple => v instanceof PyTuple && v.items.length === 2;

export function scan(input: Dataset, initialState: PyValue, fn: PyValue): Dataset {
  const initial = normalizeElement(initialState);
  const traced = traceFunction(fn, new PyTuple([specOf(initial), input.spec]));
  if (!isPair(traced.tracedResult)) {
    const returned = traced.outputSpec instanceof TensorSpec ? specText(traced.outputSpec) : specNestText(traced.outputSpec);
    throw typeError(`Invalid \`scan_func\`. \`scan_func\` should return a pair consisting of new state and the output value but its return type is ${returned}.`);
  }
  const outputSpec = (traced.outputSpec as PyTuple).items[1];
  return new Dataset(datasetKind('_ScanDataset', 'scan_op'), outputSpec, input.cardinality, () => {
    const next = input.start();
    let state = initial;
    return () => {
      const x = next();
      if (x === undefined) return undefined;
      const [newState, output] = (traced.apply(new PyTuple([state, materialize(x)])) as PyTuple).items;
      state = newState;
      return output;
    };
  });
}

export function unique(input: Dataset): Dataset {
  const spec = input.spec;
  if (!(spec instanceof TensorSpec)) {
    throw kernelError('UniqueDataset', 'UniqueDataset only supports inputs with a single component.');
  }
  if (!['int32', 'int64', 'string'].includes(spec.dtype.name)) {
    throw typeError(`\`tf.data.Dataset.unique\` does not support type <dtype: '${spec.dtype.name}'> -- only \`tf.int32\`, \`tf.int64\`, and \`tf.string\` are supported.`);
  }
  const keyOf = (t: Tensor): string =>
    spec.dtype.name === 'string' ? stringsOf(t).map((b) => Array.from(b).join(',')).join(';') : Array.from(t.values() as ArrayLike<number | bigint>, String).join(',');
  return new Dataset(datasetKind('_UniqueDataset', 'unique_op'), spec, UNKNOWN, () => {
    const next = input.start();
    const seen = new Set<string>();
    return () => {
      for (let x = next(); x !== undefined; x = next()) {
        const element = materialize(x) as Tensor;
        const key = keyOf(element);
        if (!seen.has(key)) {
          seen.add(key);
          return element;
        }
      }
      return undefined;
    };
  });
}

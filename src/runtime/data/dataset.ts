// The tf.data dataset model: a Dataset knows its element structure (a nest of TensorSpecs), its
// cardinality, and how to start a fresh iteration. Every kind TF prints (`_TensorSliceDataset`,
// `_BatchDataset`, `CacheDataset`, ...) is its own Python class under DatasetV2, in the module TF
// defines it in, so `type(ds)` and `isinstance(ds, tf.data.Dataset)` read as in TF.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';

export const datasetType = new PyType('DatasetV2', [objectType], 'tensorflow.python.data.ops.dataset_ops');

/** TF's cardinality sentinels (tf.data.INFINITE_CARDINALITY / UNKNOWN_CARDINALITY). */
export const INFINITE = -1;
export const UNKNOWN = -2;
/** A finite cardinality (not one of the sentinels). */
export const isKnown = (n: number): boolean => n >= 0;

/** Pulls the next element of one iteration (a Tensor or a tuple/dict nest of them); undefined at the end. */
export type NextFn = () => PyValue | undefined;

const kinds = new Map<string, PyType>();

/** The Python class of a dataset kind, e.g. kind('_BatchDataset', 'batch_op'). */
export function datasetKind(name: string, moduleFile: string): PyType {
  let t = kinds.get(name);
  if (t === undefined) {
    t = new PyType(name, [datasetType], `tensorflow.python.data.ops.${moduleFile}`);
    kinds.set(name, t);
  }
  return t;
}

export class Dataset implements PyObject {
  constructor(
    readonly kind: PyType,
    /** Nest of TensorSpec, the shape of every element. */
    readonly spec: PyValue,
    readonly cardinality: number,
    /** Starts an iteration. Called when Python creates an iterator (TF builds its iterator tree
     *  then, which is when a shuffle draws its seeds). */
    readonly start: () => NextFn,
  ) {}

  /** The tf.data.Options in effect (options.ts), set by with_options and inherited by every
   *  dataset built from this one; null: none set (Dataset.options() then gives the defaults). */
  options: PyValue | null = null;

  get cls(): PyType {
    return this.kind;
  }
}

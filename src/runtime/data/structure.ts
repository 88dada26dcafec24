// Dataset elements are nests: a Tensor, or tuples and dicts of nests (TF's tf.nest rules for
// tf.data: a Python list is a value to convert into one tensor, not a structure; a dict keeps its
// key order, and its leaves are numbered in sorted-key order). Specs are the same nests with
// TensorSpec leaves.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyDict, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { Tensor } from '../tensor.js';
import { isTensorLike, toTensor } from '../convert.js';
import { NdArray } from '../numpy-lite.js';
import { stack } from '../ops/shape-layout.js';
import { TensorSpec } from '../autograd/tensor-spec.js';
import { Dataset } from './dataset.js';
import { DatasetSpec } from './dataset-spec.js';
import { repr } from '../../interpreter/ops/text.js';
import { flatten, packSequenceAs } from '../autograd/nest.js';
import { RaggedTensor } from '../ragged/ragged-tensor.js';
import { raggedSpecOf, RaggedTensorSpec } from './ragged-elements.js';

/** Rebuilds a nest, mapping every leaf. */
export function mapNest(v: PyValue, fn: (leaf: PyValue) => PyValue): PyValue {
  if (v instanceof PyTuple) return new PyTuple(v.items.map((x) => mapNest(x, fn)));
  if (v instanceof PyDict) {
    const d = new PyDict();
    for (const [k, x] of v.storage.entries()) d.storage.set(k, mapNest(x, fn));
    return d;
  }
  return fn(v);
}

/** Leaves in TF's order (dict values by sorted key). */
export const leavesOf = (v: PyValue): PyValue[] => flatten(v);

/** `structure` with its leaves replaced, in leavesOf order. */
export const packLike = (structure: PyValue, leaves: readonly PyValue[]): PyValue => packSequenceAs(structure, leaves);

/** TF's structure.normalize_element: tuples and dicts stay structures; everything else (lists,
 *  numpy arrays, Python scalars, Variables) becomes one tensor. */
export function normalizeElement(v: PyValue): PyValue {
  if (v === null) throw valueError('Invalid `element`. `element` should not be empty.');
  return normalize(v);
}

function normalize(v: PyValue): PyValue {
  if (v instanceof RaggedTensor) return v;
  if (v instanceof PyTuple) return new PyTuple(v.items.map(normalize));
  if (v instanceof PyDict) return mapDictValues(v, normalize);
  if (v instanceof PyList) return listToTensor(v);
  return toTensor(v);
}

const isArrayValue = (v: PyValue): boolean => v instanceof Tensor || isTensorLike(v) || v instanceof NdArray;

/** A list holding tensors or arrays is packed along a new axis, as TF's conversion does. */
function listToTensor(v: PyList): Tensor {
  if (!v.items.some(isArrayValue)) return toTensor(v);
  return stack(v.items.map((x) => (x instanceof PyList ? listToTensor(x) : toTensor(x))), 0);
}

/** What a map function returns, as a dataset element: as normalize_element, except that a
 *  returned list is a tuple (TF converts it with a warning). */
export function normalizeFunctionOutput(v: PyValue): PyValue {
  if (v instanceof RaggedTensor) return v;
  if (v instanceof PyList || v instanceof PyTuple) return new PyTuple(v.items.map(normalizeFunctionOutput));
  if (v instanceof PyDict) return mapDictValues(v, normalizeFunctionOutput);
  return toTensor(v);
}

function mapDictValues(d: PyDict, fn: (v: PyValue) => PyValue): PyDict {
  const out = new PyDict();
  for (const [k, x] of d.storage.entries()) out.storage.set(k, fn(x));
  return out;
}

const specOfTensor = (t: Tensor): TensorSpec => new TensorSpec(t.shape.slice(), t.dtype, null);

/** The element_spec of a concrete element. */
export const specOf = (element: PyValue): PyValue =>
  mapNest(element, (t) =>
    t instanceof Tensor ? specOfTensor(t) : t instanceof RaggedTensor ? raggedSpecOf(t) : t instanceof Dataset ? new DatasetSpec(t.spec) : t,
  );

/** The spec with each leaf's shape changed by `fn`. */
export const mapSpecShapes = (spec: PyValue, fn: (shape: (number | null)[], s: TensorSpec) => (number | null)[] | null): PyValue =>
  mapNest(spec, (s) => {
    const t = s as TensorSpec;
    const before = t.shape === null ? [] : t.shape.slice();
    const shape = fn(before.slice(), t) as (number | null)[] | null;
    if (!(t instanceof RaggedTensorSpec)) return new TensorSpec(shape, t.dtype, null);
    // Adding or removing an outer dimension adds or removes a ragged one.
    const rank = Math.max(0, t.raggedRank + (shape === null ? 0 : shape.length - before.length));
    return new RaggedTensorSpec(shape, t.dtype, rank, t.splitsDtype);
  });

/** Text of a spec nest as TF prints element_spec: the Python repr of the tuple/dict nest. */
export const specNestText = (spec: PyValue): string => repr(spec);

/** Whether two nests have the same tuple/dict layout. */
function sameStructure(a: PyValue, b: PyValue): boolean {
  if (a instanceof PyTuple || b instanceof PyTuple) {
    return a instanceof PyTuple && b instanceof PyTuple && a.items.length === b.items.length && a.items.every((x, i) => sameStructure(x, b.items[i]));
  }
  if (a instanceof PyDict || b instanceof PyDict) {
    if (!(a instanceof PyDict && b instanceof PyDict) || a.storage.size !== b.storage.size) return false;
    return [...a.storage.entries()].every(([k, x]) => b.storage.has(k) && sameStructure(x, b.storage.get(k)!));
  }
  return true;
}

/** The most specific spec both nests satisfy (concatenate's element_spec), or TF's TypeError. */
export function mostSpecificCompatible(a: PyValue, b: PyValue): PyValue {
  const fail = () => typeError(`Incompatible dataset elements:\n  ${specNestText(a)} vs.   ${specNestText(b)}`);
  if (!sameStructure(a, b)) throw fail();
  const la = leavesOf(a) as TensorSpec[];
  const lb = leavesOf(b) as TensorSpec[];
  const merged = la.map((x, i) => {
    const y = lb[i];
    if (!(x instanceof TensorSpec) || !(y instanceof TensorSpec)) return x;
    if (x.dtype !== y.dtype) throw fail();
    if (x.shape === null || y.shape === null || x.shape.length !== y.shape.length) return new TensorSpec(null, x.dtype, null);
    return new TensorSpec(x.shape.map((d, k) => (d === y.shape![k] ? d : null)), x.dtype, null);
  });
  return packLike(a, merged);
}

// The user functions of map, filter and the like. TF traces them once, when the dataset is built,
// with symbolic tensors, and then runs the graph per element: a Python `print` inside prints once,
// showing `Tensor("args_0:0", shape=(None, 2), dtype=float32)`. tfts has no graphs, so:
//  - at build time the function is called with stand-in arguments: real tensors of ones (unknown
//    dims of size 2) that print, and report their shape, as TF's symbolic arguments do; then once
//    more, muted, with twos (unknown dims of size 3). Output dims that differ between the two calls
//    depend on unknown dims or on values (`tf.fill([x], x)`) and are unknown in the element_spec;
//  - per element the function runs eagerly on the real values with standard output muted, so
//    Python side effects show once, as in TF. (tf.print writes to stderr and is not muted.)
// Known differences: tensors computed inside the function print as eager tensors during the build
// call, and `.numpy()` works there where TF raises.
import { PyType, PyValue } from '../../interpreter/objects/core.js';
import { PyTuple } from '../../interpreter/objects/values.js';
import { defineGetter, defineMethod } from '../../interpreter/builtins/define.js';
import { call } from '../../interpreter/ops/call.js';
import { PyFunction } from '../../interpreter/objects/function.js';
import { PyBaseException, typeError } from '../../interpreter/objects/exceptions.js';
import { flushStdout } from '../../interpreter/io.js';
import { eagerTensorType, Tensor, numElements } from '../tensor.js';
import { TensorShape } from '../tensor-shape.js';
import { fill } from '../ops/api.js';
import { shapeStr } from '../printing/index.js';
import { StringTensor } from '../strings/string-tensor.js';
import { TensorSpec } from '../autograd/tensor-spec.js';
import { DatasetSpec } from './dataset-spec.js';
import { listDataset } from './window.js';
import { leavesOf, mostSpecificCompatible, normalizeFunctionOutput, packLike, specOf } from './structure.js';

const symbolicTensorType = new PyType('SymbolicTensor', [eagerTensorType], 'tensorflow.python.framework.ops');

/** A build-time argument: a tensor of ones that Python sees as TF's symbolic `args_i`. */
class TraceArgument extends Tensor {
  constructor(
    value: Tensor,
    readonly argName: string,
    readonly declaredShape: (number | null)[],
  ) {
    super(value.storage, value.shape, value.dtype, value.device);
  }

  override get cls(): PyType {
    return symbolicTensorType;
  }
}

const asArg = (v: PyValue) => v as TraceArgument;
defineMethod(symbolicTensorType, '__repr__', (self) => {
  const a = asArg(self);
  return `<tf.Tensor '${a.argName}' shape=${shapeStr(a.declaredShape)} dtype=${a.dtype.name}>`;
});
defineMethod(symbolicTensorType, '__str__', (self) => {
  const a = asArg(self);
  return `Tensor("${a.argName}", shape=${shapeStr(a.declaredShape)}, dtype=${a.dtype.name})`;
});
defineGetter(symbolicTensorType, 'shape', (self) => new TensorShape(asArg(self).declaredShape));
defineMethod(symbolicTensorType, 'get_shape', (self) => new TensorShape(asArg(self).declaredShape));
defineGetter(symbolicTensorType, 'name', (self) => asArg(self).argName);

/** The two build-time calls' stand-ins: the value of every element and the size of unknown dims. */
const STAND_INS = [
  { value: 1, unknownDim: 2 },
  { value: 2, unknownDim: 3 },
];

function standIn(spec: TensorSpec | DatasetSpec, index: number, variant: number): PyValue {
  const { value, unknownDim } = STAND_INS[variant];
  if (spec instanceof DatasetSpec) {
    // A window argument: a dataset of `unknownDim` stand-in elements.
    const element = packLike(spec.elementSpec, (leavesOf(spec.elementSpec) as TensorSpec[]).map((s, i) => standIn(s, i, variant)));
    return listDataset(spec.elementSpec, new Array(unknownDim).fill(element));
  }
  const declared = spec.shape ?? [];
  const shape = declared.map((d) => (d === null ? unknownDim : d));
  if (spec.dtype.name === 'string') {
    const n = numElements(shape);
    return new StringTensor(Array.from({ length: n }, () => new Uint8Array(variant)), shape);
  }
  return new TraceArgument(fill(shape, spec.dtype, value), `args_${index}:0`, declared.slice());
}

/** TF calls the function with a tuple element's components as positional arguments. */
const argumentsOf = (element: PyValue): PyValue[] => (element instanceof PyTuple ? element.items.slice() : [element]);

interface TracedFunction {
  /** The element_spec of the function's results. */
  outputSpec: PyValue;
  /** The build-time result (flat_map reads the dataset it returns). */
  tracedResult: PyValue;
  /** Runs the function on one element (muted), returning its normalised result. */
  apply(element: PyValue): PyValue;
}

/** `normalize` turns a result into an element (the default) or checks it (flat_map's dataset);
 *  `specOfResult` gives the spec of the normalised result. */
export function traceFunction(
  fn: PyValue,
  inputSpec: PyValue,
  normalize: (v: PyValue) => PyValue = normalizeFunctionOutput,
  specOfResult: (v: PyValue) => PyValue = specOf,
): TracedFunction {
  const inputLeaves = leavesOf(inputSpec) as (TensorSpec | DatasetSpec)[];
  const standIns = (variant: number) => argumentsOf(packLike(inputSpec, inputLeaves.map((s, i) => standIn(s, i, variant))));
  const traced = normalize(callAtBuild(fn, standIns(0)));
  const first = specOfResult(traced);
  let outputSpec = first;
  try {
    outputSpec = mostSpecificCompatible(first, specOfResult(normalize(callMuted(fn, standIns(1)))));
  } catch {
    // The second stand-ins broke the function (or changed its structure): keep the first shapes.
  }
  return {
    outputSpec,
    tracedResult: traced,
    apply: (element) => normalize(callMuted(fn, argumentsOf(element))),
  };
}

/** The build-time call. A function that cannot take the element's components fails as TF's
 *  autograph-converted copy does: TF names it `tf__f` (lambdas keep their name) inside factories. */
function callAtBuild(fn: PyValue, args: PyValue[]): PyValue {
  try {
    return call(fn, args, null);
  } catch (e) {
    if (!(fn instanceof PyFunction) || !(e instanceof PyBaseException) || e.cls.name !== 'TypeError') throw e;
    const message = typeof e.args[0] === 'string' ? e.args[0] : '';
    const prefix = `${fn.qualname}() `;
    if (!message.startsWith(prefix) || !/positional argument/.test(message)) throw e;
    const converted = fn.name === '<lambda>' ? fn.name : `tf__${fn.name}`;
    throw typeError(`in user code:\n\n\n    TypeError: outer_factory.<locals>.inner_factory.<locals>.${converted}() ${message.slice(prefix.length)}\n`);
  }
}

/** Calls `fn` with everything it writes to standard output discarded. */
function callMuted(fn: PyValue, args: PyValue[]): PyValue {
  flushStdout();
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return call(fn, args, null);
  } finally {
    flushStdout();
    process.stdout.write = write;
  }
}

// tf.function, as decorator (`@tf.function`, `@tf.function(...)`) or wrapper (`tf.function(f)`).
// Graph tracing is out of scope: the Python function runs eagerly, so results are TF's. An
// input_signature converts the arguments to its TensorSpecs' dtypes, as TF does on a call;
// jit_compile, reduce_retracing and the other options are accepted.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { builtinFunction, defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { PyFloat, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { call } from '../../interpreter/ops/call.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { TensorSpec } from './tensor-spec.js';

/** A traced function returns tensors: Python numbers in the result become tensors (None stays). */
function toOutputs(v: PyValue): PyValue {
  if (v instanceof PyList) return new PyList(v.items.map(toOutputs));
  if (v instanceof PyTuple) return new PyTuple(v.items.map(toOutputs));
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) return toTensor(v);
  return v;
}

export const functionType = new PyType('Function', [objectType], 'tensorflow.python.eager.polymorphic_function.polymorphic_function');

export class TfFunction implements PyObject {
  constructor(
    readonly pythonFunction: PyValue,
    readonly inputSignature: TensorSpec[] | null,
  ) {}
  get cls(): PyType {
    return functionType;
  }
  invoke(args: PyValue[], kwargs: Kwargs): PyValue {
    const sig = this.inputSignature;
    const converted = sig ? args.map((a, i) => (i < sig.length && !(a instanceof Tensor) ? toTensor(a, sig[i].dtype) : a)) : args;
    return toOutputs(call(this.pythonFunction, converted, kwargs));
  }
}

const asFunction = (v: PyValue) => v as TfFunction;
defineMethod(functionType, '__call__', (self, args, kwargs) => asFunction(self).invoke(args, kwargs));
defineGetter(functionType, 'python_function', (self) => asFunction(self).pythonFunction);
defineGetter(functionType, 'input_signature', (self) => {
  const s = asFunction(self).inputSignature;
  return s === null ? null : new PyTuple(s);
});

const params = pyParams(
  'function',
  ['func', 'input_signature', 'autograph', 'jit_compile', 'reduce_retracing', 'experimental_implements', 'experimental_autograph_options', 'experimental_attributes', 'experimental_relax_shapes', 'experimental_compile', 'experimental_follow_type_hints'],
  {
    func: null, input_signature: null, autograph: true, jit_compile: null, reduce_retracing: false, experimental_implements: null,
    experimental_autograph_options: null, experimental_attributes: null, experimental_relax_shapes: null, experimental_compile: null,
    experimental_follow_type_hints: null,
  },
);

export function tfFunction(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = params(args, kwargs);
  const signature = p.input_signature === null ? null : (iterToArray(p.input_signature) as TensorSpec[]);
  if (p.func === null) return builtinFunction('decorator', (inner) => new TfFunction(inner[0], signature));
  return new TfFunction(p.func, signature);
}

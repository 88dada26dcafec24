// tf.function, as decorator (`@tf.function`, `@tf.function(...)`) or wrapper (`tf.function(f)`).
// Graph tracing is out of scope: the Python function runs eagerly, so results are TF's. What TF
// users see of tracing is kept: TF runs the Python body only when it traces, once per new input
// signature (tensor dtypes and shapes, Python values, object identities), with
// tf.executing_eagerly() False; later calls run the graph, so the body's print() calls stay silent
// (tf.print still prints). tfts re-runs the body on those calls with print() muted; other Python
// side effects (appending to a list) do repeat, and tensors print with values, not as symbolic
// Tensor("add:0", ...). An input_signature converts the arguments to its TensorSpecs' dtypes, as
// TF does on a call, and means a single trace; jit_compile, reduce_retracing and the other options
// are accepted.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { builtinFunction, defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { PyDict, PyFloat, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { PyBoundMethod, PyFunction } from '../../interpreter/objects/function.js';
import { typeError } from '../../interpreter/objects/exceptions.js';
import { repr } from '../../interpreter/ops/text.js';
import { call } from '../../interpreter/ops/call.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { printMuting } from '../../interpreter/builtins/functions.js';
import { objectId } from '../../interpreter/ops/ids.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { Tensor } from '../tensor.js';
import { isTensorLike, toTensor } from '../convert.js';
import { specText, TensorSpec } from './tensor-spec.js';

/** A traced function returns tensors: Python numbers in the result become tensors (None stays). */
function toOutputs(v: PyValue): PyValue {
  if (v instanceof PyList) return new PyList(v.items.map(toOutputs));
  if (v instanceof PyTuple) return new PyTuple(v.items.map(toOutputs));
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) return toTensor(v);
  return v;
}

let bodyDepth = 0;  // > 0 while a tf.function's Python body runs
/** True inside a tf.function body: TF is tracing there, so tf.executing_eagerly() is False. */
export const insideTfFunction = (): boolean => bodyDepth > 0;

/** TF's retracing key for one argument: tensors by dtype and shape, Python values by value. */
function traceKey(v: PyValue): string {
  if (v instanceof Tensor) return `T(${v.dtype.name}[${v.shape.join(',')}])`;
  if (isTensorLike(v)) {
    const t = v.readTensor();
    return `V(${t.dtype.name}[${t.shape.join(',')}])`;
  }
  if (v instanceof PyList || v instanceof PyTuple) return `${v instanceof PyList ? 'L' : 'U'}(${v.items.map(traceKey).join(',')})`;
  if (v instanceof PyDict) return `D(${[...v.storage.entries()].map(([k, x]) => `${traceKey(k)}:${traceKey(x)}`).join(',')})`;
  if (v === null || typeof v !== 'object' || v instanceof PyFloat) return `P(${typeOf(v).name}:${repr(v)})`;
  return `O(${objectId(v)})`;  // other objects by identity, as TF keys instances
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
  /** Signatures traced so far (see the file comment). */
  private readonly traces = new Set<string>();

  invoke(args: PyValue[], kwargs: Kwargs): PyValue {
    const converted = this.inputSignature ? this.bindSignature(args, kwargs, this.inputSignature) : args;
    const key = this.inputSignature
      ? 'input_signature'
      : [...converted.map(traceKey), ...(kwargs ? [...kwargs].map(([k, v]) => `${k}=${traceKey(v)}`) : [])].join(';');
    const traced = this.traces.has(key);
    bodyDepth++;
    if (traced) printMuting.depth++;
    try {
      const result = toOutputs(call(this.pythonFunction, converted, kwargs));
      this.traces.add(key);  // only a trace that finished counts (TF retraces after an error)
      return result;
    } finally {
      bodyDepth--;
      if (traced) printMuting.depth--;
    }
  }

  /** Converts the arguments to the signature's specs, with TF's binding error otherwise. */
  private bindSignature(args: PyValue[], kwargs: Kwargs, specs: TensorSpec[]): PyValue[] {
    const fail = (why: string) => {
      const f = this.pythonFunction;
      const names = f instanceof PyFunction ? [...f.signature.spec.posonly, ...f.signature.spec.args] : [];
      const signature = specs.map((spec, i) => `${names[i] ?? `arg${i}`}: ${specText(spec)}`).join(', ');
      const kw = new PyDict();
      if (kwargs) for (const [k, v] of kwargs) kw.storage.set(k, v);
      return typeError(`Binding inputs to tf.function failed due to \`${why}\`. Received args: ${repr(new PyTuple(args))} and kwargs: ${repr(kw)} for signature: (${signature}).`);
    };
    if (args.length > specs.length) throw fail('too many positional arguments');
    return args.map((a, i) => {
      const spec = specs[i];
      const t = a instanceof Tensor ? a : isTensorLike(a) ? a.readTensor() : toTensor(a, spec.dtype);
      const shapeOk = spec.shape === null || (spec.shape.length === t.rank && spec.shape.every((d, k) => d === null || d === t.shape[k]));
      if (t.dtype !== spec.dtype || !shapeOk) {
        throw fail(`Can not cast ${specText(new TensorSpec(t.shape.slice(), t.dtype, null))} to ${specText(spec)}`);
      }
      return t;
    });
  }
}

const asFunction = (v: PyValue) => v as TfFunction;
defineMethod(functionType, '__call__', (self, args, kwargs) => asFunction(self).invoke(args, kwargs));
// A tf.function defined in a class body binds to the instance like a plain method.
defineMethod(functionType, '__get__', (self, args) => (args[0] === null ? self : new PyBoundMethod(self, args[0])));
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

// tf.function, as decorator (`@tf.function`, `@tf.function(...)`) or wrapper (`tf.function(f)`).
// Graph tracing is out of scope: the Python function runs eagerly, so results are TF's. What TF
// users see of tracing is kept: TF runs the Python body only when it traces, once per new input
// signature (tensor dtypes and shapes, Python values, object identities), with
// tf.executing_eagerly() False; later calls run the graph, so the body's print() calls stay silent
// (tf.print still prints). tfts re-runs the body on those calls with print() muted; other Python
// side effects (appending to a list) do repeat. Inside the body tensors still hold real values but
// print as TF's symbolic ones (Tensor("add:0", shape=(2,), dtype=float32)): each run records a
// fresh graph of node names (trace-graph.ts, symbolic-names.ts), with the tensor arguments as
// placeholders named after the parameters; results print as eager tensors again. An
// input_signature converts the arguments to its TensorSpecs' dtypes, as TF does on a call, and
// means a single trace; jit_compile, reduce_retracing and the other options are accepted.
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
import { NdArray } from '../numpy/ndarray.js';
import { isTensorLike, toTensor } from '../convert.js';
import { specText, TensorSpec } from './tensor-spec.js';
import { tracing, TraceGraph } from './trace-graph.js';
import { installSymbolicNames, nameOutputs } from './symbolic-names.js';

/** A second tensor object for `t`'s value that the tape sees as `t` (same id). */
function aliasOf(t: Tensor): Tensor {
  const alias = new Tensor(t.storage, t.shape, t.dtype, t.device);
  Object.defineProperty(alias, 'id', { value: t.id });
  return alias;
}

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
/** tf.config.run_functions_eagerly: when on, a call runs the Python function as it is (TF's __call__). */
export const functionsRunEagerly = { on: false };

/** TF's retracing key for one argument: tensors by dtype and shape, Python values by value. */
function traceKey(v: PyValue): string {
  if (v instanceof Tensor) return `T(${v.dtype.name}[${v.shape.join(',')}])`;
  if (v instanceof NdArray) return traceKey(toTensor(v));  // TF traces numpy arrays as tensors
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
    if (functionsRunEagerly.on) return call(this.pythonFunction, args, kwargs);
    const converted = this.inputSignature ? this.bindSignature(args, kwargs, this.inputSignature) : args;
    const key = this.inputSignature
      ? 'input_signature'
      : [...converted.map(traceKey), ...(kwargs ? [...kwargs].map(([k, v]) => `${k}=${traceKey(v)}`) : [])].join(';');
    const traced = this.traces.has(key);
    const outerGraph = tracing.graph;
    const graph = new TraceGraph();
    const [placedArgs, placedKwargs] = this.placeholders(graph, converted, kwargs);
    tracing.graph = graph;
    bodyDepth++;
    if (traced) printMuting.depth++;
    try {
      const result = toOutputs(call(this.pythonFunction, placedArgs, placedKwargs));
      this.traces.add(key);  // only a trace that finished counts (TF retraces after an error)
      // Called from another trace, the function is one call node of that graph (TF says
      // StatefulPartitionedCall when it uses variables, which tfts does not track).
      if (outerGraph !== null) nameOutputs(outerGraph, 'PartitionedCall', result, []);
      return result;
    } finally {
      bodyDepth--;
      if (traced) printMuting.depth--;
      tracing.graph = outerGraph;
    }
  }

  /** A new graph whose placeholders are the tensor arguments, named after the parameters and
   *  shaped as the input_signature says (Python values stay Python values in TF too). A tensor
   *  passed twice is two placeholders: the second is an alias with the same tape id, so
   *  gradients still reach the caller's tensor. */
  private placeholders(graph: TraceGraph, args: PyValue[], kwargs: Kwargs): [PyValue[], Kwargs] {
    const f = this.pythonFunction;
    const spec = f instanceof PyFunction ? f.signature.spec : null;
    const names = spec ? [...spec.posonly, ...spec.args] : [];
    const nameOf = (i: number) => (i < names.length ? names[i] : spec && spec.vararg ? `${spec.vararg}_${i - names.length}` : `arg${i}`);
    const place = (a: PyValue, name: string, i: number): PyValue => {
      // Lists, tuples and dicts of tensors become one placeholder per tensor, all named after the
      // parameter (xs, xs_1, ...), in a new container as TF packs them.
      if (a instanceof PyList && a.constructor === PyList) return new PyList(a.items.map((x) => place(x, name, -1)));
      if (a instanceof PyTuple && a.constructor === PyTuple) return new PyTuple(a.items.map((x) => place(x, name, -1)));
      if (a instanceof PyDict && a.constructor === PyDict) {
        const d = new PyDict();
        for (const [k, x] of a.storage.entries()) d.storage.set(k, place(x, name, -1));
        return d;
      }
      // TF feeds numpy arrays as tensors; tfts computes with tensors from here on, as TF does.
      const t = a instanceof NdArray ? toTensor(a) : a;
      if (!(t instanceof Tensor)) return a;
      const placeholder = graph.nodes.has(t) ? aliasOf(t) : t;
      const shape = this.inputSignature && i >= 0 ? this.inputSignature[i]?.shape : null;
      graph.mark(placeholder, graph.uniqueName(name), 0, shape ? shape : t.shape);
      return placeholder;
    };
    const placed = args.map((a, i) => place(a, nameOf(i), i));
    if (!kwargs) return [placed, kwargs];
    return [placed, new Map([...kwargs].map(([k, v]) => [k, place(v, k, -1)]))];
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
  installSymbolicNames();
  const p = params(args, kwargs);
  const signature = p.input_signature === null ? null : (iterToArray(p.input_signature) as TensorSpec[]);
  if (p.func === null) return builtinFunction('decorator', (inner) => new TfFunction(inner[0], signature));
  return new TfFunction(p.func, signature);
}

// Gives the tensors a traced tf.function body makes TF's node names. The name is decided where
// Python calls into TF (a tf.* function or a tensor operator), not per internal op, so a composite
// such as tf.nn.softmax stays one "Softmax" node. The tf.* functions and the tensor and variable
// methods are wrapped when tf.function is first used, so programs without tf.function pay nothing,
// and later calls outside a trace pay one null check. Functions fetched from the module before
// that (`relu = tf.nn.relu`), keras objects and GradientTape.gradient name nothing: their tensors
// get the fallback name of trace-graph.ts.
import type { PyType, PyValue } from '../../interpreter/objects/core.js';
import { PyModule, PyBuiltinFunction, PyProperty } from '../../interpreter/objects/function.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { pyExc, typeError } from '../../interpreter/objects/exceptions.js';
import { importModule } from '../../interpreter/modules/loader.js';
import { defineGetter } from '../../interpreter/builtins/define.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { eagerTensorType, stringTensorType, Tensor } from '../tensor.js';
import { TensorShape } from '../tensor-shape.js';
import { variableType } from '../variable.js';
import { shapeStr, type Dim } from '../printing/index.js';
import { symbolicNode, tracing, TraceGraph } from './trace-graph.js';

/** Node names of tf.* functions whose name is not their Python name in CamelCase (tf.exp is "Exp").
 *  A composite's output can be a node inside its name scope ("linspace/Slice") or another output
 *  than the first ("argsort/TopKV2:1"); all were read off TF 2.21's graphs. */
const functionNodes: Record<string, string> = {
  subtract: 'Sub', multiply: 'Mul', divide: 'truediv', truediv: 'truediv', floordiv: 'floordiv',
  negative: 'Neg', reduce_sum: 'Sum', reduce_mean: 'Mean', reduce_max: 'Max', reduce_min: 'Min',
  reduce_prod: 'Prod', reduce_any: 'Any', reduce_all: 'All', reduce_logsumexp: 'ReduceLogSumExp',
  constant: 'Const', convert_to_tensor: 'Const', ones: 'ones', zeros: 'zeros', ones_like: 'ones_like',
  zeros_like: 'zeros_like', matmul: 'MatMul', concat: 'concat', stack: 'stack', unstack: 'unstack',
  split: 'split', where: 'SelectV2', argmax: 'ArgMax', argmin: 'ArgMin', range: 'range',
  transpose: 'transpose', one_hot: 'one_hot', clip_by_value: 'clip_by_value', gather: 'GatherV2',
  log_softmax: 'LogSoftmax', linspace: 'linspace/Slice',
  log1p: 'Log1p', expm1: 'Expm1', rsqrt: 'Rsqrt', sigmoid: 'Sigmoid', relu6: 'Relu6',
  leaky_relu: 'LeakyRelu', elu: 'Elu', selu: 'Selu', softplus: 'Softplus', bias_add: 'BiasAdd',
  squared_difference: 'SquaredDifference', logical_and: 'LogicalAnd', logical_or: 'LogicalOr',
  logical_not: 'LogicalNot', not_equal: 'NotEqual', less_equal: 'LessEqual',
  greater_equal: 'GreaterEqual', expand_dims: 'ExpandDims', broadcast_to: 'BroadcastTo',
  cumsum: 'Cumsum', cumprod: 'Cumprod', normal: 'random_normal', uniform: 'random_uniform/RandomUniform',
  eye: 'eye/diag', norm: 'norm/Squeeze', einsum: 'einsum/Einsum', floormod: 'FloorMod', mod: 'FloorMod',
  divide_no_nan: 'div_no_nan', top_k: 'TopKV2', sort: 'sort/Neg_1', argsort: 'argsort/TopKV2:1',
  reverse: 'ReverseV2', count_nonzero: 'count_nonzero/Sum', reduce_euclidean_norm: 'EuclideanNorm',
  l2_normalize: 'l2_normalize', silu: 'IdentityN', gelu: 'Gelu/mul_2', boolean_mask: 'boolean_mask/GatherV2',
  bincount: 'bincount/DenseBincount', truncated_normal: 'truncated_normal',
  reduce_variance: 'reduce_variance/Mean_1', reduce_std: 'reduce_std/Sqrt',
  // tf.strings, by submodule-qualified name
  'strings.length': 'StringLength', 'strings.join': 'StringJoin', 'strings.upper': 'StringUpper',
  'strings.lower': 'StringLower', 'strings.to_number': 'StringToNumber', 'strings.regex_replace': 'StaticRegexReplace',
  'strings.substr': 'Substr', 'strings.strip': 'StringStrip', 'strings.format': 'StringFormat',
};

/** Ops whose output sizes depend on the values: their first dimension is unknown in the graph
 *  (tf.unique only for its first output). */
const valueSizedOutputs: Record<string, number> = {
  boolean_mask: 1, unique: 1, bincount: 1, segment_sum: 1, segment_mean: 1, segment_max: 1, segment_min: 1, segment_prod: 1,
};

/** Reductions that, given no axis, first make a "Const" node of reduction indices. */
const reductionsWithIndices = new Set(['reduce_sum', 'reduce_mean', 'reduce_max', 'reduce_min', 'reduce_prod', 'reduce_any', 'reduce_all']);

/** Node names of the tensor operators (TF names the Python operators in lower case). */
const operatorNodes: Record<string, string> = {
  __add__: 'add', __radd__: 'add', __sub__: 'sub', __rsub__: 'sub', __mul__: 'mul', __rmul__: 'mul',
  __truediv__: 'truediv', __rtruediv__: 'truediv', __floordiv__: 'floordiv', __rfloordiv__: 'floordiv',
  __mod__: 'mod', __rmod__: 'mod', __pow__: 'pow', __rpow__: 'pow', __matmul__: 'matmul', __rmatmul__: 'matmul',
  __neg__: 'Neg', __abs__: 'Abs', __lt__: 'Less', __le__: 'LessEqual', __gt__: 'Greater',
  __ge__: 'GreaterEqual', __eq__: 'Equal', __ne__: 'NotEqual', __getitem__: 'strided_slice',
  __invert__: 'LogicalNot', __and__: 'and', __rand__: 'and', __or__: 'or', __ror__: 'or', __xor__: 'xor', __rxor__: 'xor',
};

const camel = (name: string) => name.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/** Static shape of an op output when an input has unknown (None) dimensions, as with an
 *  input_signature: a dimension is unknown where its size is the size of an input's unknown
 *  dimension and of none of its known ones (x * 2, tf.transpose(x), tf.reduce_sum(x, axis=1)); a
 *  size 1 or a size also known is matched by position only. Not for ops whose output shape is
 *  known from the rank alone (tf.shape). */
function staticShape(graph: TraceGraph, t: Tensor, node: string, inputs: PyValue[]): readonly Dim[] {
  if (node === 'Shape' || node === 'Size' || node === 'Rank') return t.shape;
  let shape: Dim[] | null = null;
  for (const v of inputs) {
    const input = v instanceof Tensor ? graph.nodes.get(v) : undefined;
    if (!input || !input.shape.includes(null)) continue;
    const real = (v as Tensor).shape;
    const unknown = new Set(real.filter((_, k) => input.shape[k] === null));
    const known = new Set(real.filter((_, k) => input.shape[k] !== null));
    shape ??= t.shape.slice();
    for (let k = 0; k < t.rank; k++) {
      const d = t.shape[k];
      const bySize = d !== 1 && unknown.has(d) && !known.has(d);
      const byPosition = real.length === t.rank && input.shape[k] === null && real[k] === d;
      if (bySize || byPosition) shape[k] = null;
    }
  }
  return shape ?? t.shape;
}

/** Names the tensors a Python-level call returned as outputs of one new node. A node inside a name
 *  scope ("linspace/Slice") makes the scope's name unique; "argsort/TopKV2:1" names the output
 *  the function hands back. */
export function nameOutputs(graph: TraceGraph, node: string, result: PyValue, inputs: PyValue[], valueSized = 0): void {
  const outs = result instanceof Tensor ? [result] : result instanceof PyList || result instanceof PyTuple ? result.items : [];
  if (!outs.some((t) => t instanceof Tensor && !graph.nodes.has(t))) return;
  const colon = node.indexOf(':');
  const first = colon < 0 ? 0 : Number(node.slice(colon + 1));
  const op = colon < 0 ? node : node.slice(0, colon);
  const slash = op.indexOf('/');
  const name = slash < 0 ? graph.uniqueName(op) : graph.uniqueName(op.slice(0, slash)) + op.slice(slash);
  outs.forEach((t, i) => {
    if (!(t instanceof Tensor)) return;
    const shape = staticShape(graph, t, op, inputs);
    graph.mark(t, name, first + i, i < valueSized && shape.length > 0 ? [null, ...shape.slice(1)] : shape);
  });
}

const axisArgument = (args: PyValue[], kwargs: Kwargs): PyValue => {
  if (args.length > 1) return args[1];
  const axis = kwargs ? kwargs.get('axis') : undefined;
  return axis === undefined ? null : axis;
};

function namedCall(fn: PyBuiltinFunction, node: string, claimsConst: boolean, valueSized = 0): PyBuiltinFunction {
  const inner = fn.fn;
  return new PyBuiltinFunction(fn.name, (args: PyValue[], kwargs: Kwargs) => {
    const graph = tracing.graph;
    if (graph === null) return inner(args, kwargs);
    if (claimsConst && axisArgument(args, kwargs) === null) graph.uniqueName('Const');
    const result = inner(args, kwargs);
    nameOutputs(graph, node, result, args, valueSized);
    return result;
  }, fn.isMethod, fn.qualname, fn.self);
}

/** Wraps the functions of tf and its submodules (keras and tf.data name their own nodes). */
function wrapModule(m: PyModule, prefix: string, wrapped: Map<PyBuiltinFunction, PyBuiltinFunction>, seen: Set<PyModule>): void {
  seen.add(m);
  for (const [key, v] of m.dict) {
    if (v instanceof PyModule && !seen.has(v) && v.name.startsWith('tensorflow') && !/keras|data|experimental/.test(key)) {
      wrapModule(v, `${key}.`, wrapped, seen);
    } else if (v instanceof PyBuiltinFunction && key !== 'function' && key !== 'print') {
      const node = functionNodes[prefix + key] ?? functionNodes[key] ?? camel(key);
      let w = wrapped.get(v);
      if (!w) wrapped.set(v, (w = namedCall(v, node, reductionsWithIndices.has(key), valueSizedOutputs[key] ?? 0)));
      m.dict.set(key, w);
    }
  }
}

const symbolicError = (what: string) => pyExc('AttributeError', `'SymbolicTensor' object has no attribute '${what}'`);

/** Tensor printing, numpy() and .shape as TF's SymbolicTensor while a trace runs. */
function wrapTensorFace(type: PyType): void {
  const replace = (name: string, body: (t: Tensor, inner: PyBuiltinFunction['fn'], args: PyValue[], kwargs: Kwargs) => PyValue) => {
    const fn = type.dict.get(name);
    if (!(fn instanceof PyBuiltinFunction)) return;
    const inner = fn.fn;
    type.dict.set(name, new PyBuiltinFunction(name, (args, kwargs) => {
      const t = args[0] as Tensor;
      return tracing.graph === null || !(t instanceof Tensor) ? inner(args, kwargs) : body(t, inner, args, kwargs);
    }, fn.isMethod, fn.qualname, fn.self));
  };
  const symbolic = (format: (t: Tensor, name: string, shape: string) => string) => (t: Tensor, inner: PyBuiltinFunction['fn'], args: PyValue[], kwargs: Kwargs) => {
    const node = symbolicNode(t);
    return node ? format(t, node.name, shapeStr(node.shape)) : inner(args, kwargs);
  };
  const strText = (t: Tensor, name: string, shape: string) => `Tensor("${name}", shape=${shape}, dtype=${t.dtype.name})`;
  replace('__str__', symbolic(strText));
  replace('__repr__', symbolic((t, name, shape) => `<tf.Tensor '${name}' shape=${shape} dtype=${t.dtype.name}>`));
  // SymbolicTensor has no __format__ of its own: object's formats str(x) and takes no spec.
  replace('__format__', (t, inner, args, kwargs) => {
    const node = symbolicNode(t);
    if (!node) return inner(args, kwargs);
    if (args[1] !== '') throw typeError('unsupported format string passed to SymbolicTensor.__format__');
    return strText(t, node.name, shapeStr(node.shape));
  });
  replace('numpy', (t, inner, args, kwargs) => {
    if (symbolicNode(t)) throw symbolicError('numpy');
    return inner(args, kwargs);
  });
  const shape = type.dict.get('shape');
  if (shape instanceof PyProperty && shape.fget instanceof PyBuiltinFunction) {
    const inner = shape.fget.fn;
    type.dict.set('shape', new PyProperty(new PyBuiltinFunction('shape', (args, kwargs) => {
      const node = tracing.graph === null ? null : symbolicNode(args[0] as Tensor);
      return node ? new TensorShape(node.shape) : inner(args, kwargs);
    })));
  }
  replace('get_shape', (t, inner, args, kwargs) => {
    const node = symbolicNode(t);
    return node ? new TensorShape(node.shape) : inner(args, kwargs);
  });
}

/** A captured tf.Variable prints without its value inside a trace. */
function wrapVariableRepr(): void {
  const fn = variableType.dict.get('__repr__');
  if (!(fn instanceof PyBuiltinFunction)) return;
  const inner = fn.fn;
  variableType.dict.set('__repr__', new PyBuiltinFunction('__repr__', (args, kwargs) => {
    if (tracing.graph === null) return inner(args, kwargs);
    const v = args[0] as PyValue & { name: string; value: Tensor };
    return `<tf.Variable '${v.name}' shape=${shapeStr(v.value.shape)} dtype=${v.value.dtype.name}>`;
  }, fn.isMethod, fn.qualname, fn.self));
}

// `t.name` exists on graph tensors only; TF's EagerTensor refuses it with its own message.
defineGetter(eagerTensorType, 'name', (self) => {
  const node = symbolicNode(self as Tensor);
  if (!node) throw pyExc('AttributeError', 'Tensor.name is undefined when eager execution is enabled.');
  return node.name;
});

let typesWrapped = false;
const modulesWrapped = new WeakSet<PyModule>();
/** Installs the naming wrappers; called when tf.function is applied. The tensor types are shared
 *  by every run in this process, the tensorflow module may be a fresh one per run. */
export function installSymbolicNames(): void {
  const tf = importModule('tensorflow');
  if (!modulesWrapped.has(tf)) {
    modulesWrapped.add(tf);
    wrapModule(tf, '', new Map(), new Set());
  }
  if (typesWrapped) return;
  typesWrapped = true;
  // A string tensor's type derives from EagerTensor with methods of its own, wrapped here too.
  for (const type of [eagerTensorType, stringTensorType, variableType]) {
    for (const [name, node] of Object.entries(operatorNodes)) {
      const fn = type.dict.get(name);
      if (fn instanceof PyBuiltinFunction) type.dict.set(name, namedCall(fn, node, false));
    }
  }
  wrapTensorFace(eagerTensorType);
  wrapTensorFace(stringTensorType);
  wrapVariableRepr();
}

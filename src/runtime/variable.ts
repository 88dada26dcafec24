// tf.Variable: a mutable holder of a tensor. Reading it inside a GradientTape records a
// ReadVariableOp against the variable's handle, so gradients flow to the variable itself.
import { currentNameScope } from './name-scope.js';
import { PyObject, PyType, PyValue, objectType } from '../interpreter/objects/core.js';
import { PyBuiltinFunction } from '../interpreter/objects/function.js';
import { defineGetter, defineMethod, pyParams } from '../interpreter/builtins/define.js';
import { pyExc, typeError, valueError } from '../interpreter/objects/exceptions.js';
import { kernelError } from './ops/shape-errors.js';
import { sameShape } from './ops/broadcast.js';
import { shapeDebug } from './ops/dtype-text.js';
import { isTruthy } from '../interpreter/ops/truth.js';
import { str } from '../interpreter/ops/text.js';
import { variableRepr } from './printing/index.js';
import { Tensor } from './tensor.js';
import { TensorShape } from './tensor-shape.js';
import { dtypeFromPy } from './dtypes.js';
import { toTensor, TensorLike } from './convert.js';
import { defineOp, OpDef } from './ops/registry.js';
import { activeAccumulators, activeTapes, recordVariableRead, variableWatchers } from './tape.js';
import { tensorToNumpy } from './numpy-lite.js';
import { eagerTensorType } from './tensor.js';
import * as api from './ops/api.js';
import { printValuesOf } from './strings/string-tensor.js';

export const variableType = new PyType('ResourceVariable', [objectType], 'tensorflow.python.ops.resource_variable_ops');

/** Gradient bookkeeping only: a read passes the gradient straight to the variable. */
export const ReadVariableOp = defineOp<null>({
  name: 'ReadVariableOp',
  infer: ([x]) => ({ shape: x.shape.slice(), dtype: x.dtype }),
  kernel: (_be, [x]) => x.storage,
  grad: (dy) => [dy],
  passesIndexedSlices: true,
  gradCheck: [{ inputs: [{ shape: [2, 3] }], attrs: null }],
});

// Handle ids share the id space with tensors but count down, so they never collide.
let nextHandleId = -1;

export class Variable implements PyObject, TensorLike {
  readonly handleId = nextHandleId--;
  constructor(
    public value: Tensor,
    readonly name: string,
    readonly trainable: boolean,
  ) {}
  get cls(): PyType {
    return variableType;
  }
  /** The current value as a new tensor, recorded on active tapes that watch this variable. */
  readTensor(): Tensor {
    const v = this.value;
    const out = new Tensor(v.storage, v.shape, v.dtype, v.device);
    if (activeTapes.length || activeAccumulators.length) recordVariableRead(this, out, ReadVariableOp as OpDef<unknown>);
    for (const watcher of variableWatchers) watcher.add(this);
    return out;
  }
  /** Whether assign() must keep the shape (TF's check; see the constructor binding below). */
  fixedShape = true;
  assign(t: Tensor): void {
    if (t.dtype !== this.value.dtype) throw typeError(`Cannot convert ${t.dtype.name} to ${this.value.dtype.name}`);
    this.value = t;
  }
}

const variableParams = pyParams(
  'Variable',
  ['initial_value', 'trainable', 'validate_shape', 'caching_device', 'name', 'variable_def', 'dtype', 'import_scope', 'constraint', 'synchronization', 'aggregation', 'shape'],
  { initial_value: null, trainable: null, validate_shape: true, caching_device: null, name: null, variable_def: null, dtype: null, import_scope: null, constraint: null, synchronization: null, aggregation: null, shape: null },
);

variableType.construct = (_cls, args, kwargs) => {
  const p = variableParams(args, kwargs);
  if (p.initial_value === null) throw typeError('initial_value must be specified.');
  const t = toTensor(p.initial_value, dtypeFromPy(p.dtype));
  const name = `${currentNameScope()}${typeof p.name === 'string' ? p.name : 'Variable'}:0`;
  const v = new Variable(t, name, p.trainable === null ? true : isTruthy(p.trainable));
  // A declared shape (e.g. TensorShape(None)) or validate_shape=False lets later assigns change
  // the shape; tfts then skips the shape checks instead of modelling partial shapes.
  if (p.shape !== null || !isTruthy(p.validate_shape)) v.fixedShape = false;
  return v;
};

const asVar = (v: PyValue) => v as Variable;

defineMethod(variableType, '__repr__', (self) => {
  const v = asVar(self).value;
  return variableRepr(printValuesOf(v), v.shape, v.dtype.name, asVar(self).name);
});
// ResourceVariable has no __format__ of its own (unlike EagerTensor): object's applies, so
// f"{v}" is str(v) and f"{v:.2f}" raises TypeError in TF.
defineMethod(variableType, '__format__', (self, args) => {
  if (args[0] !== '') throw typeError('unsupported format string passed to ResourceVariable.__format__');
  return str(self);
});
defineGetter(variableType, 'name', (self) => asVar(self).name);
defineGetter(variableType, 'trainable', (self) => asVar(self).trainable);
defineGetter(variableType, 'shape', (self) => new TensorShape(asVar(self).value.shape));
defineGetter(variableType, 'dtype', (self) => asVar(self).value.dtype);
defineGetter(variableType, 'device', (self) => asVar(self).value.device);
defineMethod(variableType, 'numpy', (self) => tensorToNumpy(asVar(self).value));
defineMethod(variableType, 'read_value', (self) => asVar(self).readTensor());
defineMethod(variableType, 'value', (self) => asVar(self).readTensor());
/** What assign/assign_add/assign_sub return (TF's _UnreadVariable): the same variable under the
 *  name 'UnreadVariable', reading the variable's current value whenever it is used. */
const unreadVariableType = new PyType('_UnreadVariable', [variableType], 'tensorflow.python.ops.resource_variable_ops');
export class UnreadVariable extends Variable {
  override get cls(): PyType {
    return unreadVariableType;
  }
  constructor(readonly source: Variable) {
    super(source.value, 'UnreadVariable', source.trainable);
    Object.defineProperty(this, 'value', { get: () => source.value, set: (t: Tensor) => { source.value = t; } });
  }
}

const shapeText = (s: readonly number[]) => (s.length === 1 ? `(${s[0]},)` : `(${s.join(', ')})`);

defineMethod(variableType, 'assign', (self, args) => {
  const v = asVar(self);
  const t = toTensor(args[0], v.value.dtype);
  // TF's Python check (with its quirks: a space before the name, none after "mismatch.").
  if (v.fixedShape && !sameShape(t.shape, v.value.shape)) {
    throw valueError(`Cannot assign value to variable ' ${v.name}': Shape mismatch.The variable shape ${shapeText(v.value.shape)}, and the assigned value shape ${shapeText(t.shape)} are incompatible.`);
  }
  v.assign(t);
  return new UnreadVariable(v);
});
/** assign_add / assign_sub: the kernel refuses any other shape (no broadcasting). */
function assignUpdate(self: PyValue, value: PyValue, op: 'AssignAddVariableOp' | 'AssignSubVariableOp'): PyValue {
  const v = asVar(self);
  const t = toTensor(value, v.value.dtype);
  if (v.fixedShape && !sameShape(t.shape, v.value.shape)) {
    throw kernelError(op, `Cannot update variable with shape ${shapeDebug(v.value.shape)} using a Tensor with shape ${shapeDebug(t.shape)}, shapes must be equal.`);
  }
  v.assign(op === 'AssignAddVariableOp' ? api.add(v.value, t) : api.sub(v.value, t));
  return new UnreadVariable(v);
}
defineMethod(variableType, 'assign_add', (self, args) => assignUpdate(self, args[0], 'AssignAddVariableOp'));
defineMethod(variableType, 'assign_sub', (self, args) => assignUpdate(self, args[0], 'AssignSubVariableOp'));

// In-place operators are refused, as TF does (a Variable changes only through assign*).
const inPlaceRefusals: [string, string][] = [
  ['__iadd__', '`variable += value` with `tf.Variable`s is not supported. Use `variable.assign_add(value)` to modify the variable, or `out = variable + value` if you need to get a new output Tensor.'],
  ['__isub__', '`variable -= value` with `tf.Variable`s is not supported. Use `variable.assign_sub(value)` to modify the variable, or `out = variable * value` if you need to get a new output Tensor.'],
  ['__imul__', '`var *= value` with `tf.Variable`s is not supported. Use `var.assign(var * value)` to modify the variable, or `out = var * value` if you need to get a new output Tensor.'],
  ['__itruediv__', '`var /= value` with `tf.Variable`s is not supported. Use `var.assign(var / value)` to modify the variable, or `out = var / value` if you need to get a new output Tensor.'],
];
for (const [name, message] of inPlaceRefusals) {
  defineMethod(variableType, name, () => {
    throw pyExc('RuntimeError', message);
  });
}

// Everything else a tensor does (operators, conversions, printing of the value) goes through
// a read of the variable, so gradients see it.
for (const [name, fn] of eagerTensorType.dict) {
  if (variableType.dict.has(name) || !name.startsWith('__') || name === '__repr__' || name === '__str__') continue;
  if (!(fn instanceof PyBuiltinFunction)) {
    variableType.dict.set(name, fn);
    continue;
  }
  defineMethod(variableType, name, (self, args, kwargs) => fn.fn([asVar(self).readTensor(), ...args], kwargs));
}

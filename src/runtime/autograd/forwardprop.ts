// tf.autodiff.ForwardAccumulator: forward-mode autodiff (Jacobian-vector products).
//
// Every tensor the accumulator tracks has a tangent; an operation run inside its `with` block whose
// inputs have tangents gets an output tangent J·t. Like TF (forwardprop.py's _jvp_helper), no op
// needs a forward rule of its own: the op's gradient gives the vector-Jacobian product
// vjp(u) = Jᵀu, which is linear in u, so J·t = d/du <vjp(u), t>, one backprop through the
// gradient computation on a private tape, with u a zeros placeholder.
//
// Tangent computations are ordinary ops: an outer accumulator sees them (forward over forward), a
// recording GradientTape records them (backward over forward), and gradients computed inside an
// accumulator carry tangents (forward over backward: Hessian-vector products).
import type { PyObject, PyValue } from '../../interpreter/objects/core.js';
import { PyType, objectType } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { attributeError, excType, PyBaseException, valueError } from '../../interpreter/objects/exceptions.js';
import { typeName } from '../../interpreter/ops/typeof.js';
import { Tensor } from '../tensor.js';
import { Variable } from '../variable.js';
import { toTensor } from '../convert.js';
import type { OpDef } from '../ops/registry.js';
import * as api from '../ops/api.js';
import { activeAccumulators, activeTapes, forwardHooks, TangentRecorder, TapeRecorder } from '../tape.js';
import { backprop } from './backprop.js';
import { densify } from './indexed-slices.js';
import { flatten, packSequenceAs } from './nest.js';
import { asUnconnectedGradients, UNCONNECTED_NONE, UNCONNECTED_ZERO } from './unconnected.js';
import { warnFirstN } from './tf-logging.js';
import { assertSameStructure } from '../tf-api/misc-extras-nest.js';

export const forwardAccumulatorType = new PyType('ForwardAccumulator', [objectType], 'tensorflow.python.eager.forwardprop');

class ForwardAccumulator implements PyObject, TangentRecorder {
  readonly tangents = new Map<number, Tensor>();
  recording = false;
  get cls(): PyType {
    return forwardAccumulatorType;
  }
}

/** J·t for one op's output: the transposed vector-Jacobian product (see the file comment). */
function outputTangent(op: OpDef<unknown>, inputs: readonly Tensor[], output: Tensor, attrs: unknown, tangents: readonly (Tensor | null)[]): Tensor | null {
  if (!op.grad) {
    if (op.gradientUnregistered) throw new PyBaseException(excType('LookupError'), [`gradient registry has no entry for: ${op.name}`]);
    return null;
  }
  const placeholder = api.zerosLike(output);
  const transpose = new TapeRecorder(false, false);
  transpose.tracked.add(placeholder.id);
  activeTapes.push(transpose);
  let vjps: (Tensor | null)[];
  try {
    // Sparse products (a gather's) are summed into place on the transpose tape.
    vjps = op.grad(placeholder, inputs, output, attrs, tangents.map((t) => t !== null)).map((g) => (g === null ? null : densify(g)));
  } finally {
    activeTapes.splice(activeTapes.lastIndexOf(transpose), 1);
  }
  const targets: Tensor[] = [];
  const seeds: Tensor[] = [];
  vjps.forEach((vjp, i) => {
    const tangent = tangents[i];
    if (vjp && tangent && transpose.tracked.has(vjp.id)) {
      targets.push(vjp);
      seeds.push(tangent);
    }
  });
  if (targets.length === 0) return null;
  return backprop(transpose, targets, seeds).get(placeholder.id) ?? null;
}

/** The forward hook: output tangents for every active accumulator with a tangent among the inputs.
 *  While one accumulator's tangent is computed it and the newer (inner) ones are paused, so only
 *  outer accumulators see that computation, as in TF. */
function forwardOperation(op: OpDef<unknown>, inputs: readonly Tensor[], output: Tensor, attrs: unknown): void {
  if (!output.dtype?.isFloating) return;
  for (let k = activeAccumulators.length - 1; k >= 0; k--) {
    const acc = activeAccumulators[k];
    if (!inputs.some((x) => acc.tangents.has(x.id))) continue;
    // As TF's accumulator, floating inputs it does not track take zero tangents (which decides
    // the sign of zero results: -0 + 0 is 0).
    const tangents = inputs.map((x) => acc.tangents.get(x.id) ?? (x.dtype?.isFloating ? api.zerosLike(x) : null));
    const paused = activeAccumulators.splice(k);
    try {
      const tangent = outputTangent(op, inputs, output, attrs, tangents);
      if (tangent !== null) acc.tangents.set(output.id, tangent);
    } finally {
      activeAccumulators.push(...paused);
    }
  }
}
forwardHooks.operation = forwardOperation;

/** A primal's id: a tensor's own, a variable's handle (reads then carry its tangent). */
function primalId(v: PyValue): number {
  if (v instanceof Tensor) return v.id;
  if (v instanceof Variable) return v.handleId;
  throw attributeError(`'${typeName(v)}' object has no attribute '_id'`, v, '_id');
}

const constructParams = pyParams('ForwardAccumulator', ['primals', 'tangents'], {});
forwardAccumulatorType.construct = (_cls, args, kwargs) => {
  const p = constructParams(args, kwargs);
  const primals = flatten(p.primals);
  // TF checks for repeats (by identity) before the structures; its message has the unfilled "{}".
  if (new Set(primals).size !== primals.length) {
    throw valueError('Tensor {} was specified as a primal multiple times. This may indicate an error. If it was intended, please sum the corresponding tangents.');
  }
  assertSameStructure(p.primals, p.tangents, true);
  const acc = new ForwardAccumulator();
  const tangents = flatten(p.tangents);
  primals.forEach((primal, i) => {
    if (!(primal instanceof Tensor || primal instanceof Variable)) throw attributeError(`'${typeName(primal)}' object has no attribute 'dtype'`, primal, 'dtype');
    const dtype = primal instanceof Variable ? primal.value.dtype : primal.dtype;
    if (!dtype.isFloating) warnFirstN('forwardprop-dtype', 5, `The dtype of the watched primal must be floating (e.g. tf.float32), got tf.${dtype.name}`);
    acc.tangents.set(primalId(primal), toTensor(tangents[i], dtype));
  });
  return acc;
};

const asAccumulator = (v: PyValue) => v as ForwardAccumulator;

defineMethod(forwardAccumulatorType, '__enter__', (self) => {
  const acc = asAccumulator(self);
  if (!acc.recording) {
    activeAccumulators.push(acc);
    acc.recording = true;
  }
  return self;
});
defineMethod(forwardAccumulatorType, '__exit__', (self) => {
  const acc = asAccumulator(self);
  if (acc.recording) {
    activeAccumulators.splice(activeAccumulators.lastIndexOf(acc), 1);
    acc.recording = false;
  }
  return false;
});

const jvpParams = pyParams('jvp', ['primals', 'unconnected_gradients'], { unconnected_gradients: UNCONNECTED_NONE });
defineMethod(forwardAccumulatorType, 'jvp', (self, args, kwargs) => {
  const p = jvpParams(args, kwargs);
  // jvp converts with the enum's constructor, whose error differs from GradientTape.gradient's.
  const zero = asUnconnectedGradients(p.unconnected_gradients) === UNCONNECTED_ZERO;
  const acc = asAccumulator(self);
  const flat = flatten(p.primals).map((leaf) => {
    const tangent = acc.tangents.get(primalId(leaf));
    if (tangent !== undefined) return tangent;
    return zero ? api.zerosLike(leaf instanceof Variable ? leaf.value : (leaf as Tensor)) : null;
  });
  return packSequenceAs(p.primals, flat);
});

export function installForwardprop(autodiff: PyModule): void {
  autodiff.dict.set('ForwardAccumulator', forwardAccumulatorType);
}

// tf.GradientTape: the Python object around a TapeRecorder, with TF's life cycle: the recorder is
// made on first entry, recording means "on the active stack", and a non-persistent tape drops its
// recorder after one gradient (or jacobian). Differentiation itself is in autograd/.
import { PyObject, PyType, PyValue, objectType } from '../interpreter/objects/core.js';
import { defineMethod, pyParams } from '../interpreter/builtins/define.js';
import { attributeError, pyExc, typeError, valueError } from '../interpreter/objects/exceptions.js';
import { PyTuple } from '../interpreter/objects/values.js';
import { isTruthy } from '../interpreter/ops/truth.js';
import { typeName } from '../interpreter/ops/typeof.js';
import { repr } from '../interpreter/ops/text.js';
import { Tensor } from './tensor.js';
import { Variable } from './variable.js';
import { activeTapes, TapeRecorder } from './tape.js';
import { toTensor } from './convert.js';
import { shapeStr } from './printing/index.js';
import * as api from './ops/api.js';
import { backpropSparse } from './autograd/backprop.js';
import { flatten, packSequenceAs } from './autograd/nest.js';
import { zeroForUnconnected, UNCONNECTED_NONE } from './autograd/unconnected.js';
import { batchJacobian, jacobian, JacobianSource } from './autograd/jacobian.js';
import { warnFirstN } from './autograd/tf-logging.js';

export const gradientTapeType = new PyType('GradientTape', [objectType], 'tensorflow.python.eager.backprop');

const USED_TAPE = 'A non-persistent GradientTape can only be used to compute one set of gradients (or jacobians)';

export class GradientTape implements PyObject {
  tape: TapeRecorder | null = null;
  recording = false;
  /** watched_variables() of a non-persistent tape after its recorder is dropped. */
  watchedSnapshot: Variable[] = [];
  constructor(
    readonly persistent: boolean,
    readonly watchAccessedVariables: boolean,
  ) {}
  get cls(): PyType {
    return gradientTapeType;
  }

  push(): void {
    if (this.recording) throw valueError('Tape is still recording, This can happen if you try to re-enter an already-active tape.');
    if (this.tape === null) this.tape = new TapeRecorder(this.persistent, this.watchAccessedVariables);
    activeTapes.push(this.tape);
    this.recording = true;
  }

  pop(): void {
    if (!this.recording) throw valueError('Tape is not recording.');
    const i = activeTapes.lastIndexOf(this.tape!);
    if (i >= 0) activeTapes.splice(i, 1);
    this.recording = false;
  }

  /** The recorder, or TF's error for a used non-persistent tape. */
  live(message = USED_TAPE): TapeRecorder {
    if (this.tape === null) throw pyExc('RuntimeError', message);
    return this.tape;
  }

  watchedVariables(): Variable[] {
    if (this.tape !== null) {
      // In order of creation (handle ids count down).
      this.watchedSnapshot = ([...this.tape.variables.values()] as Variable[]).sort((a, b) => b.handleId - a.handleId);
    }
    return this.watchedSnapshot;
  }

  /** What gradient/jacobian do first: a non-persistent tape stops recording, a persistent one warns. */
  beginDifferentiation(): TapeRecorder {
    const tape = this.live();
    if (this.recording) {
      if (!this.persistent) this.pop();
      else {
        warnFirstN(
          'gradient-in-context',
          1,
          'Calling GradientTape.gradient on a persistent tape inside its context is significantly less efficient than calling it outside the context (it causes the gradient ops to be recorded on the tape, leading to increased CPU and memory usage). Only call GradientTape.gradient inside the context if you actually want to trace the gradient in order to compute higher order derivatives.',
        );
      }
    }
    return tape;
  }

  finishDifferentiation(): void {
    if (!this.persistent) {
      this.watchedVariables();
      this.tape = null;
    }
  }
}

const tapeParams = pyParams('GradientTape', ['persistent', 'watch_accessed_variables'], { persistent: false, watch_accessed_variables: true });
gradientTapeType.construct = (_cls, args, kwargs) => {
  const p = tapeParams(args, kwargs);
  return new GradientTape(isTruthy(p.persistent), isTruthy(p.watch_accessed_variables));
};

const asTape = (v: PyValue) => v as GradientTape;

defineMethod(gradientTapeType, '__enter__', (self) => {
  asTape(self).push();
  return self;
});
defineMethod(gradientTapeType, '__exit__', (self) => {
  if (asTape(self).recording) asTape(self).pop();
  return false;
});

/** The tensors and variables of a (nested) structure, with TF's error for anything else. */
function watchables(v: PyValue): (Tensor | Variable)[] {
  return flatten(v).map((leaf) => {
    if (leaf instanceof Tensor || leaf instanceof Variable) return leaf;
    throw valueError(`Passed in object ${repr(leaf)} of type '${typeName(leaf)}', not tf.Tensor or tf.Variable or ExtensionType.`);
  });
}

defineMethod(gradientTapeType, 'watch', (self, args) => {
  const tape = asTape(self);
  for (const leaf of watchables(args[0])) {
    const dtype = leaf instanceof Variable ? leaf.value.dtype : leaf.dtype;
    if (!dtype.isFloating) warnFirstN('watch-dtype', 5, `The dtype of the watched tensor must be floating (e.g. tf.float32), got tf.${dtype.name}`);
    if (tape.tape === null) tape.tape = new TapeRecorder(tape.persistent, tape.watchAccessedVariables);
    if (leaf instanceof Variable) tape.tape.watchVariable(leaf);
    else tape.tape.tracked.add(leaf.id);
  }
  return null;
});

// `with tape.stop_recording():` — the tape leaves the active stack for the block.
const stopRecordingType = new PyType('_GeneratorContextManager', [objectType], 'contextlib');
class StopRecording implements PyObject {
  constructor(readonly tape: GradientTape) {}
  get cls(): PyType {
    return stopRecordingType;
  }
}
defineMethod(stopRecordingType, '__enter__', (self) => {
  (self as StopRecording).tape.pop();
  return null;
});
defineMethod(stopRecordingType, '__exit__', (self) => {
  (self as StopRecording).tape.push();
  return false;
});
defineMethod(gradientTapeType, 'stop_recording', (self) => {
  if (asTape(self).tape === null) throw pyExc('RuntimeError', 'Trying to stop recording a tape which is not recording.');
  return new StopRecording(asTape(self));
});

defineMethod(gradientTapeType, 'reset', (self) => {
  const tape = asTape(self);
  tape.pop();
  tape.tape = null;
  tape.push();
  return null;
});

defineMethod(gradientTapeType, 'watched_variables', (self) => new PyTuple(asTape(self).watchedVariables()));

/** A source's id on the tape (a variable's handle) and its shape/dtype; TF's error for non-tensors. */
function sourceOf(v: PyValue): JacobianSource & { zeros: () => Tensor; floating: boolean } {
  if (v instanceof Variable) {
    const value = v.value;
    return { id: v.handleId, shape: value.shape, zeros: () => api.zerosLike(value), floating: value.dtype.isFloating };
  }
  if (v instanceof Tensor) return { id: v.id, shape: v.shape, zeros: () => api.zerosLike(v), floating: v.dtype.isFloating };
  throw attributeError(`'${typeName(v)}' object has no attribute 'dtype'`, v, 'dtype');
}

function targetOf(v: PyValue): Tensor {
  if (v instanceof Variable) {
    // The variable itself as a target: its handle, with the value's shape and dtype for the seed.
    const t = Object.create(v.value) as Tensor;
    Object.defineProperty(t, 'id', { value: v.handleId });
    return t;
  }
  if (v instanceof Tensor) return v;
  throw attributeError(`'${typeName(v)}' object has no attribute 'dtype'`, v, 'dtype');
}

const gradientParams = pyParams('gradient', ['target', 'sources', 'output_gradients', 'unconnected_gradients'], {
  output_gradients: null,
  unconnected_gradients: UNCONNECTED_NONE,
});

defineMethod(gradientTapeType, 'gradient', (self, args, kwargs) => {
  const tape = asTape(self);
  const p = gradientParams(args, kwargs);
  const recorder = tape.beginDifferentiation();
  if (p.target === null) {
    throw typeError('Argument `target` should be a list or nested structure of Tensors, Variables or CompositeTensors to be differentiated, but received None.');
  }
  const targets = flatten(p.target).map(targetOf);
  const sources = flatten(p.sources).map(sourceOf);
  let seeds: (Tensor | null)[] = targets.map(() => null);
  let seeded = targets;
  if (p.output_gradients !== null) {
    // Given output_gradients, a None entry means its target sends no gradient (as TF).
    const given = flatten(p.output_gradients).map((g) => (g === null ? null : toTensor(g)));
    seeded = targets.filter((_, i) => given[i] !== null && given[i] !== undefined);
    seeds = given.filter((g) => g !== null && g !== undefined);
  }
  const zero = zeroForUnconnected(p.unconnected_gradients);
  const grads = backpropSparse(recorder, seeded, seeds);
  const flat = sources.map((s) => {
    const g = s.floating ? grads.get(s.id) : undefined;
    if (g !== undefined) return g;
    return zero ? s.zeros() : null;
  });
  tape.finishDifferentiation();
  return packSequenceAs(p.sources, flat);
});

const jacobianParams = pyParams('jacobian', ['target', 'sources', 'unconnected_gradients', 'parallel_iterations', 'experimental_use_pfor'], {
  unconnected_gradients: UNCONNECTED_NONE,
  parallel_iterations: null,
  experimental_use_pfor: true,
});

defineMethod(gradientTapeType, 'jacobian', (self, args, kwargs) => {
  const tape = asTape(self);
  const p = jacobianParams(args, kwargs);
  tape.live();
  if (!isTruthy(p.experimental_use_pfor) && !tape.persistent) {
    throw pyExc('RuntimeError', 'GradientTape must be created with persistent=True to compute the jacobian with eager execution enabled and with  experimental_use_pfor set to False.');
  }
  const recorder = tape.beginDifferentiation();
  const target = targetOf(p.target);
  const sources = flatten(p.sources).map(sourceOf);
  const result = jacobian(recorder, target, sources, zeroForUnconnected(p.unconnected_gradients));
  tape.finishDifferentiation();
  return packSequenceAs(p.sources, result);
});

const batchJacobianParams = pyParams('batch_jacobian', ['target', 'source', 'unconnected_gradients', 'parallel_iterations', 'experimental_use_pfor'], {
  unconnected_gradients: UNCONNECTED_NONE,
  parallel_iterations: null,
  experimental_use_pfor: true,
});

defineMethod(gradientTapeType, 'batch_jacobian', (self, args, kwargs) => {
  const tape = asTape(self);
  const p = batchJacobianParams(args, kwargs);
  // TF's message here lacks the space between "to" and "compute".
  tape.live('A non-persistent GradientTape can only be used tocompute one set of gradients (or jacobians)');
  const target = targetOf(p.target);
  const source = sourceOf(p.source);
  for (const shape of [target.shape, source.shape]) {
    if (shape.length < 2) throw valueError(`Shape ${shapeStr(shape)} must have rank at least 2`);
  }
  if (target.shape[0] !== source.shape[0]) {
    throw valueError(`Need first dimension of target shape (${shapeStr(target.shape)}) and source shape (${shapeStr(source.shape)}) to match.`);
  }
  zeroForUnconnected(p.unconnected_gradients);
  const recorder = tape.beginDifferentiation();
  const result = batchJacobian(recorder, target, source);
  tape.finishDifferentiation();
  return result;
});

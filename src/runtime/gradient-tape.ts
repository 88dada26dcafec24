// tf.GradientTape: the Python object around a TapeRecorder, and reverse-mode differentiation
// over the recorded operations (gradient ops run through the registry, so an outer tape records
// them and higher-order derivatives work).
import { PyObject, PyType, PyValue, objectType } from '../interpreter/objects/core.js';
import { defineMethod, pyParams } from '../interpreter/builtins/define.js';
import { pyExc, typeError } from '../interpreter/objects/exceptions.js';
import { PyDict, PyList, PyTuple } from '../interpreter/objects/values.js';
import { isTruthy } from '../interpreter/ops/truth.js';
import { Tensor } from './tensor.js';
import { Variable } from './variable.js';
import { activeTapes, TapeRecorder } from './tape.js';
import { setWatchAccessed } from './tape-policy.js';
import { toTensor } from './convert.js';
import * as api from './ops/api.js';

export const gradientTapeType = new PyType('GradientTape', [objectType], 'tensorflow.python.eager.backprop');

export class GradientTape implements PyObject {
  recorder = new TapeRecorder();
  used = false;
  readonly watchedVariables: Variable[] = [];
  constructor(
    readonly persistent: boolean,
    readonly watchAccessedVariables: boolean,
  ) {
    setWatchAccessed(this.recorder, watchAccessedVariables);
  }
  get cls(): PyType {
    return gradientTapeType;
  }
}

const tapeParams = pyParams('GradientTape', ['persistent', 'watch_accessed_variables'], { persistent: false, watch_accessed_variables: true });
gradientTapeType.construct = (_cls, args, kwargs) => {
  const p = tapeParams(args, kwargs);
  return new GradientTape(isTruthy(p.persistent), isTruthy(p.watch_accessed_variables));
};

const asTape = (v: PyValue) => v as GradientTape;

defineMethod(gradientTapeType, '__enter__', (self) => {
  activeTapes.push(asTape(self).recorder);
  return self;
});
defineMethod(gradientTapeType, '__exit__', (self) => {
  const i = activeTapes.lastIndexOf(asTape(self).recorder);
  if (i >= 0) activeTapes.splice(i, 1);
  return false;
});

/** Visits every tensor or variable in a (nested) Python structure. */
function forEachLeaf(v: PyValue, visit: (leaf: Tensor | Variable) => void): void {
  if (v instanceof PyList || v instanceof PyTuple) for (const x of v.items) forEachLeaf(x, visit);
  else if (v instanceof PyDict) for (const x of v.storage.values()) forEachLeaf(x, visit);
  else if (v instanceof Tensor || v instanceof Variable) visit(v);
  else if (v !== null) throw typeError(`Passed in object ${String(v)} of type '${(v as PyObject).cls?.name ?? typeof v}', not tf.Tensor or tf.Variable or ExtensionType.`);
}

defineMethod(gradientTapeType, 'watch', (self, args) => {
  const tape = asTape(self);
  forEachLeaf(args[0], (leaf) => {
    if (leaf instanceof Variable) {
      tape.recorder.tracked.add(leaf.handleId);
      if (!tape.watchedVariables.includes(leaf)) tape.watchedVariables.push(leaf);
    } else tape.recorder.tracked.add(leaf.id);
  });
  return null;
});

defineMethod(gradientTapeType, 'reset', (self) => {
  const tape = asTape(self);
  const active = activeTapes.indexOf(tape.recorder);
  const fresh = new TapeRecorder();
  setWatchAccessed(fresh, tape.watchAccessedVariables);
  if (active >= 0) activeTapes[active] = fresh;
  tape.recorder = fresh;
  return null;
});

defineMethod(gradientTapeType, 'watched_variables', (self) => new PyTuple(asTape(self).watchedVariables));

const gradientParams = pyParams('gradient', ['target', 'sources', 'output_gradients', 'unconnected_gradients'], {
  output_gradients: null,
  unconnected_gradients: 'none',
});

defineMethod(gradientTapeType, 'gradient', (self, args, kwargs) => {
  const tape = asTape(self);
  const p = gradientParams(args, kwargs);
  if (tape.used && !tape.persistent) {
    throw pyExc('RuntimeError', 'A non-persistent GradientTape can only be used to compute one set of gradients (or jacobians)');
  }
  const targets: Tensor[] = [];
  forEachLeaf(p.target, (leaf) => targets.push(leaf instanceof Variable ? leaf.readTensor() : leaf));
  const seeds: (Tensor | null)[] = [];
  if (p.output_gradients !== null) forEachLeaf(p.output_gradients, (leaf) => seeds.push(leaf instanceof Variable ? leaf.value : leaf));
  const zeroUnconnected = String(p.unconnected_gradients).toLowerCase().includes('zero');
  const recorder = tape.recorder;
  const wasRecording = recorder.recording;
  recorder.recording = false;
  try {
    const grads = backprop(recorder, targets, seeds);
    const result = mapStructure(p.sources, (leaf) => {
      const g = grads.get(leaf instanceof Variable ? leaf.handleId : leaf.id) ?? null;
      if (g === null && zeroUnconnected) return api.zerosLike(leaf instanceof Variable ? leaf.value : leaf);
      return g;
    });
    if (!tape.persistent) tape.used = true;
    return result;
  } finally {
    recorder.recording = wasRecording;
  }
});

/** Reverse-mode accumulation over the recorded entries, newest first. */
function backprop(recorder: TapeRecorder, targets: Tensor[], seeds: (Tensor | null)[]): Map<number, Tensor> {
  const grads = new Map<number, Tensor>();
  const accumulate = (id: number, g: Tensor) => {
    const prev = grads.get(id);
    grads.set(id, prev ? api.add(prev, g) : g);
  };
  targets.forEach((t, i) => accumulate(t.id, seeds[i] ? toTensor(seeds[i], t.dtype) : api.onesLike(t)));
  const entries = recorder.entries;
  for (let i = entries.length - 1; i >= 0; i--) {
    const { op, inputs, output, attrs } = entries[i];
    const dy = grads.get(output.id);
    if (!dy || !op.grad) continue;
    const inputGrads = op.grad(dy, inputs, output, attrs);
    inputs.forEach((input, k) => {
      const g = inputGrads[k];
      if (g && recorder.tracked.has(input.id)) accumulate(input.id, g);
    });
  }
  return grads;
}

/** Rebuilds the sources' structure (list, tuple, dict or a single value) with gradients. */
function mapStructure(v: PyValue, fn: (leaf: Tensor | Variable) => Tensor | null): PyValue {
  if (v instanceof PyList) return new PyList(v.items.map((x) => mapStructure(x, fn)));
  if (v instanceof PyTuple) return new PyTuple(v.items.map((x) => mapStructure(x, fn)));
  if (v instanceof PyDict) {
    const d = new PyDict();
    for (const [k, x] of v.storage.entries()) d.storage.set(k, mapStructure(x, fn));
    return d;
  }
  if (v instanceof Tensor || v instanceof Variable) return fn(v);
  throw typeError(`Argument \`sources\` must be a tensor, variable or a nested structure of them, got ${String(v)}`);
}

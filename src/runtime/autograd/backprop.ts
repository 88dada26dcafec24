// Reverse-mode differentiation over a tape's recorded operations, newest first (micrograd's walk).
// Gradient formulas run through the registry like any op, so tapes that are recording while this
// runs (an outer tape, or a persistent tape asked inside its own context) record the gradient
// computation itself: that is how higher-order derivatives work.
import type { Tensor } from '../tensor.js';
import type { TapeRecorder } from '../tape.js';
import * as api from '../ops/api.js';
import { excType, PyBaseException } from '../../interpreter/objects/exceptions.js';

/** Gradients flow only into floating tensors (TF's IsTrainable); variable handles have no dtype. */
const isTrainable = (t: Tensor): boolean => t.dtype === undefined || t.dtype.isFloating;

/**
 * Gradients of sum(seed_i * target_i) with respect to every watched tensor reached, by id.
 * `seeds[i]` null means ones shaped like target i (TF sums non-scalar targets).
 */
export function backprop(tape: TapeRecorder, targets: readonly Tensor[], seeds: readonly (Tensor | null)[]): Map<number, Tensor> {
  const grads = new Map<number, Tensor>();
  const accumulate = (id: number, g: Tensor) => {
    const prev = grads.get(id);
    grads.set(id, prev === undefined ? g : api.add(prev, g));
  };
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if (!tape.tracked.has(t.id)) continue;
    const seed = seeds[i];
    accumulate(t.id, seed === null ? api.onesLike(t) : seed);
  }
  // Snapshot the length: a tape recording its own gradient computation appends while we walk.
  const entries = tape.entries;
  for (let i = entries.length - 1; i >= 0; i--) {
    const { op, inputs, output, attrs } = entries[i];
    const dy = grads.get(output.id);
    if (dy === undefined) continue;
    if (!op.grad) {
      if (op.gradientUnregistered) throw new PyBaseException(excType('LookupError'), [`gradient registry has no entry for: ${op.name}`]);
      continue;
    }
    const needed = inputs.map((input) => tape.tracked.has(input.id) && isTrainable(input));
    const inputGrads = op.grad(dy, inputs, output, attrs, needed);
    for (let k = 0; k < inputs.length; k++) {
      const g = inputGrads[k];
      if (g && needed[k]) accumulate(inputs[k].id, g);
    }
  }
  return grads;
}

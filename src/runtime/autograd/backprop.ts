// Reverse-mode differentiation over a tape's recorded operations, newest first (micrograd's walk).
// Gradient formulas run through the registry like any op, so tapes that are recording while this
// runs (an outer tape, or a persistent tape asked inside its own context) record the gradient
// computation itself: that is how higher-order derivatives work.
import type { Tensor } from '../tensor.js';
import type { TapeEntry, TapeRecorder } from '../tape.js';
import * as api from '../ops/api.js';
import { excType, PyBaseException } from '../../interpreter/objects/exceptions.js';
import { aggregate, densify, Gradient } from './indexed-slices.js';

/** Gradients flow only into floating tensors (TF's IsTrainable); variable handles have no dtype. */
const isTrainable = (t: Tensor): boolean => t.dtype === undefined || t.dtype.isFloating;

/**
 * The order TF's eager tape (tape.h ComputeGradient) runs the gradient functions in, which decides
 * the order gradients reaching one tensor are summed (and so its last bits) and the order of
 * aggregated IndexedSlices. Starting from the targets' producers, an op becomes ready once every
 * recorded op consuming its output has run; ready ops queue first in, first out.
 */
class GradientSchedule {
  private readonly producer = new Map<number, number>();
  private readonly usage = new Map<number, number>();
  private readonly missing = new Map<number, number>();
  private readonly queue: number[] = [];

  constructor(entries: readonly TapeEntry[], targets: readonly Tensor[]) {
    entries.forEach((e, i) => this.producer.set(e.output.id, i));
    // The ops the targets depend on, and how many of them use each tensor.
    const reachable: number[] = [];
    const seen = new Set<number>();
    const stack = targets.map((t) => t.id);
    while (stack.length) {
      const op = this.producer.get(stack.pop()!);
      if (op === undefined || seen.has(op)) continue;
      seen.add(op);
      reachable.push(op);
      for (const input of entries[op].inputs) {
        const count = this.usage.get(input.id);
        this.usage.set(input.id, (count ?? 0) + 1);
        if (count === undefined && this.producer.has(input.id)) stack.push(input.id);
      }
    }
    for (const id of this.usage.keys()) {
      const op = this.producer.get(id);
      if (op !== undefined) this.missing.set(op, (this.missing.get(op) ?? 0) + 1);
    }
    // TF walks a hash map here; for one target there is one such op.
    for (const op of reachable) if (!this.missing.has(op)) this.queue.push(op);
  }

  /** The next op whose gradient function runs, or undefined when done. */
  next(): number | undefined {
    return this.queue.pop();
  }

  /** One use of tensor `id` has been differentiated; its producer may now be ready. */
  consumed(id: number): void {
    const left = (this.usage.get(id) ?? 0) - 1;
    if (left < 0) return;
    this.usage.set(id, left);
    if (left > 0) return;
    const op = this.producer.get(id);
    if (op === undefined) return;
    const missing = (this.missing.get(op) ?? 0) - 1;
    this.missing.set(op, missing);
    if (missing === 0) this.queue.unshift(op);
  }
}

/**
 * Gradients of sum(seed_i * target_i) with respect to every watched tensor reached, by id; sparse
 * (IndexedSlices) where TF's are, e.g. a variable's through tf.gather.
 * `seeds[i]` null means ones shaped like target i (TF sums non-scalar targets).
 */
export function backpropSparse(tape: TapeRecorder, targets: readonly Tensor[], seeds: readonly (Tensor | null)[]): Map<number, Gradient> {
  const grads = new Map<number, Gradient>();
  const accumulate = (id: number, g: Gradient) => {
    const prev = grads.get(id);
    grads.set(id, prev === undefined ? g : aggregate(prev, g));
  };
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if (!tape.tracked.has(t.id)) continue;
    const seed = seeds[i];
    accumulate(t.id, seed === null ? api.onesLike(t) : seed);
  }
  // Snapshot the entries: a tape recording its own gradient computation appends while we walk.
  const entries = tape.entries.slice();
  const schedule = new GradientSchedule(entries, targets);
  for (let i = schedule.next(); i !== undefined; i = schedule.next()) {
    const { op, inputs, output, attrs } = entries[i];
    const sparseDy = grads.get(output.id);
    let inputGrads: (Gradient | null)[] = [];
    let needed: boolean[] = [];
    if (sparseDy !== undefined) {
      needed = inputs.map((input) => tape.tracked.has(input.id) && isTrainable(input));
      const dy = (op.passesIndexedSlices ? sparseDy : densify(sparseDy)) as Tensor;
      if (!op.grad) {
        if (op.gradientUnregistered) throw new PyBaseException(excType('LookupError'), [`gradient registry has no entry for: ${op.name}`]);
      } else inputGrads = op.grad(dy, inputs, output, attrs, needed);
    }
    for (let k = 0; k < inputs.length; k++) {
      const g = inputGrads[k];
      if (g && needed[k]) accumulate(inputs[k].id, g);
      schedule.consumed(inputs[k].id);
    }
  }
  return grads;
}

/** backpropSparse with every gradient dense (jacobians, forward-mode tangents). */
export function backprop(tape: TapeRecorder, targets: readonly Tensor[], seeds: readonly (Tensor | null)[]): Map<number, Tensor> {
  const grads = new Map<number, Tensor>();
  for (const [id, g] of backpropSparse(tape, targets, seeds)) grads.set(id, densify(g));
  return grads;
}

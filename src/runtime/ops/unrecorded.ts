// Runs a computation that no tape or forward accumulator sees: ops whose kernel is built from
// other ops (fused-activations.ts, grad-kernels.ts) are recorded as themselves, once.
import type { Tensor } from '../tensor.js';
import { activeAccumulators, activeTapes } from '../tape.js';

export function unrecorded(f: () => Tensor): Tensor {
  const tapes = activeTapes.splice(0);
  const accumulators = activeAccumulators.splice(0);
  try {
    return f();
  } finally {
    activeTapes.push(...tapes);
    activeAccumulators.push(...accumulators);
  }
}

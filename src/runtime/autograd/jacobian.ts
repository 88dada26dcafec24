// Jacobians by one reverse pass per target element (TF vectorizes the same loop with pfor; the
// numbers are the same). Rows are assembled in JS: the result is a plain eager tensor.
import type { Tensor } from '../tensor.js';
import { tensorFromValues, numElements } from '../tensor.js';
import type { TapeRecorder } from '../tape.js';
import { backprop } from './backprop.js';

export interface JacobianSource {
  id: number;
  shape: readonly number[];
}

function oneHot(target: Tensor, hot: (flatIndex: number) => boolean): Tensor {
  const n = target.size;
  const values = new Array<number>(n);
  for (let k = 0; k < n; k++) values[k] = hot(k) ? 1 : 0;
  return tensorFromValues(values, target.shape, target.dtype, target.device);
}

/** d target / d source for each source: shape target.shape + source.shape; null if unconnected. */
export function jacobian(tape: TapeRecorder, target: Tensor, sources: readonly JacobianSource[], zeroUnconnected: boolean): (Tensor | null)[] {
  const rows = target.size;
  const blocks = sources.map((s) => ({ values: new Float64Array(rows * numElements(s.shape)), connected: false }));
  for (let r = 0; r < rows; r++) {
    const grads = backprop(tape, [target], [oneHot(target, (k) => k === r)]);
    sources.forEach((s, i) => {
      const g = grads.get(s.id);
      if (g === undefined) return;
      blocks[i].connected = true;
      blocks[i].values.set(g.values() as Float32Array | Float64Array, r * numElements(s.shape));
    });
  }
  return sources.map((s, i) =>
    blocks[i].connected || zeroUnconnected ? tensorFromValues(blocks[i].values, [...target.shape, ...s.shape], target.dtype, target.device) : null,
  );
}

/** out[b, j..., s...] = d target[b, j...] / d source[b, s...] (rows independent across b). */
export function batchJacobian(tape: TapeRecorder, target: Tensor, source: JacobianSource): Tensor {
  const batch = target.shape[0];
  const rowSize = target.size / batch;
  const srcRow = numElements(source.shape) / batch;
  const out = new Float64Array(batch * rowSize * srcRow);
  for (let j = 0; j < rowSize; j++) {
    const g = backprop(tape, [target], [oneHot(target, (k) => k % rowSize === j)]).get(source.id);
    if (g === undefined) continue;
    const gv = g.values() as Float32Array | Float64Array;
    for (let b = 0; b < batch; b++) out.set(gv.subarray(b * srcRow, (b + 1) * srcRow), (b * rowSize + j) * srcRow);
  }
  return tensorFromValues(out, [...target.shape, ...source.shape.slice(1)], target.dtype, target.device);
}

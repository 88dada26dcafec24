// The tape machinery on its own (JS level): what gets recorded, reverse accumulation, skipping of
// unneeded input gradients, higher order through an outer tape, and jacobians.
import { describe, expect, it } from 'vitest';
import { dtypes } from '../../src/runtime/dtypes.js';
import { Tensor, tensorFromValues } from '../../src/runtime/tensor.js';
import { CPU_DEVICE } from '../../src/runtime/device.js';
import * as api from '../../src/runtime/ops/api.js';
import { registry } from '../../src/runtime/ops/registry.js';
import { activeTapes, TapeRecorder } from '../../src/runtime/tape.js';
import { backprop } from '../../src/runtime/autograd/backprop.js';
import { batchJacobian, jacobian } from '../../src/runtime/autograd/jacobian.js';

const f32 = (values: number[], shape: number[] = [values.length]) => tensorFromValues(values, shape, dtypes.float32, CPU_DEVICE);
const vals = (t: Tensor | undefined) => Array.from(t!.values() as Float32Array);

function recording<T>(tape: TapeRecorder, fn: () => T): T {
  activeTapes.push(tape);
  try {
    return fn();
  } finally {
    activeTapes.splice(activeTapes.lastIndexOf(tape), 1);
  }
}

describe('tape recording and backprop', () => {
  it('records only ops that consume watched tensors, and nothing without an active tape', () => {
    const tape = new TapeRecorder();
    const x = f32([3]);
    api.mul(x, x); // no tape active: nothing to record anywhere
    tape.tracked.add(x.id);
    recording(tape, () => {
      api.mul(x, x);
      api.add(f32([1]), f32([2]));
    });
    expect(tape.entries.map((e) => e.op.name)).toEqual(['Mul']);
  });

  it('accumulates the gradient of a tensor used twice (y = x*x + x)', () => {
    const tape = new TapeRecorder();
    const x = f32([3, -1]);
    tape.tracked.add(x.id);
    const y = recording(tape, () => api.add(api.mul(x, x), x));
    expect(vals(backprop(tape, [y], [null]).get(x.id))).toEqual([7, -1]);
  });

  it('weights non-scalar targets by the seed (output_gradients)', () => {
    const tape = new TapeRecorder();
    const x = f32([2]);
    tape.tracked.add(x.id);
    const y = recording(tape, () => api.mul(x, f32([1, 2, 3])));
    expect(vals(backprop(tape, [y], [f32([1, 10, 100])]).get(x.id))).toEqual([321]);
  });

  it('skips the matmul product for an input no tape wants', () => {
    const tape = new TapeRecorder();
    const a = f32([1, 2, 3, 4], [2, 2]);
    const w = f32([1, 0, 0, 1], [2, 2]);
    tape.tracked.add(w.id);
    const y = recording(tape, () => api.matmul(a, w));
    const before = tape.entries.length;
    const outer = new TapeRecorder();
    // Count matmuls run during backprop by recording them on an outer tape watching everything.
    [a, w, y].forEach((t) => outer.tracked.add(t.id));
    const grads = recording(outer, () => backprop(tape, [y], [null]));
    expect(vals(grads.get(w.id))).toEqual([4, 4, 6, 6]);
    expect(grads.has(a.id)).toBe(false);
    expect(outer.entries.filter((e) => e.op.name === 'MatMul')).toHaveLength(1);
    expect(tape.entries.length).toBe(before);
  });

  it('gives second derivatives when an outer tape records the inner backprop', () => {
    const outer = new TapeRecorder();
    const inner = new TapeRecorder();
    const x = f32([2]);
    outer.tracked.add(x.id);
    inner.tracked.add(x.id);
    const dy = recording(outer, () => {
      const y = recording(inner, () => api.mul(api.mul(x, x), x)); // x^3
      return backprop(inner, [y], [null]).get(x.id)!; // 3x^2, recorded on outer
    });
    expect(vals(dy)).toEqual([12]);
    expect(vals(backprop(outer, [dy], [null]).get(x.id))).toEqual([12]); // 6x
  });

  it('builds jacobians row by row', () => {
    const tape = new TapeRecorder(true);
    const x = f32([1, 2, 3]);
    tape.tracked.add(x.id);
    const y = recording(tape, () => api.mul(x, x));
    const [j, unconnected] = jacobian(tape, y, [x, { id: -999, shape: [2] }], false);
    expect(j!.shape).toEqual([3, 3]);
    expect(vals(j!)).toEqual([2, 0, 0, 0, 4, 0, 0, 0, 6]);
    expect(unconnected).toBeNull();
    const m = f32([1, 2, 3, 4], [2, 2]);
    tape.tracked.add(m.id);
    const z = recording(tape, () => api.mul(m, api.reduceSum(m, [1], true)));
    // z[b, i] = m[b, i] * (m[b, 0] + m[b, 1])
    expect(vals(batchJacobian(tape, z, m))).toEqual([4, 1, 2, 5, 10, 3, 4, 11]);
  });

  it('every op with a gradient declares gradCheck cases (the contract the FD test enforces)', () => {
    for (const op of registry.values()) if (op.grad) expect(op.gradCheck, op.name).toBeDefined();
  });
});

// Second derivatives of the foundation's ops (elementwise, matmul, reductions, shape ops): each
// gradient formula is made of registry ops, so an outer tape records it and differentiates it
// again. Checked against central differences of the analytic gradient, in float64.
import { describe, expect, it } from 'vitest';
import { dtypes } from '../../src/runtime/dtypes.js';
import { Tensor, tensorFromValues } from '../../src/runtime/tensor.js';
import { CPU_DEVICE } from '../../src/runtime/device.js';
import { GradCheckCase, OpDef, runOp } from '../../src/runtime/ops/registry.js';
import { activeTapes, TapeRecorder } from '../../src/runtime/tape.js';
import { backprop } from '../../src/runtime/autograd/backprop.js';
import * as E from '../../src/runtime/ops/elementwise.js';
import { MatMul } from '../../src/runtime/ops/matmul.js';
import * as R from '../../src/runtime/ops/reduce.js';
import * as S from '../../src/runtime/ops/shape-ops.js';

const ops = [...Object.values(E), MatMul, ...Object.values(R), ...Object.values(S)].filter(
  (op): op is OpDef<unknown> => typeof op === 'object' && op !== null && 'grad' in op && !!(op as OpDef<unknown>).grad,
);

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const f64 = (v: number[], shape: number[]) => tensorFromValues(v, shape, dtypes.float64, CPU_DEVICE);
const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);
const isFloat = (c: GradCheckCase<unknown>, i: number) => c.inputs[i].dtype === undefined || c.inputs[i].dtype === 'float64';

/** Gradients of sum(w * op(x)) for the float inputs, computed on a fresh tape (recorded by any active outer tape). */
function firstGrads(op: OpDef<unknown>, c: GradCheckCase<unknown>, xs: Tensor[], w: number[]): Tensor[] {
  const inner = new TapeRecorder();
  xs.forEach((x, i) => isFloat(c, i) && inner.tracked.add(x.id));
  activeTapes.push(inner);
  let y: Tensor;
  try {
    y = runOp(op, xs, c.attrs);
  } finally {
    activeTapes.splice(activeTapes.lastIndexOf(inner), 1);
  }
  const grads = backprop(inner, [y], [f64(w, y.shape)]);
  return xs.map((x) => grads.get(x.id) ?? f64(new Array(x.size).fill(0), x.shape));
}

function makeInputs(c: GradCheckCase<unknown>, values: number[][]): Tensor[] {
  return values.map((v, i) =>
    c.inputs[i].dtype === 'bool'
      ? tensorFromValues(v.map(Boolean) as unknown as number[], c.inputs[i].shape, dtypes.bool, CPU_DEVICE)
      : f64(v, c.inputs[i].shape),
  );
}

describe('second derivatives through an outer tape', () => {
  // Guards against the op list silently coming out empty (then no case below would run).
  it('finds the ops', () => expect(ops.map((op) => op.name)).toEqual(expect.arrayContaining(['Mul', 'MatMul'])));
  for (const op of ops) {
    it(op.name, () => {
      const c = op.gradCheck![0];
      const next = rng(99);
      const values = c.inputs.map((spec) => {
        const [lo, hi] = spec.range ?? [-2, 2];
        return Array.from({ length: size(spec.shape) }, () => (spec.dtype === 'bool' ? (next() < 0.5 ? 0 : 1) : lo + (hi - lo) * next()));
      });
      const xs = makeInputs(c, values);
      const outShape = runOp(op, xs, c.attrs).shape;
      const w = Array.from({ length: size(outShape) }, () => next() * 2 - 1);
      const r2 = xs.map((x) => Array.from({ length: x.size }, () => next() * 2 - 1));
      // L2(x) = sum_i sum(r2_i * dL/dx_i); its gradient by the outer tape vs finite differences.
      const outer = new TapeRecorder();
      xs.forEach((x, i) => isFloat(c, i) && outer.tracked.add(x.id));
      activeTapes.push(outer);
      let g: Tensor[];
      try {
        g = firstGrads(op, c, xs, w);
      } finally {
        activeTapes.splice(activeTapes.lastIndexOf(outer), 1);
      }
      const second = backprop(outer, g, g.map((gi, i) => f64(r2[i], gi.shape)));
      const L2 = (vals: number[][]) =>
        firstGrads(op, c, makeInputs(c, vals), w).reduce((sum, gi, i) => sum + Array.from(gi.values() as Float64Array).reduce((s, v, k) => s + v * r2[i][k], 0), 0);
      xs.forEach((x, i) => {
        if (!isFloat(c, i)) return;
        const analytic = second.get(x.id) ? Array.from(second.get(x.id)!.values() as Float64Array) : new Array(x.size).fill(0);
        values[i].forEach((v, k) => {
          const h = 1e-5 * Math.max(1, Math.abs(v));
          const plus = values.map((a) => a.slice());
          const minus = values.map((a) => a.slice());
          plus[i][k] = v + h;
          minus[i][k] = v - h;
          const numeric = (L2(plus) - L2(minus)) / (2 * h);
          expect(Math.abs(analytic[k] - numeric), `${op.name} input ${i}[${k}]: ${analytic[k]} vs ${numeric}`).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
        });
      });
    });
  }
});

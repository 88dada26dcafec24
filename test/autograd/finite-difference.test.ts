/// <reference types="vite/client" />
// The finite-difference gradient check over the whole op registry: every op with a `grad` must
// declare `gradCheck` cases, and for each case the analytic gradient (run through a tape, as
// GradientTape.gradient runs it) must match central differences in float64. A new op without a
// correct gradient fails here.
import { describe, expect, it } from 'vitest';
import { dtypes, DType } from '../../src/runtime/dtypes.js';
import { Tensor, tensorFromValues } from '../../src/runtime/tensor.js';
import { CPU_DEVICE } from '../../src/runtime/device.js';
import { GradCheckCase, GradCheckInput, OpDef, registry, runOp } from '../../src/runtime/ops/registry.js';
import { activeTapes, TapeRecorder } from '../../src/runtime/tape.js';
import { backprop } from '../../src/runtime/autograd/backprop.js';
import { createTensorflowModule } from '../../src/runtime/tf-module.js';

// Every op the runtime registers: the tensorflow module's own imports, plus every op file (ops
// defined in files the module does not import yet are still checked).
createTensorflowModule();
import.meta.glob('../../src/runtime/ops/**/*.ts', { eager: true });

/** mulberry32: a small seeded generator, so failures reproduce. */
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

const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);
const dtypeOf = (spec: GradCheckInput): DType => dtypes[spec.dtype ?? 'float64'];
const differentiable = (spec: GradCheckInput) => dtypeOf(spec).isFloating;

function draw(spec: GradCheckInput, next: () => number): number[] {
  const [lo, hi] = spec.range ?? [-2, 2];
  return Array.from({ length: size(spec.shape) }, () => {
    if (spec.dtype === 'bool') return next() < 0.5 ? 0 : 1;
    if (spec.dtype === 'int32') return Math.floor(lo + (hi - lo) * next());
    return lo + (hi - lo) * next();
  });
}

const make = (values: number[], spec: GradCheckInput) =>
  tensorFromValues(spec.dtype === 'bool' ? values.map(Boolean) as unknown as number[] : values, spec.shape, dtypeOf(spec), CPU_DEVICE);

/** L(inputs) = sum(weights * op(inputs)), in float64 JS arithmetic. */
function objective(op: OpDef<unknown>, c: GradCheckCase<unknown>, values: number[][], weights: number[]): number {
  const out = runOp(op, values.map((v, i) => make(v, c.inputs[i])), c.attrs);
  const y = out.values() as Float64Array;
  let sum = 0;
  for (let k = 0; k < y.length; k++) sum += weights[k] * Number(y[k]);
  return sum;
}

/** ||a - n|| / max(||a||, ||n||, 1): relative for large gradients, absolute near zero. */
function normalizedError(a: ArrayLike<number>, n: ArrayLike<number>): number {
  let diff = 0;
  let na = 0;
  let nn = 0;
  for (let k = 0; k < a.length; k++) {
    diff += (a[k] - n[k]) ** 2;
    na += a[k] ** 2;
    nn += n[k] ** 2;
  }
  return Math.sqrt(diff) / Math.max(Math.sqrt(na), Math.sqrt(nn), 1);
}

function checkCase(op: OpDef<unknown>, c: GradCheckCase<unknown>, seed: number): void {
  const next = rng(seed);
  const values = c.inputs.map((spec) => draw(spec, next));
  const inputs = values.map((v, i) => make(v, c.inputs[i]));
  const tape = new TapeRecorder();
  inputs.forEach((t, i) => differentiable(c.inputs[i]) && tape.tracked.add(t.id));
  activeTapes.push(tape);
  let out: Tensor;
  try {
    out = runOp(op, inputs, c.attrs);
  } finally {
    activeTapes.pop();
  }
  expect(out.dtype.isFloating, `${op.name}: output dtype`).toBe(true);
  const weights = Array.from({ length: out.size }, () => next() * 2 - 1);
  const seedTensor = tensorFromValues(weights, out.shape, out.dtype, CPU_DEVICE);
  const grads = backprop(tape, [out], [seedTensor]);

  c.inputs.forEach((spec, i) => {
    const label = `${op.name} input ${i} of ${JSON.stringify(c.inputs.map((s) => s.shape))} ${JSON.stringify(c.attrs)}`;
    const g = grads.get(inputs[i].id);
    if (!differentiable(spec)) {
      expect(g, `${label}: no gradient into a ${spec.dtype} input`).toBeUndefined();
      return;
    }
    const analytic = g === undefined ? new Array(values[i].length).fill(0) : Array.from(g.values() as Float64Array, Number);
    if (g !== undefined) {
      expect(g.shape, `${label}: gradient shape`).toEqual(spec.shape);
      expect(g.dtype, `${label}: gradient dtype`).toBe(inputs[i].dtype);
    }
    const f64 = dtypeOf(spec) === dtypes.float64;
    const numeric = values[i].map((x, k) => {
      const h = (f64 ? 1e-6 : 1e-2) * Math.max(1, Math.abs(x));
      const plus = values.map((v) => v.slice());
      const minus = values.map((v) => v.slice());
      plus[i][k] = x + h;
      minus[i][k] = x - h;
      return (objective(op, c, plus, weights) - objective(op, c, minus, weights)) / (2 * h);
    });
    expect(normalizedError(analytic, numeric), `${label}: analytic ${analytic} vs numeric ${numeric}`).toBeLessThan(f64 ? 1e-6 : 1e-2);
  });
}

const differentiableOps = [...registry.values()].filter((op) => op.grad).sort((a, b) => a.name.localeCompare(b.name));

describe('finite-difference gradient check of every differentiable op', () => {
  it('finds the ops', () => {
    // The foundation's ops at least; more join as engineers add op files.
    for (const name of ['AddV2', 'Mul', 'MatMul', 'Sum', 'Sigmoid', 'SelectV2', 'Reshape']) {
      expect(differentiableOps.map((op) => op.name)).toContain(name);
    }
  });

  for (const op of differentiableOps) {
    it(op.name, () => {
      expect(op.gradCheck, `${op.name} has a grad but no gradCheck cases (see OpDef.gradCheck)`).toBeDefined();
      expect(op.gradCheck!.length, `${op.name}: gradCheck has no cases`).toBeGreaterThan(0);
      op.gradCheck!.forEach((c, k) => checkCase(op, c, 1234 + 17 * k));
    });
  }
});

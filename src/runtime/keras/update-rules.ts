// The update_step of each Keras 3.15 optimizer, op for op as keras/src/optimizers/*.py writes it
// (same operations in the same order, Python-float constants rounded to the variable's dtype the
// way TF converts them), so float32 trajectories match Keras's bit for bit.
import type { DType } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import type { Variable } from '../variable.js';
import * as api from '../ops/api.js';
import { runOp } from '../ops/registry.js';
import * as E from '../ops/elementwise.js';
import { IndexedSlices } from '../autograd/indexed-slices.js';
import { adagradSparseStep, adamSparseMoments, rmspropSparseStep, sgdSparseStep, SparseUpdateContext } from './sparse-update-rules.js';

/** A Python float as TF converts it next to a tensor of `dtype`. */
export const constant = (x: number, dtype: DType): Tensor => tensorFromValues([x], [], dtype, 'CPU:0');
export const sqrt = (x: Tensor): Tensor => runOp(E.Sqrt, [x], null);
export const square = (x: Tensor): Tensor => runOp(E.Square, [x], null);

export const assign = (v: Variable, t: Tensor): void => v.assign(t);
export const assignAdd = (v: Variable, t: Tensor): void => v.assign(api.add(v.value, t));
export const assignSub = (v: Variable, t: Tensor): void => v.assign(api.sub(v.value, t));

/** One variable's step: gradient and learning rate already cast to the variable's dtype. A sparse
 *  gradient takes Keras's sparse path (sparse-update-rules.ts). */
export interface UpdateContext {
  gradient: Tensor | IndexedSlices;
  variable: Variable;
  lr: Tensor;
  /** The optimizer's iterations before this step (local_step = iterations + 1). */
  iterations: number;
  /** The optimizer's per-variable slots, made on first use with `init` (0 unless given). */
  slot(name: string, init?: number): Variable;
}

export interface SgdConfig { momentum: number; nesterov: boolean }
const sparse = (ctx: UpdateContext): ctx is SparseUpdateContext => ctx.gradient instanceof IndexedSlices;
const dense = (ctx: UpdateContext) => ctx.gradient as Tensor;

export function sgdStep(ctx: UpdateContext, config: SgdConfig): void {
  if (sparse(ctx)) return sgdSparseStep(ctx, config);
  const { variable, lr, slot } = ctx;
  const { momentum, nesterov } = config;
  const g = dense(ctx);
  const dtype = variable.value.dtype;
  if (momentum === 0) {
    assignSub(variable, api.mul(g, lr));
    return;
  }
  const m = slot('momentum');
  const mom = constant(momentum, dtype);
  assign(m, api.sub(api.mul(m.value, mom), api.mul(g, lr)));
  if (nesterov) assignAdd(variable, api.sub(api.mul(m.value, mom), api.mul(g, lr)));
  else assignAdd(variable, m.value);
}

export interface AdamConfig { beta_1: number; beta_2: number; epsilon: number; amsgrad: boolean }
export function adamStep(ctx: UpdateContext, c: AdamConfig): void {
  const [g, gSquared] = sparse(ctx) ? adamSparseMoments(ctx.gradient) : [dense(ctx), square(dense(ctx))];
  const { variable, lr, iterations, slot } = ctx;
  const dtype = variable.value.dtype;
  const localStep = constant(iterations + 1, dtype);
  const beta1Power = api.pow(constant(c.beta_1, dtype), localStep);
  const beta2Power = api.pow(constant(c.beta_2, dtype), localStep);
  const m = slot('momentum');
  const v = slot('velocity');
  const one = constant(1, dtype);
  const alpha = api.realDiv(api.mul(lr, sqrt(api.sub(one, beta2Power))), api.sub(one, beta1Power));
  assignAdd(m, api.mul(api.sub(g, m.value), constant(1 - c.beta_1, dtype)));
  assignAdd(v, api.mul(api.sub(gSquared, v.value), constant(1 - c.beta_2, dtype)));
  let vUsed = v.value;
  if (c.amsgrad) {
    const vHat = slot('velocity_hat');
    assign(vHat, api.maximum(vHat.value, v.value));
    vUsed = vHat.value;
  }
  assignSub(variable, api.realDiv(api.mul(m.value, alpha), api.add(sqrt(vUsed), constant(c.epsilon, dtype))));
}

export interface RmspropConfig { rho: number; momentum: number; epsilon: number; centered: boolean }
export function rmspropStep(ctx: UpdateContext, c: RmspropConfig): void {
  if (sparse(ctx)) return rmspropSparseStep(ctx, c);
  const { variable, lr, slot } = ctx;
  const g = dense(ctx);
  const dtype = variable.value.dtype;
  const velocity = slot('velocity');
  const rho = constant(c.rho, dtype);
  const oneMinusRho = constant(1 - c.rho, dtype);
  assign(velocity, api.add(api.mul(rho, velocity.value), api.mul(oneMinusRho, square(g))));
  let denominator: Tensor;
  if (c.centered) {
    const avg = slot('average_gradient');
    assign(avg, api.add(api.mul(rho, avg.value), api.mul(oneMinusRho, g)));
    denominator = api.add(api.sub(velocity.value, square(avg.value)), constant(c.epsilon, dtype));
  } else denominator = api.add(velocity.value, constant(c.epsilon, dtype));
  const increment = api.realDiv(api.mul(lr, g), sqrt(denominator));
  if (c.momentum > 0) {
    const mom = slot('momentum');
    assign(mom, api.add(api.mul(constant(c.momentum, dtype), mom.value), increment));
    assignSub(variable, mom.value);
  } else assignSub(variable, increment);
}

export interface AdagradConfig { initial_accumulator_value: number; epsilon: number }
export function adagradStep(ctx: UpdateContext, c: AdagradConfig): void {
  if (sparse(ctx)) return adagradSparseStep(ctx, c);
  const { variable, lr, slot } = ctx;
  const g = dense(ctx);
  const dtype = variable.value.dtype;
  const acc = slot('accumulator', c.initial_accumulator_value);
  assignAdd(acc, square(g));
  assignSub(variable, api.realDiv(api.mul(lr, g), sqrt(api.add(acc.value, constant(c.epsilon, dtype)))));
}

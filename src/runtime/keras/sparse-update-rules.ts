// The update_step of each optimizer for a sparse gradient (tf.IndexedSlices, e.g. an embedding's
// through tf.gather), as Keras 3's TF backend runs the same Python code (update-rules.ts):
//   - its sparse-aware ops keep IndexedSlices through elementwise ops with a scalar (`g * lr`,
//     `square(g)`) and through division by a dense tensor (the divisor's rows are gathered);
//   - adding or subtracting a dense tensor densifies them (unsorted_segment_sum), so a row that
//     appears twice contributes the sum of its values: Adam's second moment gets the sum of the
//     squares of a repeated row's pieces, not the square of their sum;
//   - optimizer.assign_add/assign_sub of IndexedSlices are variable.scatter_add/scatter_sub, which
//     apply a repeated row's pieces one after another.
// With no repeated rows the results equal the dense rules'; with them they differ as Keras's do.
import type { Tensor } from '../tensor.js';
import type { Variable } from '../variable.js';
import * as api from '../ops/api.js';
import { runOp } from '../ops/registry.js';
import { TensorScatterAdd } from '../ops/shape-gather.js';
import { gather, indicesOf } from '../ops/shape-gather.js';
import { densify, IndexedSlices } from '../autograd/indexed-slices.js';
import { assign, assignAdd, assignSub, constant, sqrt, square } from './update-rules.js';
import type { AdagradConfig, RmspropConfig, SgdConfig, UpdateContext } from './update-rules.js';

export interface SparseUpdateContext extends Omit<UpdateContext, 'gradient'> {
  gradient: IndexedSlices;
}

/** Elementwise with a scalar: the values change, the rows stay. */
const scaled = (g: IndexedSlices, f: (values: Tensor) => Tensor) => g.withValues(f(g.values));
/** Division by a dense tensor: each piece by its row of the divisor. */
const dividedBy = (g: IndexedSlices, dense: Tensor) => g.withValues(api.realDiv(g.values, gather(dense, indicesOf(g.indices), 0, 0)));

/** variable.scatter_add of the slices: each piece added to its row in turn. */
function scatterAdd(v: Variable, g: IndexedSlices): void {
  const rows = api.reshape(g.indices, [g.indices.size, 1]);
  v.assign(runOp(TensorScatterAdd, [v.value, g.values], { indices: indicesOf(rows) }));
}
const scatterSub = (v: Variable, g: IndexedSlices) => scatterAdd(v, scaled(g, api.neg));

export function sgdSparseStep({ gradient: g, variable, lr, slot }: SparseUpdateContext, { momentum, nesterov }: SgdConfig): void {
  const dtype = variable.value.dtype;
  if (momentum === 0) {
    scatterSub(variable, scaled(g, (x) => api.mul(x, lr)));
    return;
  }
  const m = slot('momentum');
  const mom = constant(momentum, dtype);
  const step = () => densify(scaled(g, (x) => api.mul(x, lr)));
  assign(m, api.sub(api.mul(m.value, mom), step()));
  if (nesterov) assignAdd(variable, api.sub(api.mul(m.value, mom), step()));
  else assignAdd(variable, m.value);
}

/** What Adam's two moments see of a sparse gradient (the rest of its rule is the dense one). */
export function adamSparseMoments(g: IndexedSlices): [Tensor, Tensor] {
  return [densify(g), densify(scaled(g, square))];
}

export function rmspropSparseStep({ gradient: g, variable, lr, slot }: SparseUpdateContext, c: RmspropConfig): void {
  const dtype = variable.value.dtype;
  const velocity = slot('velocity');
  const rho = constant(c.rho, dtype);
  const oneMinusRho = constant(1 - c.rho, dtype);
  assign(velocity, api.add(api.mul(rho, velocity.value), densify(scaled(g, (x) => api.mul(oneMinusRho, square(x))))));
  let denominator: Tensor;
  if (c.centered) {
    const avg = slot('average_gradient');
    assign(avg, api.add(api.mul(rho, avg.value), densify(scaled(g, (x) => api.mul(oneMinusRho, x)))));
    denominator = api.add(api.sub(velocity.value, square(avg.value)), constant(c.epsilon, dtype));
  } else denominator = api.add(velocity.value, constant(c.epsilon, dtype));
  const increment = dividedBy(scaled(g, (x) => api.mul(lr, x)), sqrt(denominator));
  if (c.momentum > 0) {
    const mom = slot('momentum');
    assign(mom, api.add(api.mul(constant(c.momentum, dtype), mom.value), densify(increment)));
    assignSub(variable, mom.value);
  } else scatterSub(variable, increment);
}

export function adagradSparseStep({ gradient: g, variable, lr, slot }: SparseUpdateContext, c: AdagradConfig): void {
  const dtype = variable.value.dtype;
  const acc = slot('accumulator', c.initial_accumulator_value);
  scatterAdd(acc, scaled(g, square));
  scatterSub(variable, dividedBy(scaled(g, (x) => api.mul(lr, x)), sqrt(api.add(acc.value, constant(c.epsilon, dtype)))));
}

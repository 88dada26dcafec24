// The op registry. Every op is ONE definition: its TF name, the shape/dtype rule (which also
// validates and raises TF's errors), a kernel per device, and its gradient written with public
// ops. runOp is the single path every tensor computation takes: infer, place, run, record.
import type { NativeStorage } from '../native/binding.js';
import type { DType } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { currentDevice } from '../device.js';
import { activeTapes, recordOperation } from '../tape.js';

export interface OutputSpec {
  shape: number[];
  dtype: DType;
}

export interface OpDef<Attrs = Record<string, unknown>> {
  /** TensorFlow's op name, as error messages show it ([Op:AddV2]). */
  readonly name: string;
  /** Shape and dtype of the output; throws TF's error for invalid inputs. */
  infer(inputs: readonly Tensor[], attrs: Attrs): OutputSpec;
  /** Kernels by device type. The CPU kernel always exists. */
  readonly kernels: { CPU: (inputs: readonly Tensor[], attrs: Attrs, out: OutputSpec) => NativeStorage };
  /** Gradients with respect to each input, given the output's gradient; null where none flows.
   *  Absent for ops that are not differentiable. `needed[i]` false means no tape wants input i's
   *  gradient: an expensive formula may skip it (TF's skip_input_indices) and return null. */
  readonly grad?: (dy: Tensor, inputs: readonly Tensor[], output: Tensor, attrs: Attrs, needed?: readonly boolean[]) => (Tensor | null)[];
  /** Inputs for the finite-difference gradient check (test/autograd), required for every op with
   *  `grad`: a few cases of input shapes (and value ranges where the op's domain is limited) with
   *  the attrs to run them with. The check fills the inputs with seeded random values. */
  readonly gradCheck?: readonly GradCheckCase<Attrs>[];
}

export interface GradCheckInput {
  shape: number[];
  /** Default float64 (finite differences need the precision). 'bool' and 'int32' inputs (a
   *  condition, indices) are drawn but not differentiated: their gradient must be null. */
  dtype?: 'float32' | 'float64' | 'bool' | 'int32';
  /** Values are drawn uniformly from [lo, hi); default [-2, 2). Keep away from kinks/poles.
   *  For int32 inputs: integers in [lo, hi). */
  range?: [number, number];
}

export interface GradCheckCase<Attrs> {
  inputs: GradCheckInput[];
  attrs: Attrs;
}

export const registry = new Map<string, OpDef<any>>();

export function defineOp<Attrs>(def: OpDef<Attrs>): OpDef<Attrs> {
  if (registry.has(def.name)) throw new Error(`op ${def.name} defined twice`);
  registry.set(def.name, def);
  return def;
}

export function runOp<Attrs>(def: OpDef<Attrs>, inputs: readonly Tensor[], attrs: Attrs): Tensor {
  const out = def.infer(inputs, attrs);
  const device = currentDevice();
  // Only the CPU backend exists so far; soft placement already mapped GPU scopes onto it.
  const storage = def.kernels.CPU(inputs, attrs, out);
  const result = new Tensor(storage, out.shape, out.dtype, device);
  // The common case (no tape active) costs one length check.
  if (activeTapes.length !== 0 && def.grad) recordOperation(def as OpDef<unknown>, inputs, result, attrs);
  return result;
}

// The op registry. Every op is ONE definition: its TF name, the shape/dtype rule (which also
// validates and raises TF's errors), one device-generic kernel written against the Backend
// interface (the CPU addon or the CUDA module), and its gradient written with public ops. runOp is
// the single path every tensor computation takes: infer, place, copy inputs, run, record.
import type { DType } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import type { Backend, Storage } from '../backend/backend.js';
import { placeOp } from '../backend/placement.js';
import { inputsOn } from '../backend/transfer.js';
import { resourceExhausted, withOomRetry } from '../backend/oom.js';
import { cudaApi } from '../backend/devices.js';
import type { IndexedSlices } from '../autograd/indexed-slices.js';
import { activeAccumulators, activeTapes, recordForAutodiff } from '../tape.js';

export interface OutputSpec {
  shape: number[];
  dtype: DType;
}

export interface OpDef<Attrs = Record<string, unknown>> {
  /** TensorFlow's op name, as error messages show it ([Op:AddV2]). */
  readonly name: string;
  /** Shape and dtype of the output; throws TF's error for invalid inputs. */
  infer(inputs: readonly Tensor[], attrs: Attrs): OutputSpec;
  /** The kernel: computes the output's storage on `be` (every input's storage already lives in
   *  `be`'s memory). Reading input values on the host goes through Tensor.values(), which
   *  downloads (and so waits for the GPU). */
  readonly kernel?: DeviceKernel<Attrs>;
  /** A host-only kernel (no GPU version): ops that have only this are soft-placed to the CPU, as
   *  TF places ops without a GPU kernel. New ops write `kernel`; the backend-consistency test
   *  fails for any op left with only this. */
  readonly kernels?: { CPU: (inputs: readonly Tensor[], attrs: Attrs, out: OutputSpec) => Storage };
  /** Gradients with respect to each input, given the output's gradient; null where none flows.
   *  Absent for ops that are not differentiable. `needed[i]` false means no tape wants input i's
   *  gradient: an expensive formula may skip it (TF's skip_input_indices) and return null. */
  readonly grad?: (dy: Tensor, inputs: readonly Tensor[], output: Tensor, attrs: Attrs, needed?: readonly boolean[]) => (Tensor | IndexedSlices | null)[];
  /** The gradient passes a sparse (IndexedSlices) dy through unchanged (a variable read, as TF's
   *  identity-like gradients do); every other op gets its dy as a dense tensor. */
  readonly passesIndexedSlices?: boolean;
  /** Set where TF registers no gradient at all (not even NotDifferentiable): a tape that needs
   *  one raises LookupError, as TF's does; without it the op passes no gradient (None). */
  readonly gradientUnregistered?: boolean;
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

export type DeviceKernel<Attrs> = (be: Backend, inputs: readonly Tensor[], attrs: Attrs, out: OutputSpec) => Storage;

/** Ops with string operands run on string handles instead (strings/string-ops.ts registers its
 *  router here). Registered, not imported: string-ops imports op modules, which import this
 *  module, and importing it from here would run their defineOp calls before `registry` exists. */
export interface StringOpRouter {
  involves(inputs: readonly Tensor[], attrs: unknown): boolean;
  run<A>(def: OpDef<A>, inputs: readonly Tensor[], attrs: A): Tensor;
}
let stringRouter: StringOpRouter | null = null;

export function setStringOpRouter(router: StringOpRouter): void {
  stringRouter = router;
}

export const registry = new Map<string, OpDef<any>>();

export function defineOp<Attrs>(def: OpDef<Attrs>): OpDef<Attrs> {
  if (registry.has(def.name)) throw new Error(`op ${def.name} defined twice`);
  if (!def.kernel && !def.kernels) throw new Error(`op ${def.name} has no kernel`);
  registry.set(def.name, def);
  return def;
}

export function runOp<Attrs>(def: OpDef<Attrs>, inputs: readonly Tensor[], attrs: Attrs): Tensor {
  if (stringRouter !== null && stringRouter.involves(inputs, attrs)) return stringRouter.run(def, inputs, attrs);
  const out = def.infer(inputs, attrs);
  const { device, backend } = placeOp(def.name, inputs, attrs, out.dtype, def.kernel !== undefined);
  const storage = backend.deviceType === 'CPU' ? runKernel(def, backend, inputs, attrs, out) : withOomRetry(
    () => runKernel(def, backend, inputs, attrs, out),
    () => resourceExhausted(def.name, out.shape, out.dtype, device),
    { afterGc: () => cudaApi()?.emptyCache() },
  );
  const result = new Tensor(storage, out.shape, out.dtype, device);
  // The common case (no tape or accumulator active) costs two length checks.
  if ((activeTapes.length !== 0 || activeAccumulators.length !== 0) && (def.grad || def.gradientUnregistered)) {
    recordForAutodiff(def as OpDef<unknown>, inputs, result, attrs);
  }
  return result;
}

/** One kernel call on `be`, its inputs first copied into `be`'s memory where they live elsewhere. */
export function runKernel<Attrs>(def: OpDef<Attrs>, be: Backend, inputs: readonly Tensor[], attrs: Attrs, out: OutputSpec): Storage {
  const local = inputsOn(inputs, be);
  if (def.kernel) return def.kernel(be, local, attrs, out);
  return def.kernels!.CPU(local, attrs, out);
}

// The backend-consistency check: every registered op runs on the CPU backend and on a device
// backend with the same seeded random inputs, and the results are compared by normalized error.
// It lives in src (not only in test/) so the GPU machine can run it from dist without vitest
// (scripts/gpu-consistency.mjs); test/gpu/backend-consistency.test.ts runs it under vitest.
import { dtypes, DType } from '../dtypes.js';
import { Tensor, tensorFromValues, numElements } from '../tensor.js';
import { CPU_DEVICE, GPU_DEVICE } from '../device.js';
import { GradCheckCase, GradCheckInput, OpDef, registry, runKernel } from '../ops/registry.js';
import type { Backend } from './backend.js';
import { cpuBackend } from './devices.js';
import { EXTRA_CONSISTENCY_CASES } from './consistency-cases.js';

/** mulberry32: seeded, so a failure reproduces. */
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

type InputSpec = GradCheckInput & { symmetric?: boolean };

interface ConsistencyCase {
  label: string;
  inputs: InputSpec[];
  attrs: unknown;
}

const dtypeOf = (spec: InputSpec): DType => dtypes[spec.dtype ?? 'float64'];

/** The op's cases: its gradCheck cases and those of the extra table (plus float32 copies of the float64 ones). */
export function consistencyCases(def: OpDef<unknown>): ConsistencyCase[] {
  const base: readonly GradCheckCase<unknown>[] = [...(def.gradCheck ?? []), ...(EXTRA_CONSISTENCY_CASES[def.name] ?? [])];
  const out: ConsistencyCase[] = [];
  const describe = (inputs: InputSpec[]) => inputs.map((s) => `${s.dtype ?? 'float64'}[${s.shape.join(',')}]`).join(' ');
  base.forEach((c, i) => {
    const inputs = c.inputs as InputSpec[];
    out.push({ label: `${def.name} #${i} ${describe(inputs)}`, inputs, attrs: c.attrs });
    if (inputs.some((s) => (s.dtype ?? 'float64') === 'float64')) {
      const f32 = inputs.map((s) => ((s.dtype ?? 'float64') === 'float64' ? { ...s, dtype: 'float32' as const } : s));
      out.push({ label: `${def.name} #${i} ${describe(f32)}`, inputs: f32, attrs: c.attrs });
    }
  });
  return out;
}

function draw(spec: InputSpec, next: () => number): number[] {
  const [lo, hi] = spec.range ?? [-2, 2];
  const v = Array.from({ length: numElements(spec.shape) }, () => {
    if (spec.dtype === 'bool') return next() < 0.5 ? 0 : 1;
    if (spec.dtype === 'int32') return Math.floor(lo + (hi - lo) * next());
    return lo + (hi - lo) * next();
  });
  if (spec.symmetric) {
    // (A + A^T) / 2 per matrix of the batch: self-adjoint ops need symmetric input.
    const n = spec.shape[spec.shape.length - 1];
    for (let m = 0; m < v.length; m += n * n) {
      for (let r = 0; r < n; r++) for (let c = 0; c < r; c++) v[m + r * n + c] = v[m + c * n + r];
    }
  }
  return v;
}

/** Host (CPU) tensors for a case, from a seed. */
export function caseInputs(c: ConsistencyCase, seed: number): Tensor[] {
  const next = rng(seed);
  return c.inputs.map((spec) => {
    const values = draw(spec, next);
    const data = spec.dtype === 'bool' ? (values.map(Boolean) as unknown as number[]) : values;
    return tensorFromValues(data, spec.shape, dtypeOf(spec), CPU_DEVICE);
  });
}

/** The op's output on `be` (the kernel itself, whatever placement would choose), read back. */
export function runOnBackend(def: OpDef<unknown>, be: Backend, inputs: readonly Tensor[], attrs: unknown): Tensor {
  const out = def.infer(inputs, attrs);
  const storage = runKernel(def, be, inputs, attrs, out);
  return new Tensor(storage, out.shape, out.dtype, be.deviceType === 'CPU' ? CPU_DEVICE : GPU_DEVICE);
}

const asNumbers = (t: Tensor): number[] => Array.from(t.values() as ArrayLike<number | bigint>, Number);

/** ||a - b|| / max(||a||, ||b||, 1); NaNs must match NaNs, infinities must be equal. */
export function normalizedError(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return Infinity;
  let diff = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (Number.isNaN(x) || Number.isNaN(y)) {
      if (Number.isNaN(x) !== Number.isNaN(y)) return Infinity;
      continue;
    }
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (x !== y) return Infinity;
      continue;
    }
    diff += (x - y) ** 2;
    na += x * x;
    nb += y * y;
  }
  return Math.sqrt(diff) / Math.max(Math.sqrt(na), Math.sqrt(nb), 1);
}

/** Allowed normalized error per output dtype (kernels may sum in another order; TF32 is off). */
export function tolerance(dtype: DType): number {
  if (dtype.name === 'float64') return 1e-12;
  if (dtype.name === 'float32') return 2e-6;
  if (dtype.name === 'float16' || dtype.name === 'bfloat16') return 1e-2;
  return 0;
}

/** Eigenvectors are unique only up to sign: compare them by absolute value. */
const SIGN_FREE_OPS = new Set(['SelfAdjointEigV2Vectors']);

interface CaseResult {
  label: string;
  error: number;
  tolerance: number;
  ok: boolean;
  /** Set when the case could not run (the error text). */
  failure?: string;
}

/** Runs one case on the CPU and on `device`, compares. */
export function checkCase(def: OpDef<unknown>, c: ConsistencyCase, device: Backend, seed = 1): CaseResult {
  try {
    const inputs = caseInputs(c, seed);
    const want = runOnBackend(def, cpuBackend(), inputs, c.attrs);
    const got = runOnBackend(def, device, inputs, c.attrs);
    let a = asNumbers(want);
    let b = asNumbers(got);
    if (SIGN_FREE_OPS.has(def.name)) {
      a = a.map(Math.abs);
      b = b.map(Math.abs);
    }
    const error = want.shape.join(',') === got.shape.join(',') && want.dtype === got.dtype ? normalizedError(a, b) : Infinity;
    const tol = tolerance(want.dtype);
    return { label: c.label, error, tolerance: tol, ok: error <= tol };
  } catch (e) {
    return { label: c.label, error: Infinity, tolerance: 0, ok: false, failure: e instanceof Error ? e.message : String((e as { args?: unknown[] }).args?.[0] ?? e) };
  }
}

/** Registered ops without any consistency case, and ops with only a host kernel (no way to run on
 *  a device backend). */
export function coverageProblems(): string[] {
  const problems: string[] = [];
  for (const def of registry.values()) {
    if (!def.kernel) problems.push(`${def.name}: only a host kernel (kernels.CPU); write a device-generic \`kernel\``);
    if (consistencyCases(def).length === 0) problems.push(`${def.name}: no consistency cases (add gradCheck or an entry in consistency-cases.ts)`);
  }
  return problems;
}

export function registeredOps(): OpDef<unknown>[] {
  return [...registry.values()].sort((a, b) => a.name.localeCompare(b.name));
}

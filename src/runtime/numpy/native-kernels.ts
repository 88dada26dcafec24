// numpy's use of the native addon. Measured on this project's VMs, the addon's copy-in/copy-out
// API (fromBytes, kernel, toBytes: three extra passes over memory) makes memory-bound elementwise
// ops (+ - * /, comparisons, abs...) 2.5-3.5x slower than the JS loops in ufuncs.ts, so those stay
// in JS; the addon serves the compute-bound ones: libm transcendentals here and GEMM in linalg.ts.
// Loading the addon early matters too: it configures glibc malloc to keep large freed blocks, so
// big array allocations stop page-faulting on every operation.
import { getNative, UnaryOp } from '../native/binding.js';
import { DTypeCode } from '../native/dtype-codes.js';

let allocatorConfigured = false;

/** Loads the addon once (its load sets the allocator up for large arrays); numpy still works on
 *  its JS paths when the addon is missing, so a load failure is left for the ops that need it. */
export function configureAllocatorForArrays(): void {
  if (allocatorConfigured) return;
  allocatorConfigured = true;
  try {
    getNative();
  } catch {
    // reported by the first operation that needs the addon
  }
}

/** The addon runs its kernels in TF's flush-to-zero mode (subnormal inputs read as 0, subnormal
 *  results become 0); numpy keeps subnormals. */
function hasSubnormal(values: Float32Array | Float64Array): boolean {
  const tiny = values instanceof Float32Array ? 1.1754943508222875e-38 : 2.2250738585072014e-308;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < tiny && v > -tiny && v !== 0) return true;
  }
  return false;
}

/** A libm transcendental on float32/float64 values on the addon (numpy's loops call libm too), or
 *  null when an input is subnormal (the JS loop keeps it). Zeros in the result may be flushed
 *  subnormals (exp(-100) in float32): each is redone with `js`, which gives 0 again when it was. */
export function nativeLibmUnary(
  op: UnaryOp, values: Float32Array | Float64Array, js: (x: number) => number,
): Float32Array | Float64Array | null {
  if (hasSubnormal(values)) return null;
  const N = getNative();
  const code = values instanceof Float32Array ? DTypeCode.float32 : DTypeCode.float64;
  const buf = N.toBytes(N.unary(op, code, N.fromBytes(values), values.length));
  const out = values instanceof Float32Array ? new Float32Array(buf) : new Float64Array(buf);
  for (let i = 0; i < out.length; i++) if (out[i] === 0) out[i] = js(values[i]);
  return out;
}

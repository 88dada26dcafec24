// Out of GPU memory: the CUDA module has already emptied its allocator's cache and retried when it
// throws (code 'TFTS_CUDA_OOM'). Dead tensors may still hold device memory only because the JS
// garbage collector has not run, so nudge it and try once more before raising TF's
// ResourceExhaustedError with TF's text (op_kernel.cc, OpKernelContext::allocate_tensor).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PyBaseException } from '../../interpreter/objects/exceptions.js';
import { tfErrorTypes } from '../errors.js';
import type { DType } from '../dtypes.js';
import { cppDtypeName, shapeDebug } from '../ops/dtype-text.js';

let gcFn: (() => void) | null | undefined;

/** V8's gc(), exposed for this isolate (works in worker threads too), or null where it cannot be. */
export function collectGarbage(): boolean {
  if (gcFn === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gcFn = runInNewContext('gc') as () => void;
    } catch {
      gcFn = null;
    }
  }
  if (!gcFn) return false;
  gcFn();
  return true;
}

function isDeviceOom(e: unknown): boolean {
  return e instanceof Error && (e as Error & { code?: unknown }).code === 'TFTS_CUDA_OOM';
}

/** TF's eager OOM error for op `opName` allocating its output on `device`. */
export function resourceExhausted(opName: string, shape: readonly number[], dtype: DType, device: string): PyBaseException {
  const msg = `{{function_node __wrapped__${opName}_device_${device}}} OOM when allocating tensor with shape${shapeDebug(shape)} and type ${cppDtypeName(dtype)} on ${device} by allocator GPU_0_bfc [Op:${opName}] name: `;
  return new PyBaseException(tfErrorTypes.ResourceExhaustedError, [msg]);
}

/** Runs `work`; on a device OOM collects garbage and runs it once more; a second OOM raises TF's error. */
export function withOomRetry<T>(work: () => T, onOom: () => PyBaseException, hooks: { afterGc?: () => void } = {}): T {
  try {
    return work();
  } catch (e) {
    if (!isDeviceOom(e)) throw e;
  }
  collectGarbage();
  hooks.afterGc?.();
  try {
    return work();
  } catch (e) {
    if (isDeviceOom(e)) throw onOom();
    throw e;
  }
}

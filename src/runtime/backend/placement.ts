// Where an op runs and where its tensors live, as TF's eager runtime decides it:
// - a scope's device, soft-placed (device.ts); with no scope, TF pins ops whose inputs are all
//   small (<= 64 elements) int32/int64 tensors on the CPU to the CPU (placement_utils.cc,
//   MaybePinSmallOpsToCpu: not for ops without inputs nor random ops), and runs the rest on the
//   default device (GPU:0 when one exists);
// - ops with no GPU kernel (string dtypes, host-only kernels) are soft-placed to the CPU;
// - int32 tensors on a GPU live in host memory (TF: MTypeFromDType(DT_INT32) == HOST_MEMORY, and
//   its int32 GPU kernels are registered with HostMemory arguments): they report GPU:0 but an
//   op placed on the GPU whose inputs and output are all int32 runs on the host.
import type { Tensor } from '../tensor.js';
import type { DType } from '../dtypes.js';
import { CPU_DEVICE, GPU_DEVICE, currentDevice, isGpuDevice, scopeDevice } from '../device.js';
import { Backend, Storage } from './backend.js';
import { cpuBackend, gpuBackend, hostStorage, markContextInitialized } from './devices.js';

const UNPINNABLE_OPS = new Set(['RandomUniform', 'RandomUniformInt', 'RandomStandardNormal', 'StatelessRandomUniform',
  'StatelessRandomUniformInt', 'StatelessRandomUniformFullInt', 'StatelessRandomNormal']);

const SMALL_TENSOR_LIMIT = 64;

const isSmallInt = (t: Tensor): boolean =>
  (t.dtype.name === 'int32' || t.dtype.name === 'int64') && t.size <= SMALL_TENSOR_LIMIT && t.device === CPU_DEVICE;

const isString = (d: DType): boolean => (d.name as string) === 'string';

/** TF inputs that tfts keeps as attrs, as (dtype, element count), for the pinning rule: TF converts
 *  them from Python values to small tensors on the CPU, so `tf.range(10)` and `tf.zeros(.., int32)`
 *  are pinned to the CPU like any op on small ints. */
const ATTR_INPUTS: Record<string, (attrs: any) => { dtype: string; size: number }[]> = {
  Range: (a) => [{ dtype: a.dtype.name, size: 1 }, { dtype: a.dtype.name, size: 1 }, { dtype: a.dtype.name, size: 1 }],
  Fill: (a) => [{ dtype: 'int32', size: a.shape.length }, { dtype: a.dtype.name, size: 1 }],
  OneHot: (a) => [{ dtype: 'int32', size: a.indices.values.length }, { dtype: 'int32', size: 1 }, { dtype: a.dtype.name, size: 1 }, { dtype: a.dtype.name, size: 1 }],
};

const smallIntSpec = (x: { dtype: string; size: number }): boolean => (x.dtype === 'int32' || x.dtype === 'int64') && x.size <= SMALL_TENSOR_LIMIT;

/** MaybePinSmallOpsToCpu: every input (attrs standing for inputs included) a small int on the CPU. */
function pinnedToCpu(opName: string, inputs: readonly Tensor[], attrs: unknown): boolean {
  if (UNPINNABLE_OPS.has(opName)) return false;
  const fromAttrs = ATTR_INPUTS[opName]?.(attrs) ?? [];
  if (inputs.length + fromAttrs.length === 0) return false;
  return inputs.every(isSmallInt) && fromAttrs.every(smallIntSpec);
}

export interface Placement {
  /** The device the op reports (the output's `.device`). */
  device: string;
  /** The backend its kernel runs on. */
  backend: Backend;
}

/** Places one op call. `hasDeviceKernel`: the op has a device-generic kernel (else host only). */
export function placeOp(opName: string, inputs: readonly Tensor[], attrs: unknown, outDtype: DType, hasDeviceKernel: boolean): Placement {
  markContextInitialized();
  const device = currentDevice();
  if (device === CPU_DEVICE) return { device, backend: cpuBackend() };
  if (scopeDevice() === null && pinnedToCpu(opName, inputs, attrs)) return { device: CPU_DEVICE, backend: cpuBackend() };
  if (!hasDeviceKernel || isString(outDtype) || inputs.some((t) => isString(t.dtype))) return { device: CPU_DEVICE, backend: cpuBackend() };
  // int32 in host memory: all-int32 ops run their host kernel.
  if (outDtype.name === 'int32' && inputs.every((t) => t.dtype.name === 'int32')) return { device, backend: cpuBackend() };
  return { device, backend: gpuBackend() ?? cpuBackend() };
}

type NewTensorHome = 'cpu' | 'gpu-label-only' | 'gpu';

/** Where a new tensor (a constant, converted Python/numpy values) of `dtype` with `count` elements
 *  goes when created with device label `device`: TF creates it on the CPU and copies it to the
 *  scope's device with _EagerConst, which (with no scope) is pinned to the CPU for small ints.
 *  'gpu-label-only': int32 on a GPU, which lives in host memory. */
function newTensorHome(dtype: DType, count: number, device: string): NewTensorHome {
  markContextInitialized();
  if (!isGpuDevice(device) || !gpuBackend()) return 'cpu';
  if (scopeDevice() === null && (dtype.name === 'int32' || dtype.name === 'int64') && count <= SMALL_TENSOR_LIMIT) return 'cpu';
  if (isString(dtype)) return 'cpu';
  if (dtype.name === 'int32') return 'gpu-label-only';
  return 'gpu';
}

export function placeNewTensor(storage: Storage, dtype: DType, count: number, device: string): { storage: Storage; device: string } {
  const home = newTensorHome(dtype, count, device);
  if (home === 'cpu') return { storage, device: CPU_DEVICE };
  if (home === 'gpu-label-only') return { storage, device: GPU_DEVICE };
  const gpu = gpuBackend()!;
  if (storage.device === gpu.storageDevice) return { storage, device: GPU_DEVICE };
  return { storage: count === 1 ? uploadScalar(gpu, storage, dtype) : gpu.fromHost(hostStorage(storage)), device: GPU_DEVICE };
}

/** placeNewTensor for one value (a Python number in `x * 1.0001`): a GPU-bound scalar is looked up
 *  by value first, so the loop makes no host storage at all; `makeHost` builds one otherwise. */
export function placeNewScalar(value: number | bigint, dtype: DType, device: string, makeHost: () => Storage): { storage: Storage; device: string } {
  if (newTensorHome(dtype, 1, device) !== 'gpu') return placeNewTensor(makeHost(), dtype, 1, device);
  const gpu = gpuBackend()!;
  // -0 and 0 differ in their bits; String() would merge them.
  const key = `v${dtype.code}:${Object.is(value, -0) ? '-0' : String(value)}`;
  return { storage: cachedScalar(gpu, key, () => gpu.fromHost(hostStorage(makeHost()))), device: GPU_DEVICE };
}

// Python scalars in GPU work (`x * 1.0001`) would cost an upload per op; like TF's
// TFE_TensorHandleCache, one-element constants are uploaded once and shared (tensors are immutable).
const SCALAR_CACHE_LIMIT = 1024;
const scalarCache = new Map<string, Storage>();
let scalarCacheOwner: Backend | null = null;

function cachedScalar(gpu: Backend, key: string, upload: () => Storage): Storage {
  if (scalarCacheOwner !== gpu) {
    scalarCache.clear();
    scalarCacheOwner = gpu;
  }
  let d = scalarCache.get(key);
  if (!d) {
    if (scalarCache.size >= SCALAR_CACHE_LIMIT) scalarCache.clear();
    d = upload();
    scalarCache.set(key, d);
  }
  return d;
}

function uploadScalar(gpu: Backend, host: Storage, dtype: DType): Storage {
  const key = `b${dtype.code}:${new Uint8Array(cpuBackend().toBytes(host)).join(',')}`;
  return cachedScalar(gpu, key, () => gpu.fromHost(host));
}

// The TypeScript face of the CUDA module (libtfts_cuda.so, see /work/notes/cuda-contract.md): the
// CPU addon's `loadCuda()` dlopens it at run time, so machines without a toolkit, driver or GPU
// still load the CPU addon; they get `{ ok: false, reason }` instead of an api.
import type { NativeAddon, NativeStorage } from './binding.js';
import { getNative } from './binding.js';

/** A buffer in GPU memory (`device` is 'GPU:0'); freed when garbage collected. Kernels treat it
 *  exactly as the CPU addon treats a Storage, so the two share one structural type. */
export type DeviceStorage = NativeStorage;

/** The kernel functions both backends provide, same names, argument order and meaning. */
export const KERNEL_NAMES = [
  'fill', 'cast', 'binary', 'unary', 'matmul', 'reduce', 'argReduce', 'transpose', 'broadcastTo', 'where',
  'randomUniform', 'randomNormal', 'truncatedNormal', 'randomUniformInt',
  'gatherIndexed', 'scatterAddIndexed', 'scatterSetIndexed', 'concatFlat',
  'im2col', 'col2im', 'pool2d', 'pool2dGrad', 'conv2dF32', 'conv2dBackpropInputF32', 'conv2dBackpropFilterF32',
  'mathUnary', 'mathBinary', 'cumulative', 'topK', 'matrixInverse', 'matrixDeterminant', 'selfAdjointEig', 'softmax',
] as const;
/** Memory functions both backends provide (fromBytes/toBytes move bytes to and from the host). */
export const MEMORY_NAMES = ['alloc', 'fromBytes', 'toBytes', 'copy'] as const;

export type KernelName = (typeof KERNEL_NAMES)[number];
export type MemoryName = (typeof MEMORY_NAMES)[number];

export interface CudaDeviceInfo {
  name: string;
  computeCapability: [number, number];
  totalMemory: number;
}

interface CudaMemoryInfo {
  inUse: number;
  reserved: number;
  free: number;
  total: number;
}

/** The api object of the CUDA module. Kernels are asynchronous on one stream; only download,
 *  toBytes and synchronize wait for it. */
export interface CudaApi extends Pick<NativeAddon, KernelName | MemoryName> {
  readonly deviceCount: number;
  readonly devices: readonly CudaDeviceInfo[];
  upload(s: NativeStorage): DeviceStorage;
  download(d: DeviceStorage): NativeStorage;
  synchronize(): void;
  setTensorFloat32(on: boolean): void;
  memoryInfo(): CudaMemoryInfo;
  emptyCache(): void;
}

type LoadCudaResult = { ok: true; api: CudaApi } | { ok: false; reason: string };

/** What `loadCuda()` of the CPU addon returns; an addon built before the CUDA work has none. */
export function loadCudaModule(): LoadCudaResult {
  const addon = getNative() as NativeAddon & { loadCuda?: () => LoadCudaResult };
  if (typeof addon.loadCuda !== 'function') return { ok: false, reason: 'the native addon has no loadCuda (rebuild it with `npm run build:native`)' };
  try {
    return addon.loadCuda();
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
}

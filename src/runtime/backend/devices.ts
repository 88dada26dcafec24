// The backends this process has: the CPU addon always, the CUDA module when it loads (a toolkit
// at build time, a driver and a GPU at run time). The CUDA module is looked up lazily, on the
// first question about GPUs, so CPU-only scripts never pay for dlopen.
import { existsSync } from 'node:fs';
import { getNative, NativeStorage } from '../native/binding.js';
import { CudaApi, CudaDeviceInfo, loadCudaModule } from '../native/cuda-binding.js';
import { Backend, Storage, makeBackend } from './backend.js';

let cpu: Backend | undefined;

/** The CPU backend: the addon's kernels; host storages are its own. */
export function cpuBackend(): Backend {
  if (cpu) return cpu;
  const addon = getNative();
  cpu = makeBackend('CPU', 'CPU:0', addon, (s) => s, (s) => s);
  return cpu;
}

interface GpuState {
  backend: Backend | null;
  api: CudaApi | null;
  devices: readonly CudaDeviceInfo[];
  /** Why there is no GPU backend (null when there is one). */
  reason: string | null;
}

let gpu: GpuState | undefined;
/** TF32 matmuls: on by default, as in TF (tf.config.experimental.enable_tensor_float_32_execution). */
let tensorFloat32 = true;

/** Linux exposes a loaded NVIDIA driver as /dev/nvidiactl (and /proc/driver/nvidia): without it,
 *  opening the CUDA module (~25 ms) could only report that there is no driver. */
function nvidiaDriverPresent(): boolean {
  return process.platform !== 'linux' || existsSync('/dev/nvidiactl') || existsSync('/proc/driver/nvidia/version');
}

function loadGpu(): GpuState {
  if (!nvidiaDriverPresent()) return { backend: null, api: null, devices: [], reason: 'no CUDA driver (no /dev/nvidiactl)' };
  const r = loadCudaModule();
  if (!r.ok) return { backend: null, api: null, devices: [], reason: r.reason };
  const api = r.api;
  if (api.deviceCount < 1) return { backend: null, api: null, devices: [], reason: 'no CUDA device' };
  api.setTensorFloat32(tensorFloat32);
  const backend = makeBackend('GPU', 'GPU:0', api, (s) => api.upload(s), (s) => api.download(s));
  return { backend, api, devices: api.devices.slice(0, 1), reason: null };
}

function gpuState(): GpuState {
  if (!gpu) gpu = loadGpu();
  return gpu;
}

/** The GPU backend (GPU:0), or null when this machine has none. */
export function gpuBackend(): Backend | null {
  return gpuState().backend;
}

/** Why no GPU backend exists ('libtfts_cuda.so not built ...', 'no CUDA driver ...'), or null. */
export function gpuUnavailableReason(): string | null {
  return gpuState().reason;
}

/** The real CUDA module's api (memory info, synchronize, emptyCache); null without one or under a
 *  test's fake backend. */
export function cudaApi(): CudaApi | null {
  return gpuState().api;
}

/** The GPUs tfts uses (only GPU:0: the CUDA module drives one device on one stream). */
export function gpuDevices(): readonly CudaDeviceInfo[] {
  return gpuState().devices;
}

export function gpuCount(): number {
  return gpuState().backend ? 1 : 0;
}

/** The backend whose memory holds `s` (storages name their device). */
export function backendOfStorage(s: Storage): Backend {
  if (s.device === 'CPU:0') return cpuBackend();
  const g = gpuBackend();
  if (!g || g.storageDevice !== s.device) throw new Error(`tfts: a storage on ${s.device} but no backend for it`);
  return g;
}

/** Host bytes of any storage (waits for the GPU where the storage lives there). */
export function hostStorage(s: Storage): NativeStorage {
  return s.device === 'CPU:0' ? s : backendOfStorage(s).toHost(s);
}

let initialized = false;

/** The eager context is initialized by the first op or tensor (TF's ensure_initialized); after
 *  that, physical device settings (memory growth) can no longer change. */
export function markContextInitialized(): void {
  initialized = true;
}

export function contextInitialized(): boolean {
  return initialized;
}

export function setTensorFloat32(on: boolean): void {
  tensorFloat32 = on;
  const api = gpu?.api;
  if (api) api.setTensorFloat32(on);
}

export function tensorFloat32Enabled(): boolean {
  return tensorFloat32;
}

/**
 * TEST ONLY: installs a backend standing in for the GPU (test/gpu/fake-cuda-backend.ts), or with
 * null removes it and forgets the CUDA lookup. Python code cannot reach this; nothing in src calls it.
 */
export function installGpuBackendForTests(backend: Backend | null, devices: readonly CudaDeviceInfo[] = []): void {
  initialized = false;
  gpu = backend
    ? { backend, api: null, devices, reason: null }
    : { backend: null, api: null, devices: [], reason: 'no GPU backend (test)' };
}

/** TEST ONLY: forget the test backend; the next question loads the CUDA module again. */
export function resetGpuBackendForTests(): void {
  gpu = undefined;
}

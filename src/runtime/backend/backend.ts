// A Backend is the kernel-function subset of the native addon plus the functions that move bytes
// between the host and the backend's memory. Op kernels are written once against this interface;
// runOp hands each kernel the backend of the device the op was placed on.
import type { NativeAddon, NativeStorage } from '../native/binding.js';
import { KERNEL_NAMES, MEMORY_NAMES, KernelName, MemoryName } from '../native/cuda-binding.js';

/** Storage of either backend: both have byteLength and device ('CPU:0' / 'GPU:0'). */
export type Storage = NativeStorage;

export interface Backend extends Pick<NativeAddon, KernelName | MemoryName> {
  /** 'CPU' or 'GPU'. */
  readonly deviceType: 'CPU' | 'GPU';
  /** The `device` its storages report ('CPU:0', 'GPU:0'). */
  readonly storageDevice: string;
  /** Host storage -> this backend's memory (the identity on the CPU). */
  fromHost(s: NativeStorage): Storage;
  /** This backend's storage -> host storage (waits for the GPU's stream). */
  toHost(s: Storage): NativeStorage;
}

/** The functions a backend module must export for `makeBackend` (the CUDA api, the CPU addon, or a
 *  test's fake). */
export type BackendFunctions = Pick<NativeAddon, KernelName | MemoryName>;

/** Builds a Backend from a module's functions (each bound to the module, whatever it needs as `this`). */
export function makeBackend(
  deviceType: 'CPU' | 'GPU',
  storageDevice: string,
  fns: BackendFunctions,
  fromHost: (s: NativeStorage) => Storage,
  toHost: (s: Storage) => NativeStorage,
): Backend {
  const be: Record<string, unknown> = { deviceType, storageDevice, fromHost, toHost };
  for (const name of [...KERNEL_NAMES, ...MEMORY_NAMES]) {
    const f = fns[name] as unknown;
    if (typeof f !== 'function') throw new Error(`tfts ${deviceType} backend: the module has no function ${name}`);
    be[name] = (f as (...a: unknown[]) => unknown).bind(fns);
  }
  return be as unknown as Backend;
}

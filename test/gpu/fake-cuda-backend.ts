// A stand-in for the CUDA module, for tests only (installed with installGpuBackendForTests, which
// nothing in src calls): its storages are distinct wrapper objects reporting device 'GPU:0' over
// CPU storages, its kernels are the CPU addon's behind an unwrap/wrap layer. Its kernels reject
// host storages and the CPU addon rejects its wrappers, so a test passing through it proves that
// placement and copies put every storage where the kernel that reads it expects it.
import { getNative, NativeStorage } from '../../src/runtime/native/binding.js';
import { KERNEL_NAMES, MEMORY_NAMES } from '../../src/runtime/native/cuda-binding.js';
import { Backend, BackendFunctions, makeBackend, Storage } from '../../src/runtime/backend/backend.js';

export class FakeDeviceStorage {
  readonly device = 'GPU:0';
  constructor(readonly host: NativeStorage) {}
  get byteLength(): number {
    return this.host.byteLength;
  }
}

export interface FakeCuda {
  backend: Backend;
  /** Kernel and memory function names in call order. */
  calls: string[];
  uploads: number;
  downloads: number;
  /** Makes the next `n` kernel calls fail as the CUDA module does when out of memory. */
  failNextWithOom(n: number): void;
}

const isHostStorage = (v: unknown): boolean => v instanceof (getNative().Storage as unknown as new () => unknown);

function unwrap(v: unknown, fn: string): unknown {
  if (v instanceof FakeDeviceStorage) return v.host;
  if (isHostStorage(v)) throw new Error(`fake CUDA ${fn}: received a host storage (a missing upload)`);
  if (Array.isArray(v)) return v.map((x) => unwrap(x, fn));
  return v;
}

function wrap(v: unknown): unknown {
  if (isHostStorage(v)) return new FakeDeviceStorage(v as NativeStorage);
  if (Array.isArray(v)) return v.map(wrap);
  return v;
}

export function makeFakeCuda(): FakeCuda {
  const N = getNative() as unknown as Record<string, (...a: unknown[]) => unknown>;
  const state: FakeCuda = {
    backend: null as unknown as Backend,
    calls: [],
    uploads: 0,
    downloads: 0,
    failNextWithOom(n) {
      oomLeft = n;
    },
  };
  let oomLeft = 0;
  const fns: Record<string, unknown> = {};
  for (const name of KERNEL_NAMES) {
    fns[name] = (...args: unknown[]) => {
      state.calls.push(name);
      if (oomLeft > 0) {
        oomLeft--;
        throw Object.assign(new Error('out of memory (fake)'), { code: 'TFTS_CUDA_OOM', bytes: 1 << 30 });
      }
      return wrap(N[name](...args.map((a) => unwrap(a, name))));
    };
  }
  fns.alloc = (bytes: number) => new FakeDeviceStorage(N.alloc(bytes) as NativeStorage);
  fns.fromBytes = (view: ArrayBufferView) => new FakeDeviceStorage(N.fromBytes(view) as NativeStorage);
  fns.copy = (d: unknown) => new FakeDeviceStorage(N.copy(unwrap(d, 'copy')) as NativeStorage);
  fns.toBytes = (d: unknown) => {
    state.calls.push('toBytes');
    return N.toBytes(unwrap(d, 'toBytes'));
  };
  for (const name of MEMORY_NAMES) if (!fns[name]) throw new Error(`fake CUDA lacks ${name}`);
  state.backend = makeBackend(
    'GPU',
    'GPU:0',
    fns as unknown as BackendFunctions,
    (s: NativeStorage): Storage => {
      state.uploads++;
      return new FakeDeviceStorage(getNative().copy(s));
    },
    (d: Storage): NativeStorage => {
      state.downloads++;
      return getNative().copy(unwrap(d, 'download') as NativeStorage);
    },
  );
  return state;
}

export const FAKE_GPU_INFO = [{ name: 'Fake GPU (tests)', computeCapability: [9, 0] as [number, number], totalMemory: 80 * 2 ** 30 }];

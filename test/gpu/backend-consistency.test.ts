/// <reference types="vite/client" />
// The backend-consistency test. Part 1 (no GPU needed): every registered op has a device-generic
// kernel and consistency cases, and each case runs through the fake CUDA backend with its output
// left in (fake) device memory. Part 2: every registered op on the real CUDA module against the
// CPU, compared by normalized error; without a usable CUDA module it is reported skipped BY NAME
// with the reason (never a silent pass). scripts/gpu-consistency.mjs runs part 2 without vitest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModuleSession } from '../../src/interpreter/session.js';
import { registerRuntimeModules } from '../../src/runtime/register.js';
import { registry } from '../../src/runtime/ops/registry.js';
import { checkCase, consistencyCases, coverageProblems, registeredOps, runOnBackend, caseInputs } from '../../src/runtime/backend/consistency.js';
import { gpuBackend, installGpuBackendForTests, resetGpuBackendForTests, setTensorFloat32, tensorFloat32Enabled } from '../../src/runtime/backend/devices.js';
import { loadCudaModule } from '../../src/runtime/native/cuda-binding.js';
import { FAKE_GPU_INFO, FakeDeviceStorage, makeFakeCuda } from './fake-cuda-backend.js';

// Every op the runtime registers, including op files the tensorflow module does not import yet.
// The tf module is built as a script builds it (`import tensorflow`: it runs Python source too).
registerRuntimeModules();
new ModuleSession('<backend-consistency>').run('import tensorflow\n');
import.meta.glob('../../src/runtime/ops/**/*.ts', { eager: true });

describe('backend consistency without a GPU (fake CUDA backend)', () => {
  const fake = makeFakeCuda();
  beforeAll(() => installGpuBackendForTests(fake.backend, FAKE_GPU_INFO));
  afterAll(() => resetGpuBackendForTests());

  it('covers the whole registry: a device kernel and cases for every op', () => {
    expect(registry.size).toBeGreaterThan(100);
    expect(coverageProblems()).toEqual([]);
  });

  for (const def of registeredOps()) {
    it(`${def.name} runs through the device backend`, () => {
      for (const c of consistencyCases(def)) {
        const out = runOnBackend(def, fake.backend, caseInputs(c, 7), c.attrs);
        expect(out.storage, c.label).toBeInstanceOf(FakeDeviceStorage);
        const r = checkCase(def, c, fake.backend);
        expect(r.failure, c.label).toBeUndefined();
        expect(r.error, c.label).toBe(0);
      }
    });
  }
});

const cuda = loadCudaModule();
const realGpu = cuda.ok && cuda.api.deviceCount > 0;
const reason = cuda.ok ? 'the CUDA module sees no device' : cuda.reason;

describe('backend consistency on CUDA', () => {
  if (!realGpu) {
    it.skip(`skipped: no usable CUDA GPU (${reason})`, () => {});
    return;
  }
  let tf32: boolean;
  beforeAll(() => {
    resetGpuBackendForTests();
    tf32 = tensorFloat32Enabled();
    setTensorFloat32(false); // compare full float32 matmuls
  });
  afterAll(() => setTensorFloat32(tf32));

  for (const def of registeredOps()) {
    it(`${def.name} matches the CPU on CUDA`, () => {
      const be = gpuBackend();
      expect(be).not.toBeNull();
      for (const c of consistencyCases(def)) {
        const r = checkCase(def, c, be!);
        expect(r.failure, c.label).toBeUndefined();
        expect(r.error, `${c.label}: normalized error ${r.error} > ${r.tolerance}`).toBeLessThanOrEqual(r.tolerance);
      }
    });
  }
});

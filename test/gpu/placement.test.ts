// Placement, copies and reading values with a GPU present, through the test-only fake CUDA backend
// (fake-cuda-backend.ts): TF's default device, tf.device scopes, int32 in host memory, small-int
// pinning, uploads/downloads at device boundaries, printing, OOM handling, device config.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ModuleSession } from '../../src/interpreter/session.js';
import { repr, str } from '../../src/interpreter/ops/text.js';
import { PyBaseException } from '../../src/interpreter/objects/exceptions.js';
import { registerRuntimeModules } from '../../src/runtime/register.js';
import { CPU_DEVICE, GPU_DEVICE, popDeviceScope, pushDeviceScope } from '../../src/runtime/device.js';
import { installGpuBackendForTests, resetGpuBackendForTests } from '../../src/runtime/backend/devices.js';
import { Tensor, tensorFromValues } from '../../src/runtime/tensor.js';
import { dtypes } from '../../src/runtime/dtypes.js';
import { getNative } from '../../src/runtime/native/binding.js';
import * as api from '../../src/runtime/ops/api.js';
import { collectGarbage } from '../../src/runtime/backend/oom.js';
import { FAKE_GPU_INFO, FakeCuda, FakeDeviceStorage, makeFakeCuda } from './fake-cuda-backend.js';

registerRuntimeModules();

let fake: FakeCuda;
beforeEach(() => {
  fake = makeFakeCuda();
  installGpuBackendForTests(fake.backend, FAKE_GPU_INFO);
});
afterAll(() => resetGpuBackendForTests());

const onGpu = (t: Tensor) => t.storage instanceof FakeDeviceStorage;
const f32 = (v: number[], shape = [v.length]) => tensorFromValues(v, shape, dtypes.float32, GPU_DEVICE);

function inScope<T>(type: 'CPU' | 'GPU', f: () => T): T {
  pushDeviceScope({ type, index: 0 });
  try {
    return f();
  } finally {
    popDeviceScope();
  }
}

function evalIn(s: ModuleSession, source: string): string {
  s.run(`__result = ${source}\n`);
  return repr(s.globals.get('__result')!);
}

describe('placement with a GPU (fake CUDA backend)', () => {
  it('runs ops on GPU:0 by default, through the GPU backend', () => {
    const a = f32([1, 2, 3]);
    const b = f32([4, 5, 6]);
    expect(onGpu(a) && onGpu(b)).toBe(true);
    fake.calls.length = 0;
    const c = api.add(a, b);
    expect(c.device).toBe(GPU_DEVICE);
    expect(onGpu(c)).toBe(true);
    expect(fake.calls).toEqual(['binary']);
    expect(Array.from(c.values() as Float32Array)).toEqual([5, 7, 9]);
  });

  it('copies inputs at device boundaries, once per tensor', () => {
    const host = inScope('CPU', () => tensorFromValues([1, 2], [2], dtypes.float32, CPU_DEVICE));
    expect(host.device).toBe(CPU_DEVICE);
    expect(onGpu(host)).toBe(false);
    const uploads = fake.uploads;
    const y1 = api.mul(host, host);
    const y2 = api.add(host, y1);
    expect(fake.uploads - uploads).toBe(1); // the mirror is reused
    expect(onGpu(y2)).toBe(true);
    const downloads = fake.downloads;
    const z = inScope('CPU', () => api.neg(y2));
    expect(fake.downloads - downloads).toBe(1);
    expect(z.device).toBe(CPU_DEVICE);
    expect(onGpu(z)).toBe(false);
    expect(Array.from(z.values() as Float32Array)).toEqual([-2, -6]);
  });

  it('keeps int32 in host memory on the GPU and pins small-int ops to the CPU without a scope', () => {
    const small = tensorFromValues([1, 2, 3], [3], dtypes.int32, GPU_DEVICE);
    expect(small.device).toBe(CPU_DEVICE); // _EagerConst pinned: small int32 input on the CPU
    const big = tensorFromValues(Array.from({ length: 100 }, (_, i) => i), [100], dtypes.int32, GPU_DEVICE);
    expect(big.device).toBe(GPU_DEVICE);
    expect(onGpu(big)).toBe(false); // int32: host memory
    expect(api.add(small, small).device).toBe(CPU_DEVICE);
    const scoped = inScope('GPU', () => api.add(small, small));
    expect(scoped.device).toBe(GPU_DEVICE);
    expect(onGpu(scoped)).toBe(false); // all-int32 op: host-memory kernel
    const asFloat = inScope('GPU', () => api.cast(big, dtypes.float32));
    expect(onGpu(asFloat)).toBe(true); // mixed op: device kernel, input uploaded
    const longs = tensorFromValues([1n, 2n], [2], dtypes.int64, GPU_DEVICE);
    expect(longs.device).toBe(CPU_DEVICE);
    expect(inScope('GPU', () => tensorFromValues([1n, 2n], [2], dtypes.int64, GPU_DEVICE)).device).toBe(GPU_DEVICE);
  });

  it('pins ops whose TF inputs are small host ints (tf.range, int fills) to the CPU, not float ones', () => {
    const s = new ModuleSession('/tmp/pin.py');
    s.run('import tensorflow as tf\n');
    expect(evalIn(s, 'tf.range(10).device')).toBe(`'${CPU_DEVICE}'`);
    expect(evalIn(s, 'tf.range(0.0, 1.0, 0.25).device')).toBe(`'${GPU_DEVICE}'`);
    expect(evalIn(s, 'tf.zeros([300, 3], tf.int32).device')).toBe(`'${CPU_DEVICE}'`);
    expect(evalIn(s, 'tf.zeros([3]).device')).toBe(`'${GPU_DEVICE}'`);
    expect(evalIn(s, 'tf.constant(7).device')).toBe(`'${CPU_DEVICE}'`);
    s.run("with tf.device('GPU:0'):\n    r = tf.range(10)\n");
    expect(evalIn(s, 'r.device')).toBe(`'${GPU_DEVICE}'`);
  });

  it('uploads a Python scalar once for repeated GPU work', () => {
    const x = f32([1, 2]);
    const before = fake.uploads;
    for (let i = 0; i < 5; i++) api.mul(x, tensorFromValues([0.5], [], dtypes.float32, GPU_DEVICE));
    expect(fake.uploads - before).toBe(1);
    expect(Array.from(api.mul(x, tensorFromValues([0.5], [], dtypes.float32, GPU_DEVICE)).values() as Float32Array)).toEqual([0.5, 1]);
    expect(Array.from(api.mul(x, tensorFromValues([3], [], dtypes.float32, GPU_DEVICE)).values() as Float32Array)).toEqual([3, 6]);
  });

  it('keys cached scalars by dtype and exact value (-0 is not 0)', () => {
    const zero = tensorFromValues([0], [], dtypes.float32, GPU_DEVICE);
    const negZero = tensorFromValues([-0], [], dtypes.float32, GPU_DEVICE);
    expect(zero.storage).not.toBe(negZero.storage);
    expect(Object.is((negZero.values() as Float32Array)[0], -0)).toBe(true);
    expect(tensorFromValues([0], [], dtypes.float32, GPU_DEVICE).storage).toBe(zero.storage);
    const asDouble = tensorFromValues([0], [], dtypes.float64, GPU_DEVICE);
    expect(asDouble.storage).not.toBe(zero.storage);
    expect(asDouble.values()).toBeInstanceOf(Float64Array);
    const half = tensorFromValues([1.5], [], dtypes.float16, GPU_DEVICE);
    expect(half.device).toBe(GPU_DEVICE);
    expect(tensorFromValues([1.5], [], dtypes.float16, GPU_DEVICE).storage).toBe(half.storage);
  });

  it('can run the garbage collector to free device memory', () => {
    expect(collectGarbage()).toBe(true);
  });

  it('never hands a GPU storage to a CPU kernel (the addon rejects it)', () => {
    const g = f32([1]);
    expect(() => getNative().unary('neg', dtypes.float32.code, g.storage, 1)).toThrow(TypeError);
    expect(() => fake.backend.unary('neg', dtypes.float32.code, tensorFromValues([1], [1], dtypes.float32, CPU_DEVICE).storage, 1)).toThrow(/host storage/);
  });

  it('prints, converts and compares values read back from the GPU', () => {
    const s = new ModuleSession('/tmp/gpu.py');
    s.run("import tensorflow as tf\nx = tf.constant([[1.5, 2.0]])\ny = tf.matmul(x, tf.transpose(x))\n");
    expect(evalIn(s, 'x.device')).toBe(`'${GPU_DEVICE}'`);
    expect(evalIn(s, 'y.device')).toBe(`'${GPU_DEVICE}'`);
    const downloads = fake.downloads;
    expect(evalIn(s, 'str(y)')).toBe("'tf.Tensor([[6.25]], shape=(1, 1), dtype=float32)'");
    expect(evalIn(s, '(float(y[0, 0]), bool(y[0, 0] > 6))')).toBe('(6.25, True)');
    expect(evalIn(s, 'y.numpy().tolist()')).toBe('[[6.25]]');
    expect(fake.calls).toContain('toBytes');
    expect(fake.downloads).toBe(downloads); // reading small values uses toBytes, not a storage download
    s.run('big = tf.ones([300, 300]) * 2.0\n'); // large: numpy's own copy path is for host storages
    expect(evalIn(s, '(big.device, float(big.numpy().sum()))')).toBe(`('${GPU_DEVICE}', 180000.0)`);
    s.run("with tf.device('/cpu:0'):\n    z = y + 1.0\n");
    expect(evalIn(s, 'z.device')).toBe(`'${CPU_DEVICE}'`);
    expect(str(s.globals.get('z')!)).toBe('tf.Tensor([[7.25]], shape=(1, 1), dtype=float32)');
    s.run("with tf.device('/GPU:0'):\n    r = tf.random.normal([2, 2], seed=3)\n");
    expect(evalIn(s, 'r.device')).toBe(`'${GPU_DEVICE}'`);
  });

  it("retries once after a GC on device OOM, then raises TF's ResourceExhaustedError", () => {
    const a = f32([1, 2]);
    fake.failNextWithOom(1);
    expect(Array.from(api.add(a, a).values() as Float32Array)).toEqual([2, 4]);
    fake.failNextWithOom(2);
    let err: unknown;
    try {
      api.add(a, a);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PyBaseException);
    expect((err as PyBaseException).cls.name).toBe('ResourceExhaustedError');
    expect((err as PyBaseException).args[0]).toBe(
      `{{function_node __wrapped__AddV2_device_${GPU_DEVICE}}} OOM when allocating tensor with shape[2] and type float on ${GPU_DEVICE} by allocator GPU_0_bfc [Op:AddV2] name: `,
    );
  });

  it('lists the GPU and accepts memory growth before the runtime starts', () => {
    installGpuBackendForTests(fake.backend, FAKE_GPU_INFO); // a fresh context
    const s = new ModuleSession('/tmp/growth.py');
    s.run("import tensorflow as tf\ngpus = tf.config.list_physical_devices('GPU')\n");
    expect(evalIn(s, 'gpus')).toBe("[PhysicalDevice(name='/physical_device:GPU:0', device_type='GPU')]");
    s.run('tf.config.experimental.set_memory_growth(gpus[0], True)\n');
    expect(evalIn(s, 'tf.config.experimental.get_memory_growth(gpus[0])')).toBe('True');
    expect(evalIn(s, 'tf.test.is_gpu_available()')).toBe('True');
    expect(evalIn(s, 'tf.test.is_gpu_available(min_cuda_compute_capability=(9, 1))')).toBe('False');
    expect(evalIn(s, 'tf.test.gpu_device_name()')).toBe("'/device:GPU:0'");
    expect(evalIn(s, "tf.config.list_logical_devices('GPU')")).toBe("[LogicalDevice(name='/device:GPU:0', device_type='GPU')]");
    s.run('x = tf.ones([2])\n');
    let msg = '';
    try {
      s.run('tf.config.experimental.set_memory_growth(gpus[0], False)\n');
    } catch (e) {
      msg = `${(e as PyBaseException).cls.name}: ${String((e as PyBaseException).args[0])}`;
    }
    expect(msg).toBe('RuntimeError: Physical devices cannot be modified after being initialized');
  });
});

// Device names, scopes and soft placement without a GPU (the CUDA module absent or finding no
// device): TF's DeviceSpec parsing and merging, every placement resolving to CPU:0, and the
// tf.config / tf.test answers of a CPU-only TensorFlow.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModuleSession } from '../../src/interpreter/session.js';
import { repr } from '../../src/interpreter/ops/text.js';
import { PyBaseException } from '../../src/interpreter/objects/exceptions.js';
import { registerRuntimeModules } from '../../src/runtime/register.js';
import { CPU_DEVICE, currentDevice, mergeDevice, parseDeviceString, popDeviceScope, pushDeviceScope, resolveDevice } from '../../src/runtime/device.js';
import { installGpuBackendForTests, resetGpuBackendForTests } from '../../src/runtime/backend/devices.js';

registerRuntimeModules();

function evalIn(s: ModuleSession, source: string): string {
  s.run(`__result = ${source}\n`);
  return repr(s.globals.get('__result')!);
}

function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.cls.name}: ${String(e.args[0])}`;
    throw e;
  }
  throw new Error('no exception');
}

describe('device names (TF DeviceSpec)', () => {
  it('parses every spelling of a device', () => {
    expect(parseDeviceString('/gpu:0')).toEqual({ type: 'GPU', index: 0 });
    expect(parseDeviceString('/device:GPU:1')).toEqual({ type: 'GPU', index: 1 });
    expect(parseDeviceString('GPU')).toEqual({ type: 'GPU', index: null });
    expect(parseDeviceString('/GPU:*')).toEqual({ type: 'GPU', index: null });
    expect(parseDeviceString('/job:localhost/replica:0/task:0/device:CPU:0')).toEqual({ type: 'CPU', index: 0 });
    expect(parseDeviceString('/replica:0')).toEqual({ type: null, index: null });
  });

  it("raises TF's ValueErrors for bad names", () => {
    expect(pyError(() => parseDeviceString('foo'))).toBe("ValueError: Unknown attribute 'foo' is encountered while parsing the device spec: 'foo'.");
    expect(pyError(() => parseDeviceString('gpu:x'))).toBe("ValueError: invalid literal for int() with base 10: 'x'");
    expect(pyError(() => parseDeviceString('/gpu:0/cpu:0'))).toBe('ValueError: Multiple device types are not allowed while parsing the device spec: /gpu:0/cpu:0.');
  });

  it('merges nested scopes field by field, the outermost into CPU:0', () => {
    expect(mergeDevice(null, 'GPU')).toEqual({ type: 'GPU', index: 0 });
    expect(mergeDevice(null, '')).toEqual({ type: 'CPU', index: 0 });
    expect(mergeDevice({ type: 'GPU', index: 1 }, '/replica:0')).toEqual({ type: 'GPU', index: 1 });
    expect(mergeDevice({ type: 'GPU', index: 1 }, 'cpu')).toEqual({ type: 'CPU', index: 1 });
  });
});

describe('placement without a GPU', () => {
  beforeEach(() => installGpuBackendForTests(null));
  afterEach(() => resetGpuBackendForTests());

  it('soft-places GPU scopes onto the CPU', () => {
    expect(resolveDevice(null)).toBe(CPU_DEVICE);
    expect(resolveDevice({ type: 'GPU', index: 0 })).toBe(CPU_DEVICE);
    pushDeviceScope({ type: 'GPU', index: 0 });
    try {
      expect(currentDevice()).toBe(CPU_DEVICE);
    } finally {
      popDeviceScope();
    }
  });

  it('answers tf.config and tf.test as CPU-only TensorFlow', () => {
    const s = new ModuleSession('/tmp/device.py');
    s.run('import tensorflow as tf\n');
    expect(evalIn(s, "tf.config.list_physical_devices('GPU')")).toBe('[]');
    expect(evalIn(s, 'tf.config.list_physical_devices()')).toBe("[PhysicalDevice(name='/physical_device:CPU:0', device_type='CPU')]");
    expect(evalIn(s, 'tf.config.list_logical_devices()')).toBe("[LogicalDevice(name='/device:CPU:0', device_type='CPU')]");
    expect(evalIn(s, 'tf.test.is_gpu_available()')).toBe('False');
    expect(evalIn(s, 'tf.test.gpu_device_name()')).toBe("''");
    expect(evalIn(s, "tf.constant(1.0).device")).toBe(`'${CPU_DEVICE}'`);
    s.run("with tf.device('/GPU:0'):\n    x = tf.constant([1.0]) * 2\n");
    expect(evalIn(s, 'x.device')).toBe(`'${CPU_DEVICE}'`);
    expect(pyError(() => s.run('tf.config.experimental.set_memory_growth(tf.config.list_physical_devices()[0], True)\n'))).toBe(
      'ValueError: Cannot set memory growth on non-GPU and non-Pluggable devices',
    );
    expect(pyError(() => s.run("with tf.device('xpu:0'):\n    pass\n"))).toBe("ValueError: Unknown attribute 'xpu' is encountered while parsing the device spec: 'xpu:0'.");
  });

  it('switches TF32 and reports it', () => {
    const s = new ModuleSession('/tmp/tf32.py');
    s.run('import tensorflow as tf\n');
    expect(evalIn(s, 'tf.config.experimental.tensor_float_32_execution_enabled()')).toBe('True');
    s.run('tf.config.experimental.enable_tensor_float_32_execution(False)\n');
    expect(evalIn(s, 'tf.config.experimental.tensor_float_32_execution_enabled()')).toBe('False');
    s.run('tf.config.experimental.enable_tensor_float_32_execution(True)\n');
    expect(evalIn(s, 'tf.config.experimental.tensor_float_32_execution_enabled()')).toBe('True');
  });
});

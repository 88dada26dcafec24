// tf.config (devices, memory growth, TF32), tf.test's GPU queries and tf.device, with TF's texts:
// tensorflow/python/eager/context.py (Context.list_physical_devices, set_memory_growth, ...,
// _EagerDeviceContext), python/framework/config.py, python/framework/test_util.py.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyObject, PyType, objectType } from '../../interpreter/objects/core.js';
import { PyBuiltinFunction, PyBoundMethod, PyFunction, PyModule } from '../../interpreter/objects/function.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { tupleType } from '../../interpreter/objects/builtin-types.js';
import { excType, PyBaseException, runtimeError, valueError } from '../../interpreter/objects/exceptions.js';
import { defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { repr, str } from '../../interpreter/ops/text.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { pyEquals as equals } from '../../interpreter/ops/compare.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { DeviceSpec, mergeDevice, popDeviceScope, pushDeviceScope, scopeDevice } from '../device.js';
import { contextInitialized, gpuCount, gpuDevices, gpuUnavailableReason, markContextInitialized, setTensorFloat32, tensorFloat32Enabled } from '../backend/devices.js';
import { addFunctions, submodule } from './shape-args.js';
import { warnDeprecated } from '../autograd/tf-logging.js';

const CONTEXT_MODULE = 'tensorflow.python.eager.context';

/** PhysicalDevice / LogicalDevice: namedtuples (name, device_type) as in context.py. */
function deviceTupleType(name: string): { type: PyType; make: (deviceName: string, deviceType: string) => PyTuple } {
  const type = new PyType(name, [tupleType], CONTEXT_MODULE);
  class DeviceTuple extends PyTuple {
    override get cls(): PyType {
      return type;
    }
  }
  defineGetter(type, 'name', (self) => (self as PyTuple).items[0]);
  defineGetter(type, 'device_type', (self) => (self as PyTuple).items[1]);
  defineMethod(type, '__repr__', (self) => {
    const [n, t] = (self as PyTuple).items;
    return `${name}(name=${repr(n)}, device_type=${repr(t)})`;
  });
  return { type, make: (deviceName, deviceType) => new DeviceTuple([deviceName, deviceType]) };
}

const PhysicalDevice = deviceTupleType('PhysicalDevice');
const LogicalDevice = deviceTupleType('LogicalDevice');

function physicalDevices(): PyTuple[] {
  const out = [PhysicalDevice.make('/physical_device:CPU:0', 'CPU')];
  for (let i = 0; i < gpuCount(); i++) out.push(PhysicalDevice.make(`/physical_device:GPU:${i}`, 'GPU'));
  return out;
}

function logicalDevices(): PyTuple[] {
  const out = [LogicalDevice.make('/device:CPU:0', 'CPU')];
  for (let i = 0; i < gpuCount(); i++) out.push(LogicalDevice.make(`/device:GPU:${i}`, 'GPU'));
  return out;
}

/** TF filters with `d.device_type == device_type`: case-sensitive, so 'gpu' matches nothing. */
const ofType = (devices: PyTuple[], deviceType: PyValue): PyList =>
  new PyList(deviceType === null ? devices : devices.filter((d) => equals(d.items[1], deviceType)));

/** Memory growth per GPU (context.py's _memory_growth_map: None until set). */
const memoryGrowth = new Map<string, PyValue>();

function findPhysical(dev: PyValue): PyTuple {
  const found = physicalDevices().find((d) => equals(d, dev));
  if (!found) throw valueError(`Unrecognized device: ${repr(dev)}`);
  return found;
}

const devParams = (name: string) => pyParams(name, ['device_type'], { device_type: null });
const listPhysicalParams = devParams('list_physical_devices');
const listLogicalParams = devParams('list_logical_devices');
const visibleParams = devParams('get_visible_devices');
const setGrowthParams = pyParams('set_memory_growth', ['device', 'enable'], {});
const getGrowthParams = pyParams('get_memory_growth', ['device'], {});
const tf32Params = pyParams('enable_tensor_float_32_execution', ['enabled'], {});
const gpuAvailableParams = pyParams('is_gpu_available', ['cuda_only', 'min_cuda_compute_capability'], { cuda_only: false, min_cuda_compute_capability: null });

const configFns = {
  list_physical_devices: (args: PyValue[], kwargs: Kwargs) =>
    ofType(physicalDevices(), listPhysicalParams(args, kwargs).device_type),
  list_logical_devices: (args: PyValue[], kwargs: Kwargs) => {
    markContextInitialized();
    return ofType(logicalDevices(), listLogicalParams(args, kwargs).device_type);
  },
  get_visible_devices: (args: PyValue[], kwargs: Kwargs) =>
    ofType(physicalDevices(), visibleParams(args, kwargs).device_type),
};

const experimentalFns = {
  ...configFns,
  set_memory_growth: (args: PyValue[], kwargs: Kwargs): PyValue => {
    const p = setGrowthParams(args, kwargs);
    const dev = findPhysical(p.device);
    if (dev.items[1] !== 'GPU') throw valueError('Cannot set memory growth on non-GPU and non-Pluggable devices');
    const key = dev.items[0] as string;
    // The CUDA module's caching allocator grows on demand anyway: the setting is recorded only.
    if (memoryGrowth.has(key) && equals(memoryGrowth.get(key)!, p.enable)) return null;
    if (contextInitialized()) throw runtimeError('Physical devices cannot be modified after being initialized');
    memoryGrowth.set(key, p.enable);
    return null;
  },
  get_memory_growth: (args: PyValue[], kwargs: Kwargs): PyValue => {
    const dev = findPhysical(getGrowthParams(args, kwargs).device);
    if (dev.items[1] !== 'GPU') throw new PyBaseException(excType('KeyError'), [dev]);
    const key = dev.items[0] as string;
    return memoryGrowth.has(key) ? memoryGrowth.get(key)! : null;
  },
  enable_tensor_float_32_execution: (args: PyValue[], kwargs: Kwargs): PyValue => {
    setTensorFloat32(isTruthy(tf32Params(args, kwargs).enabled));
    return null;
  },
  tensor_float_32_execution_enabled: (): PyValue => tensorFloat32Enabled(),
};

/** Whether the CUDA module was built (it may still find no driver or GPU at run time). */
const builtWithCuda = (): boolean => gpuCount() > 0 || !/not built/.test(gpuUnavailableReason() ?? '');

const testFns = {
  is_gpu_available: (args: PyValue[], kwargs: Kwargs): PyValue => {
    warnDeprecated('is_gpu_available', 'tensorflow.python.framework.test_util', "Use `tf.config.list_physical_devices('GPU')` instead.");
    const want = gpuAvailableParams(args, kwargs).min_cuda_compute_capability;
    const min = want === null ? null : (want as PyTuple).items.map(Number);
    return gpuDevices().some((d) => min === null || d.computeCapability[0] > min[0] || (d.computeCapability[0] === min[0] && d.computeCapability[1] >= (min[1] ?? 0)));
  },
  is_built_with_cuda: (): PyValue => builtWithCuda(),
  is_built_with_gpu_support: (): PyValue => builtWithCuda(),
  gpu_device_name: (): PyValue => (gpuCount() > 0 ? '/device:GPU:0' : ''),
};

// `with tf.device(name)`: the name is parsed and merged with the enclosing scope on entry, as
// TF's _EagerDeviceContext does (so a bad name raises at the `with`, not at tf.device()).
const deviceContextType = new PyType('_EagerDeviceContext', [objectType], CONTEXT_MODULE);
class DeviceContext implements PyObject {
  readonly saved: (DeviceSpec | null)[] = [];
  constructor(readonly name: PyValue) {}
  get cls(): PyType {
    return deviceContextType;
  }
}
defineMethod(deviceContextType, '__enter__', (self) => {
  const ctx = self as DeviceContext;
  const outer = scopeDevice();
  let spec: DeviceSpec | null = null;
  if (ctx.name !== null) {
    if (typeof ctx.name !== 'string') throw valueError(`Expecting a string device name. Got ${repr(typeOf(ctx.name))}(${str(ctx.name)})`);
    spec = mergeDevice(outer, ctx.name);
  }
  pushDeviceScope(spec);
  return null;
});
defineMethod(deviceContextType, '__exit__', () => {
  popDeviceScope();
  return false;
});

const isCallable = (v: PyValue): boolean =>
  v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyBoundMethod || v instanceof PyType ||
  (v !== null && typeOf(v).lookup('__call__') !== undefined);

const deviceParams = pyParams('device', ['device_name'], {});

export function installConfigApi(tf: PyModule): void {
  const config = submodule(tf, 'config', 'tensorflow._api.v2.config');
  addFunctions(config, configFns);
  const experimental = config.dict.get('experimental') instanceof PyModule ? (config.dict.get('experimental') as PyModule) : new PyModule('tensorflow._api.v2.config.experimental');
  config.dict.set('experimental', experimental);
  addFunctions(experimental, experimentalFns);
  addFunctions(submodule(tf, 'test', 'tensorflow._api.v2.test'), testFns);
  addFunctions(tf, {
    device: (args, kwargs) => {
      const name = deviceParams(args, kwargs).device_name;
      if (isCallable(name)) throw runtimeError('tf.device does not support functions.');
      return new DeviceContext(name);
    },
  });
}

// Device placement as TensorFlow does it: `with tf.device('/gpu:0')` scopes, TF's spellings of
// device names, and soft placement (work placed on a GPU the machine lacks runs on the CPU and
// reports CPU:0).
import { PyValue } from '../interpreter/objects/core.js';
import { valueError } from '../interpreter/objects/exceptions.js';

export const CPU_DEVICE = '/job:localhost/replica:0/task:0/device:CPU:0';

export interface DeviceSpec {
  type: 'CPU' | 'GPU';
  index: number;
}

const scopeStack: (DeviceSpec | null)[] = [];

/** Parses '/gpu:0', 'GPU:0', '/device:GPU:0', 'cpu:0', '/job:localhost/.../device:CPU:0'. */
export function parseDevice(name: string): DeviceSpec | null {
  if (name === '') return null;
  const m = /(?:^|\/)(?:device:)?(cpu|gpu)(?::(\d+))?$/i.exec(name);
  if (!m) throw valueError(`Unknown attribute: '${name.replace(/^\//, '')}' in '${name}'`);
  return { type: m[1].toUpperCase() as 'CPU' | 'GPU', index: m[2] ? Number(m[2]) : 0 };
}

export function pushDeviceScope(spec: DeviceSpec | null): void {
  scopeStack.push(spec);
}

export function popDeviceScope(): void {
  scopeStack.pop();
}

/** Whether a CUDA device is usable (the CUDA backend is a later issue: none yet). */
export function gpuAvailable(): boolean {
  return false;
}

/** The device new work runs on: the innermost scope, soft-placed onto what exists. */
export function currentDevice(): string {
  const spec = scopeStack.length ? scopeStack[scopeStack.length - 1] : null;
  if (spec && spec.type === 'GPU' && gpuAvailable()) return `/job:localhost/replica:0/task:0/device:GPU:${spec.index}`;
  return CPU_DEVICE;
}

export type { PyValue };

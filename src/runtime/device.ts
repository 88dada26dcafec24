// Device placement as TensorFlow does it: `with tf.device('/gpu:0')` scopes (parsed and merged as
// TF's DeviceSpec does, when the scope is entered), TF's spellings of device names, the default
// device (GPU:0 when one exists, else CPU:0) and soft placement (a scope naming a device the
// machine lacks places work where TF's soft placement would: the best device left, GPU first).
import { PyValue } from '../interpreter/objects/core.js';
import { valueError } from '../interpreter/objects/exceptions.js';
import { gpuCount } from './backend/devices.js';

export const CPU_DEVICE = '/job:localhost/replica:0/task:0/device:CPU:0';
export const GPU_DEVICE = '/job:localhost/replica:0/task:0/device:GPU:0';

/** A merged device scope: a device type as written ('CPU', 'GPU', 'TPU', ...) and an index. */
export interface DeviceSpec {
  type: string;
  index: number;
}

/** Device types TF's DeviceSpec accepts (device_spec.py's _VALID_DEVICE_TYPES). */
const VALID_DEVICE_TYPES = new Set(['CPU', 'GPU', 'TPU', 'CUSTOM', 'EPU']);

/** Python's int() of a device index, with its error text. */
function parseIndex(s: string): number {
  const t = s.trim();
  if (!/^[+-]?\d+(_\d+)*$/.test(t)) throw valueError(`invalid literal for int() with base 10: '${s}'`);
  return Number(t.replace(/_/g, ''));
}

/**
 * The device part of a spec string as TF's DeviceSpec._string_to_components reads it:
 * type and index, each null where the string leaves them open ('/replica:0', 'GPU', 'GPU:*').
 */
export function parseDeviceString(spec: string): { type: string | null; index: number | null } {
  let type: string | null = null;
  let index: number | null = null;
  for (const part of spec.split('/')) {
    const y = part.split(':');
    const n = y.length;
    if (n === 2 && (y[0] === 'job' || y[0] === 'replica' || y[0] === 'task')) continue;
    if ((n === 1 || n === 2) && VALID_DEVICE_TYPES.has(y[0].toUpperCase())) {
      if (type !== null) throw valueError(`Multiple device types are not allowed while parsing the device spec: ${spec}.`);
      type = y[0].toUpperCase();
      if (n === 2 && y[1] !== '*') index = parseIndex(y[1]);
    } else if (n === 3 && y[0] === 'device') {
      if (type !== null) throw valueError(`Multiple device types are not allowed while parsing the device spec: ${spec}.`);
      type = y[1].toUpperCase();
      if (y[2] !== '*') index = parseIndex(y[2]);
    } else if (y[0] !== '') {
      throw valueError(`Unknown attribute '${y[0]}' is encountered while parsing the device spec: '${spec}'.`);
    }
  }
  return { type, index };
}

/** Kept for callers that want a whole spec: '' is no device (null); anything else merges into CPU:0. */
export function parseDevice(name: string): DeviceSpec | null {
  if (name === '') return null;
  return mergeDevice(null, name);
}

/** `with tf.device(name)` inside scope `outer`: the fields name gives override the outer ones; the
 *  outermost scope merges into the context's first device (CPU:0), as TF's _EagerDeviceContext. */
export function mergeDevice(outer: DeviceSpec | null, name: string): DeviceSpec {
  const parsed = parseDeviceString(name);
  const base = outer ?? { type: 'CPU', index: 0 };
  return { type: parsed.type ?? base.type, index: parsed.index ?? base.index };
}

const scopeStack: (DeviceSpec | null)[] = [];

export function pushDeviceScope(spec: DeviceSpec | null): void {
  scopeStack.push(spec);
}

export function popDeviceScope(): void {
  scopeStack.pop();
}

/** The innermost scope's device, or null when no scope names one (TF's device_name ''). */
export function scopeDevice(): DeviceSpec | null {
  return scopeStack.length ? scopeStack[scopeStack.length - 1] : null;
}

/** Whether a GPU is usable (the CUDA module loaded and sees a device). */
export function gpuAvailable(): boolean {
  return gpuCount() > 0;
}

/** The device TF picks with nothing specified: the highest-priority device, GPU before CPU. */
export function defaultDevice(): string {
  return gpuAvailable() ? GPU_DEVICE : CPU_DEVICE;
}

/** The device a spec resolves to on this machine: the device itself when it exists, else soft
 *  placement (type and index dropped: the default device). */
export function resolveDevice(spec: DeviceSpec | null): string {
  if (spec === null) return defaultDevice();
  if (spec.type === 'CPU' && spec.index === 0) return CPU_DEVICE;
  if (spec.type === 'GPU' && spec.index < gpuCount()) return GPU_DEVICE;
  return defaultDevice();
}

/** The device new work runs on: the innermost scope, soft-placed onto what exists. */
export function currentDevice(): string {
  return resolveDevice(scopeDevice());
}

export const isGpuDevice = (device: string): boolean => device.endsWith('/device:GPU:0');

export type { PyValue };

// tf.config switches that scripts set at the top and TF mostly just records: run_functions_eagerly,
// threading (intra/inter op pool sizes), soft device placement and the visible device list, with
// the checks of tensorflow/python/eager/context.py (settings frozen once the context is initialised).
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { runtimeError, valueError } from '../../interpreter/objects/exceptions.js';
import { call } from '../../interpreter/ops/call.js';
import { repr } from '../../interpreter/ops/text.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { pyEquals } from '../../interpreter/ops/compare.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { contextInitialized } from '../backend/devices.js';
import { functionsRunEagerly } from '../autograd/tf-function.js';
import { warnDeprecated } from '../autograd/tf-logging.js';
import { addFunctions, Fn, submodule } from './shape-args.js';

const threads = { intra: 0, inter: 0 };
let softPlacement = true;
/** The visible physical devices; null until set_visible_devices (then all are visible). */
let visible: PyValue[] | null = null;

function threadSetter(which: 'intra' | 'inter', label: string): Fn {
  const params = pyParams(`set_${which}_op_parallelism_threads`, ['num_threads'], {});
  return (args, kwargs) => {
    const n = asIndex(params(args, kwargs).num_threads);
    if (threads[which] === n) return null;
    if (contextInitialized()) throw runtimeError(`${label} op parallelism cannot be modified after initialization.`);
    threads[which] = n;
    return null;
  };
}

const EAGER_RUN_MODULE = 'tensorflow.python.eager.polymorphic_function.eager_function_run';
const runEagerlyParams = pyParams('run_functions_eagerly', ['run_eagerly'], {});
const softParams = pyParams('set_soft_device_placement', ['enabled'], {});
const setVisibleParams = pyParams('set_visible_devices', ['devices', 'device_type'], { device_type: null });
const getVisibleParams = pyParams('get_visible_devices', ['device_type'], { device_type: null });

export function installConfigExtras(tf: PyModule): void {
  const config = submodule(tf, 'config', 'tensorflow._api.v2.config');
  const physical = (): PyValue[] => (call(config.dict.get('list_physical_devices')!, [], null) as PyList).items;
  const deviceType = (d: PyValue): PyValue => (d as PyTuple).items[1];
  const getVisible: Fn = (args, kwargs) => {
    const type = getVisibleParams(args, kwargs).device_type;
    const all = visible === null ? physical() : visible;
    return new PyList(type === null ? all : all.filter((d) => pyEquals(deviceType(d), type)));
  };
  const setVisible: Fn = (args, kwargs) => {
    const p = setVisibleParams(args, kwargs);
    const devices = p.devices instanceof PyList ? p.devices.items : [p.devices];
    const known = physical();
    for (const d of devices) {
      const ok = known.some((k) => pyEquals(k, d)) && (p.device_type === null || pyEquals(deviceType(d), p.device_type));
      if (!ok) throw valueError(`Unrecognized device: ${repr(d)}`);
    }
    const current = visible === null ? known : visible;
    const next = [...(p.device_type === null ? [] : current.filter((d) => !pyEquals(deviceType(d), p.device_type))), ...devices];
    if (next.length === current.length && next.every((d, i) => pyEquals(d, current[i]))) return null;
    if (contextInitialized()) throw runtimeError('Visible devices cannot be modified after being initialized');
    visible = next;
    return null;
  };
  const runEagerly: Fn = (args, kwargs) => {
    functionsRunEagerly.on = isTruthy(runEagerlyParams(args, kwargs).run_eagerly);
    return null;
  };
  addFunctions(config, {
    run_functions_eagerly: runEagerly,
    functions_run_eagerly: () => functionsRunEagerly.on,
    experimental_run_functions_eagerly: (args, kwargs) => {
      warnDeprecated('experimental_run_functions_eagerly', EAGER_RUN_MODULE, 'Use `tf.config.run_functions_eagerly` instead of the experimental version.');
      return runEagerly(args, kwargs);
    },
    experimental_functions_run_eagerly: () => {
      warnDeprecated('experimental_functions_run_eagerly', EAGER_RUN_MODULE, 'Use tf.config.functions_run_eagerly instead of the experimental version.');
      return functionsRunEagerly.on;
    },
    get_soft_device_placement: () => softPlacement,
    set_soft_device_placement: (args, kwargs) => {
      softPlacement = isTruthy(softParams(args, kwargs).enabled);
      return null;
    },
    get_visible_devices: getVisible,
    set_visible_devices: setVisible,
  });
  const experimental = config.dict.get('experimental');
  if (experimental instanceof PyModule) addFunctions(experimental, { get_visible_devices: getVisible, set_visible_devices: setVisible });
  addFunctions(submodule(config, 'threading', 'tensorflow._api.v2.config.threading'), {
    get_intra_op_parallelism_threads: () => threads.intra,
    get_inter_op_parallelism_threads: () => threads.inter,
    set_intra_op_parallelism_threads: threadSetter('intra', 'Intra'),
    set_inter_op_parallelism_threads: threadSetter('inter', 'Inter'),
  });
}

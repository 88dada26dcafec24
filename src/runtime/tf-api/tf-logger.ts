// TF's Python logger: logging.getLogger('tensorflow'). Importing TensorFlow gives that logger a
// stderr handler printing "LEVEL:tensorflow:message" (logging.BASIC_FORMAT) when the root logger
// has no handler yet; otherwise records go up to the handlers the script configured. TF's own
// warnings go through it, so `tf.get_logger().setLevel('ERROR')` silences them.
//
// The logging module is loaded only when a script asks for it (import logging, tf.get_logger())
// or TF has something to log: until then no one can have configured the root logger, so adding
// the handler at that point is what adding it at `import tensorflow` would have done.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyList } from '../../interpreter/objects/values.js';
import { call } from '../../interpreter/ops/call.js';
import { getAttr } from '../../interpreter/ops/attr.js';
import { importModule, loadedModules } from '../../interpreter/modules/loader.js';
import { onModuleCreated } from '../../interpreter/stdlib/logging.js';

let tensorflowImported = false;

/** Called when `import tensorflow` runs: from now on the TF handler belongs on the logger. */
export function noteTensorflowImported(): void {
  tensorflowImported = true;
  if (loadedModules.has('logging')) addTensorflowHandler(loadedModules.get('logging')!.dict);
}

onModuleCreated((dict) => {
  if (tensorflowImported) addTensorflowHandler(dict);
});

function addTensorflowHandler(logging: Map<string, PyValue>): void {
  const root = call(logging.get('getLogger')!, [], null);
  const handlers = getAttr(root, 'handlers');
  if (handlers instanceof PyList && handlers.items.length > 0) return;
  const handler = call(logging.get('StreamHandler')!, [], null);
  call(getAttr(handler, 'setFormatter'), [call(logging.get('Formatter')!, [logging.get('BASIC_FORMAT')!, null], null)], null);
  // (Through this namespace: the hook runs while the module is still being created.)
  const logger = call(logging.get('getLogger')!, ['tensorflow'], null);
  call(getAttr(logger, 'addHandler'), [handler], null);
}

/** logging.getLogger('tensorflow') (loading the logging module on first use). */
export function tensorflowLogger(): PyValue {
  const logging = importModule('logging');
  return call(logging.dict.get('getLogger')!, ['tensorflow'], null);
}

/** A warning from TF itself, as TF logs it: through the 'tensorflow' logger. */
export function logTensorflowWarning(message: string): void {
  call(getAttr(tensorflowLogger(), 'warning'), [message], null);
}

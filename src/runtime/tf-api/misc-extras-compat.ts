// tf.compat.v1.logging (the TF1 preamble `tf.compat.v1.logging.set_verbosity(...ERROR)`), the
// few tf.compat.v1 functions that mean the same in eager TF2 (set_random_seed,
// enable_eager_execution, executing_eagerly), and tf.autograph's switches. The logging functions
// act on the 'tensorflow' logger (tf-logger.ts), as TF's tf_logging does.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { builtinFunction, pyParams } from '../../interpreter/builtins/define.js';
import { builtinsDict } from '../../interpreter/builtins/registry.js';
import { call } from '../../interpreter/ops/call.js';
import { getAttr } from '../../interpreter/ops/attr.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { pyExc } from '../../interpreter/objects/exceptions.js';
import { tensorflowLogger } from './tf-logger.js';

const LEVELS = { DEBUG: 10, INFO: 20, WARN: 30, ERROR: 40, FATAL: 50 };

const loggerMethod = (name: string) => getAttr(tensorflowLogger(), name);

/** logger.log(level, msg, *args): the record is made only where the level is enabled. */
function logAt(level: PyValue, msg: PyValue, args: PyValue[]): PyValue {
  call(loggerMethod('log'), [asIndex(level), msg, ...args], null);
  return null;
}

// TF's log_first_n/log_every_n count calls per "file and line" that tf_logging finds inside TF's
// own wrappers, so in TF 2.21 every call site shares one counter: reproduced as one count.
let sharedCount = 0;

function createCompatLogging(): PyModule {
  const m = new PyModule('tensorflow._api.v2.compat.v1.logging');
  for (const [k, v] of Object.entries(LEVELS)) m.dict.set(k, v);
  const fn = (name: string, body: (args: PyValue[]) => PyValue) => m.dict.set(name, builtinFunction(name, (args) => body(args)));
  fn('set_verbosity', (args) => call(loggerMethod('setLevel'), [args[0]], null));
  fn('get_verbosity', () => call(loggerMethod('getEffectiveLevel'), [], null));
  const levelNamed: [string, number][] = [['debug', 10], ['info', 20], ['warn', 30], ['warning', 30], ['error', 40], ['fatal', 50]];
  for (const [name, level] of levelNamed) fn(name, (args) => logAt(level, args[0], args.slice(1)));
  fn('log', (args) => logAt(args[0], args[1], args.slice(2)));
  fn('vlog', (args) => logAt(args[0], args[1], args.slice(2)));
  fn('log_if', (args) => (isTruthy(args[2]) ? logAt(args[0], args[1], args.slice(3)) : null));
  fn('log_first_n', (args) => (sharedCount++ < asIndex(args[2]) ? logAt(args[0], args[1], args.slice(3)) : null));
  fn('log_every_n', (args) => (sharedCount++ % asIndex(args[2]) === 0 ? logAt(args[0], args[1], args.slice(3)) : null));
  // TF 2.21's tf_logging.flush raises NotImplementedError (no message).
  fn('flush', () => {
    throw pyExc('NotImplementedError');
  });
  return m;
}

const autographVerbosityParams = pyParams('set_verbosity', ['level', 'alsologtostdout'], { alsologtostdout: false });
const doNotConvertParams = pyParams('do_not_convert', ['func'], { func: null });

function createAutograph(): PyModule {
  const m = new PyModule('tensorflow._api.v2.autograph');
  // AutoGraph's own debug logging level. tfts runs tf.function bodies as Python, with no AutoGraph
  // conversion to log, so the level is only checked.
  m.dict.set('set_verbosity', builtinFunction('set_verbosity', (args, kwargs) => {
    asIndex(autographVerbosityParams(args, kwargs).level);
    return null;
  }));
  // autograph.trace prints its arguments as print() does (eagerly: the values themselves).
  m.dict.set('trace', builtinFunction('trace', (args) => call(builtinsDict.get('print')!, args, null)));
  const experimental = new PyModule('tensorflow._api.v2.autograph.experimental');
  // Marks a function AutoGraph must leave alone: without AutoGraph, the function itself.
  const doNotConvert: PyValue = builtinFunction('do_not_convert', (args, kwargs) => {
    const func = doNotConvertParams(args, kwargs).func;
    return func === null ? doNotConvert : func;
  });
  experimental.dict.set('do_not_convert', doNotConvert);
  m.dict.set('experimental', experimental);
  return m;
}

export function installCompatExtras(tf: PyModule): void {
  const compat = tf.dict.get('compat') instanceof PyModule ? (tf.dict.get('compat') as PyModule) : new PyModule('tensorflow._api.v2.compat');
  const v1 = new PyModule('tensorflow._api.v2.compat.v1');
  v1.dict.set('logging', createCompatLogging());
  const random = tf.dict.get('random') as PyModule;
  v1.dict.set('set_random_seed', random.dict.get('set_seed')!);
  v1.dict.set('executing_eagerly', tf.dict.get('executing_eagerly')!);
  // Eager execution is TF2's default, so asking for it again does nothing (as in TF 2.21).
  v1.dict.set('enable_eager_execution', builtinFunction('enable_eager_execution', () => null));
  compat.dict.set('v1', v1);
  tf.dict.set('compat', compat);
  tf.dict.set('autograph', createAutograph());
}

// tf.version (the build's version strings, as TF 2.21.0's wheel reports them) and tf.get_logger():
// the 'tensorflow' logging.Logger that scripts silence with setLevel('ERROR'). The interpreter has
// no logging module, so this is a Logger with the parts scripts use: levels, the level-named
// methods writing "LEVEL:tensorflow:message" to stderr (TF's StreamHandler with BASIC_FORMAT), repr.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyObject, PyType, objectType } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { PyTuple } from '../../interpreter/objects/values.js';
import { builtinFunction, defineGetter, defineMethod } from '../../interpreter/builtins/define.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { percentFormat } from '../../interpreter/ops/percent-format.js';
import { repr, str } from '../../interpreter/ops/text.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { writeStderr } from '../../interpreter/io.js';
import { TF_VERSION } from '../../version.js';

const LEVELS: Record<string, number> = { CRITICAL: 50, FATAL: 50, ERROR: 40, WARN: 30, WARNING: 30, INFO: 20, DEBUG: 10, NOTSET: 0 };
const LEVEL_NAMES: Record<number, string> = { 50: 'CRITICAL', 40: 'ERROR', 30: 'WARNING', 20: 'INFO', 10: 'DEBUG', 0: 'NOTSET' };
/** The root logger's level, which a NOTSET logger inherits. */
const ROOT_LEVEL = 30;

const loggerType = new PyType('Logger', [objectType], 'logging');
class Logger implements PyObject {
  level = 0;
  constructor(readonly name: string) {}
  get cls(): PyType {
    return loggerType;
  }
  effective(): number {
    return this.level === 0 ? ROOT_LEVEL : this.level;
  }
}
const tfLogger = new Logger('tensorflow');
const self_ = (v: PyValue) => v as Logger;

/** logging._checkLevel: an int, or a registered level name. */
function checkLevel(v: PyValue): number {
  if (typeof v === 'string') {
    if (!(v in LEVELS)) throw valueError(`Unknown level: ${repr(v)}`);
    return LEVELS[v];
  }
  if (typeof v === 'number' || typeof v === 'bigint') return asIndex(v);
  throw typeError(`Level not an integer or a valid string: ${repr(v)}`);
}

function emit(logger: Logger, level: number, args: PyValue[]): PyValue {
  if (level < logger.effective()) return null;
  const msg = str(args[0]);
  const text = args.length > 1 ? percentFormat(msg, args.length === 2 ? args[1] : new PyTuple(args.slice(1))) : msg;
  writeStderr(`${LEVEL_NAMES[level] ?? `Level ${level}`}:${logger.name}:${text}\n`);
  return null;
}

defineMethod(loggerType, '__repr__', (s) => `<Logger ${self_(s).name} (${LEVEL_NAMES[self_(s).effective()] ?? `Level ${self_(s).effective()}`})>`);
defineGetter(loggerType, 'name', (s) => self_(s).name);
defineGetter(loggerType, 'level', (s) => self_(s).level);
defineGetter(loggerType, 'propagate', () => true);
defineGetter(loggerType, 'disabled', () => false);
defineMethod(loggerType, 'setLevel', (s, args) => {
  self_(s).level = checkLevel(args[0]);
  return null;
});
defineMethod(loggerType, 'getEffectiveLevel', (s) => self_(s).effective());
defineMethod(loggerType, 'isEnabledFor', (s, args) => asIndex(args[0]) >= self_(s).effective());
for (const [method, level] of [['debug', 10], ['info', 20], ['warning', 30], ['warn', 30], ['error', 40], ['critical', 50], ['fatal', 50]] as const) {
  defineMethod(loggerType, method, (s, args) => emit(self_(s), level, args));
}
defineMethod(loggerType, 'log', (s, args) => emit(self_(s), asIndex(args[0]), args.slice(1)));

export function installVersionExtras(tf: PyModule): void {
  const version = new PyModule('tensorflow._api.v2.version');
  const values: Record<string, PyValue> = {
    VERSION: TF_VERSION,
    GIT_VERSION: 'v2.21.0-rc1-5-ga481b10260d',
    COMPILER_VERSION: 'Clang 18.1.8',
    GRAPH_DEF_VERSION: 2474,
    GRAPH_DEF_VERSION_MIN_CONSUMER: 0,
    GRAPH_DEF_VERSION_MIN_PRODUCER: 0,
  };
  for (const [k, v] of Object.entries(values)) version.dict.set(k, v);
  tf.dict.set('version', version);
  tf.dict.set('__git_version__', values.GIT_VERSION);
  tf.dict.set('__compiler_version__', values.COMPILER_VERSION);
  tf.dict.set('get_logger', builtinFunction('get_logger', () => tfLogger));
}

// tf.version (the build's version strings, as TF 2.21.0's wheel reports them) and tf.get_logger():
// the 'tensorflow' logger of the logging module (tf-logger.ts).
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { builtinFunction } from '../../interpreter/builtins/define.js';
import { TF_VERSION } from '../../version.js';
import { tensorflowLogger } from './tf-logger.js';

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
  tf.dict.set('get_logger', builtinFunction('get_logger', () => tensorflowLogger()));
}

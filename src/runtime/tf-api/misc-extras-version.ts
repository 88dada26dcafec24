// tf.version (the build's version strings, as TF 2.21.0's wheel reports them) and tf.get_logger():
// the 'tensorflow' logger of the logging module (tf-logger.ts), and tf.sysconfig.get_build_info.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { builtinFunction } from '../../interpreter/builtins/define.js';
import { TF_VERSION } from '../../version.js';
import { tensorflowLogger } from './tf-logger.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { call } from '../../interpreter/ops/call.js';
import { importModule } from '../../interpreter/modules/loader.js';

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
  // tf.sysconfig.get_build_info(): what the CPU wheel of TF 2.21 reports (tfts's CUDA backend is its
  // own; a script reading these keys to pick a code path should take TF's CPU path's answers).
  const sysconfig = new PyModule('tensorflow._api.v2.sysconfig');
  sysconfig.dict.set('get_build_info', builtinFunction('get_build_info', () => {
    const orderedDict = importModule('collections').dict.get('OrderedDict')!;
    const items = ['is_cuda_build', 'is_rocm_build', 'is_tensorrt_build'].map((k) => new PyTuple([k, false]));
    return call(orderedDict, [new PyList(items)], null);
  }));
  tf.dict.set('sysconfig', sysconfig);
}

// Installs the tf.math API (elementwise, reductions, orderings, linalg, creation helpers) into the
// tensorflow module and its tf.math / tf.linalg / tf.nn submodules.
import { builtinFunction } from '../../interpreter/builtins/define.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { elementwiseEntries, MATH_ONLY_NAMES } from './math-elementwise.js';
import { reduceEntries } from './math-reduce.js';
import { linalgEntries } from './math-linalg.js';
import { createEntries } from './math-create.js';
import type { Namespace } from './math-table.js';

function submodule(tf: PyModule, attr: string, fullName: string): PyModule {
  const existing = tf.dict.get(attr);
  if (existing instanceof PyModule) return existing;
  const m = new PyModule(fullName);
  tf.dict.set(attr, m);
  return m;
}

export function installMathApi(tf: PyModule): void {
  const modules: Record<Namespace, PyModule> = {
    tf,
    math: submodule(tf, 'math', 'tensorflow._api.v2.math'),
    linalg: submodule(tf, 'linalg', 'tensorflow._api.v2.linalg'),
    nn: submodule(tf, 'nn', 'tensorflow._api.v2.nn'),
  };
  // tf-module's basic functions: the matmul binding also lives in tf.linalg.
  const matmul = tf.dict.get('matmul');
  if (matmul !== undefined) modules.linalg.dict.set('matmul', matmul);
  for (const name of MATH_ONLY_NAMES) {
    const f = tf.dict.get(name);
    if (f !== undefined && !modules.math.dict.has(name)) modules.math.dict.set(name, f);
    tf.dict.delete(name);
  }
  for (const { name, fn, where } of [...elementwiseEntries, ...reduceEntries, ...linalgEntries, ...createEntries]) {
    const f = builtinFunction(name, fn);
    for (const ns of where) modules[ns].dict.set(name, f);
  }
}

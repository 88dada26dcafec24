// tf.debugging (asserts, check_numerics, placement logging switches), its top-level aliases
// (tf.assert_equal, tf.Assert, ...), and tf.errors' codes and constructor (errors-api.ts).
import type { PyModule } from '../../interpreter/objects/function.js';
import { addFunctions, submodule } from './shape-args.js';
import { elementwiseAssertFns } from './debugging-asserts.js';
import { staticAssertFns } from './debugging-static.js';
import { installErrorsApi } from './errors-api.js';

/** The names TF 2.21 also exports at the top of `tf`. */
const TOP_LEVEL = ['assert_equal', 'assert_greater', 'assert_less', 'assert_rank', 'Assert'];

export function installDebuggingApi(tf: PyModule): void {
  const fns = { ...elementwiseAssertFns, ...staticAssertFns };
  const debugging = submodule(tf, 'debugging', 'tensorflow._api.v2.debugging');
  addFunctions(debugging, fns);
  // The same function objects (`tf.assert_equal is tf.debugging.assert_equal`).
  for (const n of TOP_LEVEL) tf.dict.set(n, debugging.dict.get(n)!);
  installErrorsApi(tf);
}

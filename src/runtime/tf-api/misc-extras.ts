// Smaller corners of the tf namespace that tutorials reach: tf.config switches, tf.version and
// get_logger, tf.nest, tf.bitwise, tf.dtypes' functions, the TF2 initializers, graph-mode helpers,
// nn.weighted_moments and tf.as_string (owned by the tf-misc work; one file per group).
import { PyModule } from '../../interpreter/objects/function.js';
import { installConfigExtras } from './misc-extras-config.js';
import { installVersionExtras } from './misc-extras-version.js';
import { installNestExtras } from './misc-extras-nest.js';
import { installBitwiseExtras } from './misc-extras-bitwise.js';
import { installDtypesExtras } from './misc-extras-dtypes.js';
import { installInitializers } from './misc-extras-initializers.js';
import { installGraphExtras } from './misc-extras-graph.js';
import { installMomentsExtras } from './misc-extras-moments.js';
import { installSpecialExtras } from './misc-extras-special.js';
import { installCompatExtras } from './misc-extras-compat.js';
import { installTensorArray } from './tensor-array.js';
import { installSummary } from './summary.js';

export function installMiscExtras(tf: PyModule): void {
  installConfigExtras(tf);
  installVersionExtras(tf);
  installNestExtras(tf);
  installBitwiseExtras(tf);
  installDtypesExtras(tf);
  installInitializers(tf);
  installGraphExtras(tf);
  installMomentsExtras(tf);
  installSpecialExtras(tf);
  installCompatExtras(tf);
  installTensorArray(tf);
  installSummary(tf);
  // tf.as_string is tf.strings.as_string (the same AsString op).
  const strings = tf.dict.get('strings');
  if (strings instanceof PyModule) tf.dict.set('as_string', strings.dict.get('as_string')!);
}

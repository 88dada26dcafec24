// warnings.warn(message, category) from a numpy function numpy implements in Python with
// stacklevel=2: attributed to the script line that called it.
import { call } from '../../interpreter/ops/call.js';
import { excType } from '../../interpreter/objects/exceptions.js';
import { importModule } from '../../interpreter/modules/loader.js';
import { lastCall } from '../../interpreter/compiler/call-site.js';
import '../../interpreter/stdlib/warnings.js';

export function statsWarn(message: string, category: 'RuntimeWarning' | 'DeprecationWarning'): void {
  const site = { frame: lastCall.frame, pos: lastCall.pos };
  if (site.frame === null) return; // called from TS (a unit test): no script line to warn about
  const warn = importModule('warnings').dict.get('warn')!;
  try {
    call(warn, [message, excType(category)], null);
  } finally {
    lastCall.frame = site.frame;
    lastCall.pos = site.pos;
  }
}

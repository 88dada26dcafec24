// warnings.warn(message, category) from inside a numpy function, attributed to the script line
// that called it: numpy's Python functions warn with stacklevel=2 and its Cython ones (random)
// at the caller's line, so the warning names the user's line, not numpy's. fp-errors.ts reports
// floating-point warnings the same way.
import { call } from '../../interpreter/ops/call.js';
import { excType } from '../../interpreter/objects/exceptions.js';
import { importModule } from '../../interpreter/modules/loader.js';
import { lastCall } from '../../interpreter/compiler/call-site.js';
import '../../interpreter/stdlib/warnings.js';

export function warnAtCaller(message: string, category: 'RuntimeWarning' | 'DeprecationWarning' = 'RuntimeWarning'): void {
  const site = { frame: lastCall.frame, pos: lastCall.pos };
  if (site.frame === null) return; // no Python code running (a TS caller): no line to warn about
  const warn = importModule('warnings').dict.get('warn')!;
  try {
    call(warn, [message, excType(category)], null);
  } finally {
    // warnings.warn is itself a call that notes its site: restore the user's for later warnings.
    lastCall.frame = site.frame;
    lastCall.pos = site.pos;
  }
}

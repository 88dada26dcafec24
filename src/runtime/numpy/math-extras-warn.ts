// warnings.warn(message, RuntimeWarning) from inside a numpy function, attributed to the Python
// line that called it (as numpy's stacklevel=2 does), the way fp-errors.ts reports FP warnings.
import { call } from '../../interpreter/ops/call.js';
import { excType } from '../../interpreter/objects/exceptions.js';
import { importModule } from '../../interpreter/modules/loader.js';
import { lastCall } from '../../interpreter/compiler/call-site.js';
import '../../interpreter/stdlib/warnings.js';

export function warnRuntime(message: string): void {
  const site = { frame: lastCall.frame, pos: lastCall.pos };
  if (site.frame === null) return;  // no Python code running (a TS caller): no line to warn about
  const warn = importModule('warnings').dict.get('warn')!;
  try {
    call(warn, [message, excType('RuntimeWarning')], null);
  } finally {
    lastCall.frame = site.frame;
    lastCall.pos = site.pos;
  }
}

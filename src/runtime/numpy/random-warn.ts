// warnings.warn(message, category) from a numpy.random function, attributed to the Python line
// that called it (numpy warns with stacklevel 2 from Cython, i.e. at the caller's line).
import { call } from '../../interpreter/ops/call.js';
import { excType } from '../../interpreter/objects/exceptions.js';
import { importModule } from '../../interpreter/modules/loader.js';
import { lastCall } from '../../interpreter/compiler/call-site.js';
import '../../interpreter/stdlib/warnings.js';

export function randomWarn(message: string, category: 'RuntimeWarning' | 'DeprecationWarning'): void {
  const site = { frame: lastCall.frame, pos: lastCall.pos };
  if (site.frame === null) return; // no Python code running (a TS caller): no line to warn about
  const warn = importModule('warnings').dict.get('warn')!;
  try {
    call(warn, [message, excType(category)], null);
  } finally {
    lastCall.frame = site.frame;
    lastCall.pos = site.pos;
  }
}

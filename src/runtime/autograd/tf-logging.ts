// TF's Python-side warnings (absl logging.log_first_n, the @deprecated decorator), logged through
// the 'tensorflow' logger: "WARNING:tensorflow:..." on stderr unless the script set its level.
import { logTensorflowWarning } from '../tf-api/tf-logger.js';
import { callSiteAt } from '../../interpreter/compiler/call-site.js';
import { callDepth } from '../../interpreter/compiler/function.js';

const counts = new Map<string, number>();

export function warnFirstN(site: string, limit: number, message: string): void {
  const n = counts.get(site) ?? 0;
  if (n >= limit) return;
  counts.set(site, n + 1);
  logTensorflowWarning(message);
}

const deprecationsShown = new Set<string>();

/** TF's @deprecated decorator: once per function, a warning naming the user's calling line. */
export function warnDeprecated(functionName: string, module: string, instructions: string): void {
  if (deprecationsShown.has(`${module}.${functionName}`)) return;
  deprecationsShown.add(`${module}.${functionName}`);
  const site = callSiteAt(1, callDepth());
  const where = site ? `${String(site.frame.globals.get('__file__') ?? '<string>')}:${site.pos.lineno}` : '<unknown>';
  logTensorflowWarning(
    `From ${where}: ${functionName} (from ${module}) is deprecated and will be removed in a future version.\n` +
      `Instructions for updating:\n${instructions}`,
  );
}

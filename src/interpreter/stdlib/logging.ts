// The logging module: Python source in py/logging.ts, with three native helpers: where the
// logging call was made (the first frame outside the module, as CPython's findCaller), the
// exception being handled (what exc_info=True logs) and its traceback text.
import type { PyValue } from '../objects/core.js';
import { PyTuple } from '../objects/values.js';
import { PyBaseException } from '../objects/exceptions.js';
import { builtinFunction } from '../builtins/define.js';
import { asIndex } from '../ops/convert.js';
import { callDepth } from '../compiler/function.js';
import { callSiteAt } from '../compiler/call-site.js';
import { handledExceptions } from '../compiler/handled.js';
import { formatException } from '../traceback.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { pythonModule } from './module-helpers.js';
import { loggingSource } from './py/logging.js';

const MODULE_FILE = '<tfts stdlib logging>';

/** (filename, lineno, funcName) of the caller `stacklevel` frames out from the logging module. */
const caller = builtinFunction('_caller', (args) => {
  const depth = callDepth();
  let skip = asIndex(args[0] ?? 1) - 1;
  for (let level = 1; ; level++) {
    const site = callSiteAt(level, depth);
    if (site === null) return new PyTuple(['(unknown file)', 0, '(unknown function)']);
    if (site.frame.globals.get('__file__') === MODULE_FILE) continue;
    if (skip-- > 0) continue;
    // Nothing called the code at this site: it is a module's top level, CPython's '<module>'.
    // Inside a function the name is not known here (frames keep none): funcName is None.
    const atModuleLevel = callSiteAt(level + 1, depth) === null;
    return new PyTuple([site.frame.globals.get('__file__') ?? '<string>', site.pos.lineno, atModuleLevel ? '<module>' : null]);
  }
});

const currentException = builtinFunction('_current_exception', () =>
  handledExceptions.length ? handledExceptions[handledExceptions.length - 1] : null,
);

/** The traceback CPython prints for `exc`, without the final newline (logging's formatException). */
const formatExc = builtinFunction('_format_exception', (args) => {
  const e: PyValue = args[0];
  if (!(e instanceof PyBaseException)) return 'NoneType: None';
  return formatException(e).replace(/\n$/, '');
});

const createdHooks: ((dict: Map<string, PyValue>) => void)[] = [];

/** Runs `hook` with the module's namespace once the logging module has been created (the
 *  tensorflow runtime adds its logger's handler then). */
export function onModuleCreated(hook: (dict: Map<string, PyValue>) => void): void {
  createdHooks.push(hook);
}

registerBuiltinModule('logging', () => {
  const m = pythonModule('logging', loggingSource, { _caller: caller, _current_exception: currentException, _format_exception: formatExc });
  for (const hook of createdHooks) hook(m.dict);
  return m;
});

// The warnings module: Python source in py/warnings.ts; here the native warn(), which has to run
// as a builtin to see where it was called from (compiler/call-site.ts), and _getline.
import { PyType, PyValue } from '../objects/core.js';
import { PyModule } from '../objects/function.js';
import { PyDict } from '../objects/values.js';
import { typeError } from '../objects/exceptions.js';
import { builtinFunction, pyParams } from '../builtins/define.js';
import { builtinsDict } from '../builtins/registry.js';
import { call } from '../ops/call.js';
import { typeOf } from '../ops/typeof.js';
import { asIndex } from '../ops/convert.js';
import { callDepth } from '../compiler/function.js';
import { callSiteAt } from '../compiler/call-site.js';
import { sourceCache } from '../traceback.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { pythonModule } from './module-helpers.js';
import { warningsSource } from './py/warnings.js';

const warnParams = pyParams('warn', ['message', 'category', 'stacklevel', 'source'], { category: null, stacklevel: 1, source: null });

const builtinType = (name: string) => builtinsDict.get(name) as PyType;

function createWarningsModule(): PyModule {
  const getline = builtinFunction('_getline', (args) => {
    const lines = sourceCache.get(String(args[0]));
    const n = typeof args[1] === 'number' ? args[1] : Number(args[1]);
    return lines && n >= 1 && n <= lines.length ? lines[n - 1] : '';
  });
  let m: PyModule | null = null;
  const warn = builtinFunction('warn', (args, kwargs) => {
    // Read the call site first: any call made below would replace it.
    const p = warnParams(args, kwargs);
    const site = callSiteAt(asIndex(p.stacklevel), callDepth());
    const warning = builtinType('Warning');
    let category = p.category;
    if (typeOf(p.message).isSubtypeOf(warning)) category = typeOf(p.message);
    else if (category === null) category = builtinType('UserWarning');
    if (!(category instanceof PyType && category.isSubtypeOf(warning))) {
      throw typeError(`category must be a Warning subclass, not '${typeOf(category).name}'`);
    }
    // Past the outermost frame CPython reports from the sys module: file "sys", line 1.
    let filename: PyValue = 'sys', lineno = 1, moduleName: PyValue = 'sys', registry: PyValue = null;
    if (site !== null) {
      const globals = site.frame.globals;
      filename = globals.get('__file__') ?? '<string>';
      moduleName = globals.get('__name__') ?? '<string>';
      lineno = site.pos.lineno;
      registry = globals.get('__warningregistry__') ?? null;
      if (!(registry instanceof PyDict)) {
        registry = new PyDict();
        globals.set('__warningregistry__', registry);
      }
    }
    return call(m!.dict.get('_warn_explicit_impl')!, [p.message, category, filename, lineno, moduleName, registry, p.source], null);
  });
  m = pythonModule('warnings', warningsSource, { _getline: getline });
  m.dict.set('warn', warn);
  return m;
}

registerBuiltinModule('warnings', createWarningsModule);

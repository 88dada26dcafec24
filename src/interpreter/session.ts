// Running Python source in a module namespace. A session keeps its globals between calls, so a
// script, a REPL line or a notebook cell all run the same way: parse, resolve, compile, execute.
import * as fs from 'node:fs';
import { parseModule } from '../../grammar/index.js';
import type * as A from '../../grammar/ast.js';
import type { PyValue } from './objects/core.js';
import { PyModule } from './objects/function.js';
import { installBuiltins } from './builtins/index.js';
import { builtinsDict } from './builtins/registry.js';
import { analyze } from './compiler/scope.js';
import { CompileContext } from './compiler/context.js';
import { compileBlock } from './compiler/stmt.js';
import { Frame } from './compiler/frame.js';
import { leaveFrame } from './compiler/trace.js';
import { rememberSource } from './traceback.js';
import { fileModuleRunner, loadedModules } from './modules/loader.js';
import { runnerHooks } from './stdlib/hooks.js';
import './stdlib/index.js';

export class ModuleSession {
  readonly module: PyModule;

  constructor(
    readonly filename: string,
    moduleName = '__main__',
  ) {
    installBuiltins();
    this.module = new PyModule(moduleName, moduleName === '__main__' ? null : filename);
    const g = this.module.dict;
    g.set('__name__', moduleName);
    g.set('__file__', filename);
    g.set('__doc__', null);
    g.set('__builtins__', builtinsModule());
  }

  get globals(): Map<string, PyValue> {
    return this.module.dict;
  }

  /** Parses all of `source` first (a syntax error runs nothing), then runs it. */
  run(source: string): void {
    rememberSource(this.filename, source);
    const tree = parseModule(source, this.filename);
    this.execute(tree.body);
  }

  /** Runs already-parsed statements against this session's globals. */
  execute(body: A.Stmt[]): void {
    execInGlobals(body, this.globals, this.filename, this.module.name);
  }
}

/** Resolves, compiles and runs statements at module level in `globals`. */
export function execInGlobals(body: A.Stmt[], globals: Map<string, PyValue>, filename: string, moduleName: string): void {
  const module = { _type: 'Module' as const, body };
  const scopes = analyze(module);
  const ctx = new CompileContext(scopes, scopes.get(module)!, filename, '', moduleName);
  const code = compileBlock(body, ctx);
  const frame = new Frame([], null, globals, builtinsDict);
  try {
    code(frame);
  } catch (e) {
    const first = body[0];
    throw leaveFrame(e, frame, filename, '<module>', first ?? { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 });
  }
}

let builtinsModuleObject: PyModule | null = null;
function builtinsModule(): PyModule {
  if (!builtinsModuleObject) {
    builtinsModuleObject = new PyModule('builtins');
    for (const [k, v] of builtinsDict) builtinsModuleObject.dict.set(k, v);
  }
  return builtinsModuleObject;
}

// `import mymodule` runs mymodule.py in a session of its own.
fileModuleRunner.run = (name, filename) => {
  const session = new ModuleSession(filename, name);
  loadedModules.set(name, session.module);
  try {
    session.run(fs.readFileSync(filename, 'utf8'));
  } catch (e) {
    loadedModules.delete(name);
    throw e;
  }
  return session.module;
};

runnerHooks.execSource = (source, globals, filename) => {
  rememberSource(filename, source);
  execInGlobals(parseModule(source, filename).body, globals, filename, '__main__');
};

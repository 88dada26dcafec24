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
import { builtinFunction } from './builtins/define.js';
import './stdlib/index.js';

/** Which expression statements an interactive input shows: every one outside function and class
 *  bodies (the REPL, CPython's 'single' mode), only a final top-level one (a notebook cell), or none. */
export type DisplayMode = 'single' | 'last_expr' | 'none';

/** The builtin that interactive inputs call with each shown value; not a valid identifier, so no
 *  Python name can shadow or reach it. */
const DISPLAY_HOOK = '<displayhook>';

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

  /** Parses all of `source` first (a syntax error runs nothing), then runs it. Tracebacks quote
   *  lines of real files only: CPython cannot read `<string>` (-c) or `<stdin>` back. */
  run(source: string): void {
    if (!this.filename.startsWith('<')) rememberSource(this.filename, source);
    const tree = parseModule(source, this.filename);
    this.execute(tree.body);
  }

  /** Runs already-parsed statements against this session's globals. */
  execute(body: A.Stmt[]): void {
    execInGlobals(body, this.globals, this.filename, this.module.name);
  }

  /** Runs one interactive input (a REPL entry or a notebook cell): parses all of it (a syntax
   *  error runs nothing), then runs it, handing each shown non-None value to `display`. The
   *  source is not remembered: CPython's tracebacks quote no lines of `<stdin>` input. */
  runInteractive(source: string, mode: DisplayMode, display: (value: PyValue) => void, filename = this.filename): void {
    const tree = parseModule(source, filename);
    const body = mode === 'single' ? tree.body.map(showExpressions) : mode === 'last_expr' ? showLastExpression(tree.body) : tree.body;
    builtinsDict.set(DISPLAY_HOOK, builtinFunction('displayhook', (args) => {
      if (args[0] !== null) display(args[0]);
      return null;
    }));
    try {
      execInGlobals(body, this.globals, filename, this.module.name);
    } finally {
      builtinsDict.delete(DISPLAY_HOOK);
    }
  }
}

/** `expr` → `<displayhook>(expr)`, at the same position so tracebacks point at the expression. */
function displayCall(s: A.ExprStmt): A.ExprStmt {
  const pos = { lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset };
  const func: A.Name = { _type: 'Name', id: DISPLAY_HOOK, ctx: 'Load', ...pos };
  return { ...s, value: { _type: 'Call', func, args: [s.value], keywords: [], ...pos } };
}

function showLastExpression(body: A.Stmt[]): A.Stmt[] {
  const last = body[body.length - 1];
  return last?._type === 'Expr' ? [...body.slice(0, -1), displayCall(last)] : body;
}

/** CPython's interactive mode shows expression statements in nested blocks too
 *  (`for i in range(3): i` prints 0 1 2), but not inside function or class bodies. */
function showExpressions(s: A.Stmt): A.Stmt {
  const blocks = (b: A.Stmt[]) => b.map(showExpressions);
  switch (s._type) {
    case 'Expr':
      return displayCall(s);
    case 'If':
    case 'For':
    case 'While':
      return { ...s, body: blocks(s.body), orelse: blocks(s.orelse) };
    case 'With':
      return { ...s, body: blocks(s.body) };
    case 'Try':
      return {
        ...s,
        body: blocks(s.body),
        handlers: s.handlers.map((h) => ({ ...h, body: blocks(h.body) })),
        orelse: blocks(s.orelse),
        finalbody: blocks(s.finalbody),
      };
    default:
      return s;
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

runnerHooks.execSource = (source, globals, filename, moduleName = '__main__') => {
  rememberSource(filename, source);
  execInGlobals(parseModule(source, filename).body, globals, filename, moduleName);
};

// The import system: builtin modules (created on first import by registered factories, so
// `import tensorflow` costs nothing until a script asks for it), modules from .py files on the
// search path, and dotted submodules.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PyValue } from '../objects/core.js';
import { PyModule } from '../objects/function.js';
import { pyExc } from '../objects/exceptions.js';

const factories = new Map<string, () => PyModule>();
/** sys.modules: every module imported so far, by full name. */
export const loadedModules = new Map<string, PyModule>();
/** Directories searched for `name.py` (sys.path); the runner puts the script's folder first. */
export const searchPath: string[] = [];
/** Runs a .py file as a module; installed by the runner (which owns parsing and compiling). */
export const fileModuleRunner: { run: ((name: string, filename: string) => PyModule) | null } = { run: null };

export function registerBuiltinModule(name: string, factory: () => PyModule): void {
  factories.set(name, factory);
}

export function builtinModuleNames(): string[] {
  return [...factories.keys()];
}

function moduleNotFound(name: string) {
  const e = pyExc('ModuleNotFoundError', `No module named '${name}'`);
  e.dict.set('name', name);
  return e;
}

export function importModule(name: string): PyModule {
  const cached = loadedModules.get(name);
  if (cached) return cached;
  const dot = name.lastIndexOf('.');
  const parent = dot >= 0 ? importModule(name.slice(0, dot)) : null;
  let mod: PyModule | null = null;
  const factory = factories.get(name);
  if (factory) mod = factory();
  else if (parent) {
    // A submodule made on first use (np.testing) is a lazy attribute of its parent.
    const attr = parent.dict.get(name.slice(dot + 1)) ?? parent.lazyAttr(name.slice(dot + 1));
    if (attr instanceof PyModule) mod = attr;
  }
  if (!mod) {
    const file = findSourceFile(name);
    if (file && fileModuleRunner.run) {
      mod = fileModuleRunner.run(name, file);
    } else if (file === null) {
      // A folder without __init__.py on the search path is a namespace package (PEP 420).
      const dir = findNamespaceDir(name);
      if (dir !== null) {
        mod = new PyModule(name);
        mod.dict.set('__path__', dir);
      }
    }
  }
  if (!mod) throw moduleNotFound(name);
  loadedModules.set(name, mod);
  if (parent) parent.dict.set(name.slice(dot + 1), mod);
  return mod;
}

function findSourceFile(name: string): string | null {
  const rel = name.split('.').join(path.sep);
  for (const dir of searchPath) {
    for (const candidate of [path.join(dir, `${rel}.py`), path.join(dir, rel, '__init__.py')]) {
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  return null;
}

function findNamespaceDir(name: string): string | null {
  const rel = name.split('.').join(path.sep);
  for (const dir of searchPath) {
    const candidate = path.join(dir, rel);
    try {
      if (fs.statSync(candidate).isDirectory()) return candidate;
    } catch {
      // not here: keep looking
    }
  }
  return null;
}

/** `from mod import name`: an attribute, or else a submodule. */
export function importFrom(mod: PyModule, name: string): PyValue {
  let v = mod.dict.get(name);
  if (v === undefined) v = mod.lazyAttr(name);
  if (v !== undefined) return v;
  try {
    return importModule(`${mod.name}.${name}`);
  } catch {
    const where = mod.filename ?? 'unknown location';
    const e = pyExc('ImportError', `cannot import name '${name}' from '${mod.name}' (${where})`);
    e.dict.set('name', mod.name);
    throw e;
  }
}

/** The absolute module name of `from <dots><module> import ...` run in a module with these globals:
 *  the package is the module itself for a package's __init__.py, else its parent. */
export function resolveRelativeName(module: string | null, level: number, globals: Map<string, PyValue>): string {
  if (level === 0) return module ?? '';
  const name = globals.get('__name__');
  const file = globals.get('__file__');
  const isPackage = typeof file === 'string' && path.basename(file) === '__init__.py';
  let pkg = typeof name === 'string' && name !== '__main__' ? (isPackage ? name : name.slice(0, Math.max(0, name.lastIndexOf('.')))) : '';
  if (pkg === '') throw pyExc('ImportError', 'attempted relative import with no known parent package');
  for (let i = 1; i < level; i++) {
    const dot = pkg.lastIndexOf('.');
    if (dot < 0) throw pyExc('ImportError', 'attempted relative import beyond top-level package');
    pkg = pkg.slice(0, dot);
  }
  return module ? `${pkg}.${module}` : pkg;
}

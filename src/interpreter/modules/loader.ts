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

export function isBuiltinModuleName(name: string): boolean {
  return factories.has(name);
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
    const attr = parent.dict.get(name.slice(dot + 1));
    if (attr instanceof PyModule) mod = attr;
  }
  if (!mod) {
    const file = findSourceFile(name);
    if (file && fileModuleRunner.run) {
      mod = fileModuleRunner.run(name, file);
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

/** `from mod import name`: an attribute, or else a submodule. */
export function importFrom(mod: PyModule, name: string): PyValue {
  const v = mod.dict.get(name);
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

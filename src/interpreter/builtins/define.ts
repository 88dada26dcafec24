// Small helpers for defining builtin functions and methods of builtin types in JS.
import type { PyType, PyValue } from '../objects/core.js';
import { PyBuiltinFunction, PyProperty } from '../objects/function.js';
import { typeError } from '../objects/exceptions.js';
import { Signature, simpleSpec } from '../objects/signature.js';
import type { Kwargs } from '../ops/call.js';
import { objectDefaults } from '../objects/builtin-types.js';

export type MethodBody = (self: PyValue, args: PyValue[], kwargs: Kwargs) => PyValue;

export function defineMethod(type: PyType, name: string, body: MethodBody): void {
  const fn = new PyBuiltinFunction(name, (args, kwargs) => body(args[0], args.slice(1), kwargs), true, `${type.name}.${name}`);
  type.dict.set(name, fn);
}

/** A special method of a builtin type for Python code to call (`(3).__add__(4)`). Registered as an
 *  object default so the operations keep their own fast paths; an existing definition is kept. */
export function defineDunderDefault(type: PyType, name: string, body: (self: PyValue, args: PyValue[]) => PyValue): void {
  if (type.dict.has(name)) return;
  defineMethod(type, name, (self, args) => body(self, args));
  objectDefaults.add(type.dict.get(name));
}

export function defineGetter(type: PyType, name: string, getter: (self: PyValue) => PyValue): void {
  type.dict.set(name, new PyProperty(new PyBuiltinFunction(name, (args) => getter(args[0]))));
}

export function builtinFunction(name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue): PyBuiltinFunction {
  return new PyBuiltinFunction(name, body);
}

/** CPython's arity errors for builtins that take positional arguments only. */
export function checkArity(name: string, args: PyValue[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
    if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
    throw typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

export function noKwargs(name: string, kwargs: Kwargs): void {
  if (kwargs && kwargs.size) throw typeError(`${name}() takes no keyword arguments`);
}

/** A binder for a builtin that takes arguments like the Python function
 *  `name(p1, p2=d2, *, k=dk)`: returns the bound values by parameter name, with Python's errors.
 *  Parameters without an entry in `defaults` are required. */
export function pyParams(
  name: string,
  positional: string[],
  defaults: Record<string, PyValue> = {},
  kwonly: string[] = [],
  /** Builtins parsed with PyArg_ParseTupleAndKeywords word an unknown keyword differently. */
  invalidKeywordStyle = false,
): (args: PyValue[], kwargs: Kwargs) => Record<string, PyValue> {
  const firstDefault = positional.findIndex((p) => p in defaults);
  const defaultList = firstDefault < 0 ? [] : positional.slice(firstDefault).map((p) => defaults[p]);
  const kwDefaults = new Map(kwonly.filter((k) => k in defaults).map((k) => [k, defaults[k]] as [string, PyValue]));
  const sig = new Signature(simpleSpec(positional, kwonly), defaultList, kwDefaults);
  const names = [...positional, ...kwonly];
  return (args, kwargs) => {
    if (invalidKeywordStyle && kwargs) {
      for (const k of kwargs.keys()) {
        if (!names.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
      }
    }
    const slots = sig.bind(name, args, kwargs);
    const out: Record<string, PyValue> = {};
    for (let i = 0; i < names.length; i++) out[names[i]] = slots[i];
    return out;
  };
}

// Calling any Python callable, and calling methods without materialising bound-method objects.
import { PyType, PyValue } from '../objects/core.js';
import { typeError } from '../objects/exceptions.js';
import { PyBoundMethod, PyBuiltinFunction, PyFunction, PyModule, PyStaticMethod, PySuper } from '../objects/function.js';
import { PyInstance } from '../objects/values.js';
import { objectDefaults } from '../objects/builtin-types.js';
import { typeOf } from './typeof.js';
import { bindDescriptor, getAttr } from './attr.js';

export type Kwargs = Map<string, PyValue> | null;

export function call(f: PyValue, args: PyValue[], kwargs: Kwargs): PyValue {
  if (f instanceof PyFunction) return f.code.run(f, f.signature.bind(f.qualname, args, kwargs));
  if (f instanceof PyBuiltinFunction) {
    return f.self !== undefined ? f.fn([f.self, ...args], kwargs) : f.fn(args, kwargs);
  }
  if (f instanceof PyBoundMethod) return call(f.func, [f.self, ...args], kwargs);
  if (f instanceof PyType) return construct(f, args, kwargs);
  if (f instanceof PyStaticMethod) return call(f.func, args, kwargs);
  const dunder = f === null ? undefined : typeOf(f).lookup('__call__');
  if (dunder !== undefined && dunder !== null) return call(bindDescriptor(dunder, f, '__call__'), args, kwargs);
  throw typeError(`'${typeOf(f).name}' object is not callable`);
}

/** `obj.name(*args)` without allocating a bound method when the attribute is a plain method. */
export function callMethod(obj: PyValue, name: string, args: PyValue[], kwargs: Kwargs): PyValue {
  if (obj !== null && typeof obj === 'object' && !(obj instanceof PyType) && !(obj instanceof PySuper) && !(obj instanceof PyModule)) {
    const descr = obj.cls.lookup(name);
    if (
      (descr instanceof PyBuiltinFunction && descr.isMethod) ||
      (descr instanceof PyFunction && !(obj instanceof PyInstance && obj.dict.has(name)))
    ) {
      return call(descr, [obj, ...args], kwargs);
    }
  } else if (obj !== null && typeof obj !== 'object') {
    const descr = typeOf(obj).lookup(name);
    if (descr instanceof PyBuiltinFunction && descr.isMethod) return descr.fn([obj, ...args], kwargs);
  }
  return call(getAttr(obj, name), args, kwargs);
}

/** A special method the type overrides (undefined when absent or only object's default). */
export function userDunder(obj: PyValue, name: string): PyValue | undefined {
  const descr = typeOf(obj).lookup(name);
  return descr === undefined || objectDefaults.has(descr) ? undefined : descr;
}

/** Calls a special method looked up on the type; undefined when the type has none (object's
 *  defaults count as none: callers implement the default behaviour themselves). */
export function callDunder(obj: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const descr = typeOf(obj).lookup(name);
  if (descr === undefined || objectDefaults.has(descr)) return undefined;
  if (descr instanceof PyFunction || (descr instanceof PyBuiltinFunction && descr.isMethod)) {
    return call(descr, [obj, ...args], null);
  }
  if (descr === null) throw typeError(`'${typeOf(obj).name}' object is not ${dunderRole(name)}`);
  return call(bindDescriptor(descr, obj, name), args, null);
}

/** What a `__x__ = None` in a class body switches off, for the TypeError text. */
function dunderRole(name: string): string {
  switch (name) {
    case '__iter__':
      return 'iterable';
    case '__call__':
      return 'callable';
    case '__getitem__':
      return 'subscriptable';
    default:
      return `usable as ${name}`;
  }
}

function construct(cls: PyType, args: PyValue[], kwargs: Kwargs): PyValue {
  if (cls.construct === null) throw typeError(`cannot create '${cls.name}' instances`);
  return cls.construct(cls, args, kwargs);
}

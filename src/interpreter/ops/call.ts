// Calling any Python callable, and calling methods without materialising bound-method objects.
import { PyType, PyValue } from '../objects/core.js';
import { typeError } from '../objects/exceptions.js';
import { PyBoundMethod, PyBuiltinFunction, PyFunction, PyProperty } from '../objects/function.js';
import { PyInstance } from '../objects/values.js';
import { typeOf } from './typeof.js';
import { getAttr } from './attr.js';

export type Kwargs = Map<string, PyValue> | null;

export function call(f: PyValue, args: PyValue[], kwargs: Kwargs): PyValue {
  if (f instanceof PyFunction) return f.code.run(f, f.signature.bind(f.qualname, args, kwargs));
  if (f instanceof PyBuiltinFunction) {
    return f.self !== undefined ? f.fn([f.self, ...args], kwargs) : f.fn(args, kwargs);
  }
  if (f instanceof PyBoundMethod) return call(f.func, [f.self, ...args], kwargs);
  if (f instanceof PyType) return construct(f, args, kwargs);
  const dunder = f === null ? undefined : typeOf(f).lookup('__call__');
  if (dunder !== undefined) return call(dunder, [f, ...args], kwargs);
  throw typeError(`'${typeOf(f).name}' object is not callable`);
}

/** `obj.name(*args)` without allocating a bound method when the attribute is a plain method. */
export function callMethod(obj: PyValue, name: string, args: PyValue[], kwargs: Kwargs): PyValue {
  if (obj !== null && typeof obj === 'object' && !(obj instanceof PyType)) {
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

/** Calls a special method looked up on the type; undefined when the type has none. */
export function callDunder(obj: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const descr = typeOf(obj).lookup(name);
  if (descr === undefined) return undefined;
  if (descr instanceof PyProperty) return call(call(descr.fget, [obj], null), args, null);
  return call(descr, [obj, ...args], null);
}

function construct(cls: PyType, args: PyValue[], kwargs: Kwargs): PyValue {
  if (cls.construct === null) throw typeError(`cannot create '${cls.name}' instances`);
  return cls.construct(cls, args, kwargs);
}

// Attribute access: getattr/setattr/delattr with Python's descriptor rules (data descriptors,
// instance dict, methods bound on lookup), and the errors CPython raises.
import { PyType, PyValue } from '../objects/core.js';
import { attributeError, PyBaseException } from '../objects/exceptions.js';
import { PyBoundMethod, PyBuiltinFunction, PyFunction, PyModule, PyProperty } from '../objects/function.js';
import { PyInstance, PyTuple } from '../objects/values.js';
import { typeOf } from './typeof.js';
import { call } from './call.js';

/** Objects that carry a per-instance attribute dict. */
function instanceDict(obj: PyValue): Map<string, PyValue> | null {
  if (obj instanceof PyInstance || obj instanceof PyFunction || obj instanceof PyBaseException) return obj.dict;
  return null;
}

/** Binds a class attribute found for an instance: functions become bound methods. */
export function bindDescriptor(descr: PyValue, obj: PyValue): PyValue {
  if (descr instanceof PyFunction) return new PyBoundMethod(descr, obj);
  if (descr instanceof PyBuiltinFunction && descr.isMethod) return new PyBoundMethod(descr, obj);
  if (descr instanceof PyProperty) return call(descr.fget, [obj], null);
  return descr;
}

export function getAttr(obj: PyValue, name: string): PyValue {
  const v = lookupAttr(obj, name);
  if (v !== undefined) return v;
  throw missingAttribute(obj, name);
}

/** getattr that returns undefined instead of raising AttributeError (for hasattr and fallbacks). */
export function lookupAttr(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyModule) {
    const v = obj.dict.get(name);
    return v;
  }
  if (obj instanceof PyType) return typeAttr(obj, name);
  const t = typeOf(obj);
  const descr = t.lookup(name);
  if (descr instanceof PyProperty) return call(descr.fget, [obj], null);
  const dict = instanceDict(obj);
  if (dict) {
    const v = dict.get(name);
    if (v !== undefined) return v;
  }
  if (descr !== undefined) return bindDescriptor(descr, obj);
  return specialAttr(obj, t, name);
}

/** Attributes every object has without storing them. */
function specialAttr(obj: PyValue, t: PyType, name: string): PyValue | undefined {
  switch (name) {
    case '__class__':
      return t;
    case '__name__':
      if (obj instanceof PyFunction || obj instanceof PyBuiltinFunction) return obj.name;
      return undefined;
    case '__qualname__':
      if (obj instanceof PyFunction || obj instanceof PyBuiltinFunction) return obj.qualname;
      return undefined;
    case '__module__':
      if (obj instanceof PyFunction) return obj.module;
      return undefined;
    case 'args':
      if (obj instanceof PyBaseException) return new PyTuple(obj.args);
      return undefined;
    case '__self__':
      if (obj instanceof PyBoundMethod) return obj.self;
      return undefined;
    case '__func__':
      if (obj instanceof PyBoundMethod) return obj.func;
      return undefined;
    default:
      return undefined;
  }
}

function typeAttr(cls: PyType, name: string): PyValue | undefined {
  const v = cls.lookup(name);
  if (v !== undefined) return v;
  switch (name) {
    case '__name__':
      return cls.name;
    case '__qualname__':
      return cls.qualname;
    case '__module__':
      return cls.module;
    case '__mro__':
      return new PyTuple(cls.mro);
    case '__bases__':
      return new PyTuple(cls.bases);
    case '__class__':
      return typeOf(cls);
    default:
      return undefined;
  }
}

export function missingAttribute(obj: PyValue, name: string): PyBaseException {
  if (obj instanceof PyModule) return attributeError(`module '${obj.name}' has no attribute '${name}'`, obj, name);
  if (obj instanceof PyType) return attributeError(`type object '${obj.name}' has no attribute '${name}'`, obj, name);
  return attributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`, obj, name);
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyModule) {
    obj.dict.set(name, value);
    return;
  }
  if (obj instanceof PyType) {
    obj.dict.set(name, value);
    return;
  }
  const t = typeOf(obj);
  const descr = t.lookup(name);
  if (descr instanceof PyProperty) {
    if (descr.fset === null) throw attributeError(`can't set attribute '${name}'`, obj, name);
    call(descr.fset, [obj, value], null);
    return;
  }
  const dict = instanceDict(obj);
  if (dict) {
    dict.set(name, value);
    return;
  }
  if (descr !== undefined) throw attributeError(`'${t.name}' object attribute '${name}' is read-only`, obj, name);
  throw attributeError(`'${t.name}' object has no attribute '${name}'`, obj, name);
}

export function delAttr(obj: PyValue, name: string): void {
  const dict = obj instanceof PyModule || obj instanceof PyType ? obj.dict : instanceDict(obj);
  if (dict && dict.delete(name)) return;
  throw missingAttribute(obj, name);
}

/** Every attribute name visible on obj, sorted, as dir() returns them. */
export function dirNames(obj: PyValue): string[] {
  const names = new Set<string>();
  if (obj instanceof PyModule) {
    for (const k of obj.dict.keys()) names.add(k);
  } else {
    const dict = instanceDict(obj);
    if (dict) for (const k of dict.keys()) names.add(k);
    const types = obj instanceof PyType ? obj.mro : typeOf(obj).mro;
    for (const t of types) for (const k of t.dict.keys()) names.add(k);
    if (obj instanceof PyType) for (const k of ['__name__', '__qualname__', '__module__', '__mro__']) names.add(k);
    names.add('__class__');
  }
  return [...names].sort();
}

/** Looks a special method up on the type only (as CPython does for dunders). */
export function typeMethod(obj: PyValue, name: string): PyValue | undefined {
  return typeOf(obj).lookup(name);
}

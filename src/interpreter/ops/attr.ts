// Attribute access: getattr/setattr/delattr with Python's descriptor rules (data descriptors,
// instance dict, then non-data descriptors bound on lookup), `__getattr__`/`__setattr__`/
// `__delattr__` hooks, and the errors CPython raises.
import { PyType, PyValue, hasLazyAttrDict } from '../objects/core.js';
import { attributeError, PyBaseException, typeError } from '../objects/exceptions.js';
import {
  PyBoundMethod,
  PyBuiltinFunction,
  PyClassMethod,
  PyFunction,
  PyModule,
  PyProperty,
  PyStaticMethod,
  PySuper,
} from '../objects/function.js';
import { PyDict, PyDictSub, PyInstance, PyListSub, PyTuple, PyTupleSub } from '../objects/values.js';
import { objectType, typeType } from '../objects/builtin-types.js';
import { typeOf } from './typeof.js';
import { call } from './call.js';

// What instanceDict returns for a LazyAttrDict object that has no dict yet, when the caller only
// reads: never written (writers ask with create = true).
const NO_ATTRS: Map<string, PyValue> = new Map();

/** Objects that carry a per-instance attribute dict. `create`: the caller may write to it. */
export function instanceDict(obj: PyValue, create = false): Map<string, PyValue> | null {
  if (hasLazyAttrDict(obj)) {
    if (obj.attrDict === undefined && create) obj.attrDict = new Map();
    return obj.attrDict ?? NO_ATTRS;
  }
  if (
    obj instanceof PyInstance ||
    obj instanceof PyFunction ||
    obj instanceof PyBaseException ||
    obj instanceof PyListSub ||
    obj instanceof PyDictSub ||
    obj instanceof PyTupleSub
  ) {
    return obj.dict;
  }
  return null;
}

/** A descriptor that takes precedence over the instance dict (defines __set__ or __delete__). */
function isDataDescriptor(descr: PyValue): boolean {
  if (descr instanceof PyProperty) return true;
  if (descr instanceof PyInstance) {
    const t = descr.cls;
    return t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined;
  }
  return false;
}

function propertyGet(p: PyProperty, obj: PyValue, name: string): PyValue {
  if (p.fget === null) {
    throw attributeError(`property '${name}' of '${typeOf(obj).name}' object has no getter`, obj, name);
  }
  return call(p.fget, [obj], null);
}

/** Binds a class attribute found for an instance: functions become bound methods. */
export function bindDescriptor(descr: PyValue, obj: PyValue, name = '?'): PyValue {
  if (descr === null || typeof descr !== 'object') return descr;
  if (descr instanceof PyFunction) return new PyBoundMethod(descr, obj);
  if (descr instanceof PyBuiltinFunction) return descr.isMethod ? new PyBoundMethod(descr, obj) : descr;
  if (descr instanceof PyProperty) return propertyGet(descr, obj, name);
  if (descr instanceof PyStaticMethod) return descr.func;
  if (descr instanceof PyClassMethod) return new PyBoundMethod(descr.func, typeOf(obj));
  // Any other object whose class defines __get__ (Python classes, and runtime types such as
  // tf.function's Function, which binds like a method).
  const get = typeOf(descr).lookup('__get__');
  if (get !== undefined) return call(get, [descr, obj, typeOf(obj)], null);
  return descr;
}

export function getAttr(obj: PyValue, name: string): PyValue {
  const v = lookupAttr(obj, name);
  if (v !== undefined) return v;
  throw missingAttribute(obj, name);
}

/** getattr that returns undefined instead of raising AttributeError (for hasattr and fallbacks);
 *  a `__getattr__` hook may still raise. */
export function lookupAttr(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyInstance) {
    // The common case first: a method or an instance attribute of a user object.
    const t = obj.cls;
    const descr = t.lookup(name);
    if (descr !== undefined) {
      if (descr instanceof PyFunction) {
        const own = obj.dict.get(name);
        return own !== undefined ? own : new PyBoundMethod(descr, obj);
      }
      if (isDataDescriptor(descr)) return bindDescriptor(descr, obj, name);
    }
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
    if (descr !== undefined) return bindDescriptor(descr, obj, name);
    return missingHook(obj, t, name);
  }
  if (obj instanceof PyModule) {
    let v = obj.dict.get(name);
    if (v === undefined) v = obj.lazyAttr(name);
    if (v !== undefined || name !== '__dict__') return v;
    return attrDictView.make(obj.dict);
  }
  if (obj instanceof PyType) return typeAttr(obj, name);
  if (obj instanceof PySuper) return superAttr(obj, name);
  return genericGetAttr(obj, name);
}

/** object.__getattribute__ for everything that is not a module or a class. */
export function genericGetAttr(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const descr = t.lookup(name);
  if (descr !== undefined && isDataDescriptor(descr)) return bindDescriptor(descr, obj, name);
  const dict = instanceDict(obj);
  if (dict) {
    const v = dict.get(name);
    if (v !== undefined) return v;
  }
  if (descr !== undefined) return bindDescriptor(descr, obj, name);
  return missingHook(obj, t, name);
}

/** Attributes every object has without storing them, then the class's `__getattr__`. */
function missingHook(obj: PyValue, t: PyType, name: string): PyValue | undefined {
  const special = specialAttr(obj, t, name);
  if (special !== undefined) return special;
  const hook = t.lookup('__getattr__');
  if (hook !== undefined) return call(bindDescriptor(hook, obj, '__getattr__'), [name], null);
  return undefined;
}

function specialAttr(obj: PyValue, t: PyType, name: string): PyValue | undefined {
  switch (name) {
    case '__class__':
      return t;
    case '__dict__': {
      const dict = instanceDict(obj, true);
      return dict && t.instancesHaveDict ? attrDictView.make(dict) : undefined;
    }
    case '__name__':
      if (obj instanceof PyFunction || obj instanceof PyBuiltinFunction) return obj.name;
      return undefined;
    case '__qualname__':
      if (obj instanceof PyFunction || obj instanceof PyBuiltinFunction) return obj.qualname;
      return undefined;
    case '__module__':
      if (obj instanceof PyFunction) return obj.module;
      return undefined;
    case '__doc__':
      if (obj instanceof PyFunction) return typeof obj.code.doc === 'string' ? obj.code.doc : null;
      if (obj instanceof PyBoundMethod) return lookupAttr(obj.func, '__doc__');
      return t.lookup('__doc__') === undefined ? null : undefined;
    case '__annotations__':
      if (obj instanceof PyFunction) return obj.annotations === undefined ? (obj.annotations = new PyDict()) : obj.annotations;
      if (obj instanceof PyBoundMethod) return lookupAttr(obj.func, '__annotations__');
      return undefined;
    case '__self__':
      if (obj instanceof PyBoundMethod) return obj.self;
      return undefined;
    case '__func__':
      if (obj instanceof PyBoundMethod || obj instanceof PyStaticMethod || obj instanceof PyClassMethod) return obj.func;
      return undefined;
    case '__wrapped__':
      if (obj instanceof PyStaticMethod || obj instanceof PyClassMethod) return obj.func;
      return undefined;
    case 'fget':
    case 'fset':
    case 'fdel':
      if (obj instanceof PyProperty) return obj[name];
      return undefined;
    default:
      if (obj instanceof PyBaseException) return exceptionAttr(obj, name);
      return undefined;
  }
}

function exceptionAttr(e: PyBaseException, name: string): PyValue | undefined {
  switch (name) {
    case 'args':
      return new PyTuple(e.args);
    case '__cause__':
      return e.cause;
    case '__context__':
      return e.context;
    case '__suppress_context__':
      return e.suppressContext;
    case '__traceback__':
      return e.traceback.length || e.pendingPos !== null ? tracebackObject.make(e) : null;
    default:
      return undefined;
  }
}

/** Hooks filled by modules that own the objects (avoids import cycles). */
export const attrDictView: { make: (dict: Map<string, PyValue>) => PyValue } = {
  make: () => {
    throw new Error('attrDictView not installed');
  },
};
const tracebackType = new PyType('traceback', [objectType]);
/** `e.__traceback__`: an opaque traceback object (its frames are printed by traceback.ts). */
export const tracebackObject: { make: (e: PyBaseException) => PyValue } = { make: () => new PyInstance(tracebackType) };

/** Attribute of a class: its MRO's dicts (descriptors bound for class access), then the
 *  metaclass `type`'s own attributes. */
function typeAttr(cls: PyType, name: string): PyValue | undefined {
  const v = cls.lookup(name);
  if (v !== undefined) {
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof PyStaticMethod) return v.func;
    if (v instanceof PyClassMethod) return new PyBoundMethod(v.func, cls);
    if (v instanceof PyInstance) {
      const get = v.cls.lookup('__get__');
      if (get !== undefined) return call(get, [v, null, cls], null);
    }
    return v;
  }
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
    case '__base__':
      return cls.bases.length ? cls.bases[0] : null;
    case '__class__':
      return typeOf(cls);
    case '__doc__':
      return null;
    case '__dict__':
      return classDictView.make(cls);
  }
  const meta = typeType.lookup(name);
  if (meta !== undefined) return bindDescriptor(meta, cls, name);
  return undefined;
}

export const classDictView: { make: (cls: PyType) => PyValue } = {
  make: () => {
    throw new Error('classDictView not installed');
  },
};

/** super(C, obj).name: the MRO of obj's type after C; binds to obj. */
function superAttr(s: PySuper, name: string): PyValue | undefined {
  const mro = s.objType.mro;
  let i = mro.indexOf(s.thisType);
  if (name !== '__class__') {
    for (i++; i > 0 && i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v === undefined) continue;
      if (s.obj === s.objType && s.obj !== null) {
        // super() in a classmethod or __new__: bound as class access.
        if (v instanceof PyClassMethod) return new PyBoundMethod(v.func, s.obj);
        if (v instanceof PyStaticMethod) return v.func;
        if (v instanceof PyFunction || (v instanceof PyBuiltinFunction && !v.isMethod)) return v;
        if (v instanceof PyBuiltinFunction) return new PyBoundMethod(v, s.obj);
        return v;
      }
      return bindDescriptor(v, s.obj, name);
    }
  }
  return genericGetAttr(s, name);
}

export function missingAttribute(obj: PyValue, name: string): PyBaseException {
  if (obj instanceof PyModule) return attributeError(`module '${obj.name}' has no attribute '${name}'`, obj, name);
  if (obj instanceof PyType) return attributeError(`type object '${obj.name}' has no attribute '${name}'`, obj, name);
  if (obj instanceof PySuper) return attributeError(`'super' object has no attribute '${name}'`, obj, name);
  return attributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`, obj, name);
}

/** The builtin object.__setattr__/__delattr__, found by identity to skip the hook call. */
export const objectHooks: { setattr: PyValue | undefined; delattr: PyValue | undefined } = {
  setattr: undefined,
  delattr: undefined,
};

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyInstance || instanceDict(obj) !== null) {
    const hook = typeOf(obj).lookup('__setattr__');
    if (hook !== objectHooks.setattr && hook !== undefined) {
      call(bindDescriptor(hook, obj, '__setattr__'), [name, value], null);
      return;
    }
  } else if (obj instanceof PyModule) {
    obj.dict.set(name, value);
    return;
  } else if (obj instanceof PyType) {
    if (obj.immutable) {
      throw typeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    }
    obj.dict.set(name, value);
    return;
  }
  genericSetAttr(obj, name, value);
}

/** object.__setattr__: data descriptors, then the instance dict (or its __slots__). */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue): void {
  const t = typeOf(obj);
  const descr = t.lookup(name);
  if (descr instanceof PyProperty) {
    if (descr.fset === null && descr.fget instanceof PyBuiltinFunction) {
      throw attributeError(`attribute '${name}' of '${t.name}' objects is not writable`, obj, name);
    }
    if (descr.fset === null) throw attributeError(`property '${name}' of '${t.name}' object has no setter`, obj, name);
    call(descr.fset, [obj, value], null);
    return;
  }
  if (descr instanceof PyInstance) {
    const set = descr.cls.lookup('__set__');
    if (set !== undefined) {
      call(set, [descr, obj, value], null);
      return;
    }
  }
  const dict = instanceDict(obj, true);
  if (dict) {
    if (!t.instancesHaveDict && !t.slotNames!.has(name)) {
      throw attributeError(
        descr !== undefined
          ? `'${t.name}' object attribute '${name}' is read-only`
          : `'${t.name}' object has no attribute '${name}'`,
        obj,
        name,
      );
    }
    dict.set(name, value);
    return;
  }
  if (descr !== undefined) throw attributeError(`'${t.name}' object attribute '${name}' is read-only`, obj, name);
  throw attributeError(`'${t.name}' object has no attribute '${name}'`, obj, name);
}

export function delAttr(obj: PyValue, name: string): void {
  if (obj instanceof PyInstance || instanceDict(obj) !== null) {
    const hook = typeOf(obj).lookup('__delattr__');
    if (hook !== objectHooks.delattr && hook !== undefined) {
      call(bindDescriptor(hook, obj, '__delattr__'), [name], null);
      return;
    }
  } else if (obj instanceof PyModule || obj instanceof PyType) {
    if (obj.dict.delete(name)) return;
    throw missingAttribute(obj, name);
  }
  genericDelAttr(obj, name);
}

export function genericDelAttr(obj: PyValue, name: string): void {
  const t = typeOf(obj);
  const descr = t.lookup(name);
  if (descr instanceof PyProperty) {
    if (descr.fdel === null) throw attributeError(`property '${name}' of '${t.name}' object has no deleter`, obj, name);
    call(descr.fdel, [obj], null);
    return;
  }
  if (descr instanceof PyInstance) {
    const del = descr.cls.lookup('__delete__');
    if (del !== undefined) {
      call(del, [descr, obj], null);
      return;
    }
  }
  const dict = instanceDict(obj);
  if (dict && dict.delete(name)) return;
  throw missingAttribute(obj, name);
}

/** Every attribute name visible on obj, sorted, as dir() returns them. */
export function dirNames(obj: PyValue): string[] {
  const names = new Set<string>();
  if (obj instanceof PyModule) {
    for (const k of obj.dict.keys()) names.add(k);
    for (const k of obj.lazyNames) names.add(k);
  } else {
    const dict = instanceDict(obj);
    if (dict) for (const k of dict.keys()) names.add(k);
    const types = obj instanceof PyType ? obj.mro : typeOf(obj).mro;
    for (const t of types) for (const k of t.dict.keys()) names.add(k);
    if (obj instanceof PyType) {
      for (const k of ['__module__', '__doc__']) names.add(k);
      if (obj.module !== 'builtins') for (const k of ['__dict__', '__weakref__']) names.add(k);
    } else {
      names.add('__class__');
      const t = typeOf(obj);
      if (t.module !== 'builtins') {
        names.add('__module__');
        names.add('__doc__');
        if (t.instancesHaveDict) {
          names.add('__dict__');
          names.add('__weakref__');
        }
      }
    }
  }
  return [...names].sort();
}

/** Looks a special method up on the type only (as CPython does for dunders). */
export function typeMethod(obj: PyValue, name: string): PyValue | undefined {
  return typeOf(obj).lookup(name);
}

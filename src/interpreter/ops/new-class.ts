// Creating a class from name, bases and namespace: what both the class statement and
// type(name, bases, dict) do (MRO, implicit staticmethod/classmethod, __hash__ = None next to
// __eq__, __slots__, __set_name__, __init_subclass__).
import { MroError, PyType, PyValue, objectType } from '../objects/core.js';
import { typeError } from '../objects/exceptions.js';
import { PyBoundMethod, PyClassMethod, PyFunction, PyStaticMethod } from '../objects/function.js';
import { PyInstance } from '../objects/values.js';
import { call, Kwargs } from './call.js';
import { bindDescriptor } from './attr.js';
import { iterToArray } from './iter.js';

export function makeClass(
  name: string,
  bases: PyValue[],
  namespace: Map<string, PyValue>,
  kwargs: Kwargs = null,
): PyType {
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError('bases must be types');
  }
  const baseTypes = bases.length ? (bases as PyType[]) : [objectType];
  const moduleName = namespace.get('__module__');
  const qualname = namespace.get('__qualname__');
  let t: PyType;
  try {
    t = new PyType(
      name,
      baseTypes,
      typeof moduleName === 'string' ? moduleName : 'builtins',
      typeof qualname === 'string' ? qualname : name,
    );
  } catch (e) {
    if (e instanceof MroError) throw typeError(e.message);
    throw e;
  }
  for (const [k, v] of namespace) {
    if (k === '__qualname__') continue;
    // Python makes these special methods static/class methods without a decorator.
    if (k === '__new__' && v instanceof PyFunction) t.dict.set(k, new PyStaticMethod(v));
    else if ((k === '__init_subclass__' || k === '__class_getitem__') && v instanceof PyFunction) t.dict.set(k, new PyClassMethod(v));
    else t.dict.set(k, v);
  }
  if (!t.dict.has('__doc__')) t.dict.set('__doc__', null);
  if (t.dict.has('__eq__') && !t.dict.has('__hash__')) t.dict.set('__hash__', null);
  applySlots(t);
  for (const [k, v] of namespace) {
    if (v instanceof PyInstance) {
      const setName = v.cls.lookup('__set_name__');
      if (setName !== undefined) call(setName, [v, t, k], null);
    }
  }
  const parentHook = superLookup(t, '__init_subclass__');
  if (parentHook !== undefined) {
    const hook = parentHook instanceof PyClassMethod ? new PyBoundMethod(parentHook.func, t) : bindDescriptor(parentHook, t);
    call(hook, [], kwargs);
  } else if (kwargs && kwargs.size) {
    throw typeError(`${name}.__init_subclass__() takes no keyword arguments`);
  }
  return t;
}

/** The first definition of name in the MRO after t itself. */
function superLookup(t: PyType, name: string): PyValue | undefined {
  for (let i = 1; i < t.mro.length; i++) {
    const v = t.mro[i].dict.get(name);
    if (v !== undefined) return v instanceof PyFunction ? new PyClassMethod(v) : v;
  }
  return undefined;
}

/** __slots__: instances get no __dict__ when every class in the MRO declares slots. */
function applySlots(t: PyType): void {
  const own = t.dict.get('__slots__');
  if (own === undefined) return;
  const names = typeof own === 'string' ? [own] : iterToArray(own).map((n) => {
    if (typeof n !== 'string') throw typeError(`__slots__ items must be strings, not '${n === null ? 'NoneType' : typeof n}'`);
    return n;
  });
  const allowed = new Set<string>(names);
  let withDict = names.includes('__dict__');
  for (const base of t.mro.slice(1)) {
    if (base === objectType) continue;
    if (base.slotNames === null || base.instancesHaveDict) withDict = true;
    else for (const n of base.slotNames) allowed.add(n);
  }
  t.slotNames = allowed;
  t.instancesHaveDict = withDict;
}

// property, staticmethod, classmethod and super: the descriptor types Python code creates.
import { PyType, PyValue } from '../objects/core.js';
import { classmethodType, propertyType, staticmethodType, superType } from '../objects/builtin-types.js';
import { pyExc, typeError } from '../objects/exceptions.js';
import { PyClassMethod, PyFunction, PyProperty, PyStaticMethod, PySuper } from '../objects/function.js';
import { typeOf } from '../ops/typeof.js';
import { call } from '../ops/call.js';
import { checkArity, defineMethod, noKwargs, pyParams } from './define.js';

const propertyParams = pyParams('property', ['fget', 'fset', 'fdel', 'doc'], { fget: null, fset: null, fdel: null, doc: null });

export function installDescriptorTypes(): void {
  propertyType.construct = (_c, a, k) => {
    if (a.length > 4) throw typeError(`property() takes at most 4 arguments (${a.length} given)`);
    const p = propertyParams(a, k);
    let doc = p.doc;
    if (doc === null && p.fget instanceof PyFunction) {
      const d = p.fget.dict.get('__doc__');
      doc = d === undefined ? null : d;
    }
    return new PyProperty(p.fget, p.fset, p.fdel, doc);
  };
  const copyWith = (name: 'getter' | 'setter' | 'deleter') =>
    defineMethod(propertyType, name, (self, args) => {
      checkArity(name, args, 1, 1);
      const p = self as PyProperty;
      const f = args[0];
      return new PyProperty(name === 'getter' ? f : p.fget, name === 'setter' ? f : p.fset, name === 'deleter' ? f : p.fdel, p.doc);
    });
  copyWith('getter');
  copyWith('setter');
  copyWith('deleter');
  defineMethod(propertyType, '__get__', (self, args) => {
    const p = self as PyProperty;
    if (args[0] === null) return p;
    if (p.fget === null) throw pyExc('AttributeError', 'unreadable attribute');
    return call(p.fget, [args[0]], null);
  });

  staticmethodType.construct = (_c, a, k) => {
    noKwargs('staticmethod', k);
    if (a.length !== 1) throw typeError(`staticmethod expected 1 argument, got ${a.length}`);
    return new PyStaticMethod(a[0]);
  };
  classmethodType.construct = (_c, a, k) => {
    noKwargs('classmethod', k);
    if (a.length !== 1) throw typeError(`classmethod expected 1 argument, got ${a.length}`);
    return new PyClassMethod(a[0]);
  };

  superType.construct = (_c, a, k) => {
    noKwargs('super', k);
    if (a.length === 0) throw pyExc('RuntimeError', 'super(): no arguments');
    checkArity('super', a, 1, 2);
    const t = a[0];
    if (!(t instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeOf(t).name}`);
    if (a.length === 1) return new PySuper(t, null, t);
    const obj = a[1];
    if (obj instanceof PyType && obj.isSubtypeOf(t)) return new PySuper(t, obj, obj);
    const ot = typeOf(obj);
    if (!ot.isSubtypeOf(t)) throw typeError('super(type, obj): obj must be an instance or subtype of type');
    return new PySuper(t, obj, ot);
  };
}


// The methods every object inherits from `object` (and exceptions from BaseException), so Python
// code can call them explicitly: super().__init__(), object.__setattr__(self, k, v),
// super().__eq__(other), Exception.__init__(self, msg), ...
// They are registered in objectDefaults: operations that implement the default behaviour
// themselves (repr, ==, hash) treat them as "not overridden" and skip the call.
import { PyType, PyValue, objectType, typeType } from '../objects/core.js';
import { baseExceptionType, PyBaseException, typeError } from '../objects/exceptions.js';
import { objectDefaults } from '../objects/builtin-types.js';
import { PyBuiltinFunction, PyClassMethod, PyStaticMethod } from '../objects/function.js';
import { NotImplemented, PyList } from '../objects/values.js';
import { genericDelAttr, genericGetAttr, genericSetAttr, missingAttribute, objectHooks } from '../ops/attr.js';
import { formatValue } from '../ops/format.js';
import { identityHash, pyHash } from '../ops/hash.js';
import { exceptionStr, repr, str } from '../ops/text.js';
import { typeOf } from '../ops/typeof.js';
import { Kwargs } from '../ops/call.js';
import { defineMethod } from './define.js';
import { bareInstance } from './constructors.js';

function defaultMethod(type: PyType, name: string, body: (self: PyValue, args: PyValue[], kwargs: Kwargs) => PyValue): PyValue {
  defineMethod(type, name, body);
  const fn = type.dict.get(name)!;
  objectDefaults.add(fn);
  return fn;
}

const attrName = (v: PyValue): string => {
  if (typeof v !== 'string') throw typeError(`attribute name must be string, not '${typeOf(v).name}'`);
  return v;
};

export function installObjectProtocols(): void {
  defaultMethod(objectType, '__init__', (self, args, kwargs) => {
    // object.__init__ accepts extra arguments only when __new__ is overridden and __init__ is not.
    const t = typeOf(self);
    const extra = args.length > 0 || (kwargs !== null && kwargs.size > 0);
    if (extra && (t.lookup('__init__') !== objectType.dict.get('__init__') || t.lookup('__new__') === objectType.dict.get('__new__'))) {
      throw typeError(
        t.lookup('__init__') !== objectType.dict.get('__init__')
          ? 'object.__init__() takes exactly one argument (the instance to initialize)'
          : `${t.qualname}() takes no arguments`,
      );
    }
    return null;
  });
  const objectNew = new PyBuiltinFunction('__new__', (args) => {
    if (args.length === 0) throw typeError('object.__new__(): not enough arguments');
    const cls = args[0];
    if (!(cls instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeOf(cls).name})`);
    return bareInstance(cls, args.slice(1));
  }, false, 'object.__new__');
  objectType.dict.set('__new__', new PyStaticMethod(objectNew));
  objectDefaults.add(objectType.dict.get('__new__'));
  objectHooks.setattr = defaultMethod(objectType, '__setattr__', (self, args) => {
    genericSetAttr(self, attrName(args[0]), args[1]);
    return null;
  });
  objectHooks.delattr = defaultMethod(objectType, '__delattr__', (self, args) => {
    genericDelAttr(self, attrName(args[0]));
    return null;
  });
  defaultMethod(objectType, '__getattribute__', (self, args) => {
    const name = attrName(args[0]);
    const v = genericGetAttr(self, name);
    if (v === undefined) throw missingAttribute(self, name);
    return v;
  });
  defaultMethod(objectType, '__repr__', (self) => repr(self));
  defaultMethod(objectType, '__str__', (self) => str(self));
  defaultMethod(objectType, '__hash__', (self) => (self instanceof PyType ? identityHash(self) : pyHash(self)));
  defaultMethod(objectType, '__format__', (self, args) => {
    const spec = args[0];
    if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
    if (spec !== '') throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
    return formatValue(self, spec);
  });
  defaultMethod(objectType, '__eq__', (self, args) => (self === args[0] ? true : NotImplemented));
  defaultMethod(objectType, '__ne__', (self, args) => (self === args[0] ? false : NotImplemented));
  for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) defaultMethod(objectType, name, () => NotImplemented);
  const initSubclass = new PyBuiltinFunction('__init_subclass__', (_args, kwargs) => {
    if (kwargs && kwargs.size) {
      throw typeError(`${(_args[0] as PyType).qualname}.__init_subclass__() takes no keyword arguments`);
    }
    return null;
  }, false, 'object.__init_subclass__');
  objectType.dict.set('__init_subclass__', new PyClassMethod(initSubclass));
  objectDefaults.add(objectType.dict.get('__init_subclass__'));

  defaultMethod(typeType, 'mro', (self) => new PyList([...(self as PyType).mro]));
  defaultMethod(typeType, '__subclasses__', () => new PyList([]));

  defaultMethod(baseExceptionType, '__init__', (self, args) => {
    (self as PyBaseException).args = args;
    return null;
  });
  defaultMethod(baseExceptionType, '__str__', (self) => exceptionStr(self as PyBaseException));
  defaultMethod(baseExceptionType, '__repr__', (self) => repr(self));
  defineMethod(baseExceptionType, 'with_traceback', (self) => self);
  defineMethod(baseExceptionType, 'add_note', (self, args) => {
    const e = self as PyBaseException;
    const notes = e.dict.get('__notes__');
    if (notes instanceof PyList) notes.items.push(args[0]);
    else e.dict.set('__notes__', new PyList([args[0]]));
    return null;
  });
}

// Fills the builtins namespace once at start-up: functions, types, exceptions, constants.
import { PyValue } from '../objects/core.js';
import { exceptionTypes, pyExc } from '../objects/exceptions.js';
import { Ellipsis, NotImplemented, PyDict } from '../objects/values.js';
import { kwargsDictFactory } from '../objects/signature.js';
import { builtinsDict } from './registry.js';
import { builtinFunctions } from './functions.js';
import { builtinTypes, installConstructors } from './constructors.js';
import { installMethods } from './methods.js';
import { builtinFunction } from './define.js';
import { installObjectProtocols } from './protocols.js';
import { installSetMethods } from './set-methods.js';
import { installDescriptorTypes } from './descriptors.js';
import { installValueMethods } from './value-methods.js';
import { installRangeSlice } from './range-slice.js';
import { installBytes } from './bytes-methods.js';
import { installTypeDunders } from './type-dunders.js';
import { bytesType } from '../objects/bytes.js';
import {
  classmethodType,
  frozensetType,
  propertyType,
  setType,
  sliceType,
  staticmethodType,
  superType,
} from '../objects/builtin-types.js';
import { attrDictView, classDictView } from '../ops/attr.js';
import { AttrDictStorage } from '../objects/attr-dict.js';

let installed = false;

export function installBuiltins(): Map<string, PyValue> {
  if (installed) return builtinsDict;
  installed = true;
  installConstructors();
  installMethods();
  installObjectProtocols();
  installSetMethods();
  installDescriptorTypes();
  installValueMethods();
  installRangeSlice();
  installBytes();
  installTypeDunders();
  attrDictView.make = (dict) => new PyDict(new AttrDictStorage(dict));
  classDictView.make = (cls) => {
    const d = new PyDict();
    for (const [k, v] of cls.dict) d.storage.set(k, v);
    return d;
  };
  kwargsDictFactory.make = (entries) => {
    const d = new PyDict();
    for (const [k, v] of entries) d.storage.set(k, v);
    return d;
  };
  const entries: Record<string, PyValue> = {
    ...builtinFunctions(),
    ...builtinTypes,
    set: setType,
    frozenset: frozensetType,
    property: propertyType,
    staticmethod: staticmethodType,
    classmethod: classmethodType,
    super: superType,
    slice: sliceType,
    bytes: bytesType,
    Ellipsis,
    NotImplemented,
    __name__: 'builtins',
  };
  for (const [k, v] of Object.entries(entries)) builtinsDict.set(k, v);
  for (const [k, v] of exceptionTypes) builtinsDict.set(k, v);
  const exit = builtinFunction('exit', (args) => {
    const e = pyExc('SystemExit');
    e.args = args.length ? [args[0]] : [];
    throw e;
  });
  builtinsDict.set('exit', exit);
  builtinsDict.set('quit', exit);
  return builtinsDict;
}

// The builtin type objects, created in one place (without their methods) so every other module
// can refer to them without import cycles. Methods are installed by the files that own each type.
import { PyType, objectType, typeType } from './core.js';

export { objectType, typeType };
export const intType = new PyType('int', [objectType]);
export const boolType = new PyType('bool', [intType]);
export const floatType = new PyType('float', [objectType]);
export const strType = new PyType('str', [objectType]);
export const noneType = new PyType('NoneType', [objectType]);
export const listType = new PyType('list', [objectType]);
export const tupleType = new PyType('tuple', [objectType]);
export const dictType = new PyType('dict', [objectType]);
export const rangeType = new PyType('range', [objectType]);
export const functionType = new PyType('function', [objectType]);
export const builtinFunctionType = new PyType('builtin_function_or_method', [objectType]);
export const methodType = new PyType('method', [objectType]);
export const moduleType = new PyType('module', [objectType]);
export const propertyType = new PyType('property', [objectType]);
export const iteratorType = new PyType('iterator', [objectType]);
export const sliceType = new PyType('slice', [objectType]);
export const ellipsisType = new PyType('ellipsis', [objectType]);
export const notImplementedType = new PyType('NotImplementedType', [objectType]);
export const cellType = new PyType('cell', [objectType]);
export const staticmethodType = new PyType('staticmethod', [objectType]);
export const classmethodType = new PyType('classmethod', [objectType]);
export const superType = new PyType('super', [objectType]);
export const setType = new PyType('set', [objectType]);
export const frozensetType = new PyType('frozenset', [objectType]);
export const dictKeysType = new PyType('dict_keys', [objectType]);
export const dictValuesType = new PyType('dict_values', [objectType]);
export const dictItemsType = new PyType('dict_items', [objectType]);

for (const t of [objectType, typeType, intType, boolType, floatType, strType, listType, tupleType, dictType, rangeType, setType, frozensetType, noneType]) {
  t.immutable = true;
}

/** The builtin defaults installed on `object` (and BaseException): __repr__, __eq__, __hash__, ...
 *  Operations that implement these defaults themselves treat them as "not overridden". */
export const objectDefaults = new Set<unknown>();

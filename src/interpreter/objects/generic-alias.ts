// types.GenericAlias: what subscribing a builtin container type gives (`list[int]`), as evaluated
// annotations need. It prints as `list[int]`, calls its origin, and exposes __origin__/__args__.
import type { PyObject, PyValue } from './core.js';
import { objectType, PyType } from './core.js';

export const genericAliasType = new PyType('GenericAlias', [objectType], 'types');

export class PyGenericAlias implements PyObject {
  constructor(
    readonly origin: PyType,
    readonly args: readonly PyValue[],
  ) {}
  get cls(): PyType {
    return genericAliasType;
  }
}

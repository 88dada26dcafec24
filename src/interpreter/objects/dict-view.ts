// dict.keys()/values()/items(): live views of a dict (they see later changes, as in CPython).
import type { PyObject, PyType } from './core.js';
import { dictItemsType, dictKeysType, dictValuesType } from './builtin-types.js';
import type { PyDict } from './values.js';

export type ViewKind = 'keys' | 'values' | 'items';

const viewTypes: Record<ViewKind, PyType> = { keys: dictKeysType, values: dictValuesType, items: dictItemsType };

export class PyDictView implements PyObject {
  constructor(
    readonly kind: ViewKind,
    readonly dict: PyDict,
  ) {}
  get cls(): PyType {
    return viewTypes[this.kind];
  }
}

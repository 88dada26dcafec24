// The plain data types: float, list, tuple, dict, range, slice and the singletons.
import { PyObject, PyType, PyValue } from './core.js';
import {
  dictType,
  ellipsisType,
  floatType,
  listType,
  notImplementedType,
  rangeType,
  sliceType,
  tupleType,
} from './builtin-types.js';
import { DictStorage } from './dict-storage.js';

export class PyFloat implements PyObject {
  constructor(readonly v: number) {}
  get cls(): PyType {
    return floatType;
  }
}

export class PyList implements PyObject {
  constructor(public items: PyValue[]) {}
  get cls(): PyType {
    return listType;
  }
}

export class PyTuple implements PyObject {
  constructor(readonly items: readonly PyValue[]) {}
  get cls(): PyType {
    return tupleType;
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export class PyDict implements PyObject {
  /** An instance's `__dict__` passes storage over its attribute map (see attr-dict.ts). */
  constructor(readonly storage: DictStorage = new DictStorage()) {}
  get cls(): PyType {
    return dictType;
  }
}

export class PyRange implements PyObject {
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {}
  get cls(): PyType {
    return rangeType;
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}

export class PySlice implements PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {}
  get cls(): PyType {
    return sliceType;
  }
}

class Singleton implements PyObject {
  constructor(
    readonly cls: PyType,
    readonly reprText: string,
  ) {}
}

export const Ellipsis = new Singleton(ellipsisType, 'Ellipsis');
export const NotImplemented = new Singleton(notImplementedType, 'NotImplemented');

/** An instance of a user-defined class (or of a builtin type without its own layout). */
export class PyInstance implements PyObject {
  readonly dict = new Map<string, PyValue>();
  constructor(readonly cls: PyType) {}
}

export const pyFloat = (v: number): PyFloat => new PyFloat(v);

// Instances of user subclasses of list/dict/tuple keep the builtin layout (so every fast path
// that tests `instanceof PyList` still applies) and add the subclass and an attribute dict.
export class PyListSub extends PyList {
  readonly dict = new Map<string, PyValue>();
  constructor(
    items: PyValue[],
    private readonly subclass: PyType,
  ) {
    super(items);
  }
  override get cls(): PyType {
    return this.subclass;
  }
}

export class PyDictSub extends PyDict {
  readonly dict = new Map<string, PyValue>();
  constructor(private readonly subclass: PyType) {
    super();
  }
  override get cls(): PyType {
    return this.subclass;
  }
}

export class PyTupleSub extends PyTuple {
  readonly dict = new Map<string, PyValue>();
  constructor(
    items: readonly PyValue[],
    private readonly subclass: PyType,
  ) {
    super(items);
  }
  override get cls(): PyType {
    return this.subclass;
  }
}

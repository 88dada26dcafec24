// Callables: Python functions, builtin functions, bound methods, properties, modules and cells.
import { NativeCallable, PyObject, PyType, PyValue } from './core.js';
import {
  builtinFunctionType,
  cellType,
  functionType,
  methodType,
  moduleType,
  propertyType,
  staticmethodType,
  classmethodType,
  superType,
} from './builtin-types.js';
import { Signature } from './signature.js';

/** What the compiler produces for a def/lambda body; the function object adds the environment. */
export interface FunctionCode {
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly signature: Signature;
  /** The docstring (`__doc__`), when the body starts with a string literal. */
  readonly doc?: string | null;
  /** Runs the body with parameter slots already bound. */
  run(fn: PyFunction, slots: PyValue[]): PyValue;
}

export class Cell implements PyObject {
  constructor(public value: PyValue | undefined = undefined) {}
  get cls(): PyType {
    return cellType;
  }
}

export class PyFunction implements PyObject {
  readonly dict = new Map<string, PyValue>();
  /** `__annotations__`: set by a def with annotations, else made empty on first access. */
  annotations: PyValue | undefined = undefined;
  readonly signature: Signature;
  constructor(
    readonly code: FunctionCode,
    readonly globals: Map<string, PyValue>,
    defaults: PyValue[],
    kwDefaults: Map<string, PyValue>,
    readonly closure: Cell[] | null,
    readonly module: string,
  ) {
    this.signature =
      defaults.length || kwDefaults.size ? new Signature(code.signature.spec, defaults, kwDefaults) : code.signature;
  }
  get cls(): PyType {
    return functionType;
  }
  get name(): string {
    return this.code.name;
  }
  get qualname(): string {
    return this.code.qualname;
  }
}

export class PyBuiltinFunction implements PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeCallable,
    /** Methods of builtin types bind `self` as the first argument when looked up on an instance. */
    readonly isMethod = false,
    readonly qualname = name,
    readonly self: PyValue | undefined = undefined,
  ) {}
  get cls(): PyType {
    return builtinFunctionType;
  }
}

export class PyBoundMethod implements PyObject {
  constructor(
    readonly func: PyValue,
    readonly self: PyValue,
  ) {}
  get cls(): PyType {
    return methodType;
  }
}

export class PyProperty implements PyObject {
  constructor(
    readonly fget: PyValue,
    readonly fset: PyValue = null,
    readonly fdel: PyValue = null,
    public doc: PyValue = null,
  ) {}
  get cls(): PyType {
    return propertyType;
  }
}

export class PyModule implements PyObject {
  readonly dict = new Map<string, PyValue>();
  /** Attributes made on first use (costly ones, such as tf.Module, whose Python source compiles then). */
  private lazy: Map<string, () => PyValue> | null = null;
  constructor(
    readonly name: string,
    /** Source file for modules loaded from .py files; null for builtin modules. */
    readonly filename: string | null = null,
  ) {
    this.dict.set('__name__', name);
  }
  get cls(): PyType {
    return moduleType;
  }
  defineLazy(name: string, make: () => PyValue): void {
    (this.lazy ??= new Map()).set(name, make);
  }
  /** The value of a lazy attribute not made yet (made and stored now), else undefined. */
  lazyAttr(name: string): PyValue | undefined {
    const make = this.lazy?.get(name);
    if (make === undefined) return undefined;
    this.lazy!.delete(name);
    const v = make();
    this.dict.set(name, v);
    return v;
  }
  get lazyNames(): string[] {
    return this.lazy ? [...this.lazy.keys()] : [];
  }
}

/** `@staticmethod`: found on a class or instance, gives the function itself. */
export class PyStaticMethod implements PyObject {
  readonly dict = new Map<string, PyValue>();
  constructor(readonly func: PyValue) {}
  get cls(): PyType {
    return staticmethodType;
  }
}

/** `@classmethod`: found on a class or instance, binds the class. */
export class PyClassMethod implements PyObject {
  readonly dict = new Map<string, PyValue>();
  constructor(readonly func: PyValue) {}
  get cls(): PyType {
    return classmethodType;
  }
}

/** `super(type, obj)`: attribute lookup along obj's MRO, starting after `thisType`. */
export class PySuper implements PyObject {
  constructor(
    readonly thisType: PyType,
    /** The instance (or class, for classmethods and `__new__`) the found attributes bind to. */
    readonly obj: PyValue,
    /** type(obj), or obj itself when obj is a class. */
    readonly objType: PyType,
  ) {}
  get cls(): PyType {
    return superType;
  }
}

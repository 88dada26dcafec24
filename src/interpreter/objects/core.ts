// The Python object model's foundation: how a Python value is represented in JS, and `type`.
//
// Representation (chosen for speed of the common cases):
//   int      → JS number when it is a safe integer, bigint beyond that (always normalised back)
//   float    → PyFloat (boxed, so 1 and 1.0 stay distinct)
//   bool     → JS boolean
//   str      → JS string
//   None     → JS null
//   anything else → a JS object implementing PyObject (it knows its Python type)

export interface PyObject {
  readonly cls: PyType;
}

export type PyValue = number | bigint | boolean | string | null | PyObject;

/** Runtime objects (defined outside the interpreter) whose instances have a `__dict__` made on
 *  first write, as C-defined Python types with a dict offset do (TF's EagerTensor: TF stores
 *  `assign` on a variable's slices, Keras `_keras_mask` on tensors). Implemented by a JS class
 *  with `attrDict` left undefined until an attribute is set. */
export interface LazyAttrDict extends PyObject {
  attrDict: Map<string, PyValue> | undefined;
  readonly hasLazyAttrDict: true;
}

export const hasLazyAttrDict = (obj: PyValue): obj is LazyAttrDict =>
  typeof obj === 'object' && obj !== null && (obj as Partial<LazyAttrDict>).hasLazyAttrDict === true;

/** A builtin function's body: positional args and keyword args (null when there are none). */
export type NativeCallable = (args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue;

let nextTypeId = 1;

/** A Python class. Builtin types and user classes share this representation. */
export class PyType implements PyObject {
  readonly id = nextTypeId++;
  /** Method resolution order, starting with this type. */
  mro: PyType[];
  /** Class attributes: methods, properties, constants. */
  readonly dict = new Map<string, PyValue>();
  /** Creates instances for `Type(...)`; inherited from the nearest base that defines it. */
  construct: ((cls: PyType, args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue) | null = null;
  /** False when every class in the MRO declares `__slots__` (instances then have no `__dict__`). */
  instancesHaveDict = true;
  /** Attribute names allowed on instances without a `__dict__` (the union of the MRO's `__slots__`). */
  slotNames: Set<string> | null = null;
  /** Builtin types refuse `T.attr = v` ("cannot set 'x' attribute of immutable type 'int'"). */
  immutable = false;

  constructor(
    readonly name: string,
    readonly bases: PyType[],
    /** `__module__`: 'builtins' types print without a module prefix in tracebacks. */
    readonly module = 'builtins',
    public qualname = name,
  ) {
    this.mro = computeMro(this, bases);
    for (const base of this.mro) {
      if (base !== this && base.construct) {
        this.construct = base.construct;
        break;
      }
    }
  }

  get cls(): PyType {
    return typeType;
  }

  /** Looks an attribute up along the MRO; undefined when absent. */
  lookup(name: string): PyValue | undefined {
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  isSubtypeOf(other: PyType): boolean {
    return this === other || this.mro.includes(other);
  }
}

/** C3 linearisation, as CPython computes `__mro__`. */
function computeMro(cls: PyType, bases: PyType[]): PyType[] {
  if (bases.length === 0) return [cls];
  if (bases.length === 1) return [cls, ...bases[0].mro];
  const seqs = [...bases.map((b) => [...b.mro]), [...bases]];
  const result: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let head: PyType | null = null;
    for (const seq of nonEmpty) {
      const candidate = seq[0];
      if (!nonEmpty.some((s) => s.indexOf(candidate) > 0)) {
        head = candidate;
        break;
      }
    }
    if (head === null) {
      throw new MroError(
        `Cannot create a consistent method resolution\norder (MRO) for bases ${bases.map((b) => b.name).join(', ')}`,
      );
    }
    result.push(head);
    for (const seq of nonEmpty) if (seq[0] === head) seq.shift();
  }
}

/** Raised by computeMro; the class statement turns it into Python's TypeError. */
export class MroError extends Error {}

export const objectType = new PyType('object', []);
export const typeType = new PyType('type', [objectType]);

/** Marker for "no value": unbound locals, missing dict entries. Never visible to Python. */
export const UNBOUND = undefined;

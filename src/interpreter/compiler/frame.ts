// The run-time state of one executing scope. Locals live in an array indexed by the slots the
// resolver assigned; cells (captured locals) sit in their slot as Cell objects.
import type { PyObject, PyValue } from '../objects/core.js';
import type { Cell } from '../objects/function.js';

export class Frame {
  /** Return value of the function, set by `return`. */
  ret: PyValue = null;
  /** Class bodies collect their namespace here instead of in slots. */
  classNamespace: Map<string, PyValue> | null = null;
  /** Values of sub-expressions a generator evaluated before suspending (see gen-expr.ts). */
  temps: PyValue[] | null = null;
  /** A function's locals() dict: one per frame, refreshed by each call, as CPython's f_locals. */
  localsDict: PyObject | null = null;
  constructor(
    readonly locals: (PyValue | Cell | undefined)[],
    readonly closure: Cell[] | null,
    readonly globals: Map<string, PyValue>,
    readonly builtins: Map<string, PyValue>,
  ) {}
}

/** A compiled expression. */
export type Ev = (f: Frame) => PyValue;

/** Completion of a compiled statement: how control leaves it. */
export const enum Flow {
  Normal = 0,
  Break = 1,
  Continue = 2,
  Return = 3,
}

/** A compiled statement. */
export type Ex = (f: Frame) => Flow;

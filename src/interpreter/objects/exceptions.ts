// Python exceptions. A raised exception is thrown as the PyBaseException object itself (not a JS
// Error: capturing JS stacks would make Python's exception-based control flow slow).
import { PyObject, PyType, PyValue, objectType } from './core.js';
import type { Position } from '../../../grammar/ast.js';

/** One traceback line pair: where a frame was when the exception passed through it. */
export interface TracebackEntry {
  filename: string;
  /** Function name as CPython prints it (`<module>`, `f`, ...). */
  name: string;
  pos: Position;
}

export class PyBaseException implements PyObject {
  readonly dict = new Map<string, PyValue>();
  /** Innermost frame first, as collected while unwinding. */
  readonly traceback: TracebackEntry[] = [];
  /** The frame token whose position has been noted but not yet pushed (see compiler/trace.ts). */
  pendingFrame: object | null = null;
  pendingPos: Position | null = null;
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  /** For NameError: the local, global and builtin names where it was raised, searched in that
   *  order for "Did you mean" at print time, as CPython does. */
  nameCandidates: (() => string[][]) | null = null;

  constructor(
    readonly cls: PyType,
    public args: PyValue[],
  ) {}
}

export const baseExceptionType = new PyType('BaseException', [objectType]);
baseExceptionType.construct = (cls, args) => new PyBaseException(cls, args);

/** The exception classes of builtins, keyed by name, in CPython's hierarchy. */
export const exceptionTypes = new Map<string, PyType>([['BaseException', baseExceptionType]]);

function define(name: string, base: string): PyType {
  const t = new PyType(name, [exceptionTypes.get(base)!]);
  exceptionTypes.set(name, t);
  return t;
}

const hierarchy: [string, string][] = [
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['StopIteration', 'Exception'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['FileNotFoundError', 'OSError'],
  ['FileExistsError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['Warning', 'Exception'],
  ['UserWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
];
for (const [name, base] of hierarchy) define(name, base);

export function excType(name: string): PyType {
  const t = exceptionTypes.get(name);
  if (!t) throw new Error(`unknown exception type ${name}`);
  return t;
}

/** Creates an exception of a builtin class with a message, ready to throw. */
export function pyExc(typeName: string, message?: string): PyBaseException {
  return new PyBaseException(excType(typeName), message === undefined ? [] : [message]);
}

export const typeError = (msg: string) => pyExc('TypeError', msg);
export const valueError = (msg: string) => pyExc('ValueError', msg);
export const indexError = (msg: string) => pyExc('IndexError', msg);
export const zeroDivisionError = (msg: string) => pyExc('ZeroDivisionError', msg);
export const overflowError = (msg: string) => pyExc('OverflowError', msg);
export const runtimeError = (msg: string) => pyExc('RuntimeError', msg);
export const notImplementedError = (msg: string) => pyExc('NotImplementedError', msg);

/** NameError remembers the name so the traceback printer can suggest a close one. */
export function nameError(name: string): PyBaseException {
  const e = pyExc('NameError', `name '${name}' is not defined`);
  e.dict.set('name', name);
  return e;
}

/** AttributeError remembers the object and name for "Did you mean" suggestions. */
export function attributeError(message: string, obj: PyValue, name: string): PyBaseException {
  const e = pyExc('AttributeError', message);
  e.dict.set('name', name);
  e.dict.set('obj', obj);
  return e;
}

export function isInstanceOfType(e: PyBaseException, name: string): boolean {
  return e.cls.isSubtypeOf(excType(name));
}

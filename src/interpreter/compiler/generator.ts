// Generator objects. A generator function's body is compiled to JS generator closures
// (gen-stmt.ts); the PyGenerator drives that JS generator: next/send resume it with a value, throw
// and close resume it by throwing an exception at the suspended `yield`.
//
// It is a PyIterator, so for loops, list(), sum(), zip... pull from it directly through `next`.
import { objectType, PyType, PyValue } from '../objects/core.js';
import { excType, PyBaseException, pyExc, typeError } from '../objects/exceptions.js';
import { defineGetter, defineMethod } from '../builtins/define.js';
import { call } from '../ops/call.js';
import { PyIterator } from '../ops/iter.js';
import { addressText } from '../ops/ids.js';
import { typeName } from '../ops/typeof.js';
import type { Position } from '../../../grammar/ast.js';
import type { Frame } from './frame.js';
import { handledExceptions } from './handled.js';
import { enterCall, exitCall } from './function.js';
import { asPyException, leaveFrame } from './trace.js';

export const generatorType = new PyType('generator', [objectType]);

/** The JS generator running a Python generator's body: yields Python values, returns the
 *  generator's return value, receives sent values. */
export type BodyRun = Generator<PyValue, PyValue, PyValue>;

/** Where a generator's frame comes from, for its repr and its traceback entries. */
export interface GeneratorCode {
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly pos: Position;
}

export const enum Resume {
  Send = 0,
  Throw = 1,
}

export class PyGenerator extends PyIterator {
  running = false;
  started = false;
  finished = false;
  /** The value `return` gave, carried by the StopIteration that ends the generator. */
  returnValue: PyValue = null;
  /** Exceptions being handled inside the generator while it is suspended (its own exc_info). */
  private savedHandled: PyBaseException[] | null = null;

  constructor(
    private readonly body: BodyRun,
    private readonly frame: Frame,
    readonly code: GeneratorCode,
  ) {
    // Loops pull with next(): the next value, or undefined once the generator has finished.
    super(() => this.resume(Resume.Send, null), generatorType);
  }

  /** Resumes the body; the yielded value, or undefined when it returned. */
  resume(how: Resume, arg: PyValue | PyBaseException): PyValue | undefined {
    if (this.running) throw pyExc('ValueError', 'generator already executing');
    if (this.finished) {
      if (how === Resume.Throw) throw arg;
      return undefined;
    }
    this.running = true;
    this.started = true;
    const base = handledExceptions.length;
    if (this.savedHandled !== null) {
      handledExceptions.push(...this.savedHandled);
      this.savedHandled = null;
    }
    enterCall();
    try {
      const r = how === Resume.Send ? this.body.next(arg as PyValue) : this.body.throw(arg);
      if (r.done) {
        this.finished = true;
        this.returnValue = r.value;
        return undefined;
      }
      if (handledExceptions.length > base) this.savedHandled = handledExceptions.slice(base);
      return r.value;
    } catch (e) {
      this.finished = true;
      const pe = leaveFrame(e, this.frame, this.code.filename, this.code.name, this.code.pos);
      if (pe.cls.mro.some((t) => t.name === 'StopIteration')) {
        // PEP 479: a StopIteration escaping a generator body would silently end the caller's loop.
        const re = pyExc('RuntimeError', 'generator raised StopIteration');
        re.cause = pe;
        re.context = pe;
        re.suppressContext = true;
        throw re;
      }
      throw pe;
    } finally {
      handledExceptions.length = base;
      this.running = false;
      exitCall();
    }
  }

  /** gen.send(v) / next(gen): the next yielded value, or StopIteration carrying the return value. */
  send(v: PyValue): PyValue {
    if (!this.started && v !== null) throw typeError("can't send non-None value to a just-started generator");
    const r = this.resume(Resume.Send, v);
    if (r === undefined) throw this.stopIteration();
    return r;
  }

  throwIn(e: PyBaseException): PyValue {
    if (!this.started) {
      // Nothing has run: the exception comes straight back out, and the generator is done.
      this.finished = true;
      throw e;
    }
    const r = this.resume(Resume.Throw, e);
    if (r === undefined) throw this.stopIteration();
    return r;
  }

  close(): void {
    if (this.finished) return;
    if (!this.started) {
      this.finished = true;
      return;
    }
    let r: PyValue | undefined;
    try {
      r = this.resume(Resume.Throw, pyExc('GeneratorExit'));
    } catch (e) {
      const pe = asPyException(e);
      if (pe.cls.name === 'GeneratorExit' || pe.cls.name === 'StopIteration') return;
      throw pe;
    }
    if (r !== undefined) throw pyExc('RuntimeError', 'generator ignored GeneratorExit');
  }

  stopIteration(): PyBaseException {
    const v = this.returnValue;
    const e = new PyBaseException(excType('StopIteration'), v === null ? [] : [v]);
    e.dict.set('value', v);
    return e;
  }
}

/** Builds the exception `gen.throw(type, value)` raises inside the generator. */
function exceptionToThrow(args: PyValue[]): PyBaseException {
  const [typ, val] = args;
  if (typ instanceof PyBaseException) {
    if (args.length > 1 && val !== null) throw typeError('instance exception may not have a separate value');
    return typ;
  }
  if (typ instanceof PyType && typ.isSubtypeOf(excType('BaseException'))) {
    if (val instanceof PyBaseException && val.cls.isSubtypeOf(typ)) return val;
    const e = call(typ, args.length > 1 && val !== null ? [val] : [], null);
    if (e instanceof PyBaseException) return e;
  }
  throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
}

function self(v: PyValue, method: string): PyGenerator {
  if (!(v instanceof PyGenerator)) throw typeError(`descriptor '${method}' for 'generator' objects doesn't apply to a '${typeName(v)}' object`);
  return v;
}

defineMethod(generatorType, '__next__', (g) => self(g, '__next__').send(null));
defineMethod(generatorType, '__iter__', (g) => self(g, '__iter__'));
defineMethod(generatorType, 'send', (g, args) => {
  if (args.length !== 1) throw typeError(`generator.send() takes exactly one argument (${args.length} given)`);
  return self(g, 'send').send(args[0]);
});
defineMethod(generatorType, 'throw', (g, args) => {
  if (args.length < 1 || args.length > 3) throw typeError(`throw expected at least 1 argument, got ${args.length}`);
  return self(g, 'throw').throwIn(exceptionToThrow(args));
});
defineMethod(generatorType, 'close', (g) => {
  self(g, 'close').close();
  return null;
});
defineMethod(generatorType, '__repr__', (g) => `<generator object ${self(g, '__repr__').code.qualname} at ${addressText(g)}>`);
defineGetter(generatorType, 'gi_running', (g) => self(g, 'gi_running').running);

// tf.errors beyond the classes themselves (src/runtime/errors.ts): the status-code constants
// (tf.errors.OK ... UNAUTHENTICATED), and OpError's Python surface — the
// `XError(node_def, op, message)` constructor, `error_code`, `node_def`, `op`, and TF's `XError()` repr.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyType } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { PyDict } from '../../interpreter/objects/values.js';
import { PyBaseException } from '../../interpreter/objects/exceptions.js';
import { defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { opErrorType, tfErrorTypes } from '../errors.js';
import { submodule } from './shape-args.js';

/** TF's error codes (tensorflow/core/protobuf/error_codes.proto), keyed by constant name. */
const CODES: Record<string, number> = {
  OK: 0, CANCELLED: 1, UNKNOWN: 2, INVALID_ARGUMENT: 3, DEADLINE_EXCEEDED: 4, NOT_FOUND: 5,
  ALREADY_EXISTS: 6, PERMISSION_DENIED: 7, RESOURCE_EXHAUSTED: 8, FAILED_PRECONDITION: 9, ABORTED: 10,
  OUT_OF_RANGE: 11, UNIMPLEMENTED: 12, INTERNAL: 13, UNAVAILABLE: 14, DATA_LOSS: 15, UNAUTHENTICATED: 16,
};

/** Each OpError subclass and the code it stands for. */
const CLASS_CODES: Record<string, number> = {
  CancelledError: 1, UnknownError: 2, InvalidArgumentError: 3, DeadlineExceededError: 4, NotFoundError: 5,
  AlreadyExistsError: 6, PermissionDeniedError: 7, ResourceExhaustedError: 8, FailedPreconditionError: 9,
  AbortedError: 10, OutOfRangeError: 11, UnimplementedError: 12, InternalError: 13, UnavailableError: 14,
  DataLossError: 15, UnauthenticatedError: 16,
};

const initParams = pyParams('__init__', ['node_def', 'op', 'message', 'error_code'], { error_code: null });

/** The class's own code; a bare OpError carries the one it was built with. */
function errorCode(e: PyBaseException): PyValue {
  for (const t of e.cls.mro) {
    if (t instanceof PyType && CLASS_CODES[t.name] !== undefined && t.module === opErrorType.module) return CLASS_CODES[t.name];
  }
  return e.dict.has('error_code') ? e.dict.get('error_code')! : null;
}

/** OpError(node_def, op, message, error_code=None): the message is what str() shows. */
function initOpError(e: PyBaseException, args: PyValue[], kwargs: Kwargs): null {
  const p = initParams(args, kwargs);
  e.args = [p.message];
  e.dict.set('node_def', p.node_def);
  e.dict.set('op', p.op);
  if (p.error_code !== null) e.dict.set('error_code', p.error_code);
  return null;
}

export function installErrorsApi(tf: PyModule): void {
  const errors = submodule(tf, 'errors', 'tensorflow._api.v2.errors');
  for (const [k, v] of Object.entries(CODES)) errors.dict.set(k, v);
  for (const [k, v] of Object.entries(tfErrorTypes)) errors.dict.set(k, v);

  // Errors raised by ops keep their text in args[0]; a script-built one is made to look the same.
  defineMethod(opErrorType, '__init__', (self, args, kwargs) => initOpError(self as PyBaseException, args, kwargs));
  for (const t of Object.values(tfErrorTypes)) {
    if (t.mro.includes(opErrorType)) t.construct = (cls, args, kwargs) => {
      const e = new PyBaseException(cls, []);
      initOpError(e, args, kwargs);
      return e;
    };
  }
  defineMethod(opErrorType, '__repr__', (self) => `${(self as PyBaseException).cls.name}()`);
  defineGetter(opErrorType, 'error_code', (self) => errorCode(self as PyBaseException));
  defineGetter(opErrorType, 'node_def', (self) => {
    const d = (self as PyBaseException).dict;
    return d.has('node_def') ? d.get('node_def')! : null;
  });
  defineGetter(opErrorType, 'op', (self) => {
    const d = (self as PyBaseException).dict;
    return d.has('op') ? d.get('op')! : null;
  });
  defineGetter(opErrorType, 'experimental_payloads', () => new PyDict());
}

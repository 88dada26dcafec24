// TensorFlow's exception classes (tf.errors.*), printed at top level with their full module path
// (`tensorflow.python.framework.errors_impl.InvalidArgumentError`), and helpers that build the
// eager-op message texts TF writes.
import { PyType } from '../interpreter/objects/core.js';
import { excType, PyBaseException, typeError } from '../interpreter/objects/exceptions.js';
import { defineGetter } from '../interpreter/builtins/define.js';
import { CPU_DEVICE } from './device.js';

const MODULE = 'tensorflow.python.framework.errors_impl';
export const opErrorType = new PyType('OpError', [excType('Exception')], MODULE);

function opError(name: string): PyType {
  return new PyType(name, [opErrorType], MODULE);
}

// `e.message` holds the text, as TF's OpError.message does.
defineGetter(opErrorType, 'message', (self) => {
  const args = (self as PyBaseException).args;
  return args.length ? args[0] : '';
});

export const tfErrorTypes = {
  OpError: opErrorType,
  InvalidArgumentError: opError('InvalidArgumentError'),
  NotFoundError: opError('NotFoundError'),
  ResourceExhaustedError: opError('ResourceExhaustedError'),
  UnimplementedError: opError('UnimplementedError'),
  InternalError: opError('InternalError'),
  FailedPreconditionError: opError('FailedPreconditionError'),
  OutOfRangeError: opError('OutOfRangeError'),
  UnknownError: opError('UnknownError'),
  CancelledError: opError('CancelledError'),
  DeadlineExceededError: opError('DeadlineExceededError'),
  AlreadyExistsError: opError('AlreadyExistsError'),
  PermissionDeniedError: opError('PermissionDeniedError'),
  UnauthenticatedError: opError('UnauthenticatedError'),
  AbortedError: opError('AbortedError'),
  UnavailableError: opError('UnavailableError'),
  DataLossError: opError('DataLossError'),
  // Raised when Python control flow meets a symbolic tensor; a TypeError, not an OpError, in TF.
  OperatorNotAllowedInGraphError: new PyType('OperatorNotAllowedInGraphError', [excType('TypeError')], MODULE),
};

/** An eager op failure as TF reports it: `<message> [Op:<OpName>] name: `. */
/** An error raised inside a CPU kernel, as TF words it: "{{function_node __wrapped__Op_device_...}}
 *  message [Op:Op]", with " name: " where the op has a name argument. */
export function wrappedOpError(type: keyof typeof tfErrorTypes, op: string, message: string, named = true): PyBaseException {
  return new PyBaseException(tfErrorTypes[type], [`{{function_node __wrapped__${op}_device_${CPU_DEVICE}}} ${message} [Op:${op}]${named ? ' name: ' : ''}`]);
}

export function invalidArgument(message: string, opName: string): PyBaseException {
  const e = new PyBaseException(tfErrorTypes.InvalidArgumentError, [`${message} [Op:${opName}] name: `]);
  return e;
}

/** TF's error for a dtype an op has no CPU kernel for: the node, then every registered kernel. */
export function noKernelError(opName: string, attrs: string, kernels: readonly string[]): PyBaseException {
  const node = `{{node ${opName}}} = ${opName}[${attrs}]`;
  const text = `Could not find device for node: ${node}\nAll kernels registered for op ${opName}:\n${kernels.map((k) => `  ${k}\n`).join('')}`;
  return new PyBaseException(tfErrorTypes.NotFoundError, [`${text} [Op:${opName}] name: `]);
}

export { typeError };

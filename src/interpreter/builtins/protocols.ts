// Dunder methods of builtin types that Python code calls explicitly, e.g. a user exception's
// `Exception.__init__(self, msg)`.
import { baseExceptionType, PyBaseException } from '../objects/exceptions.js';
import { defineMethod } from './define.js';

export function installObjectProtocols(): void {
  defineMethod(baseExceptionType, '__init__', (self, args) => {
    (self as PyBaseException).args = args;
    return null;
  });
}

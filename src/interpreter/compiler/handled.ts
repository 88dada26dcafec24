// The exceptions currently being handled (innermost last): bare `raise` re-raises the last one,
// and a new exception raised in a handler records it as __context__.
import type { PyBaseException } from '../objects/exceptions.js';

export const handledExceptions: PyBaseException[] = [];

// bytes: an immutable byte string (TF string tensors hand these to Python).
import type { PyObject, PyType } from './core.js';
import { objectType, PyType as Type } from './core.js';

export const bytesType = new Type('bytes', [objectType]);

export class PyBytes implements PyObject {
  constructor(readonly data: Uint8Array) {}
  get cls(): PyType {
    return bytesType;
  }
}

/** repr(b): b'...' with CPython's quoting and \x escapes. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

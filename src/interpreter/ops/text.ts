// repr() and str() of every value, as CPython writes them.
import { PyType, PyValue } from '../objects/core.js';
import { PyBaseException, typeError } from '../objects/exceptions.js';
import { PyBoundMethod, PyBuiltinFunction, PyClassMethod, PyFunction, PyModule, PyProperty, PyStaticMethod, PySuper } from '../objects/function.js';
import { PySet } from '../objects/set.js';
import { bytesRepr, PyBytes } from '../objects/bytes.js';
import { PyDictView } from '../objects/dict-view.js';
import { setRepr } from './set-ops.js';
import { viewRepr } from './dict-view-ops.js';
import { Ellipsis, NotImplemented, PyDict, PyFloat, PyList, PyRange, PySlice, PyTuple } from '../objects/values.js';
import { pyFloatRepr } from '../objects/float-repr.js';
import { typeOf } from './typeof.js';
import { callDunder, userDunder } from './call.js';
import { addressText } from './ids.js';
import { PyGenericAlias } from '../objects/generic-alias.js';

/** Containers being printed, to write `[...]` for self-references as CPython does. */
const inProgress = new Set<object>();

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'number':
      return String(v);
    case 'bigint':
      return v.toString();
    case 'boolean':
      return v ? 'True' : 'False';
    case 'string':
      return strRepr(v);
  }
  if (v === null) return 'None';
  if (v instanceof PyFloat) return pyFloatRepr(v.v);
  const custom = userDunder(v, '__repr__');
  if (custom !== undefined) return checkStr(callDunder(v, '__repr__', [])!, '__repr__');
  return builtinRepr(v);
}

/** The built-in type's own repr, ignoring a subclass's __repr__: what `dict.__repr__(self)` returns. */
export function builtinRepr(v: PyValue): string {
  if (v === null || typeof v !== 'object' || v instanceof PyFloat) return repr(v);
  if (v instanceof PyList) return guarded(v, '[...]', () => `[${v.items.map(repr).join(', ')}]`);
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return guarded(v, '(...)', () => `(${repr(v.items[0])},)`);
    return guarded(v, '(...)', () => `(${v.items.map(repr).join(', ')})`);
  }
  if (v instanceof PyDict) {
    return guarded(v, '{...}', () => {
      const parts: string[] = [];
      for (const [k, val] of v.storage.entries()) parts.push(`${repr(k)}: ${repr(val)}`);
      return `{${parts.join(', ')}}`;
    });
  }
  return objectRepr(v);
}

function objectRepr(v: Exclude<PyValue, number | bigint | boolean | string | null>): string {
  if (v instanceof PyType) return v.module === 'builtins' ? `<class '${v.qualname}'>` : `<class '${v.module}.${v.qualname}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${addressText(v)}>`;
  if (v instanceof PyBuiltinFunction) {
    if (v.self !== undefined) return `<built-in method ${v.name} of ${typeOf(v.self).name} object at ${addressText(v.self)}>`;
    return `<built-in function ${v.name}>`;
  }
  if (v instanceof PyBoundMethod) {
    const fname = v.func instanceof PyFunction || v.func instanceof PyBuiltinFunction ? v.func.qualname : '?';
    return `<bound method ${fname} of ${repr(v.self)}>`;
  }
  if (v instanceof PyModule) {
    return v.filename ? `<module '${v.name}' from '${v.filename}'>` : `<module '${v.name}' (built-in)>`;
  }
  if (v instanceof PyBaseException) {
    const name = v.cls.name;
    if (v.args.length === 1) return `${name}(${repr(v.args[0])})`;
    return `${name}(${v.args.map(repr).join(', ')})`;
  }
  if (v instanceof PyRange) {
    return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  }
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v === Ellipsis) return 'Ellipsis';
  if (v === NotImplemented) return 'NotImplemented';
  if (v instanceof PyProperty) return `<property object at ${addressText(v)}>`;
  if (v instanceof PyBytes) return bytesRepr(v.data);
  if (v instanceof PySet) return setRepr(v);
  if (v instanceof PyDictView) return viewRepr(v);
  if (v instanceof PyGenericAlias) return `${typeArgRepr(v.origin)}[${v.args.length ? v.args.map(typeArgRepr).join(', ') : '()'}]`;
  if (v instanceof PyStaticMethod) return `<staticmethod(${repr(v.func)})>`;
  if (v instanceof PyClassMethod) return `<classmethod(${repr(v.func)})>`;
  if (v instanceof PySuper) {
    const objText = v.obj === null ? 'NULL' : `<${v.objType.name} object>`;
    return `<super: <class '${v.thisType.name}'>, ${objText}>`;
  }
  const t = v.cls;
  const qual = t.module === 'builtins' ? t.qualname : `${t.module}.${t.qualname}`;
  return `<${qual} object at ${addressText(v)}>`;
}

/** How a GenericAlias writes its origin and arguments: classes by (qualified) name, `...`. */
function typeArgRepr(v: PyValue): string {
  if (v instanceof PyType) return v.module === 'builtins' ? v.qualname : `${v.module}.${v.qualname}`;
  if (v === Ellipsis) return '...';
  return repr(v);
}

function guarded(container: object, placeholder: string, render: () => string): string {
  if (inProgress.has(container)) return placeholder;
  inProgress.add(container);
  try {
    return render();
  } finally {
    inProgress.delete(container);
  }
}

export function str(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v === null || typeof v !== 'object') return repr(v);
  if (v instanceof PyFloat) return pyFloatRepr(v.v);
  const custom = userDunder(v, '__str__');
  if (custom !== undefined) return checkStr(callDunder(v, '__str__', [])!, '__str__');
  if (v instanceof PyBaseException) return exceptionStr(v);
  return repr(v);
}

export function exceptionStr(e: PyBaseException): string {
  // A user class's __str__ decides the message line of a traceback too.
  if (userDunder(e, '__str__') !== undefined) return checkStr(callDunder(e, '__str__', [])!, '__str__');
  if (e.args.length === 0) return '';
  if (e.args.length === 1) {
    // KeyError shows the key's repr so that KeyError('') stays visible.
    return e.cls.name === 'KeyError' || e.cls.mro.some((t) => t.name === 'KeyError' && t.module === 'builtins')
      ? repr(e.args[0])
      : str(e.args[0]);
  }
  return repr(new PyTuple(e.args));
}

function checkStr(v: PyValue, method: string): string {
  if (typeof v !== 'string') throw typeError(`${method} returned non-string (type ${typeOf(v).name})`);
  return v;
}

const NON_PRINTABLE = /^[\p{C}\p{Z}]$/u;

/** A str literal as repr() writes it: quotes chosen as CPython does, escapes for non-printables. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0x80 && c < 0xa0) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\u' + c.toString(16).padStart(4, '0');
    else if (c > 0x7f && c !== 0x20 && NON_PRINTABLE.test(ch)) {
      // str.isprintable() is false for these: CPython escapes them in repr.
      out += c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

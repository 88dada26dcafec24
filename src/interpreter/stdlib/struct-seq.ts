// CPython's "struct sequences" (sys.version_info, sys.float_info, os.stat_result...): tuples
// whose fields also have names, printed as `sys.float_info(max=..., ...)`.
import { PyType, PyValue } from '../objects/core.js';
import { tupleType } from '../objects/builtin-types.js';
import { PyTuple } from '../objects/values.js';
import { repr } from '../ops/text.js';
import { defineGetter, defineMethod } from '../builtins/define.js';

class StructSeq extends PyTuple {
  constructor(
    private readonly type: PyType,
    items: PyValue[],
  ) {
    super(items);
  }
  override get cls(): PyType {
    return this.type;
  }
}

/** A struct-sequence type named `qualified` (e.g. 'sys.float_info') with these fields. */
/** `reprName` is what the repr starts with (numpy's named tuples print their bare class name). */
export function structSeqType(qualified: string, fields: string[], reprName = qualified): (values: PyValue[]) => PyTuple {
  const dot = qualified.lastIndexOf('.');
  const t = new PyType(qualified.slice(dot + 1), [tupleType], qualified.slice(0, dot));
  fields.forEach((f, i) => defineGetter(t, f, (self) => (self as PyTuple).items[i]));
  defineMethod(t, '__repr__', (self) => {
    const items = (self as PyTuple).items;
    return `${reprName}(${fields.map((f, i) => `${f}=${repr(items[i])}`).join(', ')})`;
  });
  return (values) => new StructSeq(t, values);
}

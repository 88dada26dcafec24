// The namedtuple classes TF's generated op wrappers return (TopKV2, Unique, Qr, MaxPoolWithArgmax,
// ...): a tuple subclass with one property per field, printed as Name(field=<repr>, ...).
import { PyType } from '../../interpreter/objects/core.js';
import { PyTupleSub } from '../../interpreter/objects/values.js';
import { tupleType } from '../../interpreter/objects/builtin-types.js';
import { defineGetter, defineMethod } from '../../interpreter/builtins/define.js';
import { repr } from '../../interpreter/ops/text.js';

export function opResultType(name: string, fields: string[], module: string): PyType {
  const t = new PyType(name, [tupleType], `tensorflow.python.ops.${module}`);
  fields.forEach((f, i) => defineGetter(t, f, (self) => (self as PyTupleSub).items[i]));
  defineMethod(t, '__repr__', (self) => `${name}(${fields.map((f, i) => `${f}=${repr((self as PyTupleSub).items[i])}`).join(', ')})`);
  return t;
}

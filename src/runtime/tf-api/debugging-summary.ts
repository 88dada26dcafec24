// The texts TF's eager asserts put in their InvalidArgumentError: numpy `str()` of arrays and
// scalars (check_ops._pretty_print), and control_flow_assert's `Summarized data` lines
// (comma-joined first elements, strings as Python bytes reprs).
import type { PyValue } from '../../interpreter/objects/core.js';
import { str } from '../../interpreter/ops/text.js';
import { PyBaseException } from '../../interpreter/objects/exceptions.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { tfErrorTypes } from '../errors.js';
import { isStringTensor, stringsOf } from '../strings/string-tensor.js';
import { formatNdarrayStr, formatNumpyScalarStr, pyBytesRepr, shapeStr } from '../printing/index.js';
import type { PrintDType, PrintElement } from '../printing/index.js';

export const invalidArgumentError = (message: string): PyBaseException => new PyBaseException(tfErrorTypes.InvalidArgumentError, [message]);

const flat = (t: Tensor): PrintElement[] => Array.from(t.values() as ArrayLike<PrintElement>);
const dt = (t: Tensor): PrintDType => t.dtype.name as PrintDType;

/** `str(np_array)` of a flat list of a tensor's elements. */
export function ndarrayStr(values: PrintElement[], t: Tensor): string {
  return formatNdarrayStr(values, [values.length], dt(t));
}

/** `str(np_array)` of a 2-D int64 array (the indices that failed a check). */
export function indicesStr(rows: number[][]): string {
  return formatNdarrayStr(rows.flat().map(BigInt), [rows.length, rows[0].length], 'int64');
}

/** `'shape=(2, 3) dtype=float32'`, check_ops' eager name for a tensor. */
export const shapeAndDtype = (t: Tensor): string => `shape=${shapeStr(t.shape)} dtype=${t.dtype.name}`;

/** check_ops._pretty_print: a tensor as the list of its first `summarize` element strings. */
export function prettyPrint(item: string | Tensor, summarize: number): string {
  if (typeof item === 'string') return item;
  const values = flat(item);
  if (item.rank === 0) return formatNumpyScalarStr(values[0], dt(item));
  const parts = values.slice(0, summarize).map((v) => `'${formatNumpyScalarStr(v, dt(item))}'`);
  if (parts.length < values.length) parts.push(`'...'`);
  return `[${parts.join(', ')}]`;
}

/** `str()` of each element as numpy gives it (bytes reprs for string tensors). */
function elementTexts(t: Tensor): string[] {
  if (isStringTensor(t)) return stringsOf(t).map((b) => pyBytesRepr(b));
  return flat(t).map((v) => formatNumpyScalarStr(v, dt(t)));
}

/** control_flow_assert._summarize_eager for one data item; strings become scalar string tensors. */
function summarizeEager(item: PyValue, summarize: number): string {
  if (typeof item === 'string') return pyBytesRepr(new TextEncoder().encode(item));
  const t = toTensor(item);
  if (!(t instanceof Tensor)) return str(t);
  const values = elementTexts(t);
  if (t.rank === 0) return summarize === 0 ? '' : values[0];
  const n = summarize < 0 ? values.length : summarize;
  const parts = values.slice(0, n);
  if (parts.length < values.length) parts.push('...');
  return parts.join(', ');
}

/** The eager failure of tf.debugging.Assert: `Expected '<condition>' to be true. Summarized data: ...`. */
export function assertFailure(condition: PyValue, data: PyValue[], summarize: number): PyBaseException {
  const lines = data.map((d) => summarizeEager(d, summarize));
  return invalidArgumentError(`Expected '${str(condition)}' to be true. Summarized data: ${lines.join('\n')}`);
}

/** check_ops._message_prefix: `'msg.  '`, or nothing for an empty/None message. */
export function messagePrefix(message: PyValue): string {
  if (message === null || message === '' || message === false) return '';
  return `${str(message)}.  `;
}

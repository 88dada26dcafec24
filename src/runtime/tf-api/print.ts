// tf.print as TF 2.21 prints: every argument is rendered like print_v2 does (a str as is; any other
// value through pprint.pformat with each tensor replaced by its summary), joined by `sep`, ended
// by `end`, written to output_stream (sys.stderr by default; sys.stdout; 'file://<path>' appends).
// A tensor's summary is TF's Tensor::SummarizeValue(summarize, print_v2=true): nested brackets
// without alignment, the first and last `summarize` entries of every dimension with "..." between,
// floats in the shortest of %.6g / %.9g (doubles %.15g / %.17g) that reads back exactly, bools as
// 1/0, strings quoted and C-escaped.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyDict, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { repr, str } from '../../interpreter/ops/text.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { appendFileSync } from 'node:fs';
import { asIndex } from '../../interpreter/ops/convert.js';
import { writeStderr, writeStdout } from '../../interpreter/io.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { isTensorValue } from './math-args.js';
import { addFunctions } from './shape-args.js';
import { isStringTensor, stringsOf } from '../strings/string-tensor.js';

/** C's "%.{digits}g", as snprintf prints it (exponent with at least two digits). */
function formatG(x: number, digits: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  // Rounding can carry into the next power of ten (9.9999995 -> 10): read the exponent back.
  const sci = x.toExponential(digits - 1);
  const e = Number(sci.slice(sci.indexOf('e') + 1));
  if (e < -4 || e >= digits) {
    const [mant, ex] = sci.split('e');
    const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
    const n = Number(ex);
    return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  const fixed = x.toFixed(Math.max(0, digits - 1 - e));
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/** TF's FloatToBuffer/DoubleToBuffer: the short form when it reads back exactly. */
function formatFloat(x: number, isDouble: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const [short, long] = isDouble ? [15, 17] : [6, 9];
  const s = formatG(x, short);
  const back = Number(s);
  return (isDouble ? back === x : Math.fround(back) === x) ? s : formatG(x, long);
}

/** absl::Utf8SafeCEscape: C escapes for quotes, backslash and control bytes (octal); UTF-8 kept. */
function cEscape(bytes: Uint8Array): string {
  let out = '';
  const kept: number[] = [];
  const flush = () => {
    if (kept.length) out += Buffer.from(kept).toString('utf8');
    kept.length = 0;
  };
  for (const b of bytes) {
    const named: Record<number, string> = { 10: '\\n', 13: '\\r', 9: '\\t', 34: '\\"', 39: "\\'", 92: '\\\\' };
    if (named[b] !== undefined || b < 0x20 || b === 0x7f) {
      flush();
      out += named[b] ?? '\\' + b.toString(8).padStart(3, '0');
    } else {
      kept.push(b);
    }
  }
  flush();
  return out;
}

function elementText(t: Tensor): (i: number) => string {
  const name = t.dtype.name;
  if (name === 'string') {
    const strings = isStringTensor(t) ? stringsOf(t) : null;
    if (!strings) throw valueError('tf.print: string tensors are not supported');
    return (i) => `"${cEscape(strings[i])}"`;
  }
  const values = t.values();
  if (name === 'bool') return (i) => (values[i] ? '1' : '0');
  if (t.dtype.isFloating) {
    const isDouble = name === 'float64';
    return (i) => formatFloat(Number(values[i]), isDouble);
  }
  return (i) => String(values[i]);
}

function dimSpacing(dim: number, rank: number): string {
  if (dim === rank - 1) return ' ';
  return '\n'.repeat(rank - dim - 1) + ' '.repeat(dim + 1);
}

/** Tensor::SummarizeValue(summarize, print_v2 = true). summarize < 0 prints everything. */
export function summarizeTensor(t: Tensor, summarize: number): string {
  const count = t.size;
  const limit = Math.min(summarize < 0 ? count : summarize, count);
  const text = elementText(t);
  if (t.rank === 0) return limit > 0 ? text(0) : '';
  const shape = t.shape;
  const rank = shape.length;
  const visit = (dim: number, base: number): string => {
    if (dim === rank) return text(base);
    const n = shape[dim];
    let stride = 1;
    for (let i = dim + 1; i < rank; i++) stride *= shape[i];
    let out = '[';
    for (let i = 0; i < limit && i < n; i++) {
      if (i > 0) out += dimSpacing(dim, rank);
      out += visit(dim + 1, base + stride * i);
    }
    if (n > 2 * limit) out += dimSpacing(dim, rank) + '...';
    for (let i = Math.max(limit, n - limit); i < n; i++) out += dimSpacing(dim, rank) + visit(dim + 1, base + stride * i);
    return out + ']';
  };
  return visit(0, 0);
}

/** pprint.pformat of a structure whose tensors print as their summaries (dict keys sorted). */
function formatStructure(v: PyValue, summarize: number): string {
  if (isTensorValue(v)) return summarizeTensor(toTensor(v), summarize);
  if (v instanceof PyList) return `[${v.items.map((x) => formatStructure(x, summarize)).join(', ')}]`;
  if (v instanceof PyTuple) {
    const items = v.items.map((x) => formatStructure(x, summarize));
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (v instanceof PyDict) {
    const entries = [...v.storage.entries()].sort(([a], [b]) => compareKeys(a, b));
    return `{${entries.map(([k, x]) => `${repr(k)}: ${formatStructure(x, summarize)}`).join(', ')}}`;
  }
  return repr(v);
}

function compareKeys(a: PyValue, b: PyValue): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) return a < b ? -1 : a > b ? 1 : 0;
  return 0;
}

function tfPrint(args: PyValue[], kwargs: Kwargs): PyValue {
  const opt = (name: string): PyValue | undefined => kwargs?.get(name);
  const known = new Set(['output_stream', 'summarize', 'sep', 'end', 'name']);
  for (const k of kwargs?.keys() ?? []) {
    if (!known.has(k)) throw valueError(`Unrecognized keyword arguments for tf.print: {'${k}': ${repr(kwargs!.get(k)!)}}`);
  }
  const summarizeArg = opt('summarize');
  const summarize = summarizeArg === undefined ? 3 : summarizeArg === null ? -1 : Number(asIndex(summarizeArg));
  const sep = opt('sep');
  const end = opt('end');
  const text =
    args.map((a) => (typeof a === 'string' ? a : formatStructure(a, summarize))).join(typeof sep === 'string' ? sep : ' ') +
    (typeof end === 'string' ? end : '\n');
  outputStream(opt('output_stream'))(text);
  return null;
}

/** Where tf.print writes: sys.stderr (the default), sys.stdout, a logging function (logged to
 *  stderr here), or a 'file://<path>' string (appended to). Anything else is TF's ValueError. */
function outputStream(stream: PyValue | undefined): (text: string) => void {
  if (stream === undefined || stream === null) return writeStderr;
  if (typeof stream === 'string' && stream.startsWith('file://')) return (text) => appendFileSync(stream.slice('file://'.length), text);
  const r = typeof stream === 'object' ? repr(stream) : '';
  if (r.startsWith("<_io.TextIOWrapper name='<stdout>'")) return writeStdout;
  if (r.startsWith("<_io.TextIOWrapper name='<stderr>'") || (typeof stream === 'object' && typeOf(stream).lookup('__call__') !== undefined)) return writeStderr;
  throw valueError(
    `Unsupported output stream, logging level, or file.${str(stream)}. Supported streams are sys.stdout, sys.stderr, tf.logging.info, tf.logging.warning, tf.logging.error. File needs to be in the form of 'file://<filepath>'.`,
  );
}

export function installPrintApi(tf: PyModule): void {
  addFunctions(tf, { print: tfPrint });
}

// tf.strings.ngrams (the StringNGrams kernel's padding and short-sequence rules) and the
// character splits tf.strings.bytes_split / unicode_split. A scalar input gives a 1-D tensor; a
// split result (a RaggedTensor of strings) or, for the character splits, any non-scalar input gives a
// RaggedTensor of one row per element; ngrams of a dense tensor stay dense (rows are its last axis).
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyBytes } from '../../interpreter/objects/bytes.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { numElements, Tensor } from '../tensor.js';
import { kernelError } from '../ops/shape-errors.js';
import { dtypes } from '../dtypes.js';
import { toTensor } from '../convert.js';
import { Fn, intList } from '../tf-api/shape-args.js';
import { concatBytes } from './byte-kernels.js';
import { decodeChars } from './unicode-codecs.js';
import { innermostStringRows, raggedFromStringRows, RaggedTensor, withInnermostStringRows } from '../ragged/ragged-tensor.js';
import { StringTensor, stringsOf, utf8 } from './string-tensor.js';
import { stringInput } from './strings-api.js';

const P = {
  ngrams: pyParams('ngrams', ['data', 'ngram_width', 'separator', 'pad_values', 'padding_width', 'preserve_short_sequences', 'name'], {
    separator: ' ',
    pad_values: null,
    padding_width: null,
    preserve_short_sequences: false,
    name: null,
  }),
  bytes: pyParams('bytes_split', ['input', 'name'], { name: null }),
  unicode: pyParams('unicode_split', ['input', 'input_encoding', 'errors', 'replacement_char', 'name'], { errors: 'replace', replacement_char: 65533, name: null }),
};

const bytesOf = (v: PyValue): Uint8Array => (v instanceof PyBytes ? v.data : utf8(String(v)));
const isText = (v: PyValue) => typeof v === 'string' || v instanceof PyBytes;

interface NgramOptions {
  widths: number[];
  separator: Uint8Array;
  left: Uint8Array;
  right: Uint8Array;
  /** The kernel's pad_width attribute: 0 without pad values, -1 for "width - 1", else as given. */
  padWidth: number;
  preserveShort: boolean;
}

/** The ngrams of one row of tokens, widths in the order given. */
function rowNgrams(tokens: readonly Uint8Array[], o: NgramOptions): Uint8Array[] {
  const padFor = (width: number) => Math.min(o.padWidth < 0 ? width - 1 : o.padWidth, width - 1);
  const build = (width: number, count: number): Uint8Array[] => {
    const pad = padFor(width);
    const out: Uint8Array[] = [];
    for (let g = 0; g < count; g++) {
      const leftPads = Math.max(0, pad - g);
      const rightPads = Math.max(0, pad - (count - (g + 1)));
      const taken = width - (leftPads + rightPads);
      const start = leftPads > 0 ? 0 : g - pad;
      const parts: Uint8Array[] = [];
      for (let n = 0; n < leftPads; n++) parts.push(o.left);
      for (let n = 0; n < taken; n++) parts.push(tokens[start + n]);
      for (let n = 0; n < rightPads; n++) parts.push(o.right);
      out.push(concatBytes(parts, o.separator));
    }
    return out;
  };
  const out: Uint8Array[] = [];
  for (const width of o.widths) out.push(...build(width, Math.max(0, tokens.length + 2 * padFor(width) - width + 1)));
  // A row too short for any ngram becomes one ngram of all its tokens (and its padding).
  if (o.preserveShort && out.length === 0 && tokens.length > 0) return build(tokens.length + 2 * o.padWidth, 1);
  return out;
}

function ngramOptions(p: Record<string, PyValue>): NgramOptions {
  let left: Uint8Array = new Uint8Array(0);
  let right = left;
  const pads = p.pad_values;
  if (pads instanceof PyList || pads instanceof PyTuple) {
    if (!isText(pads.items[0]) || !isText(pads.items[1])) throw typeError('pad_values must be a string, tuple of strings, or None.');
    [left, right] = [bytesOf(pads.items[0]), bytesOf(pads.items[1])];
  } else if (pads !== null) {
    if (!isText(pads)) throw typeError('pad_values must be a string, tuple of strings, or None.');
    left = right = bytesOf(pads);
  }
  const paddingWidth = p.padding_width === null ? null : asIndex(p.padding_width);
  if (paddingWidth !== null && paddingWidth < 1) throw valueError('padding_width must be greater than 0.');
  if (paddingWidth !== null && pads === null) throw valueError('pad_values must be provided if padding_width is set.');
  const widths = intList(p.ngram_width);
  if (widths.some((w) => w < 1)) throw valueError(`All ngram_widths must be greater than 0. Got ${String(p.ngram_width)}`);
  return {
    widths,
    separator: bytesOf(p.separator),
    left,
    right,
    padWidth: pads === null ? 0 : paddingWidth ?? -1,
    preserveShort: isTruthy(p.preserve_short_sequences),
  };
}

function ngrams(p: Record<string, PyValue>): PyValue {
  const o = ngramOptions(p);
  if (p.data instanceof RaggedTensor) return withInnermostStringRows(p.data, innermostStringRows(p.data).map((row) => rowNgrams(row, o)));
  const data = p.data instanceof Tensor ? stringInput(p.data, 'StringNGrams') : toTensor(p.data, dtypes.string);
  if (data.rank === 0) throw valueError('Data must have rank>0');
  const rowLength = data.shape[data.rank - 1];
  const rowCount = numElements(data.shape.slice(0, -1));
  const all = stringsOf(data);
  const rows = Array.from({ length: rowCount }, (_, r) => rowNgrams(all.slice(r * rowLength, (r + 1) * rowLength), o));
  const perRow = rows.length === 0 ? 0 : rows[0].length;
  return new StringTensor(rows.flat(), [...data.shape.slice(0, -1), perRow], data.device);
}

const encodeCodePoint = (cp: number): Uint8Array => utf8(String.fromCodePoint(cp));

function unicodeChars(b: Uint8Array, errors: string, replacement: number, op: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const { cp } of decodeChars(b, 'UTF-8')) {
    if (cp !== null) out.push(encodeCodePoint(cp));
    else if (errors === 'strict') throw kernelError(op, 'Invalid formatting on input string');
    else if (errors === 'replace') out.push(encodeCodePoint(replacement));
  }
  return out;
}

/** A scalar's pieces as a 1-D tensor; any other input's as a RaggedTensor of rows. */
function splitEach(x: Tensor, pieces: (b: Uint8Array) => Uint8Array[]): PyValue {
  if (x.rank === 0) {
    const parts = pieces(stringsOf(x)[0]);
    return new StringTensor(parts, [parts.length], x.device);
  }
  return raggedFromStringRows(stringsOf(x).map(pieces), x.shape, x.device);
}

export const ngramCharFns: Record<string, Fn> = {
  ngrams: (a, k) => ngrams(P.ngrams(a, k)),
  bytes_split: (a, k) => splitEach(stringInput(P.bytes(a, k).input, 'StringSplitV2'), (b) => Array.from(b, (c) => Uint8Array.of(c))),
  unicode_split: (a, k) => {
    const p = P.unicode(a, k);
    const encoding = String(p.input_encoding).toUpperCase();
    if (encoding !== 'UTF-8') throw valueError(`unicode_split supports only UTF-8 input here, got ${String(p.input_encoding)}`);
    const errors = String(p.errors);
    if (!['strict', 'replace', 'ignore'].includes(errors)) throw valueError(`errors must be one of 'strict', 'replace', 'ignore', got ${errors}`);
    const replacement = asIndex(p.replacement_char);
    return splitEach(stringInput(p.input, 'UnicodeDecode'), (b) => unicodeChars(b, errors, replacement, 'UnicodeDecode'));
  },
};

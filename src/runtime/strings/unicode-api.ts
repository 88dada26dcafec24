// tf.strings.unicode_decode / unicode_decode_with_offsets / unicode_encode / unicode_transcode /
// unicode_split_with_offsets: code points as int32 (a RaggedTensor of rows for non-scalar input,
// as TF returns), with TF's error modes ('replace' with replacement_char, 'ignore', 'strict') and
// replace_control_characters (C0 controls only, as TF's kernel tests).
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyTuple } from '../../interpreter/objects/values.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { kernelError, opError } from '../ops/shape-errors.js';
import { RaggedTensor, raggedFromRowLengths } from '../ragged/ragged-tensor.js';
import type { Fn } from '../tf-api/shape-args.js';
import { StringTensor, stringsOf } from './string-tensor.js';
import { stringInput } from './strings-api.js';
import { decodeChars, Encoding, encodeChar, encodingOf, isScalarValue } from './unicode-codecs.js';
import { RUN_SCRIPTS, RUN_STARTS } from './unicode-script-table.js';

interface ErrorMode {
  errors: 'replace' | 'ignore' | 'strict';
  replacement: number;
}

function errorMode(p: Record<string, PyValue>): ErrorMode {
  const errors = String(p.errors);
  if (errors !== 'replace' && errors !== 'ignore' && errors !== 'strict') throw valueError(`errors must be one of 'strict', 'replace', 'ignore'; got ${errors}`);
  return { errors, replacement: asIndex(p.replacement_char) };
}

function encodingArg(v: PyValue): Encoding {
  const e = encodingOf(String(v));
  if (e === null) throw valueError(`tfts decodes UTF-8, UTF-16-BE/LE, UTF-32-BE/LE and ISO-8859-1 only; got ${String(v)}`);
  return e;
}

/** One string's code points and their byte offsets under TF's error rules. */
function decodeOne(b: Uint8Array, encoding: Encoding, mode: ErrorMode, replaceControl: boolean, op: string): { cps: number[]; offsets: number[] } {
  const cps: number[] = [];
  const offsets: number[] = [];
  for (const { cp, offset } of decodeChars(b, encoding)) {
    let v = cp;
    if (v === null) {
      if (mode.errors === 'strict') throw kernelError(op, 'Invalid formatting on input string');
      if (mode.errors === 'ignore') continue;
      v = mode.replacement;
    } else if (replaceControl && v <= 0x1f) {
      v = mode.replacement;
    }
    cps.push(v);
    offsets.push(offset);
  }
  return { cps, offsets };
}

/** Per-string results as TF shapes them: 1-D for a scalar input, ragged rows otherwise. */
function shaped(x: Tensor, rows: number[][], dtype: typeof dtypes.int32): Tensor | RaggedTensor {
  const flat = rows.flat();
  const values = dtype === dtypes.int64 ? flat.map((v) => BigInt(v)) : flat;
  const t = tensorFromValues(values, [flat.length], dtype, x.device);
  if (x.rank === 0) return t;
  return raggedFromRowLengths(t, rows.map((r) => r.length), x.shape);
}

const P = {
  decode: pyParams('unicode_decode', ['input', 'input_encoding', 'errors', 'replacement_char', 'replace_control_characters', 'name'], {
    errors: 'replace',
    replacement_char: 65533,
    replace_control_characters: false,
    name: null,
  }),
  decodeOffsets: pyParams('unicode_decode_with_offsets', ['input', 'input_encoding', 'errors', 'replacement_char', 'replace_control_characters', 'name'], {
    errors: 'replace',
    replacement_char: 65533,
    replace_control_characters: false,
    name: null,
  }),
  splitOffsets: pyParams('unicode_split_with_offsets', ['input', 'input_encoding', 'errors', 'replacement_char', 'name'], {
    errors: 'replace',
    replacement_char: 65533,
    name: null,
  }),
  encode: pyParams('unicode_encode', ['input', 'output_encoding', 'errors', 'replacement_char', 'name'], { errors: 'replace', replacement_char: 65533, name: null }),
  transcode: pyParams('unicode_transcode', ['input', 'input_encoding', 'output_encoding', 'errors', 'replacement_char', 'replace_control_characters', 'name'], {
    errors: 'replace',
    replacement_char: 65533,
    replace_control_characters: false,
    name: null,
  }),
};

function decodeAll(p: Record<string, PyValue>, replaceControl: boolean) {
  const x = stringInput(p.input, 'UnicodeDecode');
  const encoding = encodingArg(p.input_encoding);
  const mode = errorMode(p);
  const decoded = stringsOf(x).map((b) => decodeOne(b, encoding, mode, replaceControl, 'UnicodeDecode'));
  return { x, decoded, encoding };
}

/** Code points as bytes of `encoding`; invalid ones replaced, dropped or refused per `mode`. */
function encodeOne(cps: ArrayLike<number>, encoding: Encoding, mode: ErrorMode, op: string): Uint8Array {
  const out: number[] = [];
  for (const cp of Array.from(cps)) {
    if (isScalarValue(cp)) {
      out.push(...encodeChar(cp, encoding));
      continue;
    }
    if (mode.errors === 'strict') throw kernelError(op, 'Code point is out of range for Unicode, or is a surrogate.');
    if (mode.errors === 'replace' && isScalarValue(mode.replacement)) out.push(...encodeChar(mode.replacement, encoding));
  }
  return Uint8Array.from(out);
}

function unicodeEncode(p: Record<string, PyValue>): PyValue {
  const encoding = encodingArg(p.output_encoding);
  const mode = errorMode(p);
  if (p.input instanceof RaggedTensor) {
    const r = p.input;
    if (r.flatValues.rank !== 1) throw valueError('unicode_encode needs the code points in the innermost ragged dimension');
    const cps = Array.from(r.flatValues.values() as ArrayLike<number | bigint>, Number);
    const s = r.splits(r.raggedRank - 1);
    const strings = Array.from({ length: s.length - 1 }, (_, i) => encodeOne(cps.slice(s[i], s[i + 1]), encoding, mode, 'UnicodeEncode'));
    const flat = new StringTensor(strings, [strings.length], r.flatValues.device);
    return r.raggedRank === 1 ? flat : new RaggedTensor(flat, r.nestedSplits.slice(0, -1), r.uniformLengths.slice(0, -1));
  }
  const t = toTensor(p.input, null, dtypes.int32);
  if (t.rank === 0) throw valueError("input_tensor's rank must be at least 1.");
  const cps = Array.from(t.values() as ArrayLike<number | bigint>, Number);
  const width = t.shape[t.rank - 1];
  const count = width === 0 ? t.shape.slice(0, -1).reduce((a, b) => a * b, 1) : cps.length / width;
  const strings = Array.from({ length: count }, (_, i) => encodeOne(cps.slice(i * width, (i + 1) * width), encoding, mode, 'UnicodeEncode'));
  return new StringTensor(strings, t.shape.slice(0, -1), t.device);
}

/** ICU's script code of a code point (TF's unicode_script), -1 outside Unicode's range. */
function scriptOf(cp: number): number {
  if (!(cp >= 0 && cp <= 0x10ffff)) return -1;
  let lo = 0;
  let hi = RUN_STARTS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (RUN_STARTS[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return RUN_SCRIPTS[lo];
}

const scriptParams = pyParams('unicode_script', ['input', 'name'], { name: null });

function unicodeScript(v: PyValue): Tensor | RaggedTensor {
  if (v instanceof RaggedTensor) return v.withFlatValues(unicodeScript(v.flatValues) as Tensor);
  const t = toTensor(v, null, dtypes.int32);
  if (t.dtype !== dtypes.int32) throw opError('UnicodeScript', `cannot compute UnicodeScript as input #0(zero-based) was expected to be a int32 tensor but is a ${t.dtype.name} tensor`);
  const codes = Array.from(t.values() as Int32Array, scriptOf);
  return tensorFromValues(codes, t.shape, dtypes.int32, t.device);
}

export const unicodeFns: Record<string, Fn> = {
  unicode_script: (a, k) => unicodeScript(scriptParams(a, k).input),
  unicode_decode: (a, k) => {
    const p = P.decode(a, k);
    const { x, decoded } = decodeAll(p, isTruthy(p.replace_control_characters));
    return shaped(x, decoded.map((d) => d.cps), dtypes.int32);
  },
  unicode_decode_with_offsets: (a, k) => {
    const p = P.decodeOffsets(a, k);
    const { x, decoded } = decodeAll(p, isTruthy(p.replace_control_characters));
    return new PyTuple([shaped(x, decoded.map((d) => d.cps), dtypes.int32), shaped(x, decoded.map((d) => d.offsets), dtypes.int64)]);
  },
  unicode_split_with_offsets: (a, k) => {
    const p = P.splitOffsets(a, k);
    const { x, decoded, encoding } = decodeAll(p, false);
    const mode = errorMode(p);
    const pieces = decoded.map((d) => d.cps.map((cp) => encodeOne([cp], encoding, mode, 'UnicodeEncode')));
    const offsets = shaped(x, decoded.map((d) => d.offsets), dtypes.int64);
    if (x.rank === 0) return new PyTuple([new StringTensor(pieces[0], [pieces[0].length], x.device), offsets]);
    const flat = pieces.flat();
    return new PyTuple([raggedFromRowLengths(new StringTensor(flat, [flat.length], x.device), pieces.map((r) => r.length), x.shape), offsets]);
  },
  unicode_encode: (a, k) => unicodeEncode(P.encode(a, k)),
  unicode_transcode: (a, k) => {
    const p = P.transcode(a, k);
    const x = stringInput(p.input, 'UnicodeTranscode');
    const from = encodingArg(p.input_encoding);
    const to = encodingArg(p.output_encoding);
    const mode = errorMode(p);
    const control = isTruthy(p.replace_control_characters);
    const out = stringsOf(x).map((b) => encodeOne(decodeOne(b, from, mode, control, 'UnicodeTranscode').cps, to, mode, 'UnicodeTranscode'));
    return new StringTensor(out, x.shape, x.device);
  },
};

// tf.strings: the Python-facing functions, each binding TF's signature, converting its input to a
// string tensor (TF's error names the op's kernel when the input is not a string) and mapping the
// bytes. The data-movement and comparison ops on strings live in string-ops.ts.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { PyFloat, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { PyBaseException, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { dtypes } from '../dtypes.js';
import { invalidArgument, tfErrorTypes } from '../errors.js';
import { CPU_DEVICE } from '../device.js';
import { Tensor, numElements, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { broadcastShapes } from '../ops/broadcast.js';
import { cppDtypeName } from '../ops/dtype-text.js';
import { kernelError } from '../ops/shape-errors.js';
import { addFunctions, dtypeArg, Fn, submodule, tensorList } from '../tf-api/shape-args.js';
import { axisList } from '../tf-api/math-args.js';
import { fromUtf8, utf8, StringTensor, isStringTensor, stringsOf } from './string-tensor.js';
import { asciiLower, asciiUpper, concatBytes, stripAscii, utf8Boundaries, utf8CharCount, utf8Lower, utf8Upper } from './byte-kernels.js';
import { broadcastIndex } from '../numpy/broadcast.js';
import { Re2Error, re2Rewrite, re2ToJs } from './re2.js';
import { asString, toNumber } from './number-conversions.js';
import { raggedFromStringRows } from '../ragged/ragged-tensor.js';
import { unicodeFns } from './unicode-api.js';
import { ngramCharFns } from './ngrams-chars.js';
import { fingerprintFns, hashStringFns } from './hash-buckets.js';
import { installStringMethods } from './string-methods.js';
// Registers the string op router with runOp.
import './string-ops.js';
import { pyBytesRepr } from '../printing/index.js';
import { summarizeTensor } from '../tf-api/print.js';

/** The input as a string tensor; TF's dtype error for op `op` otherwise. */
export function stringInput(v: PyValue, op: string, index = 0): Tensor {
  const t = toTensor(v);
  if (isStringTensor(t)) return t;
  throw invalidArgument(`cannot compute ${op} as input #${index}(zero-based) was expected to be a string tensor but is a ${cppDtypeName(t.dtype)} tensor`, op);
}

const mapStrings = (t: Tensor, f: (b: Uint8Array) => Uint8Array): Tensor => new StringTensor(stringsOf(t).map(f), t.shape, t.device);

const text = (v: PyValue): string => String(v);

const P = {
  caseMap: (name: string) => pyParams(name, ['input', 'encoding', 'name'], { encoding: '', name: null }),
  length: pyParams('length', ['input', 'unit', 'name'], { unit: 'BYTE', name: null }),
  join: pyParams('join', ['inputs', 'separator', 'name'], { separator: '', name: null }),
  reduceJoin: pyParams('reduce_join', ['inputs', 'axis', 'keepdims', 'separator', 'name'], { axis: null, keepdims: false, separator: '', name: null }),
  strip: pyParams('strip', ['input', 'name'], { name: null }),
  substr: pyParams('substr', ['input', 'pos', 'len', 'unit', 'name'], { unit: 'BYTE', name: null }),
  fullMatch: pyParams('regex_full_match', ['input', 'pattern', 'name'], { name: null }),
  replace: pyParams('regex_replace', ['input', 'pattern', 'rewrite', 'replace_global', 'name'], { replace_global: true, name: null }),
  split: pyParams('split', ['input', 'sep', 'maxsplit', 'name'], { sep: null, maxsplit: -1, name: null }),
  asString: pyParams('as_string', ['input', 'precision', 'scientific', 'shortest', 'width', 'fill', 'name'], { precision: -1, scientific: false, shortest: false, width: -1, fill: '', name: null }),
  toNumber: pyParams('to_number', ['input', 'out_type', 'name'], { out_type: dtypes.float32, name: null }),
  format: pyParams('format', ['template', 'inputs', 'placeholder', 'summarize', 'name'], { placeholder: '{}', summarize: 3, name: null }),
};

/** tf.strings.format: each placeholder becomes its input's summary as tf.print writes it. */
function format(p: Record<string, PyValue>): Tensor {
  const inputs = p.inputs instanceof PyList || p.inputs instanceof PyTuple ? p.inputs.items : typeof p.inputs === 'string' ? [...p.inputs] : [p.inputs];
  const pieces = text(p.template).split(text(p.placeholder));
  if (pieces.length - 1 !== inputs.length) {
    throw valueError(
      `The template expects ${pieces.length - 1} tensors, but the inputs only has ${inputs.length}. Please ensure the number of placeholders in template matches inputs length.`,
    );
  }
  const summarize = asIndex(p.summarize);
  let out = pieces[0];
  inputs.forEach((v, i) => {
    out += summarizeTensor(toTensor(v), summarize) + pieces[i + 1];
  });
  return new StringTensor([utf8(out)], []);
}

function checkUnit(unit: PyValue, op: string): boolean {
  const u = text(unit);
  if (u === 'BYTE' || u === 'UTF8_CHAR') return u === 'UTF8_CHAR';
  throw invalidArgument(
    `Value for attr 'unit' of "${u}" is not in the list of allowed values: "BYTE", "UTF8_CHAR"\n\t; NodeDef: {{node ${op}}}; Op<name=${op}; ${op === 'Substr' ? 'signature=input:string, pos:T, len:T -> output:string; attr=T:type,allowed=[DT_INT32, DT_INT64]; attr=unit:string,default="BYTE",allowed=["BYTE", "UTF8_CHAR"]' : 'signature=input:string -> output:int32; attr=unit:string,default="BYTE",allowed=["BYTE", "UTF8_CHAR"]'}>`,
    op,
  );
}

function join(inputs: PyValue, separator: PyValue): Tensor {
  const parts = tensorList(inputs).map((v, i) => stringInput(v, 'StringJoin', i));
  const op = `StringJoin_N_${parts.length}`;
  let shape: readonly number[] = [];
  for (const t of parts) {
    if (t.rank === 0) continue;
    if (shape.length === 0) shape = t.shape;
    else if (t.shape.length !== shape.length || t.shape.some((d, i) => d !== shape[i])) {
      throw kernelError('StringJoin', `Input shapes do not match: [${shape.join(',')}] vs. [${t.shape.join(',')}]`, '', op);
    }
  }
  const n = shape.reduce((a, d) => a * d, 1);
  const sep = utf8(text(separator));
  const out: Uint8Array[] = [];
  for (let i = 0; i < n; i++) out.push(concatBytes(parts.map((t) => stringsOf(t)[t.rank === 0 ? 0 : i]), sep));
  return new StringTensor(out, shape);
}

function reduceJoin(p: Record<string, PyValue>): Tensor {
  const x = stringInput(p.inputs, 'ReduceJoin');
  const r = x.rank;
  const given = axisList(p.axis);
  // TF reduces all axes innermost first when axis is None; the first listed axis varies fastest.
  const axes = (given ?? Array.from({ length: r }, (_, i) => r - 1 - i)).map((a) => {
    if (a < -r || a >= r) {
      throw new PyBaseException(tfErrorTypes.OutOfRangeError, [
        `{{function_node __wrapped__ReduceJoin_device_${CPU_DEVICE}}} Invalid reduction dimension ${a} for input with ${r} dimension(s) [Op:ReduceJoin] name: `,
      ]);
    }
    return a < 0 ? a + r : a;
  });
  const keep = x.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const strides = x.shape.map((_, i) => x.shape.slice(i + 1).reduce((a, d) => a * d, 1));
  const sep = utf8(text(p.separator));
  const keptShape = keep.map((i) => x.shape[i]);
  const outCount = keptShape.reduce((a, d) => a * d, 1);
  const out: Uint8Array[] = [];
  for (let o = 0; o < outCount; o++) {
    let base = 0;
    let rest = o;
    for (let k = keep.length - 1; k >= 0; k--) {
      base += (rest % keptShape[k]) * strides[keep[k]];
      rest = Math.floor(rest / keptShape[k]);
    }
    const parts: Uint8Array[] = [];
    const count = axes.reduce((a, ax) => a * x.shape[ax], 1);
    for (let j = 0; j < count; j++) {
      let offset = base;
      let q = j;
      for (const ax of axes) {
        offset += (q % x.shape[ax]) * strides[ax];
        q = Math.floor(q / x.shape[ax]);
      }
      parts.push(stringsOf(x)[offset]);
    }
    out.push(concatBytes(parts, sep));
  }
  const shape = isTruthy(p.keepdims) ? x.shape.map((d, i) => (axes.includes(i) ? 1 : d)) : keptShape;
  return new StringTensor(out, shape, x.device);
}

function substr(p: Record<string, PyValue>): Tensor {
  const x = stringInput(p.input, 'Substr');
  const utf8Unit = checkUnit(p.unit, 'Substr');
  const pos = toTensor(p.pos);
  const len = toTensor(p.len, null, pos.dtype);
  const shape = broadcastShapes(broadcastShapes(x.shape, pos.shape, 'Substr'), len.shape, 'Substr');
  // Where each output element reads its string, pos and len (null: the operand has the output's shape).
  const [xi, pi, li] = [x, pos, len].map((t) => broadcastIndex(t.shape, shape));
  const at = (map: Int32Array | null, k: number) => (map === null ? k : map[k]);
  const posValues = pos.values();
  const lenValues = len.values();
  const out: Uint8Array[] = [];
  const total = numElements(shape);
  for (let k = 0; k < total; k++) {
    const s = stringsOf(x)[at(xi, k)];
    const start = Number(posValues[at(pi, k)]);
    const count = Number(lenValues[at(li, k)]);
    const bounds = utf8Unit ? utf8Boundaries(s) : null;
    const n = bounds ? bounds.length - 1 : s.length;
    if (start > n || start < -n) {
      throw kernelError('Substr', `pos ${start} out of range for string ${pyBytesRepr(s)} at index ${k}`);
    }
    const from = start < 0 ? start + n : start;
    // TF takes len as size_t: a negative len reaches the end of the string.
    const to = count < 0 ? n : Math.min(n, from + count);
    out.push(bounds ? s.subarray(bounds[from], bounds[to]) : s.subarray(from, to));
  }
  return new StringTensor(out, shape, x.device);
}

/** A compiled pattern; RE2's error as TF reports it for op `op`. */
function compile(pattern: string, op: string, global: boolean): RegExp {
  const fail = (message: string) => kernelError(op, `Invalid pattern: ${pattern}, error: ${message}`);
  try {
    const { source, flags } = re2ToJs(pattern);
    return new RegExp(source, flags + (global ? 'g' : ''));
  } catch (e) {
    if (e instanceof Re2Error) throw fail(e.message);
    if (e instanceof SyntaxError) throw fail(e.message);
    throw e;
  }
}

function patternText(v: PyValue): [string, string] {
  if (typeof v === 'string') return [v, 'Static'];
  const t = toTensor(v);
  if (!isStringTensor(t) || t.rank !== 0) return [fromUtf8(stringsOf(stringInput(v, 'RegexFullMatch', 1))[0]), ''];
  return [fromUtf8(stringsOf(t)[0]), ''];
}

function regexFullMatch(p: Record<string, PyValue>): Tensor {
  const [pattern, kind] = patternText(p.pattern);
  const op = `${kind}RegexFullMatch`;
  const x = stringInput(p.input, op);
  const re = compile(pattern, op, false);
  const whole = new RegExp(`^(?:${re.source})$`, re.flags);
  const out = Uint8Array.from(stringsOf(x), (b) => (whole.test(fromUtf8(b)) ? 1 : 0));
  return tensorFromValues(out, x.shape, dtypes.bool, x.device);
}

function regexReplace(p: Record<string, PyValue>): Tensor {
  const [pattern, kind] = patternText(p.pattern);
  const op = `${kind}RegexReplace`;
  const x = stringInput(p.input, op);
  const re = compile(pattern, op, isTruthy(p.replace_global));
  const rewriteText = typeof p.rewrite === 'string' ? p.rewrite : fromUtf8(stringsOf(stringInput(p.rewrite, op, 2))[0]);
  const rewrite = re2Rewrite(rewriteText);
  return mapStrings(x, (b) =>
    utf8(
      fromUtf8(b).replace(re, (match: string, ...rest: unknown[]) => {
        const groupCount = rest.length - (typeof rest[rest.length - 1] === 'object' ? 3 : 2);
        return rewrite(match, rest.slice(0, groupCount) as (string | undefined)[]);
      }),
    ),
  );
}

const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/** Python-style split of one string: on runs of whitespace (sep None) or on each `sep`. */
function splitOne(b: Uint8Array, sep: Uint8Array | null, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  if (sep === null) {
    let i = 0;
    while (i < b.length) {
      while (i < b.length && isSpace(b[i])) i++;
      if (i >= b.length) break;
      if (maxsplit >= 0 && out.length === maxsplit) {
        let end = b.length;
        while (end > i && isSpace(b[end - 1])) end--;
        out.push(b.subarray(i, end));
        break;
      }
      const start = i;
      while (i < b.length && !isSpace(b[i])) i++;
      out.push(b.subarray(start, i));
    }
    return out;
  }
  let start = 0;
  for (let i = 0; i + sep.length <= b.length; ) {
    if ((maxsplit < 0 || out.length < maxsplit) && sep.every((c, k) => b[i + k] === c)) {
      out.push(b.subarray(start, i));
      i += sep.length;
      start = i;
    } else i++;
  }
  out.push(b.subarray(start));
  return b.length === 0 ? [] : out;
}

function split(p: Record<string, PyValue>): PyValue {
  const x = stringInput(p.input, 'StringSplitV2');
  const sep = p.sep === null ? null : utf8(text(p.sep));
  if (sep !== null && sep.length === 0) return splitWith(x, null, asIndex(p.maxsplit));
  return splitWith(x, sep, asIndex(p.maxsplit));
}

function splitWith(x: Tensor, sep: Uint8Array | null, maxsplit: number): PyValue {
  if (x.rank === 0) {
    const parts = splitOne(stringsOf(x)[0], sep, maxsplit);
    return new StringTensor(parts, [parts.length], x.device);
  }
  return raggedFromStringRows(stringsOf(x).map((b) => splitOne(b, sep, maxsplit)), x.shape, x.device);
}

function intArg(v: PyValue): number {
  return v instanceof PyFloat ? Math.trunc(v.v) : asIndex(v);
}

const fns: Record<string, Fn> = {
  lower: (a, k) => {
    const p = P.caseMap('lower')(a, k);
    const unicode = text(p.encoding).toLowerCase().replace('-', '') === 'utf8';
    return mapStrings(stringInput(p.input, 'StringLower'), unicode ? utf8Lower : asciiLower);
  },
  upper: (a, k) => {
    const p = P.caseMap('upper')(a, k);
    const unicode = text(p.encoding).toLowerCase().replace('-', '') === 'utf8';
    return mapStrings(stringInput(p.input, 'StringUpper'), unicode ? utf8Upper : asciiUpper);
  },
  length: (a, k) => {
    const p = P.length(a, k);
    const x = stringInput(p.input, 'StringLength');
    const chars = checkUnit(p.unit, 'StringLength');
    return tensorFromValues(Int32Array.from(stringsOf(x), (b) => (chars ? utf8CharCount(b) : b.length)), x.shape, dtypes.int32, x.device);
  },
  join: (a, k) => {
    const p = P.join(a, k);
    return join(p.inputs, p.separator);
  },
  reduce_join: (a, k) => reduceJoin(P.reduceJoin(a, k)),
  strip: (a, k) => mapStrings(stringInput(P.strip(a, k).input, 'StringStrip'), stripAscii),
  substr: (a, k) => substr(P.substr(a, k)),
  regex_full_match: (a, k) => regexFullMatch(P.fullMatch(a, k)),
  regex_replace: (a, k) => regexReplace(P.replace(a, k)),
  split: (a, k) => split(P.split(a, k)),
  as_string: (a, k) => {
    const p = P.asString(a, k);
    return asString(toTensor(p.input), {
      precision: intArg(p.precision),
      scientific: isTruthy(p.scientific),
      shortest: isTruthy(p.shortest),
      width: intArg(p.width),
      fill: text(p.fill),
    });
  },
  format: (a, k) => format(P.format(a, k)),
  to_number: (a, k) => {
    const p = P.toNumber(a, k);
    return toNumber(stringInput(p.input, 'StringToNumber'), dtypeArg(p.out_type, dtypes.float32));
  },
};

export function installStringsApi(tf: PyModule): void {
  installStringMethods();
  const strings = submodule(tf, 'strings', 'tensorflow._api.v2.strings');
  addFunctions(strings, fns);
  addFunctions(strings, ngramCharFns);
  addFunctions(strings, unicodeFns);
  addFunctions(strings, hashStringFns);
  addFunctions(tf, fingerprintFns);
}

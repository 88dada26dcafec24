// tf.io.decode_raw (the bytes of each string reinterpreted as numbers: DecodeRaw, or DecodePaddedRaw
// with fixed_length) and tf.io.encode_base64 / decode_base64 (TF's web-safe alphabet, '-' and '_',
// padding optional on both sides).
import type { PyValue } from '../../interpreter/objects/core.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { DType, dtypes } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { getNative } from '../native/binding.js';
import { placeNewTensor } from '../backend/placement.js';
import { currentDevice } from '../device.js';
import { kernelError, opError } from '../ops/shape-errors.js';
import { StringTensor, stringsOf } from '../strings/string-tensor.js';
import { dtypeArg, Fn, intArg } from './shape-args.js';
import { dtypeByteSize } from '../native/dtype-codes.js';

const P = {
  raw: pyParams('decode_raw', ['input_bytes', 'out_type', 'little_endian', 'fixed_length', 'name'], { little_endian: true, fixed_length: null, name: null }),
  encode: pyParams('encode_base64', ['input', 'pad', 'name'], { pad: false, name: null }),
  decode: pyParams('decode_base64', ['input', 'name'], { name: null }),
};

/** DecodeRaw's allowed out_type values, in TF's order and spelling (complex types not supported here). */
const RAW_TYPES: [string, string][] = [
  ['float16', 'half'], ['float32', 'float'], ['float64', 'double'], ['int32', 'int32'], ['uint16', 'uint16'], ['uint8', 'uint8'],
  ['int16', 'int16'], ['int8', 'int8'], ['int64', 'int64'], ['complex64', 'complex64'], ['complex128', 'complex128'], ['bool', 'bool'], ['bfloat16', 'bfloat16'],
];

function rawTypeError(op: string, type: DType): never {
  const tfName = (n: string) => RAW_TYPES.find(([ours]) => ours === n)?.[1] ?? n;
  const signature =
    op === 'DecodeRaw'
      ? 'signature=bytes:string -> output:out_type; attr=out_type:type,allowed=[DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT16, DT_UINT8, DT_INT16, DT_INT8, DT_INT64, DT_COMPLEX64, DT_COMPLEX128, DT_BOOL, DT_BFLOAT16]; attr=little_endian:bool,default=true'
      : 'signature=input_bytes:string, fixed_length:int32 -> output:out_type; attr=out_type:type,allowed=[DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT16, DT_UINT8, DT_INT16, DT_INT8, DT_INT64, DT_BFLOAT16]; attr=little_endian:bool,default=true';
  const allowed = (op === 'DecodeRaw' ? RAW_TYPES : RAW_TYPES.filter(([n]) => !n.startsWith('complex') && n !== 'bool')).map(([, t]) => t).join(', ');
  throw opError(op, `Value for attr 'out_type' of ${tfName(type.name)} is not in the list of allowed values: ${allowed}\n\t; NodeDef: {{node ${op}}}; Op<name=${op}; ${signature}>`);
}

function decodeRaw(p: Record<string, PyValue>): Tensor {
  const input = toTensor(p.input_bytes, dtypes.string);
  const type = dtypeArg(p.out_type, dtypes.float32);
  const padded = p.fixed_length !== null;
  const op = padded ? 'DecodePaddedRaw' : 'DecodeRaw';
  if (!RAW_TYPES.some(([n]) => n === type.name) || type.name.startsWith('complex') || (padded && type === dtypes.bool)) rawTypeError(op, type);
  const strings = stringsOf(input);
  const width = dtypeByteSize(type.code);
  let length: number;
  if (padded) {
    length = intArg(p.fixed_length);
    if (length % width !== 0) throw kernelError(op, `fixed_length (${length}) must be a multiple of the size of out_type (${width})`);
  } else {
    length = strings.length === 0 ? 0 : strings[0].length;
    strings.forEach((s, i) => {
      if (s.length !== length) throw kernelError(op, `DecodeRaw requires input strings to all be the same size, but element ${i} has size ${length} != ${s.length}`);
    });
    if (length % width !== 0) throw kernelError(op, `Input to DecodeRaw has length ${length} that is not a multiple of ${width}, the size of ${type.name === 'float32' ? 'float' : type.name}`);
  }
  const perString = length / width;
  const bytes = new Uint8Array(strings.length * length);
  strings.forEach((s, i) => bytes.set(s.subarray(0, length), i * length));  // DecodePaddedRaw zero-fills
  // Storage is little-endian: big-endian input has every element's bytes reversed.
  if (!isTruthy(p.little_endian) && width > 1) for (let e = 0; e < bytes.length; e += width) bytes.subarray(e, e + width).reverse();
  if (type === dtypes.bool) for (let i = 0; i < bytes.length; i++) bytes[i] = bytes[i] === 0 ? 0 : 1;
  const placed = placeNewTensor(getNative().fromBytes(bytes), type, strings.length * perString, currentDevice());
  return new Tensor(placed.storage, [...input.shape, perString], type, placed.device);
}

const BASE64_URL = /^[A-Za-z0-9_-]*$/;

/** Web-safe base64 (Node's base64url), '=' padded to a multiple of 4 when asked. */
function encodeBase64(b: Uint8Array, pad: boolean): Uint8Array {
  const text = Buffer.from(b).toString('base64url');
  return new Uint8Array(Buffer.from(pad ? text.padEnd(Math.ceil(text.length / 4) * 4, '=') : text, 'latin1'));
}

/** TF's checks (Node's decoder skips bad characters silently), then Node's base64url decoder. */
function decodeBase64(b: Uint8Array): Uint8Array {
  let text = Buffer.from(b).toString('latin1');
  // Up to two '=' of padding, only where they complete a 4-character group.
  if (text.length % 4 === 0) text = text.replace(/={1,2}$/, '');
  if (text.length % 4 === 1) throw kernelError('DecodeBase64', 'Base64 string length cannot be 1 modulo 4.');
  if (!BASE64_URL.test(text)) throw kernelError('DecodeBase64', 'Invalid character found in base64.');
  return new Uint8Array(Buffer.from(text, 'base64url'));
}

const mapStrings = (x: Tensor, f: (b: Uint8Array) => Uint8Array) => new StringTensor(stringsOf(x).map(f), x.shape, x.device);

export const codecFns: Record<string, Fn> = {
  decode_raw: (a, k) => decodeRaw(P.raw(a, k)),
  encode_base64: (a, k) => {
    const p = P.encode(a, k);
    const pad = isTruthy(p.pad);
    return mapStrings(toTensor(p.input, dtypes.string), (b) => encodeBase64(b, pad));
  },
  decode_base64: (a, k) => mapStrings(toTensor(P.decode(a, k).input, dtypes.string), decodeBase64),
};

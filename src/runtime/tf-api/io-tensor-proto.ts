// tf.io.serialize_tensor / parse_tensor: a tensor as the bytes of its TensorProto, as TF encodes it
// (dtype as field 1, TensorShapeProto as field 2 with one dim message per axis, numbers as the raw
// little-endian tensor_content of field 4, strings as repeated string_val, field 8), and back.
import type { PyValue } from '../../interpreter/objects/core.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { dtypes, DType } from '../dtypes.js';
import { numElements, Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { getNative } from '../native/binding.js';
import { placeNewTensor } from '../backend/placement.js';
import { backendOfStorage } from '../backend/devices.js';
import { currentDevice } from '../device.js';
import { kernelError } from '../ops/shape-errors.js';
import { StringTensor, stringsOf } from '../strings/string-tensor.js';
import { dtypeArg, Fn } from './shape-args.js';

const P = {
  serialize: pyParams('serialize_tensor', ['tensor', 'name'], { name: null }),
  parse: pyParams('parse_tensor', ['serialized', 'out_type', 'name'], { name: null }),
};

/** TF's DataType enum values and type names of the dtypes tfts has. */
const TF_TYPES: Record<string, [number, string]> = {
  float32: [1, 'float'], float64: [2, 'double'], int32: [3, 'int32'], uint8: [4, 'uint8'], int16: [5, 'int16'], int8: [6, 'int8'],
  string: [7, 'string'], int64: [9, 'int64'], bool: [10, 'bool'], bfloat16: [14, 'bfloat16'], uint16: [17, 'uint16'], float16: [19, 'half'],
  uint32: [22, 'uint32'], uint64: [23, 'uint64'],
};

function varint(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 128;
    out.push(byte);
  } while (n > 0);
  return out;
}

/** A length-delimited field. */
const field = (tag: number, body: ArrayLike<number>): number[] => [...varint((tag << 3) | 2), ...varint(body.length), ...Array.from(body)];

function serialize(t: Tensor): Uint8Array {
  const bytes: number[] = [...varint(1 << 3), ...varint(TF_TYPES[t.dtype.name][0])];
  // TensorShapeProto: one `dim` (field 2) per axis, its size as field 1 (omitted when 0).
  const shape = t.shape.flatMap((d) => field(2, d === 0 ? [] : [...varint(1 << 3), ...varint(d)]));
  bytes.push(...field(2, shape));
  if (t.dtype === dtypes.string) for (const s of stringsOf(t)) bytes.push(...field(8, s));
  else if (t.size > 0) bytes.push(...field(4, new Uint8Array(backendOfStorage(t.storage).toBytes(t.storage))));
  return Uint8Array.from(bytes);
}

/** Reads TensorProto's dtype, shape, tensor_content and string_val; null where the bytes are not
 *  a well-formed message. */
function parse(b: Uint8Array): { dtype: number; shape: number[]; content: Uint8Array | null; strings: Uint8Array[] } | null {
  let at = 0;
  const readVarint = (): number | null => {
    let v = 0;
    let scale = 1;
    for (;;) {
      if (at >= b.length) return null;
      const byte = b[at++];
      v += (byte & 127) * scale;
      if (byte < 128) return v;
      scale *= 128;
    }
  };
  const fields = (end: number, visit: (tag: number, wire: number, body: Uint8Array | number) => boolean): boolean => {
    while (at < end) {
      const key = readVarint();
      if (key === null) return false;
      const wire = key & 7;
      const tag = Math.floor(key / 8);
      if (wire === 0) {
        const v = readVarint();
        if (v === null || !visit(tag, wire, v)) return false;
      } else if (wire === 2) {
        const n = readVarint();
        if (n === null || at + n > end) return false;
        const body = b.subarray(at, at + n);
        at += n;
        if (!visit(tag, wire, body)) return false;
      } else if (wire === 1 || wire === 5) {
        at += wire === 1 ? 8 : 4;
        if (at > end) return false;
      } else return false;
    }
    return at === end;
  };
  const result = { dtype: 0, shape: [] as number[], content: null as Uint8Array | null, strings: [] as Uint8Array[] };
  const ok = fields(b.length, (tag, wire, body) => {
    if (tag === 1 && wire === 0) result.dtype = body as number;
    else if (tag === 2 && wire === 2) {
      const inner = parseShape(body as Uint8Array);
      if (inner === null) return false;
      result.shape = inner;
    } else if (tag === 4 && wire === 2) result.content = body as Uint8Array;
    else if (tag === 8 && wire === 2) result.strings.push((body as Uint8Array).slice());
    return true;
  });
  return ok ? result : null;
}

/** TensorShapeProto's dim sizes. */
function parseShape(b: Uint8Array): number[] | null {
  const dims: number[] = [];
  let at = 0;
  while (at < b.length) {
    if (b[at] !== 0x12) return null;
    const n = b[at + 1];
    const dim = b.subarray(at + 2, at + 2 + n);
    at += 2 + n;
    let size = 0;
    if (dim.length > 0) {
      if (dim[0] !== 0x08) return null;
      let scale = 1;
      for (let i = 1; i < dim.length; i++) {
        size += (dim[i] & 127) * scale;
        scale *= 128;
      }
    }
    dims.push(size);
  }
  return dims;
}

function parseTensor(serialized: Tensor, outType: DType): Tensor {
  const b = stringsOf(serialized)[0];
  const proto = parse(b);
  const fail = (m: string) => kernelError('ParseTensor', m);
  if (proto === null) throw fail(`Could not parse \`serialized\` as TensorProto, base64: ${Buffer.from(b).toString('base64')}`);
  const entry = Object.entries(TF_TYPES).find(([, [code]]) => code === proto.dtype);
  if (entry === undefined) throw fail(`Could not parse \`serialized\` as TensorProto, base64: ${Buffer.from(b).toString('base64')}`);
  if (entry[0] !== outType.name) throw fail(`Type mismatch between parsed tensor (${entry[1][1]}) and dtype (${TF_TYPES[outType.name]?.[1] ?? outType.name})`);
  const count = numElements(proto.shape);
  if (outType === dtypes.string) return new StringTensor(proto.strings, proto.shape, currentDevice());
  const content = proto.content ?? new Uint8Array(0);
  const placed = placeNewTensor(getNative().fromBytes(content.slice()), outType, count, currentDevice());
  return new Tensor(placed.storage, proto.shape, outType, placed.device);
}

export const tensorProtoFns: Record<string, Fn> = {
  serialize_tensor: (a, k) => {
    const t = toTensor(P.serialize(a, k).tensor as PyValue);
    return new StringTensor([serialize(t)], [], t.device);
  },
  parse_tensor: (a, k) => {
    const p = P.parse(a, k);
    return parseTensor(toTensor(p.serialized, dtypes.string), dtypeArg(p.out_type, dtypes.float32));
  },
};

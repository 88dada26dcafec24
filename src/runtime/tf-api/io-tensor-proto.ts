// tf.io.serialize_tensor / parse_tensor: a tensor as the bytes of its TensorProto (tensor-proto.ts),
// and back: the reader takes dtype, shape, tensor_content and string_val.
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
import { tensorProto, TF_DATA_TYPES } from './tensor-proto.js';

const P = {
  serialize: pyParams('serialize_tensor', ['tensor', 'name'], { name: null }),
  parse: pyParams('parse_tensor', ['serialized', 'out_type', 'name'], { name: null }),
};

function serialize(t: Tensor): Uint8Array {
  const dtype = TF_DATA_TYPES[t.dtype.name].tfEnum;
  if (t.dtype === dtypes.string) return tensorProto({ dtype, shape: t.shape.slice(), strings: stringsOf(t).slice() }).finish();
  const content = t.size > 0 ? new Uint8Array(backendOfStorage(t.storage).toBytes(t.storage)) : undefined;
  return tensorProto({ dtype, shape: t.shape.slice(), content }).finish();
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
  const entry = Object.entries(TF_DATA_TYPES).find(([, t]) => t.tfEnum === proto.dtype);
  if (entry === undefined) throw fail(`Could not parse \`serialized\` as TensorProto, base64: ${Buffer.from(b).toString('base64')}`);
  if (entry[0] !== outType.name) throw fail(`Type mismatch between parsed tensor (${entry[1].tfName}) and dtype (${TF_DATA_TYPES[outType.name]?.tfName ?? outType.name})`);
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

// tf.train.Example and its parts (Features, Feature, BytesList, FloatList, Int64List): the
// protocol buffers TFRecord files hold, with protobuf's wire format (SerializeToString, FromString,
// ParseFromString) and the text format Python's protobuf (upb) prints: two-space indents, floats
// in the shortest of %.6g/%.9g that reads back, bytes with C escapes, and map entries ordered as
// upb's sorter leaves them (descending by bytes, a prefix before its extensions).
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { PyBytes } from '../../interpreter/objects/bytes.js';
import { PyDict, PyFloat, PyList } from '../../interpreter/objects/values.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { builtinFunction, defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { PyModule, PyStaticMethod } from '../../interpreter/objects/function.js';
import { addFunctions, Fn, submodule } from './shape-args.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { setItem } from '../../interpreter/ops/items.js';
import { Tensor } from '../tensor.js';
import { NumpyScalar } from '../numpy-lite.js';
import { stringsOf } from '../strings/string-tensor.js';
import { formatFloat } from '../strings/printf-format.js';

type ListKind = 'bytes_list' | 'float_list' | 'int64_list';
const TYPE_NAMES: Record<ListKind, string> = { bytes_list: 'BytesList', float_list: 'FloatList', int64_list: 'Int64List' };
const FIELD_NUMBERS: Record<ListKind, number> = { bytes_list: 1, float_list: 2, int64_list: 3 };

const messageType = (name: string) => new PyType(name, [objectType], 'tensorflow.core.example.feature_pb2');
export const listTypes: Record<ListKind, PyType> = {
  bytes_list: messageType('BytesList'),
  float_list: messageType('FloatList'),
  int64_list: messageType('Int64List'),
};
export const featureType = messageType('Feature');
export const featuresType = messageType('Features');
export const exampleType = new PyType('Example', [objectType], 'tensorflow.core.example.example_pb2');

/** BytesList / FloatList / Int64List: `value` holds Python bytes, floats (float32-rounded) or ints. */
export class ValueList implements PyObject {
  constructor(
    readonly kind: ListKind,
    public value: PyList = new PyList([]),
  ) {}
  get cls(): PyType {
    return listTypes[this.kind];
  }
}

export class Feature implements PyObject {
  constructor(public list: ValueList | null = null) {}
  get cls(): PyType {
    return featureType;
  }
}

export class Features implements PyObject {
  constructor(public feature: PyDict = new PyDict()) {}
  get cls(): PyType {
    return featuresType;
  }
}

export class Example implements PyObject {
  constructor(public features: Features | null = null) {}
  get cls(): PyType {
    return exampleType;
  }
}

// ---- values --------------------------------------------------------------------------------------

function checkedValue(kind: ListKind, v: PyValue): PyValue {
  const field = `Field tensorflow.${TYPE_NAMES[kind]}.value`;
  if (v instanceof NumpyScalar || v instanceof Tensor) v = scalarOf(v);
  if (kind === 'bytes_list') {
    if (v instanceof PyBytes) return v;
    if (typeof v === 'string') throw typeError('expected bytes, str found');
    throw typeError(`${field}: Expected bytes, got ${typeName(v)}.`);
  }
  if (typeof v === 'boolean') throw typeError(`${field}: Expected an int, got a boolean.`);
  if (kind === 'int64_list') {
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    if (v instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
    throw typeError(`${field}: Expected an int, got ${typeName(v)}.`);
  }
  if (typeof v === 'number' || typeof v === 'bigint') return new PyFloat(Math.fround(Number(v)));
  if (v instanceof PyFloat) return new PyFloat(Math.fround(v.v));
  throw typeError(`must be real number, not ${typeName(v)}`);
}

const typeName = (v: PyValue): string => (typeof v === 'string' ? 'str' : v === null ? 'NoneType' : typeof v === 'number' ? 'int' : (v as PyObject).cls?.name ?? typeof v);

/** A numpy scalar or 0-d tensor as the Python value protobuf sees. */
function scalarOf(v: NumpyScalar | Tensor): PyValue {
  if (v instanceof Tensor) {
    if (v.dtype.name === 'string') return new PyBytes(stringsOf(v)[0]);
    const x = v.values()[0];
    return v.dtype.isFloating ? new PyFloat(Number(x)) : typeof x === 'bigint' ? x : Number(x);
  }
  return v.dtype.name.startsWith('float') ? new PyFloat(Number(v.value)) : Number(v.value);
}

// ---- text format ---------------------------------------------------------------------------------

/** upb's text escaping; `bytes` fields also escape bytes >= 0x80. */
function quoted(data: Uint8Array, bytes: boolean): string {
  let out = '"';
  for (const c of data) {
    if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x22) out += '\\"';
    else if (c === 0x27) out += "\\'";
    else if (c === 0x5c) out += '\\\\';
    else if ((bytes || c < 0x80) && (c < 0x20 || c >= 0x7f)) out += '\\' + c.toString(8).padStart(3, '0');
    else out += String.fromCharCode(c);
  }
  return out + '"';
}

/** upb's float text: %.6g when it reads back as the same float32, else %.9g. */
function floatText(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const g = (precision: number) => formatFloat(x, 'g', { flag: '', width: -1, precision });
  const short = g(6);
  return Math.fround(Number(short)) === x ? short : g(9);
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** upb's map sorter: memcmp descending, and a key before the longer keys it starts. */
function upbKeyOrder(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return b[i] - a[i];
  return a.length - b.length;
}

function listText(l: ValueList, pad: string): string {
  return l.value.items
    .map((v) => {
      const t = l.kind === 'bytes_list' ? quoted((v as PyBytes).data, true) : l.kind === 'float_list' ? floatText((v as PyFloat).v) : String(v);
      return `${pad}value: ${t}\n`;
    })
    .join('');
}

function featureText(f: Feature, pad: string): string {
  if (f.list === null) return '';
  return `${pad}${f.list.kind} {\n${listText(f.list, pad + '  ')}${pad}}\n`;
}

function featuresText(fs: Features, pad: string): string {
  const entries = [...fs.feature.storage.entries()].map(([k, v]) => [utf8(String(k)), v as Feature] as const);
  entries.sort((x, y) => upbKeyOrder(x[0], y[0]));
  return entries
    .map(([k, v]) => `${pad}feature {\n${pad}  key: ${quoted(k, false)}\n${pad}  value {\n${featureText(v, pad + '    ')}${pad}  }\n${pad}}\n`)
    .join('');
}

export function messageText(m: PyValue): string {
  if (m instanceof ValueList) return listText(m, '');
  if (m instanceof Feature) return featureText(m, '');
  if (m instanceof Features) return featuresText(m, '');
  const e = m as Example;
  return e.features === null ? '' : `features {\n${featuresText(e.features, '  ')}}\n`;
}

// ---- wire format ---------------------------------------------------------------------------------

function varint(v: bigint, out: number[]): void {
  let x = BigInt.asUintN(64, v);
  while (x >= 0x80n) {
    out.push(Number(x & 0x7fn) | 0x80);
    x >>= 7n;
  }
  out.push(Number(x));
}

function lengthDelimited(field: number, body: number[], out: number[]): void {
  out.push((field << 3) | 2);
  varint(BigInt(body.length), out);
  out.push(...body);
}

function encodeList(l: ValueList): number[] {
  const out: number[] = [];
  if (l.kind === 'bytes_list') {
    for (const v of l.value.items) lengthDelimited(1, Array.from((v as PyBytes).data), out);
    return out;
  }
  if (l.value.items.length === 0) return out;
  const packed: number[] = [];
  if (l.kind === 'float_list') {
    const buf = new DataView(new ArrayBuffer(4));
    for (const v of l.value.items) {
      buf.setFloat32(0, (v as PyFloat).v, true);
      packed.push(buf.getUint8(0), buf.getUint8(1), buf.getUint8(2), buf.getUint8(3));
    }
  } else {
    for (const v of l.value.items) varint(BigInt(v as number | bigint), packed);
  }
  lengthDelimited(1, packed, out);
  return out;
}

function encodeFeature(f: Feature): number[] {
  const out: number[] = [];
  if (f.list !== null) lengthDelimited(FIELD_NUMBERS[f.list.kind], encodeList(f.list), out);
  return out;
}

function encodeFeatures(fs: Features): number[] {
  const out: number[] = [];
  for (const [k, v] of fs.feature.storage.entries()) {
    const entry: number[] = [];
    lengthDelimited(1, Array.from(utf8(String(k))), entry);
    lengthDelimited(2, encodeFeature(v as Feature), entry);
    lengthDelimited(1, entry, out);
  }
  return out;
}

export function serialize(m: PyValue): Uint8Array {
  if (m instanceof ValueList) return Uint8Array.from(encodeList(m));
  if (m instanceof Feature) return Uint8Array.from(encodeFeature(m));
  if (m instanceof Features) return Uint8Array.from(encodeFeatures(m));
  const e = m as Example;
  const out: number[] = [];
  if (e.features !== null) lengthDelimited(1, encodeFeatures(e.features), out);
  return Uint8Array.from(out);
}

/** Fields of one message: [field number, wire type, value (varint / fixed32 bits / bytes)]. */
function fields(data: Uint8Array): [number, number, bigint | Uint8Array][] {
  const out: [number, number, bigint | Uint8Array][] = [];
  let at = 0;
  const fail = () => new WireError('Error parsing message');
  const readVarint = (): bigint => {
    let v = 0n;
    for (let shift = 0n; ; shift += 7n) {
      if (at >= data.length) throw fail();
      const b = data[at++];
      v |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return v;
    }
  };
  while (at < data.length) {
    const tag = Number(readVarint());
    const field = tag >> 3;
    const wire = tag & 7;
    if (wire === 0) out.push([field, wire, readVarint()]);
    else if (wire === 2) {
      const len = Number(readVarint());
      if (at + len > data.length) throw fail();
      out.push([field, wire, data.subarray(at, at + len)]);
      at += len;
    } else if (wire === 5) {
      if (at + 4 > data.length) throw fail();
      out.push([field, wire, data.subarray(at, at + 4)]);
      at += 4;
    } else if (wire === 1) {
      at += 8;
    } else throw fail();
  }
  return out;
}

/** Malformed wire data (turned into Python's DecodeError-like ValueError by the caller). */
class WireError extends Error {}

function decodeList(kind: ListKind, data: Uint8Array): ValueList {
  const values: PyValue[] = [];
  for (const [field, wire, v] of fields(data)) {
    if (field !== 1) continue;
    if (kind === 'bytes_list') values.push(new PyBytes(Uint8Array.from(v as Uint8Array)));
    else if (kind === 'float_list') {
      const bytes = v as Uint8Array;
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (let i = 0; i + 4 <= bytes.length; i += 4) values.push(new PyFloat(view.getFloat32(i, true)));
    } else if (wire === 0) values.push(int64Of(v as bigint));
    else {
      for (const [, , x] of fields(packedAsVarints(v as Uint8Array))) values.push(int64Of(x as bigint));
    }
  }
  return new ValueList(kind, new PyList(values));
}

/** A packed varint run re-read as consecutive field-1 varints. */
function packedAsVarints(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] < 0x80) {
      out.push(0x08, ...data.subarray(start, i + 1));
      start = i + 1;
    }
  }
  return Uint8Array.from(out);
}

function int64Of(v: bigint): PyValue {
  const s = BigInt.asIntN(64, v);
  return s >= BigInt(Number.MIN_SAFE_INTEGER) && s <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(s) : s;
}

function decodeFeature(data: Uint8Array): Feature {
  const f = new Feature();
  for (const [field, , v] of fields(data)) {
    const kind = (Object.keys(FIELD_NUMBERS) as ListKind[]).find((k) => FIELD_NUMBERS[k] === field);
    if (kind !== undefined) f.list = decodeList(kind, v as Uint8Array);
  }
  return f;
}

function decodeFeatures(data: Uint8Array): Features {
  const fs = new Features();
  for (const [field, , v] of fields(data)) {
    if (field !== 1) continue;
    let key = '';
    let value = new Feature();
    for (const [f, , x] of fields(v as Uint8Array)) {
      if (f === 1) key = new TextDecoder().decode(x as Uint8Array);
      else if (f === 2) value = decodeFeature(x as Uint8Array);
    }
    setItem(fs.feature, key, value);
  }
  return fs;
}

export function parseExampleBytes(data: Uint8Array): Example {
  try {
    const e = new Example();
    for (const [field, , v] of fields(data)) if (field === 1) e.features = decodeFeatures(v as Uint8Array);
    return e;
  } catch (err) {
    if (err instanceof WireError) throw valueError('Error parsing message');
    throw err;
  }
}

// ---- Python face -----------------------------------------------------------------------------------

const P = {
  list: pyParams('list', [], { value: null }, ['value']),
  feature: pyParams('Feature', [], { bytes_list: null, float_list: null, int64_list: null }, ['bytes_list', 'float_list', 'int64_list']),
  features: pyParams('Features', [], { feature: null }, ['feature']),
  example: pyParams('Example', [], { features: null }, ['features']),
};

for (const kind of Object.keys(listTypes) as ListKind[]) {
  listTypes[kind].construct = (_cls, args, kwargs) => {
    const p = P.list(args, kwargs);
    return new ValueList(kind, new PyList(p.value === null ? [] : iterToArray(p.value).map((v) => checkedValue(kind, v))));
  };
  defineGetter(listTypes[kind], 'value', (self) => (self as ValueList).value);
}

featureType.construct = (_cls, args, kwargs) => {
  const p = P.feature(args, kwargs);
  const set = (['bytes_list', 'float_list', 'int64_list'] as ListKind[]).filter((k) => p[k] !== null);
  const f = new Feature();
  for (const k of set) {
    const v = p[k];
    if (!(v instanceof ValueList) || v.kind !== k) throw typeError(`Message must be initialized with a dict: tensorflow.Feature`);
    f.list = v;
  }
  return f;
};
for (const kind of Object.keys(listTypes) as ListKind[]) {
  defineGetter(featureType, kind, (self) => {
    const f = self as Feature;
    return f.list !== null && f.list.kind === kind ? f.list : new ValueList(kind);
  });
}
defineMethod(featureType, 'WhichOneof', (self, args) => {
  if (args[0] !== 'kind') throw valueError(`Protocol message has no oneof "${String(args[0])}" field.`);
  return (self as Feature).list?.kind ?? null;
});
defineMethod(featureType, 'HasField', (self, args) => (self as Feature).list?.kind === args[0]);

featuresType.construct = (_cls, args, kwargs) => {
  const p = P.features(args, kwargs);
  const fs = new Features();
  if (p.feature !== null) {
    if (!(p.feature instanceof PyDict)) throw typeError(`Message must be initialized with a dict: tensorflow.Features`);
    const d = p.feature;
    for (const [k, v] of d.storage.entries()) {
      if (!(v instanceof Feature)) throw typeError(`Message must be initialized with a dict: tensorflow.Features.FeatureEntry`);
      setItem(fs.feature, k as PyValue, v);
    }
  }
  return fs;
};
defineGetter(featuresType, 'feature', (self) => (self as Features).feature);

exampleType.construct = (_cls, args, kwargs) => {
  const p = P.example(args, kwargs);
  if (p.features !== null && !(p.features instanceof Features)) throw typeError('Message must be initialized with a dict: tensorflow.Example');
  return new Example(p.features as Features | null);
};
defineGetter(exampleType, 'features', (self) => {
  const e = self as Example;
  e.features ??= new Features();
  return e.features;
});

for (const type of [...Object.values(listTypes), featureType, featuresType, exampleType]) {
  defineMethod(type, '__str__', (self) => messageText(self));
  defineMethod(type, '__repr__', (self) => messageText(self));
  defineMethod(type, 'SerializeToString', (self) => new PyBytes(serialize(self)));
  defineMethod(type, 'ByteSize', (self) => serialize(self).length);
  defineMethod(type, '__eq__', (self, args) => args[0] !== null && (args[0] as PyObject).cls === type && messageText(self) === messageText(args[0]));
  defineMethod(type, '__ne__', (self, args) => !(args[0] !== null && (args[0] as PyObject).cls === type && messageText(self) === messageText(args[0])));
}

const bytesArg = (v: PyValue): Uint8Array => {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof Tensor) return stringsOf(v)[0];
  throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
};
exampleType.dict.set('FromString', new PyStaticMethod(builtinFunction('FromString', (args) => parseExampleBytes(bytesArg(args[0])))));
defineMethod(exampleType, 'ParseFromString', (self, args) => {
  const data = bytesArg(args[0]);
  (self as Example).features = parseExampleBytes(data).features;
  return data.length;
});

/** tf.train's Example protos (and the same classes under tf.train as TF exports them). */
export function installExampleApi(tf: PyModule, parseFns: Record<string, Fn>, parsingTypes: Record<string, PyType>): void {
  const train = submodule(tf, 'train', 'tensorflow._api.v2.train');
  const classes: Record<string, PyType> = {
    Example: exampleType,
    Features: featuresType,
    Feature: featureType,
    BytesList: listTypes.bytes_list,
    FloatList: listTypes.float_list,
    Int64List: listTypes.int64_list,
  };
  for (const [k, v] of Object.entries(classes)) train.dict.set(k, v);
  const io = submodule(tf, 'io', 'tensorflow._api.v2.io');
  addFunctions(io, parseFns);
  for (const [k, v] of Object.entries(parsingTypes)) io.dict.set(k, v);
}

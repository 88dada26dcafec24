// tf.lookup: StaticHashTable and StaticVocabularyTable over a KeyValueTensorInitializer or a
// TextFileInitializer (TextFileIndex.WHOLE_LINE / LINE_NUMBER or a column). A vocabulary table
// sends a missing key to vocab_size + Fingerprint64(key) % num_oov_buckets (an integer key hashed
// through its decimal text), as TF's does. Keys match by value (strings by bytes).
import { readFileSync } from 'node:fs';
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { PyTuple } from '../../interpreter/objects/values.js';
import { defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { attributeError, typeError } from '../../interpreter/objects/exceptions.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { DType, dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { tfErrorTypes } from '../errors.js';
import { PyBaseException } from '../../interpreter/objects/exceptions.js';
import { fingerprint64 } from '../strings/farmhash.js';
import { StringTensor, byteKeys, fromUtf8, stringsOf, utf8 } from '../strings/string-tensor.js';
import { dtypeArg, submodule } from './shape-args.js';
import { str } from '../../interpreter/ops/text.js';

const MODULE = 'tensorflow.python.ops.lookup_ops';
const WHOLE_LINE = -2;
const LINE_NUMBER = -1;

/** One element as a Map key: strings by their bytes, numbers by value. */
function elementKeys(t: Tensor): (string | number | bigint)[] {
  return t.dtype === dtypes.string ? byteKeys(t) : Array.from(t.values() as ArrayLike<number | bigint>);
}

/** The initializer's keys and values, read when a table is built. */
interface Initializer extends PyObject {
  keyDtype: DType;
  valueDtype: DType;
  load(): { keys: Tensor; values: Tensor };
}

const kvType = new PyType('KeyValueTensorInitializer', [objectType], MODULE);
const textFileType = new PyType('TextFileInitializer', [objectType], MODULE);

class KeyValueInitializer implements Initializer {
  constructor(
    readonly keys: Tensor,
    readonly values: Tensor,
  ) {}
  get keyDtype(): DType {
    return this.keys.dtype;
  }
  get valueDtype(): DType {
    return this.values.dtype;
  }
  get cls(): PyType {
    return kvType;
  }
  load() {
    return { keys: this.keys, values: this.values };
  }
}

class TextFileInitializer implements Initializer {
  constructor(
    readonly filename: string,
    readonly keyDtype: DType,
    readonly keyIndex: number,
    readonly valueDtype: DType,
    readonly valueIndex: number,
    readonly delimiter: string,
    readonly vocabSize: number | null,
    readonly offset: number,
  ) {}
  get cls(): PyType {
    return textFileType;
  }
  load() {
    let text: string;
    try {
      text = readFileSync(this.filename, 'utf8');
    } catch {
      throw new PyBaseException(tfErrorTypes.NotFoundError, [`${this.filename}; No such file or directory`]);
    }
    let lines = text.split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    if (this.vocabSize !== null) lines = lines.slice(0, this.vocabSize);
    const column = (line: string, n: number, index: number, dtype: DType): string | number => {
      const raw = index === WHOLE_LINE ? line : index === LINE_NUMBER ? String(n) : line.split(this.delimiter)[index];
      return dtype === dtypes.string ? raw : Number(raw) + (index === LINE_NUMBER ? this.offset : 0);
    };
    const build = (index: number, dtype: DType) => {
      const items = lines.map((line, n) => column(line, n, index, dtype));
      if (dtype === dtypes.string) return new StringTensor(items.map((s) => utf8(String(s))), [items.length]);
      return tensorFromValues(dtype.is64Bit ? items.map((v) => BigInt(v)) : (items as number[]), [items.length], dtype, 'CPU:0');
    };
    return { keys: build(this.keyIndex, this.keyDtype), values: build(this.valueIndex, this.valueDtype) };
  }
}

const hashTableType = new PyType('StaticHashTable', [objectType], MODULE);
const vocabTableType = new PyType('StaticVocabularyTable', [objectType], MODULE);

class LookupTable implements PyObject {
  readonly index = new Map<string | number | bigint, number>();
  constructor(
    readonly kind: PyType,
    readonly keys: Tensor,
    readonly values: Tensor,
    readonly defaultValue: Tensor | null,
    readonly oovBuckets: number,
  ) {
    elementKeys(keys).forEach((k, i) => this.index.set(k, i));
  }
  get cls(): PyType {
    return this.kind;
  }
}

const table = (v: PyValue) => v as LookupTable;

function lookup(t: LookupTable, keysArg: PyValue): Tensor {
  // TF reads keys.dtype directly: the keys must already be a tensor.
  if (!(keysArg instanceof Tensor)) throw attributeError(`'${typeOf(keysArg).name}' object has no attribute 'dtype'`, keysArg, 'dtype');
  const keys = keysArg;
  if (keys.dtype !== t.keys.dtype) throw typeError(`Dtype of argument \`keys\` must be ${str(t.keys.dtype)}, received: ${str(keys.dtype)}`);
  const stored = t.values.values() as ArrayLike<number | bigint>;
  const vocab = t.keys.size;
  const found = elementKeys(keys).map((k, i) => {
    const at = t.index.get(k);
    if (at !== undefined) return stored[at];
    if (t.defaultValue !== null) return (t.defaultValue.values() as ArrayLike<number | bigint>)[0];
    // Out of vocabulary: a bucket after the vocabulary, by the key's fingerprint.
    const text = keys.dtype === dtypes.string ? stringsOf(keys)[i] : utf8(String(k));
    return BigInt(vocab) + (fingerprint64(text) % BigInt(t.oovBuckets));
  });
  const dtype = t.values.dtype;
  return tensorFromValues(dtype.is64Bit ? found.map((v) => BigInt(v)) : found.map(Number), keys.shape, dtype, keys.device);
}

for (const type of [hashTableType, vocabTableType]) {
  defineMethod(type, 'lookup', (self, args) => lookup(table(self), args[0]));
  defineMethod(type, '__getitem__', (self, args) => lookup(table(self), args[0]));
  defineMethod(type, 'size', (self) => tensorFromValues([BigInt(table(self).keys.size + table(self).oovBuckets)], [], dtypes.int64, 'CPU:0'));
  defineGetter(type, 'key_dtype', (self) => table(self).keys.dtype);
  defineGetter(type, 'value_dtype', (self) => table(self).values.dtype);
}
defineGetter(hashTableType, 'default_value', (self) => table(self).defaultValue);
defineMethod(hashTableType, 'export', (self) => new PyTuple([table(self).keys, table(self).values]));
for (const type of [kvType, textFileType]) {
  defineGetter(type, 'key_dtype', (self) => (self as Initializer).keyDtype);
  defineGetter(type, 'value_dtype', (self) => (self as Initializer).valueDtype);
}

const P = {
  kv: pyParams('KeyValueTensorInitializer', ['keys', 'values', 'key_dtype', 'value_dtype', 'name'], { key_dtype: null, value_dtype: null, name: null }),
  textFile: pyParams('TextFileInitializer', ['filename', 'key_dtype', 'key_index', 'value_dtype', 'value_index', 'vocab_size', 'delimiter', 'name', 'value_index_offset'], {
    vocab_size: null, delimiter: '\t', name: null, value_index_offset: 0,
  }),
  hash: pyParams('StaticHashTable', ['initializer', 'default_value', 'name', 'experimental_is_anonymous'], { name: null, experimental_is_anonymous: false }),
  vocab: pyParams('StaticVocabularyTable', ['initializer', 'num_oov_buckets', 'lookup_key_dtype', 'name', 'experimental_is_anonymous'], { lookup_key_dtype: null, name: null, experimental_is_anonymous: false }),
};

kvType.construct = (_cls, args, kwargs) => {
  const p = P.kv(args, kwargs);
  const keys = toTensor(p.keys, p.key_dtype === null ? undefined : dtypeArg(p.key_dtype, dtypes.string));
  const values = toTensor(p.values, p.value_dtype === null ? undefined : dtypeArg(p.value_dtype, dtypes.int64));
  return new KeyValueInitializer(keys, values);
};

textFileType.construct = (_cls, args, kwargs) => {
  const p = P.textFile(args, kwargs);
  return new TextFileInitializer(
    fromUtf8(stringsOf(toTensor(p.filename, dtypes.string))[0]),
    dtypeArg(p.key_dtype, dtypes.string),
    asIndex(p.key_index),
    dtypeArg(p.value_dtype, dtypes.int64),
    asIndex(p.value_index),
    String(p.delimiter),
    p.vocab_size === null ? null : asIndex(p.vocab_size),
    asIndex(p.value_index_offset),
  );
};

hashTableType.construct = (_cls, args, kwargs) => {
  const p = P.hash(args, kwargs);
  const init = p.initializer as Initializer;
  const { keys, values } = init.load();
  let defaultValue: Tensor;
  try {
    defaultValue = toTensor(p.default_value, values.dtype);
  } catch {
    throw typeError(`Cannot convert ${String(p.default_value === null ? 'None' : typeof p.default_value === 'string' ? `'${p.default_value}'` : p.default_value)} to EagerTensor of dtype ${values.dtype.name}`);
  }
  return new LookupTable(hashTableType, keys, values, defaultValue, 0);
};

vocabTableType.construct = (_cls, args, kwargs) => {
  const p = P.vocab(args, kwargs);
  const { keys, values } = (p.initializer as Initializer).load();
  return new LookupTable(vocabTableType, keys, values, null, asIndex(p.num_oov_buckets));
};

/** TextFileIndex: the special column numbers of a TextFileInitializer. */
const textFileIndexType = new PyType('TextFileIndex', [objectType], MODULE);
textFileIndexType.dict.set('WHOLE_LINE', WHOLE_LINE);
textFileIndexType.dict.set('LINE_NUMBER', LINE_NUMBER);

export function installLookupApi(tf: PyModule): void {
  const m = submodule(tf, 'lookup', 'tensorflow._api.v2.lookup');
  m.dict.set('KeyValueTensorInitializer', kvType);
  m.dict.set('TextFileInitializer', textFileType);
  m.dict.set('StaticHashTable', hashTableType);
  m.dict.set('StaticVocabularyTable', vocabTableType);
  m.dict.set('TextFileIndex', textFileIndexType);
}

// tf.io.TFRecordWriter and tf.io.TFRecordOptions: records framed as tf.data.TFRecordDataset reads
// them (summary-events.ts's tfRecord). Uncompressed records go to the file as they are written;
// GZIP and ZLIB files are one compressed stream, written whole at flush() and close().
import { appendFileSync, writeFileSync } from 'node:fs';
import { deflateSync, gzipSync } from 'node:zlib';
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyObject, PyType, objectType } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyBaseException, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyBytes } from '../../interpreter/objects/bytes.js';
import { defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { str } from '../../interpreter/ops/text.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { tfErrorTypes } from '../errors.js';
import { tfRecord } from './summary-events.js';

const writerType = new PyType('TFRecordWriter', [objectType], 'tensorflow.python.lib.io.tf_record');
const optionsType = new PyType('TFRecordOptions', [objectType], 'tensorflow.python.lib.io.tf_record');

class TFRecordOptions implements PyObject {
  constructor(readonly compression: string) {}
  get cls(): PyType {
    return optionsType;
  }
}

class TFRecordWriter implements PyObject {
  closed = false;
  /** Records of a compressed file, kept until flush/close writes the stream. */
  readonly pending: Uint8Array[] = [];
  constructor(
    readonly path: string,
    readonly compression: string,
  ) {}
  get cls(): PyType {
    return writerType;
  }
  writeCompressed(): void {
    const all = Buffer.concat(this.pending);
    writeFileSync(this.path, this.compression === 'GZIP' ? gzipSync(all) : deflateSync(all));
  }
  close(): void {
    if (!this.closed && this.compression !== '') this.writeCompressed();
    this.closed = true;
  }
}

const compressionOf = (v: PyValue): string => {
  if (v === null) return '';
  if (v instanceof TFRecordOptions) return v.compression;
  const name = str(v);
  if (!['', 'GZIP', 'ZLIB'].includes(name)) throw valueError(`Unsupported compression_type: ${name}`);
  return name;
};
const tfError = (type: keyof typeof tfErrorTypes, message: string) => new PyBaseException(tfErrorTypes[type], [message]);

const P = {
  writer: pyParams('TFRecordWriter', ['path', 'options'], { options: null }),
  options: pyParams(
    'TFRecordOptions',
    ['compression_type', 'flush_mode', 'input_buffer_size', 'output_buffer_size', 'window_bits', 'compression_level', 'compression_method', 'mem_level', 'compression_strategy'],
    { compression_type: null, flush_mode: null, input_buffer_size: null, output_buffer_size: null, window_bits: null, compression_level: null, compression_method: null, mem_level: null, compression_strategy: null },
  ),
};

export function installTFRecordWriter(io: PyModule): void {
  optionsType.construct = (_cls, args, kwargs) => new TFRecordOptions(compressionOf(P.options(args, kwargs).compression_type));
  defineGetter(optionsType, 'compression_type', (self) => (self as TFRecordOptions).compression);
  writerType.construct = (_cls, args, kwargs) => {
    const p = P.writer(args, kwargs);
    const path = str(p.path);
    try {
      writeFileSync(path, new Uint8Array(0));  // TF creates (or truncates) the file at once
    } catch {
      throw tfError('NotFoundError', `${path}; No such file or directory`);
    }
    return new TFRecordWriter(path, compressionOf(p.options));
  };
  const self_ = (v: PyValue) => v as TFRecordWriter;
  defineMethod(writerType, 'write', (self, args) => {
    const w = self_(self);
    if (w.closed) throw tfError('FailedPreconditionError', 'Writer is closed.');
    const record = args[0];
    const bytes = record instanceof PyBytes ? record.data : typeof record === 'string' ? new TextEncoder().encode(record) : null;
    if (bytes === null) throw typeError(`write(): incompatible function arguments. Argument 1 must be bytes, not ${typeOf(record).name}`);
    if (w.compression === '') appendFileSync(w.path, tfRecord(bytes));
    else w.pending.push(tfRecord(bytes));
    return null;
  });
  defineMethod(writerType, 'flush', (self) => {
    const w = self_(self);
    if (w.closed) throw tfError('FailedPreconditionError', 'Writer is closed.');
    if (w.compression !== '') w.writeCompressed();
    return null;
  });
  defineMethod(writerType, 'close', (self) => {
    self_(self).close();
    return null;
  });
  defineMethod(writerType, '__enter__', (self) => self);
  defineMethod(writerType, '__exit__', (self) => {
    self_(self).close();
    return false;
  });
  io.dict.set('TFRecordWriter', writerType);
  io.dict.set('TFRecordOptions', optionsType);
}

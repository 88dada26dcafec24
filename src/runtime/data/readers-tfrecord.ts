// tf.data.TFRecordDataset (the records of TFRecord files, as scalar strings, checking each record's
// masked CRC-32C as TF does; GZIP/ZLIB compressed files too) and Dataset.list_files (the sorted
// paths matching one or more glob patterns, shuffled with the pipeline's seeds unless
// shuffle=False, as TF's list_files is a TensorSliceDataset plus shuffle).
import { gunzipSync, inflateSync } from 'node:zlib';
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyBaseException, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { globList } from '../../interpreter/stdlib/glob.js';
import { toTensor } from '../convert.js';
import { dtypes } from '../dtypes.js';
import { tfErrorTypes } from '../errors.js';
import { StringTensor, fromUtf8, stringsOf } from '../strings/string-tensor.js';
import { maskedCrc32c } from '../checksums.js';
import { Dataset, datasetKind } from './dataset.js';
import { fileRecordsDataset, iteratorError, readWholeFile } from './readers.js';
import { fromTensorSlices } from './sources.js';
import { shuffle } from './shuffle.js';

export const tfRecordDatasetType = datasetKind('TFRecordDatasetV2', 'readers');

/** The records of one file, checked: TF's DataLossError names the offset of a bad record. */
function fileRecords(name: string, compression: string): Uint8Array[] {
  let data = readWholeFile(name);
  if (compression === 'GZIP') data = gunzipSync(data);
  else if (compression === 'ZLIB') data = inflateSync(data);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const records: Uint8Array[] = [];
  for (let at = 0; at < data.length; ) {
    if (at + 12 > data.length) throw iteratorError('DataLossError', `truncated record at ${at}`);
    const length = Number(view.getBigUint64(at, true));
    if (maskedCrc32c(data.subarray(at, at + 8)) !== view.getUint32(at + 8, true)) throw iteratorError('DataLossError', `corrupted record at ${at}`);
    if (at + 16 + length > data.length) throw iteratorError('DataLossError', `truncated record at ${at}`);
    const record = data.slice(at + 12, at + 12 + length);
    // TF names where the checksummed part starts: the record for its length, past the header for its data.
    if (maskedCrc32c(record) !== view.getUint32(at + 12 + length, true)) throw iteratorError('DataLossError', `corrupted record at ${at + 12}`);
    records.push(record);
    at += 16 + length;
  }
  return records;
}

const params = pyParams('TFRecordDatasetV2', ['filenames', 'compression_type', 'buffer_size', 'num_parallel_reads', 'name'], {
  compression_type: null, buffer_size: null, num_parallel_reads: null, name: null,
});

tfRecordDatasetType.construct = (_cls, args, kwargs) => {
  const p = params(args, kwargs);
  const names = stringsOf(toTensor(p.filenames as PyValue, dtypes.string)).map(fromUtf8);
  const compression = p.compression_type === null ? '' : String(p.compression_type);
  if (!['', 'GZIP', 'ZLIB'].includes(compression)) throw valueError(`Unsupported compression_type: ${compression}`);
  return fileRecordsDataset(tfRecordDatasetType, names, (name) => fileRecords(name, compression));
};

const listParams = pyParams('list_files', ['file_pattern', 'shuffle', 'seed', 'name'], { shuffle: null, seed: null, name: null });

/** Dataset.list_files(file_pattern, shuffle=None, seed=None). */
export function listFiles(args: PyValue[], kwargs: Map<string, PyValue> | null, seedArg: (v: PyValue) => number | bigint | null): Dataset {
  const p = listParams(args, kwargs);
  const patterns = stringsOf(toTensor(p.file_pattern, dtypes.string)).map(fromUtf8);
  // TF keeps a file once per pattern it matches, all sorted together.
  const matches = patterns.flatMap((pattern) => globList(pattern, false)).sort();
  if (matches.length === 0) {
    const what = patterns.length === 1 ? patterns[0] : `[${patterns.join(' ')}]`;
    throw new PyBaseException(tfErrorTypes.InvalidArgumentError, [
      `Expected 'tf.Tensor(False, shape=(), dtype=bool)' to be true. Summarized data: b'No files matched pattern: ${what}'`,
    ]);
  }
  const files = fromTensorSlices(new StringTensor(matches.map((m) => new TextEncoder().encode(m)), [matches.length]));
  if (p.shuffle !== null && !isTruthy(p.shuffle)) return files;
  return shuffle(files, matches.length, seedArg(p.seed), true);
}

// tf.data.FixedLengthRecordDataset: each file's bytes after `header_bytes` and before
// `footer_bytes` (after GZIP/ZLIB decompression when asked), cut into records of `record_bytes`
// (scalar strings). Like TF, a file is read when
// iteration reaches it, and a body that is not a whole number of records fails there.
import { gunzipSync, inflateSync } from 'node:zlib';
import type { PyValue } from '../../interpreter/objects/core.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { toTensor } from '../convert.js';
import { dtypes } from '../dtypes.js';
import { fromUtf8, stringsOf } from '../strings/string-tensor.js';
import { intArg } from '../tf-api/shape-args.js';
import { datasetKind } from './dataset.js';
import { fileRecordsDataset, iteratorError, readWholeFile } from './readers.js';

export const fixedLengthRecordDatasetType = datasetKind('FixedLengthRecordDatasetV2', 'readers');

const params = pyParams(
  'FixedLengthRecordDatasetV2',
  ['filenames', 'record_bytes', 'header_bytes', 'footer_bytes', 'buffer_size', 'compression_type', 'num_parallel_reads', 'name'],
  { header_bytes: null, footer_bytes: null, buffer_size: null, compression_type: null, num_parallel_reads: null, name: null },
);

function fileRecords(name: string, recordBytes: number, header: number, footer: number, compression: string): Uint8Array[] {
  if (recordBytes <= 0) throw iteratorError('InvalidArgumentError', '`record_bytes` must be > 0');
  let data = readWholeFile(name);
  if (compression === 'GZIP') data = gunzipSync(data);
  else if (compression === 'ZLIB') data = inflateSync(data);
  const body = data.length - header - footer;
  if (body < 0 || body % recordBytes !== 0) {
    throw iteratorError(
      'InvalidArgumentError',
      `Excluding the header (${header} bytes) and footer (${footer} bytes), input file "${name}" has body length ${body} bytes, which is not an exact multiple of the record length (${recordBytes} bytes).`,
    );
  }
  const records: Uint8Array[] = [];
  for (let at = header; at < header + body; at += recordBytes) records.push(data.slice(at, at + recordBytes));
  return records;
}

fixedLengthRecordDatasetType.construct = (_cls, args, kwargs) => {
  const p = params(args, kwargs);
  const names = stringsOf(toTensor(p.filenames as PyValue, dtypes.string)).map(fromUtf8);
  const compression = p.compression_type === null ? '' : String(p.compression_type);
  if (!['', 'GZIP', 'ZLIB'].includes(compression)) throw valueError(`Unsupported compression_type: ${compression}`);
  const recordBytes = intArg(p.record_bytes);
  const header = p.header_bytes === null ? 0 : intArg(p.header_bytes);
  const footer = p.footer_bytes === null ? 0 : intArg(p.footer_bytes);
  return fileRecordsDataset(fixedLengthRecordDatasetType, names, (name) => fileRecords(name, recordBytes, header, footer, compression));
};

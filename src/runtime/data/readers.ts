// tf.data.TextLineDataset: the lines of one or more text files as scalar string tensors, without
// their line terminators ("\n" or "\r\n"). Files are read when iteration reaches them, so a missing
// file fails on the first next() with TF's NotFoundError, as in TF.
import { readFileSync } from 'node:fs';
import type { PyType, PyValue } from '../../interpreter/objects/core.js';
import { PyBaseException } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { toTensor } from '../convert.js';
import { dtypes } from '../dtypes.js';
import { tfErrorTypes } from '../errors.js';
import { CPU_DEVICE } from '../device.js';
import { TensorSpec } from '../autograd/tensor-spec.js';
import { StringTensor, stringsOf, fromUtf8 } from '../strings/string-tensor.js';
import { Dataset, datasetKind, UNKNOWN } from './dataset.js';

export const textLineDatasetType = datasetKind('TextLineDatasetV2', 'readers');

const LF = 0x0a;
const CR = 0x0d;

/** The error a file reader's next() raises in TF: the IteratorGetNext kernel's. */
export const iteratorError = (type: keyof typeof tfErrorTypes, message: string): PyBaseException =>
  new PyBaseException(tfErrorTypes[type], [
    `{{function_node __wrapped__IteratorGetNext_output_types_1_device_${CPU_DEVICE}}} ${message} [Op:IteratorGetNext] name: `,
  ]);

/** A whole file's bytes, or TF's NotFoundError. */
export function readWholeFile(name: string): Uint8Array {
  try {
    return readFileSync(name);
  } catch {
    throw iteratorError('NotFoundError', `${name}; No such file or directory`);
  }
}

function fileLines(name: string): Uint8Array[] {
  const data = readWholeFile(name);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= data.length; i++) {
    if (i < data.length && data[i] !== LF) continue;
    if (i === data.length && start === data.length) break;
    const end = i > start && data[i - 1] === CR ? i - 1 : i;
    lines.push(data.slice(start, end));
    start = i + 1;
  }
  return lines;
}

const params = pyParams('TextLineDatasetV2', ['filenames', 'compression_type', 'buffer_size', 'num_parallel_reads', 'name'], {
  compression_type: null, buffer_size: null, num_parallel_reads: null, name: null,
});

/** A dataset of scalar strings: the pieces `read` makes of each file in turn, each file read only
 *  when iteration reaches it (TextLineDataset's lines, TFRecordDataset's records). */
export function fileRecordsDataset(kind: PyType, names: string[], read: (name: string) => Uint8Array[]): Dataset {
  return new Dataset(kind, new TensorSpec([], dtypes.string, null), UNKNOWN, () => {
    let file = 0;
    let pieces: Uint8Array[] = [];
    let at = 0;
    return () => {
      while (at >= pieces.length) {
        if (file >= names.length) return undefined;
        pieces = read(names[file++]);
        at = 0;
      }
      return new StringTensor([pieces[at++]], []);
    };
  });
}

textLineDatasetType.construct = (_cls, args, kwargs) => {
  const names = stringsOf(toTensor(params(args, kwargs).filenames as PyValue, dtypes.string)).map(fromUtf8);
  return fileRecordsDataset(textLineDatasetType, names, fileLines);
};

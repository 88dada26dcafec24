// TensorBoard event files as TF 2.21 writes them: TFRecord framing (length, masked CRC-32C of the
// length, data, masked CRC-32C of the data) around serialized tensorflow.Event protos. Only the
// few messages tf.summary writes are encoded (Event, Summary.Value, SummaryMetadata, TensorProto,
// TensorShapeProto, SourceMetadata), with their fields in TF's order, so the bytes equal TF's but
// for the wall times.
import { maskedCrc32c } from '../checksums.js';
import { ProtoWriter, TensorValue, tensorProto, TF_DATA_TYPES } from './tensor-proto.js';

export type { TensorValue };

/** TF's DataType enum values of the dtypes summaries write. */
export const DT = {
  float: TF_DATA_TYPES.float32.tfEnum,
  double: TF_DATA_TYPES.float64.tfEnum,
  int32: TF_DATA_TYPES.int32.tfEnum,
  string: TF_DATA_TYPES.string.tfEnum,
  int64: TF_DATA_TYPES.int64.tfEnum,
  bool: TF_DATA_TYPES.bool.tfEnum,
} as const;

/** One Summary.Value: tag, tensor, and metadata naming the TensorBoard plugin. */
export function summaryValue(tag: string, tensor: TensorValue, plugin: string, description: string | null): Uint8Array {
  const metadata = new ProtoWriter().message(1, new ProtoWriter().string(1, plugin));
  if (description) metadata.string(3, description);
  const value = new ProtoWriter().string(1, tag).message(8, tensorProto(tensor)).message(9, metadata);
  return new ProtoWriter().message(1, value).finish();
}

/** An Event holding one summary (field 5); step 0 is left out, as proto3 does. */
export function summaryEvent(wallTime: number, step: bigint, summary: Uint8Array): Uint8Array {
  const e = new ProtoWriter().double(1, wallTime);
  if (step !== 0n) e.uint(2, step);
  return e.bytes(5, summary).finish();
}

/** The first event of every file: the format version and the writer that made it. */
export function fileVersionEvent(wallTime: number): Uint8Array {
  return new ProtoWriter()
    .double(1, wallTime)
    .string(3, 'brain.Event:2')
    .message(10, new ProtoWriter().string(1, 'tensorflow.core.util.events_writer'))
    .finish();
}

/** One TFRecord: uint64 length, masked CRC of it, the data, masked CRC of the data. */
export function tfRecord(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + 4 + data.length + 4);
  const view = new DataView(out.buffer);
  view.setBigUint64(0, BigInt(data.length), true);
  view.setUint32(8, maskedCrc32c(out.subarray(0, 8)), true);
  out.set(data, 12);
  view.setUint32(12 + data.length, maskedCrc32c(data), true);
  return out;
}

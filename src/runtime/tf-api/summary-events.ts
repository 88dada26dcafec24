// TensorBoard event files as TF 2.21 writes them: TFRecord framing (length, masked CRC-32C of the
// length, data, masked CRC-32C of the data) around serialized tensorflow.Event protos. Only the
// few messages tf.summary writes are encoded (Event, Summary.Value, SummaryMetadata, TensorProto,
// TensorShapeProto, SourceMetadata), with their fields in TF's order, so the bytes equal TF's but
// for the wall times.
import { maskedCrc32c } from '../checksums.js';

/** Protobuf wire encoding of the fields used here. */
class ProtoWriter {
  private readonly parts: number[] = [];
  private varint(v: bigint): void {
    let x = BigInt.asUintN(64, v);
    while (x >= 0x80n) {
      this.parts.push(Number(x & 0x7fn) | 0x80);
      x >>= 7n;
    }
    this.parts.push(Number(x));
  }
  private key(field: number, wire: number): void {
    this.varint(BigInt((field << 3) | wire));
  }
  uint(field: number, v: number | bigint): this {
    this.key(field, 0);
    this.varint(BigInt(v));
    return this;
  }
  double(field: number, v: number): this {
    this.key(field, 1);
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, v, true);
    this.parts.push(...b);
    return this;
  }
  bytes(field: number, b: Uint8Array): this {
    this.key(field, 2);
    this.varint(BigInt(b.length));
    for (const x of b) this.parts.push(x);
    return this;
  }
  string(field: number, s: string): this {
    return this.bytes(field, new TextEncoder().encode(s));
  }
  message(field: number, m: ProtoWriter): this {
    return this.bytes(field, m.finish());
  }
  finish(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

/** TF's DataType enum values of the dtypes summaries write. */
export const DT = { float: 1, double: 2, int32: 3, string: 7, int64: 9, bool: 10 } as const;

/** A tensor as a TensorProto: content bytes (numbers, little-endian) or string values. */
export interface TensorValue {
  dtype: number;
  shape: number[];
  content?: Uint8Array;
  strings?: Uint8Array[];
}

function tensorProto(t: TensorValue): ProtoWriter {
  const shape = new ProtoWriter();
  for (const d of t.shape) shape.message(2, new ProtoWriter().uint(1, d));
  const p = new ProtoWriter().uint(1, t.dtype).message(2, shape);
  if (t.content) p.bytes(4, t.content);
  for (const s of t.strings ?? []) p.bytes(8, s);
  return p;
}

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

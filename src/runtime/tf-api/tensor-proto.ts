// TensorProto as TF encodes it, for event files (summary-events.ts) and tf.io.serialize_tensor:
// dtype as field 1, a TensorShapeProto (one dim message per axis, its size as field 1) as field 2,
// numbers as the raw little-endian tensor_content of field 4, strings as repeated string_val, field
// 8. Zero-valued scalars are left out, as proto3 does. Also TF's DataType enum for every dtype.

/** Protobuf wire encoding of the fields used here. */
export class ProtoWriter {
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

/** TF's DataType enum value and C++ type name of each dtype tfts has. */
export const TF_DATA_TYPES: Record<string, { tfEnum: number; tfName: string }> = {
  float32: { tfEnum: 1, tfName: 'float' },
  float64: { tfEnum: 2, tfName: 'double' },
  int32: { tfEnum: 3, tfName: 'int32' },
  uint8: { tfEnum: 4, tfName: 'uint8' },
  int16: { tfEnum: 5, tfName: 'int16' },
  int8: { tfEnum: 6, tfName: 'int8' },
  string: { tfEnum: 7, tfName: 'string' },
  int64: { tfEnum: 9, tfName: 'int64' },
  bool: { tfEnum: 10, tfName: 'bool' },
  bfloat16: { tfEnum: 14, tfName: 'bfloat16' },
  uint16: { tfEnum: 17, tfName: 'uint16' },
  float16: { tfEnum: 19, tfName: 'half' },
  uint32: { tfEnum: 22, tfName: 'uint32' },
  uint64: { tfEnum: 23, tfName: 'uint64' },
};

/** A tensor as a TensorProto: content bytes (numbers, little-endian) or string values. */
export interface TensorValue {
  dtype: number;
  shape: number[];
  content?: Uint8Array;
  strings?: Uint8Array[];
}

export function tensorProto(t: TensorValue): ProtoWriter {
  const shape = new ProtoWriter();
  for (const d of t.shape) shape.message(2, d === 0 ? new ProtoWriter() : new ProtoWriter().uint(1, d));
  const p = new ProtoWriter().uint(1, t.dtype).message(2, shape);
  if (t.content && t.content.length > 0) p.bytes(4, t.content);
  for (const s of t.strings ?? []) p.bytes(8, s);
  return p;
}

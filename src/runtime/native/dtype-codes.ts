// DType codes shared with the native addon (mirrored in native/src/dtype.h).
export const DTypeCode = {
  float32: 0,
  float64: 1,
  int32: 2,
  int64: 3,
  bool: 4, // 1 byte, 0/1
  uint8: 5,
  int8: 6,
  int16: 7,
  float16: 8, // IEEE binary16
  bfloat16: 9,
  uint16: 10,
  uint32: 11,
  uint64: 12,
} as const;

export type DTypeName = keyof typeof DTypeCode;
export type DTypeCodeValue = (typeof DTypeCode)[DTypeName];

const BYTE_SIZES: readonly number[] = [4, 8, 4, 8, 1, 1, 1, 2, 2, 2, 2, 4, 8];

/** Bytes per element for a dtype code; throws RangeError for unknown codes. */
export function dtypeByteSize(code: number): number {
  const size = Number.isInteger(code) ? BYTE_SIZES[code] : undefined;
  if (size === undefined) throw new RangeError(`Unknown dtype code ${code}`);
  return size;
}

/**
 * Shape and dtype texts: Python tuple repr for shapes (`(2, 3)`, `(5,)`,
 * `()`), TF's TensorShape repr, and tf.DType repr/str.
 */

/** A dimension of an unknown size prints as None. */
export type Dim = number | null;

/** Python's tuple repr of a shape: `()`, `(5,)`, `(2, 3)`. */
export function shapeStr(shape: readonly Dim[]): string {
  const dims = shape.map((d) => (d === null ? 'None' : String(d)));
  if (dims.length === 1) return `(${dims[0]},)`;
  return `(${dims.join(', ')})`;
}

/** `repr(t.shape)`: `TensorShape([2, 3])`, `TensorShape([])`, `TensorShape([None, 3])`. */
export function tensorShapeRepr(shape: readonly Dim[]): string {
  return `TensorShape([${shape.map((d) => (d === null ? 'None' : String(d))).join(', ')}])`;
}

/** `repr(tf.float32)` → `tf.float32`. */
export function dtypeRepr(name: string): string {
  return `tf.${name}`;
}

/** `str(tf.float32)` → `<dtype: 'float32'>`. */
export function dtypeStr(name: string): string {
  return `<dtype: '${name}'>`;
}

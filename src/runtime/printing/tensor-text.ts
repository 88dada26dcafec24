/**
 * TensorFlow's texts for eager tensors and variables (TF 2.21, verified with
 * the oracle; see test/printing/fixtures.json):
 *   str(t)  → `tf.Tensor(<str(t.numpy())>, shape=(2, 2), dtype=float32)`
 *   repr(t) → `<tf.Tensor: shape=(2, 2), dtype=float32, numpy=<repr>>`
 * where <repr> is numpy's array repr, or for 0-d tensors the repr of the
 * Python scalar (`numpy=3.140000104904175` for float32 3.14, `numpy=b'Hello'`).
 * A value text containing a newline starts on a new line.
 */

import { formatNdarrayRepr, formatNdarrayStr } from './ndarray-text.js';
import { PrintDType, PrintElement, PrintValues } from './dtypes.js';
import { formatPythonItemRepr } from './numpy-scalar.js';
import { shapeStr } from './shape-text.js';

function onOwnLineIfMultiline(text: string): string {
  return text.includes('\n') ? '\n' + text : text;
}

/** The text after `numpy=` in tensor and variable reprs. */
export function tensorNumpyRepr(values: PrintValues, shape: readonly number[], dtype: PrintDType): string {
  if (shape.length === 0) return formatPythonItemRepr((values as ArrayLike<PrintElement>)[0], dtype);
  return onOwnLineIfMultiline(formatNdarrayRepr(values, shape, dtype));
}

export function tensorStr(values: PrintValues, shape: readonly number[], dtype: PrintDType): string {
  const text = onOwnLineIfMultiline(formatNdarrayStr(values, shape, dtype));
  return `tf.Tensor(${text}, shape=${shapeStr(shape)}, dtype=${dtype})`;
}

export function tensorRepr(values: PrintValues, shape: readonly number[], dtype: PrintDType): string {
  return `<tf.Tensor: shape=${shapeStr(shape)}, dtype=${dtype}, numpy=${tensorNumpyRepr(values, shape, dtype)}>`;
}

/** `repr(v)` and `str(v)` of a tf.Variable (TF prints both the same way). */
export function variableRepr(
  values: PrintValues,
  shape: readonly number[],
  dtype: PrintDType,
  name = 'Variable:0',
): string {
  return `<tf.Variable '${name}' shape=${shapeStr(shape)} dtype=${dtype}, numpy=${tensorNumpyRepr(values, shape, dtype)}>`;
}

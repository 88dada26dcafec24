/**
 * Per-dtype element formatters for arrays (numpy's IntegerFormat, BoolFormat,
 * FloatingFormat and the object/str() fallbacks). Each is built from the
 * elements numpy inspects — only the summarised edges for big arrays — so
 * widths match numpy's even when the hidden middle holds wider values.
 */

import { pyBytesRepr } from './bytes-repr.js';
import { cppFloatText } from './cpp-float-text.js';
import {
  PrintDType, PrintElement, elementAsBool, elementAsBytes, elementAsIntText, elementAsNumber, isFloatDType, isIntDType,
} from './dtypes.js';
import { makeFloatFormatter } from './float-format.js';

export type FormatElement = (v: PrintElement) => string;

export function makeElementFormatter(dtype: PrintDType, sample: PrintElement[], zeroDim: boolean): FormatElement {
  if (dtype === 'bool') {
    // ' True' lines up with 'False' in arrays; a 0-d array needs no alignment.
    const trueText = zeroDim ? 'True' : ' True';
    return (v) => (elementAsBool(v) ? trueText : 'False');
  }
  if (isIntDType(dtype)) {
    // Right-align to the wider of the largest and the smallest value.
    let width = 0;
    if (sample.length > 0) {
      let maxEl = sample[0];
      let minEl = sample[0];
      for (const v of sample) {
        if (compareInt(v, maxEl) > 0) maxEl = v;
        if (compareInt(v, minEl) < 0) minEl = v;
      }
      width = Math.max(elementAsIntText(maxEl).length, elementAsIntText(minEl).length);
    }
    return (v) => elementAsIntText(v).padStart(width);
  }
  if (dtype === 'bfloat16') {
    // ml_dtypes' scalar type is not a numpy type, so numpy falls back to
    // str() per element, with no column alignment.
    return (v) => cppFloatText(elementAsNumber(v));
  }
  if (isFloatDType(dtype)) {
    const fmt = makeFloatFormatter(sample.map(elementAsNumber), dtype);
    return (v) => fmt(elementAsNumber(v));
  }
  // TF strings are object arrays of bytes: repr() per element, unaligned.
  return (v) => pyBytesRepr(elementAsBytes(v));
}

function compareInt(a: PrintElement, b: PrintElement): number {
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    const x = typeof a === 'bigint' ? a : BigInt(elementAsIntText(a));
    const y = typeof b === 'bigint' ? b : BigInt(elementAsIntText(b));
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return elementAsNumber(a) - elementAsNumber(b);
}

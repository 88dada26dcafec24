/**
 * numpy's FloatingFormat for the print options (precision, suppress; default 8,
 * floatmode 'maxprec', suppress False, sign '-', legacy off): one pass over the
 * values picks fixed or scientific notation and the column widths, then every
 * element is printed with those widths so columns line up.
 */

import { formatPositional, formatScientific } from './dragon4-format.js';
import { BINARY_FORMATS, FloatKind, roundToFormat } from './float-kinds.js';
import { printOptions } from './print-options.js';

/**
 * Largest magnitude still printed in fixed notation inside arrays:
 * 10**min(8, finfo(dtype).precision) — numpy >= 2.3 makes the cutoff depend on
 * the dtype (float16 1e3, float32 1e6, float64 1e8).
 */
const EXP_CUTOFF_MAX: Record<FloatKind, number> = {
  float16: 1e3,
  bfloat16: 1e2, // unused: numpy prints bfloat16 through str(); kept for completeness
  float32: 1e6,
  float64: 1e8,
};

export type ElementFormatter = (x: number) => string;

/** Builds the element formatter for `data` (the values numpy looks at: the summarised edges). */
export function makeFloatFormatter(data: ArrayLike<number>, kind: FloatKind): ElementFormatter {
  const fmt = BINARY_FORMATS[kind];
  const finite: number[] = [];
  let hasNonFinite = false;
  let negInf = false;
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (Number.isFinite(v)) finite.push(v);
    else {
      hasNonFinite = true;
      if (v === -Infinity) negInf = true;
    }
  }

  let expFormat = false;
  let maxVal = 0;
  let minVal = Infinity;
  for (const v of finite) {
    if (v === 0) continue;
    const a = Math.abs(v);
    if (a > maxVal) maxVal = a;
    if (a < minVal) minVal = a;
  }
  if (maxVal > 0) {
    // The comparisons happen in the array's dtype (NEP 50: Python floats are
    // weak), so 1e-4 and the ratio are rounded to the dtype first: a float32
    // 0.0001 is not below float32(1e-4).
    const smallCutoff = roundToFormat(1e-4, fmt);
    const ratio = roundToFormat(kind === 'float16' ? Math.fround(maxVal / minVal) : maxVal / minVal, fmt);
    expFormat = maxVal >= EXP_CUTOFF_MAX[kind] || (!printOptions.suppress && (minVal < smallCutoff || ratio > 1000));
  }

  let padLeft = 0;
  let padRight = 0;
  let precision = 0;
  let expSize = 0;
  if (finite.length > 0 && expFormat) {
    for (const v of finite) {
      const s = formatScientific(v, kind, { precision: printOptions.precision, trim: '.' });
      const ePos = s.indexOf('e');
      const dot = s.indexOf('.');
      padLeft = Math.max(padLeft, dot);
      precision = Math.max(precision, ePos - dot - 1);
      expSize = Math.max(expSize, s.length - ePos - 2);
    }
    padRight = expSize + 2 + precision;
  } else if (finite.length > 0) {
    for (const v of finite) {
      const s = formatPositional(v, kind, { precision: printOptions.precision, trim: '.' });
      const dot = s.indexOf('.');
      padLeft = Math.max(padLeft, dot);
      padRight = Math.max(padRight, s.length - dot - 1);
    }
  }

  if (hasNonFinite) {
    // nan/inf are right-aligned in the full column width, which may need to
    // grow on the left to fit them (and then the finite values shift too).
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, 3 - offset, 3 + (negInf ? 1 : 0) - offset);
  }
  const width = padLeft + padRight + 1;
  return (x) => {
    if (!Number.isFinite(x)) {
      const text = Number.isNaN(x) ? 'nan' : x < 0 ? '-inf' : 'inf';
      return text.padStart(width);
    }
    if (expFormat) {
      return formatScientific(x, kind, { precision, minDigits: precision, trim: 'k', padLeft, expDigits: expSize });
    }
    return formatPositional(x, kind, { precision: printOptions.precision, minDigits: 0, trim: '.', padLeft, padRight });
  };
}

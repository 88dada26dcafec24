/**
 * How numpy 2 prints its scalars on their own (`str(np.float32(3.14))` →
 * `3.14`, repr → `np.float32(3.14)`), and how the equivalent Python scalar
 * (`.item()`) reprs, which is what TF puts after `numpy=` for 0-d tensors.
 */

import { pyFloatRepr } from '../../interpreter/objects/float-repr.js';
import { pyBytesRepr } from './bytes-repr.js';
import { cppFloatText } from './cpp-float-text.js';
import {
  PrintDType, PrintElement, elementAsBool, elementAsBytes, elementAsIntText, elementAsNumber, isFloatDType,
} from './dtypes.js';
import { formatPositional, formatScientific } from './dragon4-format.js';

/**
 * Numpy scalars switch to scientific notation at or above 10**precision of
 * their type (float16 1e3, float32 1e6, float64 1e16) and below 1e-4. The
 * lower bound is compared in double precision, so float32(0.0001), which is
 * slightly below 1e-4, prints as `1e-04`.
 */
const SCALAR_POSITIONAL_MAX = { float16: 1e3, float32: 1e6, float64: 1e16 } as const;

function numpyFloatScalarText(x: number, kind: 'float16' | 'float32' | 'float64'): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const a = Math.abs(x);
  if (a === 0 || (a >= 1e-4 && a < SCALAR_POSITIONAL_MAX[kind])) {
    return formatPositional(x, kind, { trim: '0' });
  }
  return formatScientific(x, kind, { trim: '-' });
}

/** `str(scalar)` for a numpy scalar of `dtype` (bytes for 'string', as TF hands them out). */
export function formatNumpyScalarStr(value: PrintElement, dtype: PrintDType): string {
  if (dtype === 'bool') return elementAsBool(value) ? 'True' : 'False';
  if (dtype === 'string') return pyBytesRepr(elementAsBytes(value));
  if (dtype === 'bfloat16') return cppFloatText(elementAsNumber(value));
  if (isFloatDType(dtype)) return numpyFloatScalarText(elementAsNumber(value), dtype);
  return elementAsIntText(value);
}

/** `repr(scalar)`: numpy 2 wraps the text in the type's constructor. */
export function formatNumpyScalarRepr(value: PrintElement, dtype: PrintDType): string {
  if (dtype === 'bool') return elementAsBool(value) ? 'np.True_' : 'np.False_';
  // Python bytes (TF's string element) and ml_dtypes' bfloat16 have no wrapper.
  if (dtype === 'string' || dtype === 'bfloat16') return formatNumpyScalarStr(value, dtype);
  return `np.${dtype}(${formatNumpyScalarStr(value, dtype)})`;
}

/** `repr(scalar.item())`: the Python int/float/bool/bytes a numpy scalar converts to. */
export function formatPythonItemRepr(value: PrintElement, dtype: PrintDType): string {
  if (dtype === 'bool') return elementAsBool(value) ? 'True' : 'False';
  if (dtype === 'string') return pyBytesRepr(elementAsBytes(value));
  // Narrow floats widen exactly, so float32 3.14 shows as 3.140000104904175.
  if (isFloatDType(dtype)) return pyFloatRepr(elementAsNumber(value));
  return elementAsIntText(value);
}

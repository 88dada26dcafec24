/**
 * numpy `str(arr)` and `repr(arr)` for the default print options.
 */

import { layoutArray, shapeSize } from './array-layout.js';
import { printOptions } from './print-options.js';
import { PrintDType, PrintElement, PrintValues, numpyDTypeImplied, numpyDTypeName } from './dtypes.js';
import { formatNumpyScalarStr } from './numpy-scalar.js';
import { shapeStr } from './shape-text.js';

function asElements(values: PrintValues): ArrayLike<PrintElement> {
  return values as ArrayLike<PrintElement>;
}

/** `str(arr)`: a 0-d array prints as its scalar; an empty one as `[]`. */
export function formatNdarrayStr(values: PrintValues, shape: readonly number[], dtype: PrintDType): string {
  if (shape.length === 0) return formatNumpyScalarStr(asElements(values)[0], dtype);
  if (shapeSize(shape) === 0) return '[]';
  return layoutArray(asElements(values), shape, dtype, { separator: ' ', prefix: '', lineWidth: printOptions.linewidth });
}

/** `repr(arr)`: `array(...)` plus whatever `shape=`/`dtype=` the text does not already imply. */
export function formatNdarrayRepr(values: PrintValues, shape: readonly number[], dtype: PrintDType): string {
  const prefix = 'array(';
  const size = shapeSize(shape);
  // The closing ')' counts against the line width.
  const body =
    size === 0
      ? '[]'
      : layoutArray(asElements(values), shape, dtype, { separator: ', ', prefix, lineWidth: printOptions.linewidth - 1 });

  const extras: string[] = [];
  // Summarised arrays (numpy >= 2.2) and empty arrays other than 1-D state their shape.
  if ((size === 0 && !(shape.length === 1 && shape[0] === 0)) || size > printOptions.threshold) {
    extras.push(`shape=${shapeStr(shape)}`);
  }
  if (!numpyDTypeImplied(dtype) || size === 0) extras.push(`dtype=${numpyDTypeName(dtype)}`);
  if (extras.length === 0) return prefix + body + ')';

  const head = prefix + body + ',';
  const extraText = extras.join(', ') + ')';
  // Move the extras to their own line when they would overflow the last one.
  const lastLineLength = head.length - (head.lastIndexOf('\n') + 1);
  const spacer = lastLineLength + extraText.length + 1 > printOptions.linewidth ? '\n' + ' '.repeat(prefix.length) : ' ';
  return head + spacer + extraText;
}

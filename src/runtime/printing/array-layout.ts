/**
 * numpy's array2string layout (the `_formatArray` recursion) for the default
 * options: nested brackets, one hanging space per depth, rows wrapped at the
 * line width, blank lines between blocks of 3-D and higher arrays, and
 * summarisation to the edge items when the array has over 1000 elements.
 */

import { PrintDType, PrintElement } from './dtypes.js';
import { makeElementFormatter } from './element-format.js';
import { printOptions } from './print-options.js';


export interface LayoutOptions {
  /** ' ' for str, ', ' for repr. */
  separator: string;
  /** Text that will precede the output ('array(' for repr); only its length matters. */
  prefix: string;
  /** Maximum line width after the caller's suffix is accounted for. */
  lineWidth: number;
}

export function shapeSize(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}

/** Indices kept along one axis: all of them, or the edges when summarising a long axis. */
function keptIndices(len: number, summarise: boolean): number[] {
  const edge = printOptions.edgeitems;
  if (summarise && len > 2 * edge) {
    const head = Array.from({ length: edge }, (_, i) => i);
    const tail = Array.from({ length: edge }, (_, i) => len - edge + i);
    return head.concat(tail);
  }
  return Array.from({ length: len }, (_, i) => i);
}

/** The elements numpy formats (and sizes its columns from): the summarised corners. */
function visibleElements(values: ArrayLike<PrintElement>, shape: readonly number[], summarise: boolean): PrintElement[] {
  const strides = stridesOf(shape);
  const out: PrintElement[] = [];
  const walk = (axis: number, offset: number): void => {
    if (axis === shape.length) {
      out.push(values[offset]);
      return;
    }
    for (const i of keptIndices(shape[axis], summarise)) walk(axis + 1, offset + i * strides[axis]);
  };
  walk(0, 0);
  return out;
}

/** Appends `word` to the current line, first wrapping if it would pass `width`. */
function extendLine(state: { s: string; line: string }, word: string, width: number, nextLinePrefix: string): void {
  const needsWrap = state.line.length + word.length > width && state.line.length > nextLinePrefix.length;
  if (needsWrap) {
    state.s += state.line.trimEnd() + '\n';
    state.line = nextLinePrefix;
  }
  state.line += word;
}

/** numpy `array2string(a, separator=..., prefix=...)` for a non-empty array. */
export function layoutArray(
  values: ArrayLike<PrintElement>,
  shape: readonly number[],
  dtype: PrintDType,
  options: LayoutOptions,
): string {
  const summarise = shapeSize(shape) > printOptions.threshold;
  const format = makeElementFormatter(dtype, visibleElements(values, shape, summarise), shape.length === 0);
  const strides = stridesOf(shape);
  const sep = options.separator;
  const sepTrimmed = sep.trimEnd();

  const recurse = (axis: number, offset: number, hangingIndent: string, currWidth: number): string => {
    const axesLeft = shape.length - axis;
    if (axesLeft === 0) return format(values[offset]);
    // Nested rows start one column further right, and lose a column to ']'.
    const nextIndent = hangingIndent + ' ';
    const nextWidth = currWidth - 1;
    const len = shape[axis];
    const showSummary = summarise && 2 * printOptions.edgeitems < len;
    const leading = showSummary ? printOptions.edgeitems : 0;
    const trailing = showSummary ? printOptions.edgeitems : len;
    const child = (i: number): string => recurse(axis + 1, offset + i * strides[axis], nextIndent, nextWidth);

    let s = '';
    if (axesLeft === 1) {
      // Room for the separator or closing bracket after each element.
      const elemWidth = currWidth - Math.max(sepTrimmed.length, 1);
      const state = { s: '', line: hangingIndent };
      for (let i = 0; i < leading; i++) {
        extendLine(state, child(i), elemWidth, hangingIndent);
        state.line += sep;
      }
      if (showSummary) {
        extendLine(state, '...', elemWidth, hangingIndent);
        state.line += sep;
      }
      for (let i = trailing; i > 1; i--) {
        extendLine(state, child(len - i), elemWidth, hangingIndent);
        state.line += sep;
      }
      extendLine(state, child(len - 1), elemWidth, hangingIndent);
      s = state.s + state.line;
    } else {
      // Higher axes: one row per line, plus a blank line per extra dimension.
      const lineSep = sepTrimmed + '\n'.repeat(axesLeft - 1);
      for (let i = 0; i < leading; i++) s += hangingIndent + child(i) + lineSep;
      if (showSummary) s += hangingIndent + '...' + lineSep;
      for (let i = trailing; i > 1; i--) s += hangingIndent + child(len - i) + lineSep;
      s += hangingIndent + child(len - 1);
    }
    return '[' + s.slice(hangingIndent.length) + ']';
  };

  const nextLinePrefix = ' ' + ' '.repeat(options.prefix.length);
  return recurse(0, 0, nextLinePrefix, options.lineWidth);
}

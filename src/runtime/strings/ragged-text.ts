// The text of a RaggedTensor of strings as TF writes it: `<tf.RaggedTensor {value}>`, where value
// is numpy's array2string(rt.numpy(), separator=', ') with every element formatted by str(). Rows
// of equal length make rt.numpy() one N-D array of bytes; otherwise it is an object array whose
// elements are the row arrays, each printed by its own array2string and placed as a multi-line
// word (numpy's _extendLine_pretty pads a multi-line word's last line to its widest line).
import { pyBytesRepr, printOptions } from '../printing/index.js';
import { numElements } from '../tensor.js';

const SEPARATOR = ', ';

function extendLine(state: { s: string; line: string }, word: string, width: number, prefix: string): void {
  const words = word.split('\n');
  if (words.length === 1) {
    if (state.line.length + word.length > width && state.line.length > prefix.length) {
      state.s += state.line.trimEnd() + '\n';
      state.line = prefix;
    }
    state.line += word;
    return;
  }
  const widest = Math.max(...words.map((w) => w.length));
  let indent: string;
  if (state.line.length + widest > width && state.line.length > prefix.length) {
    state.s += state.line.trimEnd() + '\n';
    state.line = prefix + words[0];
    indent = prefix;
  } else {
    indent = ' '.repeat(state.line.length);
    state.line += words[0];
  }
  for (const w of words.slice(1)) {
    state.s += state.line.trimEnd() + '\n';
    state.line = indent + w;
  }
  state.line += ' '.repeat(widest - words[words.length - 1].length);
}

/** numpy's _formatArray for a non-empty array whose element i prints as `text(i)`. */
export function array2string(shape: readonly number[], text: (i: number) => string): string {
  const size = numElements(shape);
  const summarise = size > printOptions.threshold;
  const edge = printOptions.edgeitems;
  const strides = shape.map((_, i) => numElements(shape.slice(i + 1)));
  const recurse = (axis: number, offset: number, hanging: string, width: number): string => {
    const left = shape.length - axis;
    if (left === 0) return text(offset);
    const n = shape[axis];
    const show = summarise && 2 * edge < n;
    const indices = show ? [...Array.from({ length: edge }, (_, i) => i), -1, ...Array.from({ length: edge }, (_, i) => n - edge + i)] : Array.from({ length: n }, (_, i) => i);
    const child = (i: number) => (i < 0 ? '...' : recurse(axis + 1, offset + i * strides[axis], hanging + ' ', width - 1));
    let s = '';
    if (left === 1) {
      const elemWidth = width - Math.max(SEPARATOR.trimEnd().length, 1);
      const state = { s: '', line: hanging };
      indices.forEach((i, k) => {
        extendLine(state, child(i), elemWidth, hanging);
        if (k < indices.length - 1) state.line += SEPARATOR;
      });
      s = state.s + state.line;
    } else {
      const lineSep = SEPARATOR.trimEnd() + '\n'.repeat(left - 1);
      s = indices.map((i) => hanging + child(i)).join(lineSep);
    }
    return '[' + s.slice(hanging.length) + ']';
  };
  return recurse(0, 0, ' ', printOptions.linewidth);
}

/** repr(x.tolist()) for an empty array of this shape (numpy prints every empty array as `[]`). */
function emptyText(shape: readonly number[]): string {
  if (shape.length === 0 || shape[0] === 0) return '[]';
  return `[${Array.from({ length: shape[0] }, () => emptyText(shape.slice(1))).join(', ')}]`;
}

const rowText = (row: readonly Uint8Array[]): string => (row.length === 0 ? '[]' : array2string([row.length], (i) => pyBytesRepr(row[i])));

/** TF's text for rows split from an input of shape `outer`. */
export function raggedText(rows: readonly (readonly Uint8Array[])[], outer: readonly number[]): string {
  if (rows.length === 0) return '<tf.RaggedTensor []>';
  const k = rows[0].length;
  if (rows.every((r) => r.length === k)) {
    const shape = [...outer, k];
    const flat = rows.flat();
    return `<tf.RaggedTensor ${flat.length === 0 ? emptyText(shape) : array2string(shape, (i) => pyBytesRepr(flat[i]))}>`;
  }
  return `<tf.RaggedTensor ${array2string(outer, (i) => rowText(rows[i]))}>`;
}

// The text of a RaggedTensor as TF writes it (str and repr alike): `<tf.RaggedTensor {value}>`,
// where value is numpy's array2string(rt.numpy(), separator=', ') with every element formatted by
// str(). rt.numpy() stacks each partition's rows into one N-D array when they have equal lengths
// and otherwise makes an object array whose elements are the row arrays; those print through
// their own array2string as multi-line words (numpy's _extendLine_pretty pads a multi-line word's
// last line to its widest line). Empty arrays print as repr(x.tolist()).
import { printOptions } from '../printing/index.js';
import { formatNumpyScalarStr } from '../printing/numpy-scalar.js';
import type { PrintDType } from '../printing/dtypes.js';
import { printValuesOf } from '../strings/string-tensor.js';
import { RaggedTensor, rowRanges } from './ragged-tensor.js';
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

/** numpy's _formatArray for a non-empty array whose element i prints as `text(i)`, with
 *  array2string's separator and prefix (whose length indents the continuation lines). */
export function array2string(
  shape: readonly number[],
  text: (i: number) => string,
  layout: { separator: string; prefix: string; lineWidth: number } = { separator: SEPARATOR, prefix: '', lineWidth: printOptions.linewidth },
): string {
  const separator = layout.separator;
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
      const elemWidth = width - Math.max(separator.trimEnd().length, 1);
      const state = { s: '', line: hanging };
      indices.forEach((i, k) => {
        extendLine(state, child(i), elemWidth, hanging);
        if (k < indices.length - 1) state.line += separator;
      });
      s = state.s + state.line;
    } else {
      const lineSep = separator.trimEnd() + '\n'.repeat(left - 1);
      s = indices.map((i) => hanging + child(i)).join(lineSep);
    }
    return '[' + s.slice(hanging.length) + ']';
  };
  return recurse(0, 0, ' ' + ' '.repeat(layout.prefix.length), layout.lineWidth);
}

/** repr(x.tolist()) for an empty array of this shape (numpy prints every empty array as `[]`). */
export function emptyText(shape: readonly number[]): string {
  if (shape.length === 0 || shape[0] === 0) return '[]';
  return `[${Array.from({ length: shape[0] }, () => emptyText(shape.slice(1))).join(', ')}]`;
}

/** An array as rt.numpy() builds it: a dense block of the flat values or an object array. */
export type NumpyNode = { kind: 'dense'; start: number; shape: number[] } | { kind: 'object'; shape: number[]; items: NumpyNode[] };

const rowSize = (shape: readonly number[]) => numElements(shape.slice(1));

/** Rows [a, b) of a node along its first axis. */
function sliceRows(node: NumpyNode, a: number, b: number): NumpyNode {
  const shape = [b - a, ...node.shape.slice(1)];
  if (node.kind === 'dense') return { kind: 'dense', start: node.start + a * rowSize(node.shape), shape };
  const per = rowSize(node.shape);
  return { kind: 'object', shape, items: node.items.slice(a * per, b * per) };
}

/** RaggedTensor.numpy()'s structure: rows of equal length stack, others make an object array. */
export function numpyNode(rt: RaggedTensor): NumpyNode {
  const inner = rt.values();
  const values: NumpyNode = inner instanceof RaggedTensor ? numpyNode(inner) : { kind: 'dense', start: 0, shape: inner.shape.slice() };
  const rows = rowRanges(rt).map(([a, b]) => sliceRows(values, a, b));
  if (rows.length === 0) return { kind: 'dense', start: 0, shape: [0, 0, ...values.shape.slice(1)] };
  if (rows.some((r) => r.shape[0] !== rows[0].shape[0])) return { kind: 'object', shape: [rows.length], items: rows };
  const shape = [rows.length, ...rows[0].shape];
  if (values.kind === 'dense') return { kind: 'dense', start: (rows[0] as { start: number }).start, shape };
  return { kind: 'object', shape, items: rows.flatMap((r) => (r as { items: NumpyNode[] }).items) };
}

/** TF's text for a ragged tensor. */
export function raggedText(rt: RaggedTensor): string {
  const flat = printValuesOf(rt.flatValues);
  const dtype = rt.dtype.name as PrintDType;
  const text = (node: NumpyNode): string => {
    if (numElements(node.shape) === 0) return emptyText(node.shape);
    if (node.kind === 'dense') return array2string(node.shape, (i) => formatNumpyScalarStr(flat[node.start + i], dtype));
    return array2string(node.shape, (i) => text(node.items[i]));
  };
  return `<tf.RaggedTensor ${text(numpyNode(rt))}>`;
}

// Dataset.window: elements that are themselves datasets. A window of a tuple element is a tuple of
// datasets, one per component (each a _VariantDataset), and the element_spec is a nest of
// DatasetSpec(<component spec>, TensorShape([])). Windows start every `shift` input elements and
// take `size` elements `stride` apart; the last ones are partial unless drop_remainder.
import type { PyValue } from '../../interpreter/objects/core.js';
import { kernelError } from '../ops/shape-errors.js';
import { Dataset, datasetKind, isKnown, NextFn } from './dataset.js';
import { leavesOf, mapNest, packLike } from './structure.js';
import { DatasetSpec } from './dataset-spec.js';
import { materialize } from './rows.js';

const variantKind = datasetKind('_VariantDataset', 'dataset_ops');

/** A dataset over values already at hand (a window's component, a stand-in argument). */
export function listDataset(spec: PyValue, values: readonly PyValue[]): Dataset {
  return new Dataset(variantKind, spec, values.length, () => {
    let i = 0;
    return () => (i < values.length ? values[i++] : undefined);
  });
}

export function window(input: Dataset, size: number, shift: number, stride: number, dropRemainder: boolean): Dataset {
  const check = (what: string, v: number) => {
    if (v <= 0) throw kernelError('WindowDataset', `Window ${what} must be greater than zero, but got ${v}.`);
  };
  check('size', size);
  check('shift', shift);
  check('stride', stride);
  const span = (size - 1) * stride + 1;
  const c = input.cardinality;
  let cardinality = c;
  if (isKnown(c)) cardinality = dropRemainder ? (c >= span ? Math.floor((c - span) / shift) + 1 : 0) : Math.ceil(c / shift);
  const componentSpecs = leavesOf(input.spec);
  const spec = mapNest(input.spec, (s) => new DatasetSpec(s));
  return new Dataset(datasetKind('_WindowDataset', 'window_op'), spec, cardinality, () => {
    const next: NextFn = input.start();
    const buffer: PyValue[] = [];
    let bufferStart = 0;
    let start = 0;
    let inputDone = false;
    const fillTo = (position: number) => {
      while (!inputDone && bufferStart + buffer.length <= position) {
        const x = next();
        if (x === undefined) inputDone = true;
        else buffer.push(materialize(x));
      }
    };
    return () => {
      fillTo(start + span - 1);
      const available = bufferStart + buffer.length;
      if (start >= available || (dropRemainder && start + span > available)) return undefined;
      const members: PyValue[] = [];
      for (let p = start; p < Math.min(start + span, available); p += stride) members.push(buffer[p - bufferStart]);
      start += shift;
      fillTo(start - 1);
      const drop = Math.min(start - bufferStart, buffer.length);
      buffer.splice(0, drop);
      bufferStart += drop;
      const columns = members.map((m) => leavesOf(m));
      return packLike(input.spec, componentSpecs.map((s, k) => listDataset(s, columns.map((leaves) => leaves[k])) as unknown as PyValue));
    };
  });
}

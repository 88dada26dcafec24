// The datasets that start a pipeline: Dataset.from_tensor_slices, from_tensors and range.
import type { PyValue } from '../../interpreter/objects/core.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { DType } from '../dtypes.js';
import { currentDevice } from '../device.js';
import { kernelError } from '../ops/shape-errors.js';
import { Dataset, datasetKind } from './dataset.js';
import { leavesOf, mapSpecShapes, normalizeElement, packLike, specOf } from './structure.js';
import { lazyRow } from './rows.js';
import { RaggedTensor } from '../ragged/ragged-tensor.js';
import { raggedRow } from './ragged-elements.js';

const tensorSliceKind = datasetKind('_TensorSliceDataset', 'from_tensor_slices_op');
const tensorKind = datasetKind('_TensorDataset', 'from_tensors_op');
const rangeKind = datasetKind('_RangeDataset', 'range_op');

export function fromTensorSlices(value: PyValue): Dataset {
  const element = normalizeElement(value);
  const leaves = leavesOf(element) as (Tensor | RaggedTensor)[];
  let count: number | null = null;
  for (const t of leaves) {
    const rows = t instanceof RaggedTensor ? t.nrows() : t.shape[0];
    if (!(t instanceof RaggedTensor) && t.rank === 0) throw valueError('Unbatching a tensor is only supported for rank >= 1');
    if (count === null) count = rows;
    else if (count !== rows) throw valueError(`Dimensions ${count} and ${rows} are not compatible`);
  }
  const n = count ?? 0;
  const spec = mapSpecShapes(specOf(element), (shape) => shape.slice(1));
  return new Dataset(tensorSliceKind, spec, n, () => {
    let i = 0;
    return () => {
      if (i >= n) return undefined;
      const k = i++;
      return packLike(element, leaves.map((t) => (t instanceof RaggedTensor ? raggedRow(t, k) : lazyRow(t, k))));
    };
  });
}

export function fromTensors(value: PyValue): Dataset {
  const element = normalizeElement(value);
  return new Dataset(tensorKind, specOf(element), 1, () => {
    let done = false;
    return () => {
      if (done) return undefined;
      done = true;
      return element;
    };
  });
}

/** Dataset.range(stop) / (start, stop[, step]) of int64 (or output_type) scalars. */
export function range(start: number, stop: number, step: number, dtype: DType): Dataset {
  if (step === 0) throw kernelError('RangeDataset', 'step must be a non-zero integer.', '');
  const n = Math.max(0, Math.ceil((stop - start) / step));
  const device = currentDevice();
  const scalar = (v: number) => tensorFromValues(dtype.is64Bit ? [BigInt(v)] : [v], [], dtype, device);
  const spec = specOf(scalar(0));
  return new Dataset(rangeKind, spec, n, () => {
    let i = 0;
    return () => (i < n ? scalar(start + step * i++) : undefined);
  });
}

// Inputs for the backend-consistency check of ops that have no finite-difference cases
// (comparisons, integer and boolean ops, random ops, ops without gradients), and extra cases for
// device kernels that the gradient cases do not reach (MatMul's one-block dot product). Ops with
// `gradCheck` run those cases too. Every registered op needs cases from one of the two places: the
// check fails for an op that has neither.
import { dtypes } from '../dtypes.js';
import type { GradCheckCase, GradCheckInput } from '../ops/registry.js';

const f = (shape: number[], range?: [number, number]): GradCheckInput => ({ shape, ...(range ? { range } : {}) });
const i32 = (shape: number[], range: [number, number]): GradCheckInput => ({ shape, dtype: 'int32', range });
const b = (shape: number[]): GradCheckInput => ({ shape, dtype: 'bool' });

const binaryFloat: GradCheckCase<unknown>[] = [{ inputs: [f([2, 3]), f([3])], attrs: null }, { inputs: [f([4]), f([4])], attrs: null }];
const binaryBool: GradCheckCase<unknown>[] = [{ inputs: [b([2, 3]), b([3])], attrs: null }];
const unaryFloat: GradCheckCase<unknown>[] = [{ inputs: [f([3, 4], [-3, 3])], attrs: null }];
const philox = { key: [12345, 678] as [number, number], counter: [0, 0, 42, 0] };

export const EXTRA_CONSISTENCY_CASES: Record<string, readonly GradCheckCase<unknown>[]> = {
  // [1,K] x [K,1] with K past the dot kernel's 512 threads, in every transpose form.
  MatMul: [
    { inputs: [f([1, 1500]), f([1500, 1])], attrs: { transposeA: false, transposeB: false } },
    { inputs: [f([1500, 1]), f([1, 1500])], attrs: { transposeA: true, transposeB: true } },
    { inputs: [f([1, 7]), f([1, 7])], attrs: { transposeA: false, transposeB: true } },
  ],
  FloorDiv: [...binaryFloat, { inputs: [i32([2, 3], [-9, 9]), i32([3], [1, 5])], attrs: null }],
  Equal: binaryFloat,
  NotEqual: binaryFloat,
  Less: binaryFloat,
  LessEqual: binaryFloat,
  Greater: binaryFloat,
  GreaterEqual: binaryFloat,
  LogicalAnd: binaryBool,
  LogicalOr: binaryBool,
  LogicalNot: [{ inputs: [b([5])], attrs: null }],
  Floor: unaryFloat,
  Ceil: unaryFloat,
  Round: unaryFloat,
  Rint: unaryFloat,
  Lgamma: [{ inputs: [f([6], [0.5, 4])], attrs: null }],
  Digamma: [{ inputs: [f([9], [0.2, 12])], attrs: null }],
  IsNan: unaryFloat,
  IsInf: unaryFloat,
  IsFinite: unaryFloat,
  TruncateDiv: [{ inputs: [i32([2, 3], [-9, 9]), i32([3], [1, 5])], attrs: null }],
  TruncateMod: [{ inputs: [i32([2, 3], [-9, 9]), i32([3], [1, 5])], attrs: null }],
  Any: [{ inputs: [b([3, 4])], attrs: { axes: [1], keepdims: false } }, { inputs: [b([3, 4])], attrs: { axes: [0, 1], keepdims: true } }],
  All: [{ inputs: [b([3, 4])], attrs: { axes: [0], keepdims: false } }],
  Fill: [
    { inputs: [], attrs: { shape: [2, 3], dtype: dtypes.float32, value: 1.5 } },
    { inputs: [], attrs: { shape: [4], dtype: dtypes.int64, value: 7n } },
  ],
  ArgMax: [
    { inputs: [f([3, 4])], attrs: { axis: 1, outputType: dtypes.int64 } },
    { inputs: [f([3, 4])], attrs: { axis: 0, outputType: dtypes.int32 } },
  ],
  ArgMin: [{ inputs: [f([3, 4])], attrs: { axis: -1, outputType: dtypes.int64 } }],
  Range: [
    { inputs: [], attrs: { start: 0, limit: 10, delta: 3, dtype: dtypes.int32 } },
    { inputs: [], attrs: { start: 1, limit: 2, delta: 0.1, dtype: dtypes.float32 } },
  ],
  LinSpace: [{ inputs: [], attrs: { start: -1, stop: 1, num: 7, dtype: dtypes.float32 } }],
  TopKV2Indices: [{ inputs: [f([6])], attrs: { k: 3, descending: true } }, { inputs: [f([2, 4])], attrs: { k: 4, descending: false } }],
  SelfAdjointEigV2: [{ inputs: [{ shape: [2, 3, 3], symmetric: true } as GradCheckInput], attrs: null }],
  SelfAdjointEigV2Vectors: [{ inputs: [{ shape: [3, 3], symmetric: true } as GradCheckInput], attrs: null }],
  Where: [{ inputs: [b([3, 4])], attrs: null }],
  OneHot: [{ inputs: [], attrs: { indices: { values: Int32Array.from([0, 2, 1, 5]), shape: [4] }, depth: 3, axis: -1, on: 1, off: 0, dtype: dtypes.float32 } }],
  RandomStandardNormal: [{ inputs: [], attrs: { shape: [3, 5], dtype: dtypes.float32, ...philox } }],
  RandomUniform: [{ inputs: [], attrs: { shape: [7], dtype: dtypes.float64, ...philox } }],
  TruncatedNormal: [{ inputs: [], attrs: { shape: [4, 4], dtype: dtypes.float32, ...philox } }],
  RandomUniformInt: [{ inputs: [], attrs: { shape: [9], dtype: dtypes.int32, minval: -5, maxval: 17, ...philox } }],
  MaxPoolGrad: [{ inputs: [f([1, 4, 4, 2]), f([1, 2, 2, 2])], attrs: { ksize: [2, 2], strides: [2, 2], padding: 'VALID' } }],
  AvgPoolGrad: [{ inputs: [f([1, 4, 4, 2]), f([1, 2, 2, 2])], attrs: { ksize: [2, 2], strides: [2, 2], padding: 'VALID' } }],
  ResizeBilinearGrad: [{ inputs: [{ shape: [1, 5, 3, 2], dtype: 'float32' }], attrs: { shape: [1, 3, 4, 2] } }],
  ResizeBicubicGrad: [{ inputs: [{ shape: [1, 5, 3, 2], dtype: 'float32' }], attrs: { shape: [1, 3, 4, 2], dtype: dtypes.float32 } }],
  MaxPool3DGrad: [{ inputs: [f([1, 4, 4, 2, 2]), f([1, 2, 2, 1, 2])], attrs: { ksize: [2, 2, 2], strides: [2, 2, 2], padding: 'VALID' } }],
  AvgPool3DGrad: [{ inputs: [f([1, 4, 4, 2, 2]), f([1, 2, 2, 1, 2])], attrs: { ksize: [2, 2, 2], strides: [2, 2, 2], padding: 'VALID' } }],
  ResizeArea: [{ inputs: [f([2, 5, 7, 3])], attrs: { height: 3, width: 4 } }],
  ScaleAndTranslateGrad: [{ inputs: [{ shape: [1, 5, 3, 2], dtype: 'float32' }], attrs: { shape: [1, 3, 4, 2], kernel: 'lanczos3', antialias: true, dtype: dtypes.float32 } }],
  SoftmaxCrossEntropyWithLogitsBackprop: [{ inputs: [f([3, 4]), f([3, 4], [0, 1])], attrs: { sparse: false } }],
};

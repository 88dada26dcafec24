// tf.image.non_max_suppression (NonMaxSuppressionV3) and non_max_suppression_with_scores (V5, hard
// suppression): TF's greedy CPU loop — candidates by score (ties: lower index first), each checked
// against the boxes already selected with float32 IoU. Only box indices/scores come out, so it runs
// on the host values.
import type { PyValue } from '../../interpreter/objects/core.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { PyFloat, PyTuple } from '../../interpreter/objects/values.js';
import { dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { currentDevice } from '../device.js';
import * as api from '../ops/api.js';
import { kernelError } from '../ops/shape-errors.js';
import { intArg } from './shape-args.js';
import { numberArg } from './math-args.js';
import type { Fn } from './shape-args.js';

const f = Math.fround;

/** IOU in non_max_suppression_op.cc: corners normalised, zero for an empty box, float32 steps. */
function iou(b: Float32Array, i: number, j: number): number {
  const box = (k: number) => {
    const [y1, x1, y2, x2] = [b[4 * k], b[4 * k + 1], b[4 * k + 2], b[4 * k + 3]];
    return [Math.min(y1, y2), Math.min(x1, x2), Math.max(y1, y2), Math.max(x1, x2)];
  };
  const [ay1, ax1, ay2, ax2] = box(i);
  const [by1, bx1, by2, bx2] = box(j);
  const areaA = f(f(ay2 - ay1) * f(ax2 - ax1));
  const areaB = f(f(by2 - by1) * f(bx2 - bx1));
  if (areaA <= 0 || areaB <= 0) return 0;
  const ih = Math.max(f(Math.min(ay2, by2) - Math.max(ay1, by1)), 0);
  const iw = Math.max(f(Math.min(ax2, bx2) - Math.max(ax1, bx1)), 0);
  const inter = f(ih * iw);
  return f(inter / f(f(areaA + areaB) - inter));
}

function nms(op: string, boxesT: Tensor, scoresT: Tensor, maxOut: number, iouThreshold: number, scoreThreshold: number): [number[], number[]] {
  const fail = (m: string) => kernelError(op, m);
  if (boxesT.rank !== 2) throw fail(`boxes must be 2-D[${boxesT.shape.join(',')}] (Shape must be rank 2 but is rank ${boxesT.rank})`);
  if (boxesT.shape[1] !== 4) throw fail(`boxes must have 4 columns (Dimension must be 4 but is ${boxesT.shape[1]})`);
  const n = boxesT.shape[0];
  if (scoresT.rank !== 1 || scoresT.shape[0] !== n) throw fail(`scores has incompatible shape (Dimensions must be equal, but are ${n} and ${scoresT.shape[0]})`);
  if (maxOut < 0) throw fail('output size must be non-negative');
  if (!(iouThreshold >= 0 && iouThreshold <= 1)) throw fail('iou_threshold must be in [0, 1]');
  const boxes = api.cast(boxesT, dtypes.float32).values() as Float32Array;
  const scores = api.cast(scoresT, dtypes.float32).values() as Float32Array;
  const threshold = f(iouThreshold);
  const minScore = f(scoreThreshold);
  // Highest score first; equal scores: the lower box index first (TF's priority-queue order).
  const order = Array.from({ length: n }, (_, i) => i).filter((i) => scores[i] > minScore);
  order.sort((i, j) => (scores[j] - scores[i]) || i - j);
  const selected: number[] = [];
  const selectedScores: number[] = [];
  for (const candidate of order) {
    if (selected.length >= maxOut) break;
    // Hard suppression: any selected box overlapping more than the threshold removes it.
    if (selected.some((s) => iou(boxes, candidate, s) > threshold)) continue;
    selected.push(candidate);
    selectedScores.push(scores[candidate]);
  }
  return [selected, selectedScores];
}

const P = {
  v3: pyParams('non_max_suppression', ['boxes', 'scores', 'max_output_size', 'iou_threshold', 'score_threshold', 'name'], {
    iou_threshold: new PyFloat(0.5), score_threshold: new PyFloat(-Infinity), name: null,
  }),
  v5: pyParams('non_max_suppression_with_scores', ['boxes', 'scores', 'max_output_size', 'iou_threshold', 'score_threshold', 'soft_nms_sigma', 'name'], {
    iou_threshold: new PyFloat(0.5), score_threshold: new PyFloat(-Infinity), soft_nms_sigma: new PyFloat(0), name: null,
  }),
};

const args = (p: Record<string, PyValue>): [Tensor, Tensor, number, number, number] => [
  toTensor(p.boxes), toTensor(p.scores), intArg(p.max_output_size), numberArg(p.iou_threshold), numberArg(p.score_threshold),
];

export const nmsFns: Record<string, Fn> = {
  non_max_suppression: (a, k) => {
    const [indices] = nms('NonMaxSuppressionV3', ...args(P.v3(a, k)));
    return tensorFromValues(indices, [indices.length], dtypes.int32, currentDevice());
  },
  non_max_suppression_with_scores: (a, k) => {
    const p = P.v5(a, k);
    if (numberArg(p.soft_nms_sigma) !== 0) throw kernelError('NonMaxSuppressionV5', 'soft_nms_sigma > 0 (Soft-NMS) is not supported by tfts');
    const [indices, scores] = nms('NonMaxSuppressionV5', ...args(p));
    return new PyTuple([
      tensorFromValues(indices, [indices.length], dtypes.int32, currentDevice()),
      tensorFromValues(scores, [scores.length], dtypes.float32, currentDevice()),
    ]);
  },
};

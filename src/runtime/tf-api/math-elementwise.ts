// Python bindings of the elementwise tf.math functions (unary, binary, predicates, logical).
import { pyParams } from '../../interpreter/builtins/define.js';
import { dtypes } from '../dtypes.js';
import type { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { runOp, OpDef } from '../ops/registry.js';
import * as api from '../ops/api.js';
import * as E from '../ops/elementwise.js';
import * as U from '../ops/math-unary.js';
import { Digamma } from '../ops/math-digamma.js';
import * as B from '../ops/math-binary.js';
import * as M from '../ops/math-api.js';
import { matchingTensors } from './math-args.js';
import { BOTH, Entry, Fn, MATH, Namespace } from './math-table.js';

function unaryFn(name: string, op: OpDef<null> | ((x: Tensor) => Tensor)): Fn {
  const params = pyParams(name, ['x', 'name'], { name: null });
  const f = typeof op === 'function' ? op : (x: Tensor) => runOp(op, [x], null);
  return (args, kwargs) => f(toTensor(params(args, kwargs).x));
}

function binaryFn(name: string, op: OpDef<null> | ((a: Tensor, b: Tensor) => Tensor), names: [string, string] = ['x', 'y']): Fn {
  const params = pyParams(name, [...names, 'name'], { name: null });
  const f = typeof op === 'function' ? op : (a: Tensor, b: Tensor) => runOp(op, [a, b], null);
  return (args, kwargs) => {
    const p = params(args, kwargs);
    const [a, b] = matchingTensors([p[names[0]], p[names[1]]]);
    return f(a, b);
  };
}

/** tf.math.round: banker's rounding for floats; integers are returned unchanged (as TF does). */
const round = (x: Tensor): Tensor => (x.dtype.isInteger ? x : runOp(E.Round, [x], null));

/** TF's logical_xor is (x or y) and not (x and y); its errors come from those ops. */
const logicalXor = (x: Tensor, y: Tensor): Tensor => M.logicalAnd(M.logicalOr(x, y), M.logicalNot(M.logicalAnd(x, y)));

/** divide_no_nan on integers divides in float64, as TF's Python wrapper casts them. */
function divideNoNan(x: Tensor, y: Tensor): Tensor {
  if (x.dtype.isInteger && x.dtype === y.dtype) return B.divNoNan(api.cast(x, dtypes.float64), api.cast(y, dtypes.float64));
  return B.divNoNan(x, y);
}

const u = (name: string, op: OpDef<null> | ((x: Tensor) => Tensor), where: Namespace[]): Entry => ({ name, fn: unaryFn(name, op), where });
const b = (name: string, op: OpDef<null> | ((a: Tensor, b: Tensor) => Tensor), where: Namespace[], names?: [string, string]): Entry => ({
  name,
  fn: binaryFn(name, op, names),
  where,
});

export const elementwiseEntries: Entry[] = [
  u('tan', U.Tan, BOTH),
  u('expm1', U.Expm1, MATH),
  u('erf', U.Erf, MATH),
  u('erfc', U.Erfc, MATH),
  u('softplus', U.Softplus, ['math', 'nn']),
  u('asin', U.Asin, BOTH),
  u('acos', U.Acos, BOTH),
  u('atan', U.Atan, BOTH),
  u('sinh', U.Sinh, BOTH),
  u('cosh', U.Cosh, BOTH),
  u('asinh', U.Asinh, BOTH),
  u('acosh', U.Acosh, BOTH),
  u('atanh', U.Atanh, BOTH),
  u('rint', U.Rint, MATH),
  u('lgamma', U.Lgamma, MATH),
  u('digamma', Digamma, MATH),
  u('is_nan', U.IsNan, MATH),
  u('is_inf', U.IsInf, MATH),
  u('is_finite', U.IsFinite, MATH),
  u('round', round, BOTH),
  u('logical_not', E.LogicalNot, BOTH),
  b('atan2', B.Atan2, BOTH, ['y', 'x']),
  b('truncatediv', B.TruncateDiv, ['tf']),
  b('truncatemod', B.TruncateMod, ['tf']),
  b('floormod', api.floorMod, MATH),
  b('mod', api.floorMod, MATH),
  b('divide_no_nan', divideNoNan, MATH),
  b('multiply_no_nan', B.mulNoNan, MATH),
  b('xlogy', B.Xlogy, MATH),
  b('xdivy', B.Xdivy, MATH),
  b('logical_and', M.logicalAnd, BOTH),
  b('logical_or', M.logicalOr, BOTH),
  b('logical_xor', logicalXor, MATH),
];

/** Names tf-module puts at top level that TF 2 only has under tf.math. */
export const MATH_ONLY_NAMES = ['log', 'log1p', 'rsqrt', 'ceil', 'reciprocal', 'floordiv', 'squared_difference'];

// tf.debugging's element-wise checks in eager mode: assert_equal/none_equal/less/greater(_equal),
// the sign asserts (assert_positive ...), assert_near, Assert, check_numerics and
// assert_all_finite. The comparison runs as ordinary ops (so it follows the tensors' device and TF's
// dtype/broadcast errors); only a failure's message is built here, in TF's exact words.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyFloat } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { str } from '../../interpreter/ops/text.js';
import { Tensor } from '../tensor.js';
import { dtypes } from '../dtypes.js';
import { toTensor } from '../convert.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import * as E from '../ops/elementwise.js';
import { IsInf, IsNan } from '../ops/math-unary.js';
import { kernelError } from '../ops/shape-errors.js';
import type { PrintElement } from '../printing/index.js';
import type { Fn } from './shape-args.js';
import { tensorList } from './shape-args.js';
import { assertFailure, indicesStr, invalidArgumentError, messagePrefix, ndarrayStr, prettyPrint, shapeAndDtype } from './debugging-summary.js';
import { stridesOf } from '../ops/index-map.js';

type Compare = (x: Tensor, y: Tensor) => Tensor;

const allTrue = (t: Tensor): boolean => t.size === 0 || Array.from(t.values() as ArrayLike<number>).every((v) => v !== 0);
const elements = (t: Tensor): PrintElement[] => Array.from(t.values() as ArrayLike<PrintElement>);

/** TF's eager `summarize`: None prints 3 elements, a negative value prints all of them. */
const summarizeCount = (v: PyValue): number => (v === null ? 3 : Number(asIndex(v)) < 0 ? 1e9 : Number(asIndex(v)));

/** check_ops._make_assert_msg_data: which elements failed (same-shape operands), then the first few. */
function binaryFailureLines(sym: string, x: Tensor, y: Tensor, summarize: number, passed: Tensor): string[] {
  const lines = [`Condition x ${sym} y did not hold.`];
  if (summarize <= 0) return lines;
  const xs = elements(x);
  const ys = elements(y);
  const sameShape = x.rank === y.rank && x.shape.every((d, i) => d === y.shape[i]);
  if (sameShape && x.rank > 0) {
    const ok = elements(passed);
    const failed: number[] = [];
    ok.forEach((v, i) => { if (!v) failed.push(i); });
    const shown = failed.slice(0, Math.min(summarize, failed.length));
    const strides = stridesOf(x.shape);
    lines.push(`Indices of first ${shown.length} different values:`);
    lines.push(indicesStr(shown.map((i) => strides.map((s, d) => Math.floor(i / s) % x.shape[d]))));
    lines.push('Corresponding x values:', ndarrayStr(shown.map((i) => xs[i]), x));
    lines.push('Corresponding y values:', ndarrayStr(shown.map((i) => ys[i]), y));
  }
  const nx = Math.min(xs.length, summarize);
  const ny = Math.min(ys.length, summarize);
  lines.push(`First ${nx} elements of x:`, ndarrayStr(xs.slice(0, nx), x));
  lines.push(`First ${ny} elements of y:`, ndarrayStr(ys.slice(0, ny), y));
  return lines;
}

/** check_ops._binary_assert in eager mode; `data` replaces the default summary (the sign asserts). */
function binaryAssert(sym: string, op: Compare, xv: PyValue, yv: PyValue, message: PyValue, summarizeArg: PyValue, data: (string | Tensor)[] | null = null): null {
  const x = toTensor(xv);
  const y = toTensor(yv);
  const passed = op(x, y);
  if (allTrue(passed)) return null;
  const summarize = summarizeCount(summarizeArg);
  let lines = data === null ? binaryFailureLines(sym, x, y, summarize, passed) : data.map((d) => prettyPrint(d, summarize));
  if (message !== null) lines = [str(message), ...lines];
  throw invalidArgumentError(lines.join('\n'));
}

const cmp = (op: typeof E.Equal): Compare => (x, y) => runOp(op, [x, y], null);

const binaryParams = (name: string) => pyParams(name, ['x', 'y', 'message', 'summarize', 'name'], { message: null, summarize: null, name: null });
// assert_none_equal alone takes summarize before message.
const noneEqualParams = pyParams('assert_none_equal', ['x', 'y', 'summarize', 'message', 'name'], { message: null, summarize: null, name: null });

function binaryFn(name: string, sym: string, op: Compare): Fn {
  const P = name === 'assert_none_equal' ? noneEqualParams : binaryParams(name);
  return (a, k) => {
    const p = P(a, k);
    return binaryAssert(sym, op, p.x, p.y, p.message, p.summarize);
  };
}

/**
 * assert_positive & co.: `0 < x` (or the matching test) checked as a binary assert whose data is
 * [prefix, condition text, name, x]. TF's assert_non_positive joins its condition and name lines
 * without a newline (two adjacent string literals in its source); kept for identical output.
 */
function signFn(name: string, text: string, test: (x: Tensor, zero: Tensor) => Tensor, joined = false): Fn {
  const P = pyParams(name, ['x', 'message', 'summarize', 'name'], { message: null, summarize: null, name: null });
  return (a, k) => {
    const p = P(a, k);
    const x = toTensor(p.x);
    const head = `Condition x ${text} did not hold element-wise:`;
    const label = `x (${shapeAndDtype(x)}) = `;
    const data = joined ? [messagePrefix(p.message), head + label, x] : [messagePrefix(p.message), head, label, x];
    return binaryAssert('', (xx, zero) => test(xx, zero), x, api.scalarLike(0, x), null, p.summarize, data);
  };
}

/** numpy's finfo(dtype).eps for TF's float dtypes. */
const EPS: Record<string, number> = { float16: 2 ** -10, bfloat16: 2 ** -7, float32: 2 ** -23, float64: 2 ** -52 };

const nearParams = pyParams('assert_near', ['x', 'y', 'rtol', 'atol', 'message', 'summarize', 'name'], { rtol: null, atol: null, message: null, summarize: null, name: null });

/** assert_near: |x - y| < atol + rtol * |y| everywhere, reported through tf.debugging.Assert. */
const assertNear: Fn = (a, k) => {
  const p = nearParams(a, k);
  const x = toTensor(p.x);
  const y = toTensor(p.y, x.dtype);
  const eps = EPS[x.dtype.name] ?? 0;
  const rtol = toTensor(p.rtol === null ? new PyFloat(10 * eps) : p.rtol, x.dtype);
  const atol = toTensor(p.atol === null ? new PyFloat(10 * eps) : p.atol, x.dtype);
  const abs = (t: Tensor) => runOp(E.Abs, [t], null);
  const tol = api.add(atol, api.mul(rtol, abs(y)));
  const diff = abs(api.sub(x, y));
  if (allTrue(runOp(E.Less, [diff, tol], null))) return null;
  const data: PyValue[] = [
    messagePrefix(p.message),
    `x and y not equal to tolerance rtol = ${str(rtol)}, atol = ${str(atol)}`,
    `x (${shapeAndDtype(x)}) = `, x, `y (${shapeAndDtype(y)}) = `, y,
  ];
  const summarize = p.summarize === null ? 3 : Number(asIndex(p.summarize));
  throw assertFailure(api.fill([], dtypes.bool, false), data, summarize);
};

const assertParams = pyParams('Assert', ['condition', 'data', 'summarize', 'name'], { summarize: null, name: null });

/** tf.debugging.Assert: eager check of a boolean scalar, listing `data` when it is false. */
const assertOp: Fn = (a, k) => {
  const p = assertParams(a, k);
  const cond = p.condition instanceof Tensor ? allTrue(p.condition) : isTruthy(p.condition);
  if (cond) return null;
  throw assertFailure(p.condition, tensorList(p.data), p.summarize === null ? 3 : Number(asIndex(p.summarize)));
};

/** CheckNumerics: the tensor itself, or TF's kernel error naming what it found. */
function checkNumerics(x: Tensor, message: string): Tensor {
  if (!x.dtype.isFloating) return x;
  const any = (t: Tensor) => !allTrue(runOp(E.LogicalNot, [t], null));
  const inf = any(runOp(IsInf, [x], null));
  const nan = any(runOp(IsNan, [x], null));
  if (!inf && !nan) return x;
  const what = inf && nan ? 'Inf and NaN' : inf ? 'Inf' : 'NaN';
  throw kernelError('CheckNumerics', `${message} : Tensor had ${what} values`);
}

const numericsParams = pyParams('check_numerics', ['tensor', 'message', 'name'], { name: null });
const finiteParams = pyParams('assert_all_finite', ['x', 'message', 'name'], { name: null });

export const elementwiseAssertFns: Record<string, Fn> = {
  assert_equal: binaryFn('assert_equal', '==', cmp(E.Equal)),
  assert_none_equal: binaryFn('assert_none_equal', '!=', cmp(E.NotEqual)),
  assert_less: binaryFn('assert_less', '<', cmp(E.Less)),
  assert_less_equal: binaryFn('assert_less_equal', '<=', cmp(E.LessEqual)),
  assert_greater: binaryFn('assert_greater', '>', cmp(E.Greater)),
  assert_greater_equal: binaryFn('assert_greater_equal', '>=', cmp(E.GreaterEqual)),
  assert_positive: signFn('assert_positive', '> 0', (x, z) => runOp(E.Less, [z, x], null)),
  assert_negative: signFn('assert_negative', '< 0', (x, z) => runOp(E.Less, [x, z], null)),
  assert_non_negative: signFn('assert_non_negative', '>= 0', (x, z) => runOp(E.LessEqual, [z, x], null)),
  assert_non_positive: signFn('assert_non_positive', '<= 0', (x, z) => runOp(E.LessEqual, [x, z], null), true),
  assert_near: assertNear,
  Assert: assertOp,
  check_numerics: (a, k) => {
    const p = numericsParams(a, k);
    return checkNumerics(toTensor(p.tensor), str(p.message));
  },
  assert_all_finite: (a, k) => {
    const p = finiteParams(a, k);
    return checkNumerics(toTensor(p.x), str(p.message));
  },
};


// np.gradient, np.trapezoid, np.unwrap, np.interp, np.polyval, np.vander and np.cumulative_sum /
// cumulative_prod, following numpy's own code step by step (lib/_function_base_impl.py,
// _polynomial_impl.py, compiled_base.c's interp) so every intermediate is rounded as numpy's is.
import { PyValue } from '../../interpreter/objects/core.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyFloat, PyTuple } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { dtypeArg, np, promoteTypes } from './dtype.js';
import { NdArray, castValues, makeArray, pyNumber, wrapResult } from './ndarray.js';
import { Operand, multiply, operandOrThrow, remainder, applyBinary, add } from './ufuncs.js';
import { axisError, normalizeAxis } from './errors.js';
import * as R from './reductions.js';
import * as S from './shape.js';
import { addO, assignAxis, diffAxis, divO, fromLast, mulO, opnd, pyFloat, sliceAxis, strongOf, subO, toLast } from './stats-extras-ops.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const arr = (v: PyValue) => operandOrThrow(v).arr;

/** numpy's gradient along one axis (moved last): central differences inside, one- or two-sided at the ends. */
function gradientAlong(f: NdArray, dx: Operand, edge: number): NdArray {
  const ax = f.ndim - 1;
  const len = f.shape[ax];
  const otype = f.dtype.kind === 'f' ? f.dtype : np.float64;
  const out = makeArray(otype, f.shape.slice(), new Float64Array(f.size));
  const sl = (a: number, b: number) => strongOf(sliceAxis(f, ax, a, b));
  const uniform = dx.arr.ndim === 0;
  if (uniform) {
    assignAxis(out, ax, 1, divO(subO(sl(2, len), sl(0, -2)), mulO(pyFloat(2), dx)).arr);
  } else {
    const d1 = strongOf(sliceAxis(dx.arr, 0, 0, -1));
    const d2 = strongOf(sliceAxis(dx.arr, 0, 1, dx.arr.size));
    const neg = (o: Operand) => strongOf(applyBinary(multiply, o, operandOrThrow(-1)));
    const a = divO(neg(d2), mulO(d1, addO(d1, d2)));
    const b = divO(subO(d2, d1), mulO(d1, d2));
    const c = divO(d1, mulO(d2, addO(d1, d2)));
    assignAxis(out, ax, 1, addO(addO(mulO(a, sl(0, -2)), mulO(b, sl(1, -1))), mulO(c, sl(2, len))).arr);
  }
  const dxAt = (i: number): Operand => (uniform ? dx : strongOf(makeArray(dx.arr.dtype, [], [dx.arr.data[i < 0 ? dx.arr.size + i : i]])));
  if (edge === 1) {
    assignAxis(out, ax, 0, divO(subO(sl(1, 2), sl(0, 1)), dxAt(0)).arr);
    assignAxis(out, ax, len - 1, divO(subO(sl(len - 1, len), sl(len - 2, len - 1)), dxAt(-1)).arr);
  } else {
    let a: Operand;
    let b: Operand;
    let c: Operand;
    if (uniform) {
      [a, b, c] = [divO(pyFloat(-1.5), dx), divO(pyFloat(2), dx), divO(pyFloat(-0.5), dx)];
    } else {
      const [d1, d2] = [dxAt(0), dxAt(1)];
      const s = addO(d1, d2);
      a = divO(mulO(pyFloat(-1), addO(mulO(pyFloat(2), d1), d2)), mulO(d1, s));
      b = divO(addO(d1, d2), mulO(d1, d2));
      c = divO(mulO(pyFloat(-1), d1), mulO(d2, s));
    }
    assignAxis(out, ax, 0, addO(addO(mulO(a, sl(0, 1)), mulO(b, sl(1, 2))), mulO(c, sl(2, 3))).arr);
    if (uniform) {
      [a, b, c] = [divO(pyFloat(0.5), dx), divO(pyFloat(-2), dx), divO(pyFloat(1.5), dx)];
    } else {
      const [d1, d2] = [dxAt(-2), dxAt(-1)];
      const s = addO(d1, d2);
      a = divO(d2, mulO(d1, s));
      b = divO(mulO(pyFloat(-1), addO(d2, d1)), mulO(d1, d2));
      c = divO(addO(mulO(pyFloat(2), d2), d1), mulO(d2, s));
    }
    assignAxis(out, ax, len - 1, addO(addO(mulO(a, sl(len - 3, len - 2)), mulO(b, sl(len - 2, len - 1))), mulO(c, sl(len - 1, len))).arr);
  }
  return out;
}

function gradient(args: PyValue[], kwargs: Kwargs): PyValue {
  if (args.length === 0) throw typeError("gradient() missing 1 required positional argument: 'f'");
  let f = arr(args[0]);
  const varargs = args.slice(1);
  let axisV: PyValue = null;
  let edge = 1;
  if (kwargs) {
    for (const [k, v] of kwargs) {
      if (k === 'axis') axisV = v;
      else if (k === 'edge_order') edge = asIndex(v);
      else throw typeError(`gradient() got an unexpected keyword argument '${k}'`);
    }
  }
  const N = f.ndim;
  let axes: number[];
  if (axisV === null) axes = f.shape.map((_, k) => k);
  else {
    const list = axisV instanceof PyTuple ? axisV.items.map(asIndex) : [asIndex(axisV)];
    axes = list.map((a) => normalizeAxis(a, N));
    if (new Set(axes).size !== axes.length) throw valueError('repeated axis');
  }
  let dx: Operand[];
  if (varargs.length === 0) dx = axes.map(() => pyFloat(1.0));
  else if (varargs.length === 1 && opnd(varargs[0]).arr.ndim === 0) dx = axes.map(() => opnd(varargs[0]));
  else if (varargs.length === axes.length) {
    dx = varargs.map((v, i) => {
      const d = opnd(v);
      if (d.arr.ndim === 0) return d;
      if (d.arr.ndim !== 1) throw valueError('distances must be either scalars or 1d');
      if (d.arr.size !== f.shape[axes[i]]) throw valueError('when 1d, distances must match the length of the corresponding dimension');
      const dist = d.arr.dtype.isInt ? makeArray(np.float64, d.arr.shape, d.arr.data) : d.arr;
      const diffx = diffAxis(dist, 0);
      if (diffx.data.every((x) => x === diffx.data[0])) return strongOf(makeArray(diffx.dtype, [], [diffx.data[0]]));
      return strongOf(diffx);
    });
  } else throw typeError('invalid number of arguments');
  if (edge > 2) throw valueError("'edge_order' greater than 2 not supported");
  if (f.dtype.isInt) f = makeArray(np.float64, f.shape, f.data);
  const outs = axes.map((axis, i) => {
    if (f.shape[axis] < edge + 1) throw valueError('Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.');
    return fromLast(gradientAlong(toLast(f, axis), dx[i], edge), axis);
  });
  return outs.length === 1 ? outs[0] : new PyTuple(outs);
}

const trapParams = pyParams('trapezoid', ['y', 'x', 'dx', 'axis'], { x: null, dx: new PyFloat(1.0), axis: -1 });
function trapezoid(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = trapParams(args, kwargs);
  const y = arr(p.y);
  const axis = normalizeAxis(asIndex(p.axis), y.ndim);
  let d: Operand;
  if (p.x === null) d = opnd(p.dx);
  else {
    const x = arr(p.x);
    if (x.ndim === 1) {
      const dd = diffAxis(x, 0);
      d = strongOf(S.reshape(dd, y.shape.map((_, k) => (k === axis ? dd.size : 1))));
    } else d = strongOf(diffAxis(x, axis < 0 ? axis + x.ndim : axis));
  }
  const len = y.shape[axis];
  const mid = addO(strongOf(sliceAxis(y, axis, 1, len)), strongOf(sliceAxis(y, axis, 0, -1)));
  const terms = divO(mulO(d, mid), pyFloat(2.0)).arr;
  return wrapResult(R.sum(terms, [axis], false));
}

const unwrapParams = pyParams('unwrap', ['p', 'discont', 'axis'], { discont: null, axis: -1, period: new PyFloat(2 * Math.PI) }, ['period']);
function unwrap(args: PyValue[], kwargs: Kwargs): PyValue {
  const pr = unwrapParams(args, kwargs);
  const p = arr(pr.p);
  const axis = normalizeAxis(asIndex(pr.axis), p.ndim);
  const dd = strongOf(diffAxis(p, axis));
  const period = opnd(pr.period);
  const discont = pr.discont === null ? divO(period, operandOrThrow(2)) : opnd(pr.discont);
  const dtype = period.weak ? (period.weak === 'float' && !dd.arr.dtype.isFloat ? np.float64 : dd.arr.dtype) : promoteTypes(dd.arr.dtype, period.arr.dtype);
  let high: Operand;
  let ambiguous: boolean;
  if (dtype.isInt) {
    const pv = pyNumber(pr.period);
    high = operandOrThrow(Math.floor(pv / 2));
    ambiguous = pv % 2 === 0;
  } else {
    high = divO(period, operandOrThrow(2));
    ambiguous = true;
  }
  const low = mulO(high, operandOrThrow(-1));
  const ddmod = addO(strongOf(applyBinary(remainder, subO(dd, low), period)), low).arr;
  const lowV = low.arr.data[0];
  const highV = castValues([high.arr.data[0]], ddmod.dtype)[0];
  if (ambiguous) for (let i = 0; i < ddmod.size; i++) if (ddmod.data[i] === lowV && dd.arr.data[i] > 0) ddmod.data[i] = highV;
  const corr = subO(strongOf(ddmod), dd).arr;
  const disc = discont.arr.data[0];
  for (let i = 0; i < corr.size; i++) if (Math.abs(dd.arr.data[i]) < disc) corr.data[i] = 0;
  const up = makeArray(dtype, p.shape.slice(), p.data);
  const cum = R.cumulative(corr, axis, false);
  const tail = applyBinary(add, strongOf(sliceAxis(p, axis, 1, p.shape[axis])), strongOf(cum));
  assignAxis(up, axis, 1, tail);
  return up;
}

const interpParams = pyParams('interp', ['x', 'xp', 'fp', 'left', 'right', 'period'], { left: null, right: null, period: null });
function interp(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = interpParams(args, kwargs);
  const xa = arr(p.x);
  let xs = Array.from(castValues(xa.data, np.float64));
  const xpA = arr(p.xp);
  const fpA = arr(p.fp);
  let xp = Array.from(castValues(xpA.data, np.float64));
  let fp = Array.from(castValues(fpA.data, np.float64));
  let left = p.left === null ? null : pyNumber(p.left instanceof NdArray ? wrapResult(p.left) : p.left);
  let right = p.right === null ? null : pyNumber(p.right instanceof NdArray ? wrapResult(p.right) : p.right);
  if (p.period !== null) {
    let period = pyNumber(p.period);
    if (period === 0) throw valueError('period must be a non-zero value');
    period = Math.abs(period);
    left = right = null;
    if (xpA.ndim !== 1 || fpA.ndim !== 1) throw valueError('Data points must be 1-D sequences');
    if (xp.length !== fp.length) throw valueError('fp and xp are not of the same length');
    const mod = (v: number) => applyBinary(remainder, operandOrThrow(new PyFloat(v)), operandOrThrow(new PyFloat(period))).data[0];
    xs = xs.map(mod);
    xp = xp.map(mod);
    const order = xp.map((_, i) => i).sort((i, j) => xp[i] - xp[j] || i - j);
    const sxp = order.map((i) => xp[i]);
    const sfp = order.map((i) => fp[i]);
    xp = [sxp[sxp.length - 1] - period, ...sxp, sxp[0] + period];
    fp = [sfp[sfp.length - 1], ...sfp, sfp[0]];
  } else {
    if (xpA.ndim > 1 || fpA.ndim > 1) throw valueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
    if (xp.length === 0) throw valueError('array of sample points is empty');
    if (fp.length !== xp.length) throw valueError('fp and xp are not of the same length.');
  }
  const n = xp.length;
  const lval = left === null ? fp[0] : left;
  const rval = right === null ? fp[n - 1] : right;
  const out = xs.map((x) => {
    if (n === 1) return x < xp[0] ? lval : x > xp[0] ? rval : fp[0];
    if (Number.isNaN(x)) return x;
    if (x > xp[n - 1]) return rval;
    if (x < xp[0]) return lval;
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (xp[mid] <= x) lo = mid;
      else hi = mid;
    }
    const j = x >= xp[n - 1] ? n - 1 : lo;
    if (j === n - 1 || xp[j] === x) return fp[j];
    const slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
    let r = slope * (x - xp[j]) + fp[j];
    if (Number.isNaN(r)) {
      r = slope * (x - xp[j + 1]) + fp[j + 1];
      if (Number.isNaN(r) && fp[j] === fp[j + 1]) r = fp[j];
    }
    return r;
  });
  return wrapResult(makeArray(np.float64, xa.shape.slice(), out));
}

const polyvalParams = pyParams('polyval', ['p', 'x'], {});
function polyval(args: PyValue[], kwargs: Kwargs): PyValue {
  const pr = polyvalParams(args, kwargs);
  const p = arr(pr.p);
  const x = opnd(pr.x);
  // y = zeros_like(x); for pv in p: y = y * x + pv
  let y: Operand = strongOf(makeArray(x.arr.dtype, x.arr.shape.slice(), new Float64Array(x.arr.size)));
  for (let i = 0; i < p.size; i++) y = addO(mulO(y, x), strongOf(makeArray(p.dtype, [], [p.data[i]])));
  // With no coefficients the zeros_like array itself comes back (a 0-d array, not a scalar).
  return p.size === 0 ? y.arr : wrapResult(y.arr);
}

const vanderParams = pyParams('vander', ['x', 'N', 'increasing'], { N: null, increasing: false });
function vander(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = vanderParams(args, kwargs);
  const x = arr(p.x);
  if (x.ndim !== 1) throw valueError('x must be a one-dimensional array or sequence.');
  const n = p.N === null ? x.size : asIndex(p.N);
  if (n < 0) throw valueError('negative dimensions are not allowed');
  const t = promoteTypes(x.dtype, np.int64);
  const xs = castValues(x.data, t);
  const r = t === np.float32 ? Math.fround : (v: number) => v;
  const out = new Float64Array(x.size * n);
  const inc = isTruthy(p.increasing);
  for (let i = 0; i < x.size; i++) {
    let acc = 1;
    for (let k = 0; k < n; k++) {
      out[i * n + (inc ? k : n - 1 - k)] = acc;
      acc = k === 0 ? xs[i] : r(acc * xs[i]);
    }
  }
  return makeArray(t, [x.size, n], out);
}

function cumulativeFn(name: string, isProd: boolean): Fn {
  const params = pyParams(name, ['x'], { axis: null, dtype: null, out: null, include_initial: false }, ['axis', 'dtype', 'out', 'include_initial']);
  return (args, kwargs) => {
    const p = params(args, kwargs);
    let x = arr(p.x);
    if (x.ndim === 0) x = S.reshape(x, [1]);
    if (p.axis === null && x.ndim >= 2) throw valueError('For arrays which have more than one dimension ``axis`` argument is required.');
    const axis = p.axis === null ? 0 : asIndex(p.axis);
    if (axis < -x.ndim || axis >= x.ndim) throw axisError(axis, x.ndim);
    const dt = dtypeArg(p.dtype);
    let res = R.cumulative(dt ? makeArray(dt, x.shape, x.data) : x, axis, isProd);
    if (dt && res.dtype !== dt) res = makeArray(dt, res.shape, res.data);
    if (isTruthy(p.include_initial)) {
      const ax = axis < 0 ? axis + x.ndim : axis;
      const shape = res.shape.slice();
      shape[ax] = 1;
      const init = makeArray(res.dtype, shape, new Float64Array(shape.reduce((a, b) => a * b, 1)).fill(isProd ? 1 : 0));
      res = S.concatenate([init, res], ax);
    }
    return res;
  };
}

export const calculusFunctions: Record<string, Fn> = {
  gradient,
  trapezoid,
  unwrap,
  interp,
  polyval,
  vander,
  cumulative_sum: cumulativeFn('cumulative_sum', false),
  cumulative_prod: cumulativeFn('cumulative_prod', true),
};

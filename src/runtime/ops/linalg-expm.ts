// tf.linalg.expm as TF's Python builds it (linalg_impl.matrix_exponential): scaling and squaring
// with Padé approximants of degree 3/5/7 (float32) or 3/5/7/9/13 (float64), chosen per matrix by
// its 1-norm, then one MatrixSolve and the squarings, op for op so the rounding is TF's.
import { valueError } from '../../interpreter/objects/exceptions.js';
import { dtypes } from '../dtypes.js';
import type { Tensor } from '../tensor.js';
import { runOp } from './registry.js';
import * as api from './api.js';
import * as E from './elementwise.js';
import * as U from './math-unary.js';
import { reduce } from './math-composite.js';
import { range } from './math-api.js';
import { MatrixSolve } from './linalg-decomp-ops.js';

const PADE: Record<number, number[]> = {
  3: [120.0, 60.0, 12.0],
  5: [30240.0, 15120.0, 3360.0, 420.0, 30.0],
  7: [17297280.0, 8648640.0, 1995840.0, 277200.0, 25200.0, 1512.0, 56.0],
  9: [17643225600.0, 8821612800.0, 2075673600.0, 302702400.0, 30270240.0, 2162160.0, 110880.0, 3960.0, 90.0],
  13: [64764752532480000.0, 32382376266240000.0, 7771770303897600.0, 1187353796428800.0, 129060195264000.0, 10559470521600.0,
    670442572800.0, 33522128640.0, 1323241920.0, 40840800.0, 960960.0, 16380.0, 182.0],
};

/** Sum of terms left to right, as Python's `a + b + c` evaluates. */
const sumAll = (terms: Tensor[]) => terms.reduce((acc, t) => api.add(acc, t));

function pade(x: Tensor, degree: number): [Tensor, Tensor] {
  const b = PADE[degree].map((v) => api.scalarLike(v, x));
  const n = x.shape[x.rank - 1];
  const r = api.reshape(range(0, n, 1, dtypes.int32), [n, 1]);
  const c = api.reshape(range(0, n, 1, dtypes.int32), [1, n]);
  const ident = api.broadcastTo(api.cast(api.equal(r, c), x.dtype), x.shape);
  const mm = (p: Tensor, q: Tensor) => api.matmul(p, q);
  const m2 = mm(x, x);
  if (degree === 3) return [mm(x, api.add(m2, api.mul(b[1], ident))), api.add(api.mul(b[2], m2), api.mul(b[0], ident))];
  const m4 = mm(m2, m2);
  if (degree === 5) {
    return [mm(x, sumAll([m4, api.mul(b[3], m2), api.mul(b[1], ident)])), sumAll([api.mul(b[4], m4), api.mul(b[2], m2), api.mul(b[0], ident)])];
  }
  const m6 = mm(m4, m2);
  if (degree === 7) {
    return [
      mm(x, sumAll([m6, api.mul(b[5], m4), api.mul(b[3], m2), api.mul(b[1], ident)])),
      sumAll([api.mul(b[6], m6), api.mul(b[4], m4), api.mul(b[2], m2), api.mul(b[0], ident)]),
    ];
  }
  if (degree === 9) {
    const m8 = mm(m6, m2);
    return [
      mm(x, sumAll([m8, api.mul(b[7], m6), api.mul(b[5], m4), api.mul(b[3], m2), api.mul(b[1], ident)])),
      sumAll([api.mul(b[8], m8), api.mul(b[6], m6), api.mul(b[4], m4), api.mul(b[2], m2), api.mul(b[0], ident)]),
    ];
  }
  const tmpU = sumAll([mm(m6, sumAll([m6, api.mul(b[11], m4), api.mul(b[9], m2)])), api.mul(b[7], m6), api.mul(b[5], m4), api.mul(b[3], m2), api.mul(b[1], ident)]);
  const tmpV = sumAll([api.mul(b[12], m6), api.mul(b[10], m4), api.mul(b[8], m2)]);
  return [mm(x, tmpU), sumAll([mm(m6, tmpV), api.mul(b[6], m6), api.mul(b[4], m4), api.mul(b[2], m2), api.mul(b[0], ident)])];
}

export function expm(input: Tensor): Tensor {
  const n = input.shape[input.rank - 1];
  if (input.rank >= 2 && n === 0 && input.shape[input.rank - 2] === 0) return input;
  const name = input.dtype.name;
  const f32 = name === 'float16' || name === 'float32';
  if (!f32 && name !== 'float64') throw valueError(`tf.linalg.expm does not support matrices of type <dtype: '${name}'>`);
  const batch = input.shape.slice(0, -2);
  const x = api.reshape(input, [-1, ...input.shape.slice(-2)].map((d, i) => (i === 0 ? batch.reduce((a, b) => a * b, 1) : d)));
  const colSums = reduce('Sum', runOp(E.Abs, [x], null), [x.rank - 2], false);
  const l1 = api.reshape(reduce('Max', colSums, [colSums.rank - 1], false), [x.shape[0], 1, 1]);
  const k = (v: number) => api.scalarLike(v, l1);
  const maxnorm = k(f32 ? 3.92572478313866 : 5.371920351148152);
  const squarings = api.maximum(runOp(E.Floor, [api.realDiv(api.log(api.realDiv(l1, maxnorm)), api.log(k(2.0)))], null), k(0));
  const scaled = api.realDiv(x, api.pow(k(2.0), squarings));
  const degrees = f32 ? [3, 5] : [3, 5, 7, 9];
  const cases = [...degrees.map((d) => pade(x, d)), pade(scaled, f32 ? 7 : 13)];
  const conds = f32 ? [0.4258730016922831, 1.880152677804762] : [0.01495585217958292, 0.253939833006323, 0.9504178996162932, 2.097847961257068];
  const nest = (which: 0 | 1, i: number): Tensor =>
    i === conds.length - 1
      ? api.where(api.broadcastTo(runOp(E.Less, [l1, k(conds[i])], null), x.shape), cases[i][which], cases[i + 1][which])
      : api.where(api.broadcastTo(runOp(E.Less, [l1, k(conds[i])], null), x.shape), cases[i][which], nest(which, i + 1));
  const u = nest(0, 0);
  const v = nest(1, 0);
  const finite = (runOp(U.IsFinite, [reduce('Max', l1, null, false)], null).values()[0] as number) !== 0;
  let result = finite ? runOp(MatrixSolve, [api.add(api.neg(u), v), api.add(u, v)], { adjoint: false }) : api.fill(x.shape, x.dtype, NaN);
  if (finite) {
    const maxSquarings = reduce('Max', squarings, null, false).values()[0] as number;
    for (let i = 0; i < maxSquarings; i++) {
      result = api.where(api.broadcastTo(runOp(E.Less, [k(i), squarings], null), x.shape), api.matmul(result, result), result);
    }
  }
  return api.reshape(result, input.shape);
}

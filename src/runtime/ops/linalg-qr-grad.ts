// TF's _QrGrad (linalg_grad.py), written with public ops. The Qr op is split into one op per
// output here, so each output's op calls this with the other output's gradient as zeros: the
// formula is linear in (dq, dr), and a loss that uses one output gets TF's values exactly.
import { notImplementedError } from '../../interpreter/objects/exceptions.js';
import type { Tensor } from '../tensor.js';
import * as api from './api.js';
import { slice } from './shape-slice.js';
import { concat } from './shape-layout.js';
import { matrixTranspose } from './math-linalg.js';

type TriSolve = (a: Tensor, b: Tensor, lower: boolean, adjoint: boolean) => Tensor;
type Band = (x: Tensor, lower: boolean) => Tensor;

/** The last-axis slice [from, to) of x. */
function lastAxis(x: Tensor, from: number, to: number): Tensor {
  return slice(x, x.shape.map((_, i) => (i === x.rank - 1 ? from : 0)), x.shape.map((d, i) => (i === x.rank - 1 ? to - from : d)));
}

export function qrGrad(a: Tensor, q: Tensor, r: Tensor, dq: Tensor, dr: Tensor, triSolve: TriSolve, band: Band): Tensor {
  const rows = q.shape[q.rank - 2];
  const cols = r.shape[r.rank - 1];
  if (r.shape[r.rank - 2] > cols && q.shape[q.rank - 1] === rows) {
    throw notImplementedError(`QrGrad not implemented when nrows > ncols and full_matrices is true. Received r.shape=(${r.shape.join(', ')}) with nrows=${r.shape[r.rank - 2]}and ncols=${cols}.`);
  }
  // matmul(x, adjoint(inverse(r))) for upper-triangular r
  const ts = (x: Tensor, rr: Tensor) => matrixTranspose(triSolve(rr, matrixTranspose(x), false, false));
  const squareAndDeep = (qq: Tensor, rr: Tensor, dqq: Tensor, drr: Tensor) => {
    const qdq = api.matmul(qq, dqq, true, false);
    const qdq_ = api.sub(qdq, matrixTranspose(qdq));
    const rdr = api.matmul(rr, drr, false, true);
    const rdr_ = api.sub(rdr, matrixTranspose(rdr));
    const tril = band(api.add(qdq_, rdr_), true);
    const gradA = api.matmul(qq, api.add(drr, ts(tril, rr)));
    const gradB = ts(api.sub(dqq, api.matmul(qq, qdq)), rr);
    return api.add(gradA, gradB);
  };
  if (rows >= cols) return squareAndDeep(q, r, dq, dr);
  const y = lastAxis(a, rows, cols);
  const u = lastAxis(r, 0, rows);
  const dv = lastAxis(dr, rows, cols);
  const du = lastAxis(dr, 0, rows);
  const dy = api.matmul(q, dv);
  const dx = squareAndDeep(q, u, api.add(dq, api.matmul(y, dv, false, true)), du);
  return concat([dx, dy], -1);
}

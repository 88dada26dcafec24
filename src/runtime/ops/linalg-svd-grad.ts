// TF's _SvdGrad (linalg_grad.py) for real inputs, written with public ops. Svd is one op per
// output here (s, u, v); each calls this with zeros for the other outputs' gradients, which is
// what TF's tape passes for outputs a loss does not use.
import { notImplementedError } from '../../interpreter/objects/exceptions.js';
import { callMethod } from '../../interpreter/ops/call.js';
import { dtypes } from '../dtypes.js';
import type { Tensor } from '../tensor.js';
import * as api from './api.js';
import { range } from './math-api.js';
import { slice } from './shape-slice.js';
import { matrixTranspose } from './math-linalg.js';

function lastAxis(x: Tensor, from: number, to: number): Tensor {
  return slice(x, x.shape.map((_, i) => (i === x.rank - 1 ? from : 0)), x.shape.map((d, i) => (i === x.rank - 1 ? to - from : d)));
}

function eyeMask(k: number, batch: number[]): Tensor {
  const r = api.reshape(range(0, k, 1, dtypes.int32), [k, 1]);
  const c = api.reshape(range(0, k, 1, dtypes.int32), [1, k]);
  return api.broadcastTo(api.equal(r, c), [...batch, k, k]);
}

/** matrix_diag: x [..., k] -> [..., k, k]. */
function matrixDiag(x: Tensor): Tensor {
  const k = x.shape[x.rank - 1];
  const batch = x.shape.slice(0, -1);
  const full = api.broadcastTo(api.reshape(x, [...batch, 1, k]), [...batch, k, k]);
  return api.where(eyeMask(k, batch), full, api.zerosLike(full));
}

/** _SafeReciprocal: x / (x * x + 1e-20). */
const safeReciprocal = (x: Tensor) => api.mul(x, api.reciprocal(api.add(api.mul(x, x), api.scalarLike(1e-20, x))));

export interface SvdParts {
  s: Tensor;
  u: Tensor | null;
  v: Tensor | null;
}

export function svdGrad(a: Tensor, computeUv: boolean, fullMatrices: boolean, out: SvdParts, gs: Tensor, guIn: Tensor | null, gvIn: Tensor | null,
  uvOf: () => [Tensor, Tensor]): Tensor {
  const gsMat = matrixDiag(gs);
  if (!computeUv) {
    const [u, v] = uvOf();
    return api.matmul(u, api.matmul(gsMat, v, false, true));
  }
  let m = a.shape[a.rank - 2];
  let n = a.shape[a.rank - 1];
  let u = out.u!;
  let v = out.v!;
  let gu = guIn!;
  let gv = gvIn!;
  const adjoint = m > n;
  if (adjoint) {
    [m, n] = [n, m];
    [u, v] = [v, u];
    [gu, gv] = [gv, gu];
  }
  if (fullMatrices && Math.abs(m - n) > 1) {
    throw notImplementedError(`svd gradient is not implemented for abs(m - n) > 1 when full_matrices is True. Received: m=${m} and n=${n} from op input=${String(callMethod(a, '__format__', [''], null))} with shape=(${a.shape.join(', ')}).`);
  }
  const s = out.s;
  const k = s.shape[s.rank - 1];
  const batch = s.shape.slice(0, -1);
  const sMat = matrixDiag(s);
  const s2 = api.mul(s, s);
  const diff = api.sub(api.reshape(s2, [...batch, 1, k]), api.reshape(s2, [...batch, k, 1]));
  const fRaw = safeReciprocal(diff);
  const f = api.where(eyeMask(k, batch), api.zerosLike(fRaw), fRaw);
  const sInvMat = matrixDiag(safeReciprocal(s));
  const v1 = lastAxis(v, 0, m);
  const gv1 = lastAxis(gv, 0, m);
  const uGu = api.matmul(u, gu, true, false);
  const vGv = api.matmul(v1, gv1, true, false);
  const fU = api.mul(f, uGu);
  const fV = api.mul(f, vGv);
  const term1NoUv = api.add(api.add(gsMat, api.matmul(api.add(fU, matrixTranspose(fU)), sMat)), api.matmul(sMat, api.add(fV, matrixTranspose(fV))));
  const term1 = api.matmul(u, api.matmul(term1NoUv, v1, false, true));
  let g = term1;
  if (m !== n) {
    const gv1t = matrixTranspose(gv1);
    const gv1tV1 = api.matmul(gv1t, v1);
    let term2NoUs = api.sub(gv1t, api.matmul(gv1tV1, v1, false, true));
    if (fullMatrices) {
      const v2 = lastAxis(v, m, n);
      const gv2 = lastAxis(gv, m, n);
      term2NoUs = api.sub(term2NoUs, api.matmul(api.matmul(v1, gv2, true, false), v2, false, true));
    }
    g = api.add(term1, api.matmul(api.matmul(u, sInvMat), term2NoUs));
  }
  return adjoint ? matrixTranspose(g) : g;
}

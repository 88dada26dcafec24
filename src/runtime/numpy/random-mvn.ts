// multivariate_normal for RandomState and Generator. numpy transforms standard normals by the
// SVD of the covariance (LAPACK dgesdd): RandomState as x @ (sqrt(s)[:, None] * vh) + mean, the
// Generator as mean + x @ (u * sqrt(s)).T (or its cholesky/eigh factor). For a diagonal covariance
// that SVD is a permutation, and which normal lands in which column depends on the order LAPACK's
// sorts leave equal singular values in: dbdsqr's descending pass, dlasdq's ascending pass, then
// dbdsdc's selection sort (for n <= 25, where dbdsdc solves directly); reproducing those passes
// gives numpy's exact output without any arithmetic. Other covariances go through numpy.linalg's
// svd/cholesky/eigh (linalg-extras*.ts, LAPACK's steps) and the BLAS-ordered products of linalg.ts.
import { PyValue } from '../../interpreter/objects/core.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { np } from './dtype.js';
import { NdArray, arrayFromPy, makeArray, numElements } from './ndarray.js';
import { warnAtCaller } from './warn-at-caller.js';
import { matmulArrays } from './linalg.js';
import { linalgExtraFunctions } from './linalg-extras.js';
import { operandOrThrow } from './ufuncs.js';

/** The order dgesdd's singular values come out in for diagonal entries `d` (all >= 0). */
export function lapackSingularOrder(d: readonly number[]): number[] {
  const v = [...d];
  const p = d.map((_, i) => i);
  const n = v.length;
  const swap = (a: number, b: number) => {
    [v[a], v[b]] = [v[b], v[a]];
    [p[a], p[b]] = [p[b], p[a]];
  };
  // dbdsqr: move the (last) smallest of the first n-i entries to position n-i.
  for (let i = 1; i < n; i++) {
    let isub = 0;
    for (let j = 1; j <= n - i; j++) if (v[j] <= v[isub]) isub = j;
    if (isub !== n - i) swap(isub, n - i);
  }
  // dlasdq: ascending selection, first smallest wins.
  for (let i = 0; i < n; i++) {
    let isub = i;
    for (let j = i + 1; j < n; j++) if (v[j] < v[isub]) isub = j;
    if (isub !== i) swap(isub, i);
  }
  // dbdsdc: descending selection sort, first largest wins.
  for (let i = 0; i < n - 1; i++) {
    let kk = i;
    for (let j = i + 1; j < n; j++) if (v[j] > v[kk]) kk = j;
    if (kk !== i) swap(kk, i);
  }
  return p;
}

export interface MvnArgs {
  mean: NdArray;
  cov: NdArray;
  /** The diagonal of cov when every other entry is 0 (the exact permutation path), else null. */
  diag: number[] | null;
  checkValid: PyValue;
  tol: number;
  finalShape: number[];
}

/** numpy's PSD test for a diagonal covariance: allclose(v.T * s @ v, cov) with s = |d|. */
function diagonalIsPsd(diag: number[], tol: number): boolean {
  return diag.every((d) => Math.abs(Math.abs(d) - d) <= tol + tol * Math.abs(d));
}

/** numpy's argument checks, then the diagonal of cov (NotImplementedError when cov is not diagonal). */
export function mvnArgs(meanV: PyValue, covV: PyValue, size: PyValue, checkValid: PyValue, tol: number): MvnArgs {
  const mean = arrayFromPy(meanV, np.float64);
  const cov = arrayFromPy(covV, np.float64);
  let shape: number[];
  if (size === null) shape = [];
  else if (size instanceof PyList || size instanceof PyTuple) shape = size.items.map(asIndex);
  else shape = [asIndex(size)];
  if (mean.ndim !== 1) throw valueError('mean must be 1 dimensional');
  if (cov.ndim !== 2 || cov.shape[0] !== cov.shape[1]) throw valueError('cov must be 2 dimensional and square');
  const n = mean.shape[0];
  if (n !== cov.shape[0]) throw valueError('mean and cov must have same length');
  if (checkValid !== 'ignore' && checkValid !== 'warn' && checkValid !== 'raise') throw valueError("check_valid must equal 'warn', 'raise', or 'ignore'");
  let diagonal = true;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && cov.data[i * n + j] !== 0) diagonal = false;
  const diag = Array.from({ length: n }, (_, i) => cov.data[i * n + i]);
  if (!diagonal || n > 25 || diag.some(Number.isNaN)) return { mean, cov, diag: null, checkValid, tol, finalShape: [...shape, n] };
  if (checkValid !== 'ignore' && !diagonalIsPsd(diag, tol)) {
    if (checkValid === 'raise') throw valueError('covariance is not symmetric positive-semidefinite.');
    warnAtCaller('covariance is not symmetric positive-semidefinite.', 'RuntimeWarning');
  }
  return { mean, cov, diag, checkValid, tol, finalShape: [...shape, n] };
}

/**
 * mean + x @ factor for rows of standard normals `z` (row-major, n per row). dbdsqr makes each
 * singular value |d| by negating that row of vh: RandomState multiplies by vh (`flipSigns`),
 * the Generator by u, which keeps its sign.
 */
export function mvnTransform(args: MvnArgs, z: ArrayLike<number>, flipSigns: boolean): NdArray {
  if (args.diag === null) return flipSigns ? legacySvdTransform(args, z) : generatorTransform(args, z, 'svd');
  const { mean, finalShape } = args;
  const diag = args.diag.map(Math.abs);
  const sign = args.diag.map((d) => (flipSigns && d < 0 ? -1 : 1));
  const n = diag.length;
  const order = lapackSingularOrder(diag);
  const out = new Float64Array(numElements(finalShape));
  for (let r = 0; r < out.length; r += n) {
    for (let i = 0; i < n; i++) {
      const col = order[i];
      out[r + col] = z[r + i] * (sign[col] * Math.sqrt(diag[col])) + mean.data[col];
    }
  }
  return makeArray(np.float64, finalShape, out);
}

const linalgCall = (name: string, a: NdArray): PyValue => linalgExtraFunctions[name]([a], new Map());
const asArr = (v: PyValue): NdArray => operandOrThrow(v).arr;

/** numpy's PSD test: allclose(vh.T * s @ vh, cov, rtol=tol, atol=tol), then warn or raise. */
function checkPsd(args: MvnArgs, s: NdArray, vh: NdArray): void {
  if (args.checkValid === 'ignore') return;
  const n = s.size;
  const scaled = new Float64Array(n * n); // (vh.T * s)[i][j] = vh[j][i] * s[j]
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) scaled[i * n + j] = vh.data[j * n + i] * s.data[j];
  const back = matmulArrays(makeArray(np.float64, [n, n], scaled), vh);
  let close = true;
  for (let i = 0; i < n * n; i++) {
    const x = back.data[i], y = args.cov.data[i];
    if (!(Math.abs(x - y) <= args.tol + args.tol * Math.abs(y))) close = false;
  }
  if (close) return;
  if (args.checkValid === 'raise') throw valueError('covariance is not symmetric positive-semidefinite.');
  warnAtCaller('covariance is not symmetric positive-semidefinite.', 'RuntimeWarning');
}

/** RandomState: u, s, vh = svd(cov); x = dot(z, sqrt(s)[:, None] * vh); x += mean. */
function legacySvdTransform(args: MvnArgs, z: ArrayLike<number>): NdArray {
  const n = args.mean.size;
  const [, sV, vhV] = (linalgCall('svd', args.cov) as PyTuple).items;
  const s = asArr(sV), vh = asArr(vhV);
  checkPsd(args, s, vh);
  const factor = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) factor[i * n + j] = Math.sqrt(s.data[i]) * vh.data[i * n + j];
  const x = matmulArrays(makeArray(np.float64, [z.length / n, n], z), makeArray(np.float64, [n, n], factor));
  const out = new Float64Array(x.size);
  for (let i = 0; i < out.length; i++) out[i] = x.data[i] + args.mean.data[i % n];
  return makeArray(np.float64, args.finalShape, out);
}

/** Generator: mean + z @ factor.T with factor = u * sqrt(s) (svd), cholesky(cov), or
 *  u * sqrt(|w|) (eigh). */
export function generatorTransform(args: MvnArgs, z: ArrayLike<number>, method: 'svd' | 'cholesky' | 'eigh'): NdArray {
  const n = args.mean.size;
  let factor: Float64Array;
  if (method === 'cholesky') {
    factor = Float64Array.from(asArr(linalgCall('cholesky', args.cov)).data);
  } else {
    const items = (linalgCall(method === 'svd' ? 'svd' : 'eigh', args.cov) as PyTuple).items;
    const u = asArr(method === 'svd' ? items[0] : items[1]);
    const s = asArr(method === 'svd' ? items[1] : items[0]);
    if (method === 'svd') checkPsd(args, s, asArr(items[2]));
    else if (args.checkValid !== 'ignore' && Array.from(s.data).some((w) => w < -args.tol)) {
      if (args.checkValid === 'raise') throw valueError('covariance is not symmetric positive-semidefinite.');
      warnAtCaller('covariance is not symmetric positive-semidefinite.', 'RuntimeWarning');
    }
    factor = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) factor[i * n + j] = u.data[i * n + j] * Math.sqrt(Math.abs(s.data[j]));
  }
  const factorT = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) factorT[j * n + i] = factor[i * n + j];
  const x = matmulArrays(makeArray(np.float64, [z.length / n, n], z), makeArray(np.float64, [n, n], factorT));
  const out = new Float64Array(x.size);
  for (let i = 0; i < out.length; i++) out[i] = args.mean.data[i % n] + x.data[i];
  return makeArray(np.float64, args.finalShape, out);
}

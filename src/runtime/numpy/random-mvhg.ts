// Generator.multivariate_hypergeometric: numpy's 'marginals' method (successive univariate
// hypergeometrics) and 'count' method (a partial Fisher-Yates over one shared list of ball
// colours that carries over from one variate to the next), with _generator.pyx's checks.
import { PyValue } from '../../interpreter/objects/core.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { cyParams } from './random-args.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { np } from './dtype.js';
import { NdArray, NumpyScalar, arrayFromPy, makeArray, numElements } from './ndarray.js';
import type { PCG64 } from './pcg64.js';
import { randomInterval } from './pcg64-draws.js';
import { hypergeometric } from './random-generator-dists.js';

const INT64_MAX = 9223372036854775807n;

function marginals(bg: PCG64, total: number, colors: number[], nsample: number, out: Float64Array): void {
  const k = colors.length;
  if (total === 0 || nsample === 0 || out.length === 0) return;
  const moreThanHalf = nsample > Math.trunc(total / 2);
  if (moreThanHalf) nsample = total - nsample;
  for (let i = 0; i < out.length; i += k) {
    let toSample = nsample;
    let remaining = total;
    for (let j = 0; toSample > 0 && j + 1 < k; ++j) {
      remaining -= colors[j];
      const r = hypergeometric(bg, colors[j], remaining, toSample);
      out[i + j] = r;
      toSample -= r;
    }
    if (toSample > 0) out[i + k - 1] = toSample;
    if (moreThanHalf) for (let c = 0; c < k; c++) out[i + c] = colors[c] - out[i + c];
  }
}

function count(bg: PCG64, total: number, colors: number[], nsample: number, out: Float64Array): void {
  const k = colors.length;
  if (total === 0 || nsample === 0 || out.length === 0) return;
  const choices = new Float64Array(total);
  let pos = 0;
  colors.forEach((c, i) => {
    for (let j = 0; j < c; j++) choices[pos++] = i;
  });
  const moreThanHalf = nsample > Math.trunc(total / 2);
  if (moreThanHalf) nsample = total - nsample;
  for (let i = 0; i < out.length; i += k) {
    for (let j = 0; j < nsample; ++j) {
      const s = j + randomInterval(bg, total - j - 1);
      const t = choices[s];
      choices[s] = choices[j];
      choices[j] = t;
    }
    for (let j = 0; j < nsample; ++j) out[i + choices[j]] += 1;
    if (moreThanHalf) for (let c = 0; c < k; c++) out[i + c] = colors[c] - out[i + c];
  }
}

const params = cyParams('multivariate_hypergeometric', ['colors', 'nsample', 'size', 'method'], { size: null, method: 'marginals' });
export function multivariateHypergeometric(bg: PCG64, args: PyValue[], kwargs: Kwargs): PyValue {
  const q = params(args, kwargs);
  if (q.method !== 'count' && q.method !== 'marginals') throw valueError('method must be "count" or "marginals".');
  const ns = q.nsample;
  const isInt = typeof ns === 'number' || typeof ns === 'bigint' || typeof ns === 'boolean' || (ns instanceof NumpyScalar && ns.dtype.isInt);
  if (!isInt) throw valueError('nsample must be an integer');
  const nsample = Number(asIndex(ns));
  if (nsample < 0) throw valueError('nsample must be nonnegative.');
  const bad = () => valueError(`colors must be a one-dimensional sequence of nonnegative integers not exceeding ${INT64_MAX}.`);
  const c: NdArray = arrayFromPy(q.colors);
  if (c.ndim !== 1 || (c.size > 0 && !c.dtype.isInt) || c.data.some((x) => x < 0)) throw bad();
  const colors = Array.from(c.data as ArrayLike<number>);
  const total = colors.reduce((a, b) => a + b, 0);
  if (q.method === 'marginals' && total >= 1e9) throw valueError('When method is "marginals", sum(colors) must be less than 1000000000.');
  if (nsample > total) throw valueError('nsample > sum(colors)');
  const k = colors.length;
  let shape: number[];
  if (q.size === null) shape = [k];
  else if (q.size instanceof PyList || q.size instanceof PyTuple) shape = [...q.size.items.map(asIndex), k];
  else shape = [asIndex(q.size), k];
  const out = new Float64Array(numElements(shape));
  if (k > 0) (q.method === 'count' ? count : marginals)(bg, total, colors, nsample, out);
  return makeArray(np.int64, shape, out);
}

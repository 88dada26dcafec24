// numpy's automatic histogram bin-width estimators (bins='auto', 'fd', 'sturges', ...). Only the
// resulting bin count (ceil(range / width)) is observable, so these follow numpy's formulas in
// double precision.
import { NdArray } from './ndarray.js';
import { np } from './dtype.js';
import * as R from './reductions.js';

export const binEstimators = ['stone', 'auto', 'doane', 'fd', 'rice', 'scott', 'sqrt', 'sturges'];

const ptp = (x: NdArray) => {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < x.size; i++) { lo = Math.min(lo, x.data[i]); hi = Math.max(hi, x.data[i]); }
  return hi - lo;
};
const std = (x: NdArray) => R.variance(x, null, false, 0, true).data[0];
const mean = (x: NdArray) => R.mean(x, null, false).data[0];

/** numpy's default ('linear') percentile of the data. */
function percentile(x: NdArray, q: number): number {
  const s = Float64Array.from(x.data).sort();
  const rank = (q / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, s.length - 1);
  const t = rank - lo;
  const d = s[hi] - s[lo];
  return t >= 0.5 ? s[hi] - d * (1 - t) : s[lo] + d * t;
}

const sqrtW = (x: NdArray) => ptp(x) / Math.sqrt(x.size);
const sturges = (x: NdArray) => ptp(x) / (Math.log2(x.size) + 1.0);
const fd = (x: NdArray) => 2.0 * (percentile(x, 75) - percentile(x, 25)) * x.size ** (-1.0 / 3.0);

function stone(x: NdArray, lo: number, hi: number): number {
  const n = x.size;
  const p = ptp(x);
  if (n <= 1 || p === 0) return 0;
  const jhat = (nbins: number) => {
    const counts = new Float64Array(nbins);
    const w = (hi - lo) / nbins;
    for (let i = 0; i < n; i++) {
      const v = x.data[i];
      if (v < lo || v > hi) continue;
      counts[Math.min(Math.floor((v - lo) / w), nbins - 1)]++;
    }
    let dot = 0;
    for (const c of counts) dot += (c / n) * (c / n);
    return (2 - (n + 1) * dot) / (p / nbins);
  };
  const upper = Math.max(100, Math.floor(Math.sqrt(n)));
  let best = 1;
  let bestVal = jhat(1);
  for (let k = 2; k <= upper; k++) {
    const v = jhat(k);
    if (v < bestVal) { best = k; bestVal = v; }
  }
  return p / best;
}

function doane(x: NdArray): number {
  if (x.size <= 2) return 0.0;
  const n = x.size;
  const sg1 = Math.sqrt((6.0 * (n - 2)) / ((n + 1.0) * (n + 3)));
  const sigma = std(x);
  if (!(sigma > 0.0)) return 0.0;
  const m = mean(x);
  let g1 = 0;
  for (let i = 0; i < n; i++) g1 += ((x.data[i] - m) / sigma) ** 3;
  g1 /= n;
  return ptp(x) / (1.0 + Math.log2(n) + Math.log2(1.0 + Math.abs(g1) / sg1));
}

/** The bin width estimator `name` for data x (0: a single bin). */
export function binWidthFor(name: string, x0: NdArray, lo: number, hi: number): number {
  const x = x0.dtype.kind === 'f' ? x0 : new NdArray(np.float64, x0.shape, Float64Array.from(x0.data));
  switch (name) {
    case 'sqrt': return sqrtW(x);
    case 'sturges': return sturges(x);
    case 'rice': return ptp(x) / (2.0 * x.size ** (1.0 / 3));
    case 'scott': return (24.0 * Math.PI ** 0.5 / x.size) ** (1.0 / 3.0) * std(x);
    case 'fd': return fd(x);
    case 'doane': return doane(x);
    case 'stone': return stone(x, lo, hi);
    default: return Math.min(Math.max(fd(x), sqrtW(x) / 2), sturges(x));
  }
}

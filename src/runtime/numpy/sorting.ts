// sort, argsort and unique. NaN sorts last, as in numpy. Ties keep their order (numpy's
// default quicksort does not promise any order for ties).
import { PyValue } from '../../interpreter/objects/core.js';
import { PyTuple } from '../../interpreter/objects/values.js';
import { np } from './dtype.js';
import { NdArray, makeArray, numElements } from './ndarray.js';
import { normalizeAxis } from './errors.js';

const compare = (x: number, y: number): number => {
  if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
  if (Number.isNaN(y)) return -1;
  return x - y;
};

/** Sorts (or argsorts) every 1-D lane along `axis`; axis None flattens first. */
export function sortArray(a: NdArray, axis: number | null, indices: boolean): NdArray {
  const src = axis === null ? makeArray(a.dtype, [a.size], a.data) : a;
  if (src.ndim === 0) return makeArray(indices ? np.int64 : a.dtype, [], indices ? [0] : src.data);
  const ax = normalizeAxis(axis ?? 0, src.ndim);
  const len = src.shape[ax];
  const inner = numElements(src.shape.slice(ax + 1));
  const outer = numElements(src.shape.slice(0, ax));
  const out = new Float64Array(src.size);
  const order = new Array<number>(len);
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < inner; j++) {
      const at = (k: number) => (o * len + k) * inner + j;
      for (let k = 0; k < len; k++) order[k] = k;
      order.sort((p, q) => compare(src.data[at(p)], src.data[at(q)]));
      for (let k = 0; k < len; k++) out[at(k)] = indices ? order[k] : src.data[at(order[k])];
    }
  }
  return makeArray(indices ? np.int64 : a.dtype, src.shape.slice(), out);
}

export function uniqueArrays(a: NdArray, returnIndex: boolean, returnInverse: boolean, returnCounts: boolean): PyValue {
  const order = Array.from({ length: a.size }, (_, i) => i).sort((p, q) => compare(a.data[p], a.data[q]) || p - q);
  const values: number[] = [];
  const first: number[] = [];
  const counts: number[] = [];
  const inverse = new Float64Array(a.size);
  for (const i of order) {
    const v = a.data[i];
    const last = values.length - 1;
    if (last >= 0 && (values[last] === v || (Number.isNaN(v) && Number.isNaN(values[last])))) counts[last]++;
    else {
      values.push(v);
      first.push(i);
      counts.push(1);
    }
    inverse[i] = values.length - 1;
  }
  const u = makeArray(a.dtype, [values.length], values);
  if (!returnIndex && !returnInverse && !returnCounts) return u;
  const out: PyValue[] = [u];
  if (returnIndex) out.push(makeArray(np.int64, [first.length], first));
  if (returnInverse) out.push(makeArray(np.int64, a.ndim === 0 ? [1] : a.shape.slice(), inverse));
  if (returnCounts) out.push(makeArray(np.int64, [counts.length], counts));
  return new PyTuple(out);
}

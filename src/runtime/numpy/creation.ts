// Array creation: arange, linspace, eye, and the shape-filled constructors, computing values
// the way numpy does (arange steps by (start+step)-start; linspace scales an index ramp).
import { valueError } from '../../interpreter/objects/exceptions.js';
import { NpDType, np } from './dtype.js';
import { NdArray, castValues, makeArray, numElements } from './ndarray.js';
import { allocData } from './native-memory.js';

export function arange(start: number, stop: number, step: number, dtype: NpDType): NdArray {
  if (step === 0) throw valueError('Maximum allowed size exceeded');
  const n = Math.max(0, Math.ceil((stop - start) / step));
  const out = new Float64Array(n);
  const delta = start + step - start;
  for (let i = 0; i < n; i++) out[i] = start + i * delta;
  if (n > 0) out[0] = start;
  return makeArray(dtype, [n], out);
}

export function linspace(start: number, stop: number, num: number, endpoint: boolean, dtype: NpDType | null): [NdArray, number] {
  if (num < 0) throw valueError(`Number of samples, ${num}, must be non-negative.`);
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const out = new Float64Array(num);
  const step = div > 0 ? delta / div : NaN;
  for (let i = 0; i < num; i++) {
    out[i] = div > 0 ? (step === 0 ? (i / div) * delta : i * step) : i * delta;
    out[i] += start;
  }
  if (endpoint && num > 1) out[num - 1] = stop;
  const t = dtype ?? np.float64;
  if (t.isInt) for (let i = 0; i < num; i++) out[i] = Math.floor(out[i]);
  return [makeArray(t, [num], out), step];
}

export function full(shape: number[], value: number, dtype: NpDType): NdArray {
  // The value converted once (as astype converts it), then filled into the array's own storage.
  const data = allocData(dtype, numElements(shape));
  if (data.length > 0) data.fill(castValues([value], dtype)[0]);
  return new NdArray(dtype, shape, data);
}

export function eye(n: number, m: number, k: number, dtype: NpDType): NdArray {
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const j = i + k;
    if (j >= 0 && j < m) out[i * m + j] = 1;
  }
  return makeArray(dtype, [n, m], out);
}

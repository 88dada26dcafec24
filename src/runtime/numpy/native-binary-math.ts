// power and hypot of float32/float64 operands, natively (numpy_binary_math.cc): numpy computes
// them with the C library's pow/powf and hypot/hypotf (with its fast paths for one exponent of
// -1, 0, 0.5, 1 or 2), whose last bit JS's Math.pow/Math.hypot (V8's own ports) do not always
// share. They run natively at every size so an element's result never depends on the array's
// size; broadcast operands are expanded here (the kernel takes whole arrays or one value).
import { np, NpDType, NpTypedArray } from './dtype.js';
import { allocData, numpyNative } from './native-memory.js';
import { broadcastIndex } from './broadcast.js';

type Floats = Float32Array | Float64Array;

const mathOps = new Set(['power', 'hypot']);

/** `x` as a typed array of `t` with n elements or one (broadcasting it when neither). */
function wholeOrOne(x: ArrayLike<number>, shape: readonly number[], outShape: readonly number[], n: number, t: NpDType): Floats {
  const Storage = t.Storage as unknown as new (v: number | ArrayLike<number>) => Floats;
  if (x.length === n || x.length === 1) return x instanceof Storage ? x : new Storage(x);
  const idx = broadcastIndex(shape, outShape)!;
  const out = new Storage(n);
  for (let i = 0; i < n; i++) out[i] = x[idx[i]];
  return out;
}

/** `x op y` for power/hypot with loop dtype `t` (x and y already in t), or null when the op,
 *  dtype or addon does not allow it (the JS kernel runs). */
export function nativeBinaryMath(
  name: string, t: NpDType, x: ArrayLike<number>, xShape: readonly number[],
  y: ArrayLike<number>, yShape: readonly number[], outShape: readonly number[], n: number,
): NpTypedArray | null {
  if (!mathOps.has(name) || (t !== np.float32 && t !== np.float64) || n === 0) return null;
  const N = numpyNative();
  if (N === null || typeof N.npBinaryMath !== 'function') return null;
  const out = allocData(t, n) as Floats;
  N.npBinaryMath(name, wholeOrOne(x, xShape, outShape, n, t), wholeOrOne(y, yShape, outShape, n, t), out);
  return out;
}

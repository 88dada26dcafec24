// Large tensors and ndarrays convert with one native copy each way (Tensor.numpy() and
// tf.constant(ndarray) copy: the ndarray is mutable, the tensor not), keeping every value and dtype.
import { describe, expect, it } from 'vitest';
import { dtypes } from '../../src/runtime/dtypes.js';
import { numpyToTensor } from '../../src/runtime/numpy-lite.js';
import { np } from '../../src/runtime/numpy/dtype.js';
import { NdArray, tensorToArray } from '../../src/runtime/numpy/ndarray.js';
import { storageOf } from '../../src/runtime/numpy/native-memory.js';
import { tensorFromValues } from '../../src/runtime/tensor.js';

const n = 50000;

describe('tensor <-> ndarray copies of large arrays', () => {
  it('float32: t.numpy() is a copy; writing it leaves the tensor alone', () => {
    const values = Float32Array.from({ length: n }, (_, i) => (i % 7 === 0 ? -0 : i / 3));
    const t = tensorFromValues(values, [250, 200], dtypes.float32, 'CPU:0');
    const a = tensorToArray(t);
    expect(a.dtype).toBe(np.float32);
    expect(a.shape).toEqual([250, 200]);
    expect(a.data).toBeInstanceOf(Float32Array);
    // A plain typed array (the GC frees those promptly), not a view of the tensor's Storage.
    expect(storageOf(a.data)).toBeNull();
    expect(Object.is(a.data[0], -0)).toBe(true);
    expect(a.data[n - 1]).toBe(values[n - 1]);
    a.data[1] = 99;
    expect(t.values()[1]).toBe(values[1]);
    // Back to a tensor: a new Storage with the ndarray's current values.
    const t2 = numpyToTensor(a);
    expect(t2.dtype).toBe(dtypes.float32);
    expect(t2.shape).toEqual([250, 200]);
    expect(t2.values()[1]).toBe(99);
    a.data[2] = 7;
    expect(t2.values()[2]).toBe(values[2]);
  });

  it('int64 tensors become the doubles numpy keeps int64 in, and go back exactly', () => {
    const big = Array.from({ length: n }, (_, i) => BigInt(i) * 123456789012n - 3n);
    const t = tensorFromValues(big, [n], dtypes.int64, 'CPU:0');
    const a = tensorToArray(t);
    expect(a.dtype).toBe(np.int64);
    expect(a.data[n - 1]).toBe(Number(big[n - 1]));
    expect(a.data[0]).toBe(-3);
    const back = numpyToTensor(a).values() as BigInt64Array;
    expect(back[n - 1]).toBe(big[n - 1]);
  });

  it('bool and uint8 arrays keep their bytes; small arrays take the JS path with the same values', () => {
    const u8 = new NdArray(np.uint8, [n], Uint8Array.from({ length: n }, (_, i) => i % 256));
    expect(Array.from(numpyToTensor(u8).values().subarray(250, 260))).toEqual([250, 251, 252, 253, 254, 255, 0, 1, 2, 3]);
    const b = new NdArray(np.bool, [n], Uint8Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0)));
    const tb = numpyToTensor(b);
    expect(tb.dtype).toBe(dtypes.bool);
    expect(Array.from(tensorToArray(tb).data.subarray(0, 4))).toEqual([1, 0, 0, 1]);
    const small = new NdArray(np.float64, [3], Float64Array.from([1.5, -0, NaN]));
    const ts = numpyToTensor(small);
    expect(Array.from(tensorToArray(ts).data)).toEqual([1.5, -0, NaN]);
  });
});

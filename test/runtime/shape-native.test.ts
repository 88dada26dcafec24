// The index-map, conv and pooling kernels of the native addon on their own: results for several
// dtypes, and that bad arguments throw JS errors instead of reaching a kernel.
import { describe, expect, it } from 'vitest';
import { getNative } from '../../src/runtime/native/binding.js';
import { dtypes } from '../../src/runtime/dtypes.js';

const N = getNative();
const store = (a: ArrayBufferView) => N.fromBytes(a);

describe('index-map kernels', () => {
  it('gathers through a map, filling negative entries', () => {
    const src = store(BigInt64Array.from([10n, 20n, 30n]));
    const fill = store(BigInt64Array.from([-1n]));
    const out = N.gatherIndexed(dtypes.int64.code, src, 3, Int32Array.from([2, -1, 0, 2]), fill);
    expect(Array.from(new BigInt64Array(N.toBytes(out)))).toEqual([30n, -1n, 10n, 30n]);
    const zeros = N.gatherIndexed(dtypes.float32.code, store(Float32Array.from([1.5])), 1, Int32Array.from([-1, 0]), null);
    expect(Array.from(new Float32Array(N.toBytes(zeros)))).toEqual([0, 1.5]);
  });

  it('scatter-adds duplicates and skips negative entries (float16 too)', () => {
    const out = N.scatterAddIndexed(dtypes.float32.code, store(Float32Array.from([1, 2, 4, 8])), Int32Array.from([1, 1, -1, 0]), 3);
    expect(Array.from(new Float32Array(N.toBytes(out)))).toEqual([8, 3, 0]);
    const half = N.cast(store(Float32Array.from([0.5, 0.25])), dtypes.float32.code, dtypes.float16.code, 2);
    const summed = N.scatterAddIndexed(dtypes.float16.code, half, Int32Array.from([0, 0]), 1);
    expect(Array.from(new Float32Array(N.toBytes(N.cast(summed, dtypes.float16.code, dtypes.float32.code, 1))))).toEqual([0.75]);
  });

  it('sets through a map over a copy of the base and concatenates flat storages', () => {
    const out = N.scatterSetIndexed(dtypes.int32.code, store(Int32Array.from([1, 2, 3])), 3, store(Int32Array.from([9])), Int32Array.from([1]));
    expect(Array.from(new Int32Array(N.toBytes(out)))).toEqual([1, 9, 3]);
    const cat = N.concatFlat(dtypes.uint8.code, [store(Uint8Array.from([1, 2])), store(Uint8Array.from([3]))], [2, 1]);
    expect(Array.from(new Uint8Array(N.toBytes(cat)))).toEqual([1, 2, 3]);
  });

  it('refuses maps that point outside the source, and wrong argument types', () => {
    const src = store(Float32Array.from([1, 2]));
    expect(() => N.gatherIndexed(dtypes.float32.code, src, 2, Int32Array.from([2]), null)).toThrow(RangeError);
    expect(() => N.gatherIndexed(dtypes.float32.code, src, 3, Int32Array.from([0]), null)).toThrow(RangeError);
    expect(() => N.gatherIndexed(dtypes.float32.code, src, 2, [0] as unknown as Int32Array, null)).toThrow(TypeError);
    expect(() => N.scatterAddIndexed(dtypes.float32.code, src, Int32Array.from([0, 5]), 2)).toThrow(RangeError);
    expect(() => N.concatFlat(dtypes.float32.code, [src], [3])).toThrow(RangeError);
  });
});

describe('conv and pooling kernels', () => {
  // 1x3x3x1 image 0..8, 2x2 windows, stride 1, VALID: [KH, KW, sH, sW, dH, dW, padTop, padLeft, OH, OW]
  const image = store(Float32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8]));
  const geometry = [2, 2, 1, 1, 1, 1, 0, 0, 2, 2];

  it('im2col lays out patches and col2im adds them back', () => {
    const cols = new Float32Array(N.toBytes(N.im2col(dtypes.float32.code, image, [1, 3, 3, 1], geometry)));
    expect(Array.from(cols.slice(0, 8))).toEqual([0, 1, 3, 4, 1, 2, 4, 5]);
    const back = new Float32Array(N.toBytes(N.col2im(dtypes.float32.code, store(new Float32Array(16).fill(1)), [1, 3, 3, 1], geometry)));
    expect(Array.from(back)).toEqual([1, 2, 1, 2, 4, 2, 1, 2, 1]);
  });

  it('max/avg pools and routes max gradients to the first maximum', () => {
    expect(Array.from(new Float32Array(N.toBytes(N.pool2d('max', dtypes.float32.code, image, [1, 3, 3, 1], geometry))))).toEqual([4, 5, 7, 8]);
    expect(Array.from(new Float32Array(N.toBytes(N.pool2d('avg', dtypes.float32.code, image, [1, 3, 3, 1], geometry))))).toEqual([2, 3, 5, 6]);
    const flat = store(new Float32Array(9).fill(1));
    const g = new Float32Array(N.toBytes(N.pool2dGrad('max', dtypes.float32.code, flat, store(Float32Array.from([1, 2, 3, 4])), [1, 3, 3, 1], geometry)));
    expect(Array.from(g)).toEqual([1, 2, 0, 3, 4, 0, 0, 0, 0]);
  });

  it('float32 conv kernels agree with im2col + GEMM and with each other', () => {
    const w = store(Float32Array.from([1, -1, 2, 0.5]));  // [2, 2, 1, 1]
    const y = new Float32Array(N.toBytes(N.conv2dF32(image, [1, 3, 3, 1], w, [2, 2, 1, 1], geometry)));
    const cols = N.im2col(dtypes.float32.code, image, [1, 3, 3, 1], geometry);
    const viaGemm = new Float32Array(N.toBytes(N.matmul(dtypes.float32.code, cols, [4, 4], w, [4, 1], false, false)));
    expect(Array.from(y)).toEqual(Array.from(viaGemm));
    const ones = store(new Float32Array(4).fill(1));
    const dx = new Float32Array(N.toBytes(N.conv2dBackpropInputF32(w, [2, 2, 1, 1], ones, [1, 3, 3, 1], geometry)));
    expect(Array.from(dx)).toEqual([1, 0, -1, 3, 2.5, -0.5, 2, 2.5, 0.5]);
    const dw = new Float32Array(N.toBytes(N.conv2dBackpropFilterF32(image, [1, 3, 3, 1], ones, [2, 2, 1, 1], geometry)));
    expect(Array.from(dw)).toEqual([8, 12, 20, 24]);
    expect(() => N.conv2dF32(image, [1, 3, 3, 1], w, [3, 3, 1, 1], geometry)).toThrow(RangeError);
    expect(() => N.conv2dF32(image, [1, 3, 3, 1], store(new Float32Array(2)), [2, 2, 1, 1], geometry)).toThrow(RangeError);
  });

  it('rejects bad geometry, shapes and ops', () => {
    expect(() => N.im2col(dtypes.float32.code, image, [1, 3, 3], geometry)).toThrow(RangeError);
    expect(() => N.im2col(dtypes.float32.code, image, [1, 3, 3, 1], [2, 2, 0, 1, 1, 1, 0, 0, 2, 2])).toThrow(RangeError);
    expect(() => N.im2col(dtypes.float32.code, image, [1, 3, 3, 1], [2, 2])).toThrow(RangeError);
    expect(() => N.im2col(dtypes.float32.code, image, [2, 3, 3, 1], geometry)).toThrow(RangeError);
    expect(() => N.pool2d('min' as 'max', dtypes.float32.code, image, [1, 3, 3, 1], geometry)).toThrow(RangeError);
    expect(() => N.col2im(dtypes.int32.code, store(new Int32Array(16)), [1, 3, 3, 1], geometry)).toThrow(TypeError);
  });
});

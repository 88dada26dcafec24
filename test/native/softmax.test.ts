// The softmax kernel family (native/src/kernels/softmax.cc): argument validation, empty shapes,
// and a few results recorded from TF 2.21 (the goldens test/golden/ops/softmax_bits.py and
// xent_bits.py cover the bits at length).
import { describe, expect, it } from 'vitest';
import { D, N, f32, f64, i32, readF32, readF64 } from './helpers.js';

describe('softmax kernels', () => {
  it('rejects unknown ops, unsupported dtypes and short storages', () => {
    const a = f32([1, 2, 3, 4]);
    expect(() => N.softmax('softmin' as 'softmax', D.float32, a, a, 2, 2)).toThrow(RangeError);
    expect(() => N.softmax('softmax', D.int32, i32([1, 2, 3, 4]), a, 2, 2)).toThrow(RangeError);
    expect(() => N.softmax('log_softmax', D.float16, a, a, 1, 2)).toThrow(RangeError);
    expect(() => N.softmax('softmax', D.float32, a, a, 3, 2)).toThrow(RangeError);
    expect(() => N.softmax('xent_loss', D.float32, a, f32([1]), 2, 2)).toThrow(RangeError);
    expect(() => N.softmax('softmax', D.float32, a, a, -1, 2)).toThrow(RangeError);
  });

  it('handles empty rows and empty classes', () => {
    expect(readF32(N.softmax('softmax', D.float32, f32([]), f32([]), 0, 3))).toEqual([]);
    // A loss over zero classes sums nothing.
    expect(readF64(N.softmax('xent_loss', D.float64, f64([]), f64([]), 2, 0))).toEqual([0, 0]);
  });

  it('matches TF on a short row (float32 through oneDNN, float64 through Eigen)', () => {
    expect(readF32(N.softmax('softmax', D.float32, f32([1, 2, 3]), f32([]), 1, 3))).toEqual(
      [0.09003056585788727, 0.2447284758090973, 0.6652408838272095],
    );
    expect(readF64(N.softmax('softmax', D.float64, f64([1, 2, 3]), f64([]), 1, 3))).toEqual(
      [0.09003057317038045, 0.2447284710547976, 0.6652409557748218],
    );
  });

  it('computes both cross-entropy outputs', () => {
    const logits = f64([0, 0]);
    const labels = f64([0, 1]);
    expect(readF64(N.softmax('xent_loss', D.float64, logits, labels, 1, 2))).toEqual([Math.LN2]);
    expect(readF64(N.softmax('sparse_xent_backprop', D.float64, logits, labels, 1, 2))).toEqual([0.5, -0.5]);
  });
});

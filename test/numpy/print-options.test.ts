// np.set_printoptions reaches both ndarray and TF tensor printing (TF prints through numpy), and
// resetting restores numpy's defaults. Expected texts are numpy 2.4's for these options.
import { afterEach, describe, expect, it } from 'vitest';
import { formatNdarrayStr, tensorStr } from '../../src/runtime/printing/index.js';
import { resetPrintoptions, setPrintoptions } from '../../src/runtime/numpy/print-options.js';

const kw = (entries: [string, number | boolean][]) => new Map(entries.map(([k, v]) => [k, v]));

describe('numpy print options', () => {
  afterEach(() => resetPrintoptions());

  it('limits float digits in arrays and tensors alike', () => {
    setPrintoptions([], kw([['precision', 3]]));
    expect(formatNdarrayStr([0.123456789, 1.5, 2], [3], 'float64')).toBe('[0.123 1.5   2.   ]');
    expect(tensorStr([0.123456789, 2], [2], 'float32')).toBe('tf.Tensor([0.123 2.   ], shape=(2,), dtype=float32)');
  });

  it('suppresses scientific notation for small values only', () => {
    setPrintoptions([], kw([['suppress', true]]));
    expect(formatNdarrayStr([1e-6, 0.5, 3], [3], 'float64')).toBe('[0.000001 0.5      3.      ]');
    expect(formatNdarrayStr([1e9, 1], [2], 'float64')).toBe('[1.e+09 1.e+00]');
  });

  it('summarises with the threshold and edge items given', () => {
    setPrintoptions([], kw([['threshold', 5], ['edgeitems', 2]]));
    expect(formatNdarrayStr(Array.from({ length: 10 }, (_, i) => i), [10], 'int64')).toBe('[0 1 ... 8 9]');
  });

  it('restores the defaults', () => {
    setPrintoptions([], kw([['precision', 2]]));
    resetPrintoptions();
    expect(formatNdarrayStr([0.123456789], [1], 'float64')).toBe('[0.12345679]');
  });
});

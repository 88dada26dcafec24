import { describe, expect, it } from 'vitest';
import { D, N, b8, f32, f64, i32, readF32, readF64, readI32, readU8, refBroadcast, seq } from './helpers.js';

describe('binary broadcasting', () => {
  const cases: [number[], number[]][] = [
    [[2, 3], [2, 3]],
    [[2, 3], []],
    [[], [4]],
    [[2, 3], [3]],
    [[2, 1], [1, 3]],
    [[4, 1, 3], [2, 1]],
    [[2, 3, 4], [3, 1]],
    [[1, 5], [3, 1, 1]],
    [[0, 3], [3]],
  ];
  for (const [as, bs] of cases) {
    it(`add/sub ${JSON.stringify(as)} with ${JSON.stringify(bs)}`, () => {
      const na = as.reduce((x, y) => x * y, 1), nb = bs.reduce((x, y) => x * y, 1);
      const a = seq(na, (i) => i + 1), b = seq(nb, (i) => 100 * (i + 1));
      const ref = refBroadcast(a, as, b, bs, (x, y) => x - y);
      expect(readF32(N.binary('sub', D.float32, f32(a), as, f32(b), bs))).toEqual(ref.res);
      expect(readI32(N.binary('sub', D.int32, i32(a), as, i32(b), bs))).toEqual(ref.res);
    });
  }
  it('throws RangeError naming both shapes when incompatible', () => {
    expect(() => N.binary('add', D.float32, f32([1, 2]), [2], f32([1, 2, 3]), [3])).toThrow(/\[2\].*\[3\]/);
    expect(() => N.binary('add', D.float32, f32([1, 2]), [2], f32([1, 2, 3]), [3])).toThrow(RangeError);
  });
});

describe('binary integer semantics', () => {
  const a = [7, -7, 7, -7, 0], b = [2, 2, -2, -2, 3];
  it('div truncates, floordiv floors, floormod takes the divisor sign', () => {
    expect(readI32(N.binary('div', D.int32, i32(a), [5], i32(b), [5]))).toEqual([3, -3, -3, 3, 0]);
    expect(readI32(N.binary('floordiv', D.int32, i32(a), [5], i32(b), [5]))).toEqual([3, -4, -4, 3, 0]);
    expect(readI32(N.binary('floormod', D.int32, i32(a), [5], i32(b), [5]))).toEqual([1, 1, -1, -1, 0]);
  });
  it('float floordiv/floormod', () => {
    expect(readF64(N.binary('floordiv', D.float64, f64([7, -7]), [2], f64([2]), []))).toEqual([3, -4]);
    expect(readF64(N.binary('floormod', D.float64, f64([7.5, -7.5, 7.5]), [3], f64([2, 2, -2]), [3]))).toEqual([1.5, 0.5, -0.5]);
  });
  it('integer division by zero throws RangeError and the process survives', () => {
    for (const op of ['div', 'floordiv', 'floormod'] as const) {
      expect(() => N.binary(op, D.int32, i32([1, 2]), [2], i32([1, 0]), [2])).toThrow('Integer division by zero');
    }
    expect(readF32(N.binary('div', D.float32, f32([1, -1, 0]), [3], f32([0]), []))).toEqual([Infinity, -Infinity, NaN]);
  });
  it('INT_MIN / -1 wraps instead of trapping', () => {
    expect(readI32(N.binary('div', D.int32, i32([-2147483648]), [], i32([-1]), []))).toEqual([-2147483648]);
    expect(readI32(N.binary('floormod', D.int32, i32([-2147483648]), [], i32([-1]), []))).toEqual([0]);
  });
  it('integer pow by squaring; negative exponents rejected', () => {
    expect(readI32(N.binary('pow', D.int32, i32([2, -3, 5, 0]), [4], i32([10, 3, 0, 0]), [4]))).toEqual([1024, -27, 1, 1]);
    expect(() => N.binary('pow', D.int32, i32([2]), [1], i32([-1]), [1])).toThrow('Integers to negative integer powers are not allowed');
  });
  it('int32 add wraps', () => {
    expect(readI32(N.binary('add', D.int32, i32([2147483647]), [1], i32([1]), [1]))).toEqual([-2147483648]);
  });
});

describe('binary misc ops', () => {
  it('comparisons give bool', () => {
    const a = f32([1, 2, 3, NaN]), b = f32([2]);
    expect(readU8(N.binary('less', D.float32, a, [4], b, []))).toEqual([1, 0, 0, 0]);
    expect(readU8(N.binary('equal', D.float32, a, [4], b, []))).toEqual([0, 1, 0, 0]);
    expect(readU8(N.binary('not_equal', D.float32, a, [4], b, []))).toEqual([1, 0, 1, 1]);
    expect(readU8(N.binary('greater_equal', D.int32, i32([1, 2, 3]), [3], i32([2]), [1]))).toEqual([0, 1, 1]);
  });
  it('maximum/minimum propagate NaN', () => {
    const r = readF32(N.binary('maximum', D.float32, f32([1, NaN, 5]), [3], f32([2, 0, NaN]), [3]));
    expect(r[0]).toBe(2);
    expect(Number.isNaN(r[1]) && Number.isNaN(r[2])).toBe(true);
    expect(readI32(N.binary('minimum', D.int32, i32([1, 5]), [2], i32([3]), []))).toEqual([1, 3]);
  });
  it('logical ops are bool only', () => {
    expect(readU8(N.binary('logical_and', D.bool, b8([true, true, false]), [3], b8([true, false, false]), [3]))).toEqual([1, 0, 0]);
    expect(readU8(N.binary('logical_or', D.bool, b8([true, false]), [2], b8([false]), [1]))).toEqual([1, 0]);
    expect(() => N.binary('logical_and', D.float32, f32([1]), [1], f32([1]), [1])).toThrow(RangeError);
  });
  it('squared_difference, atan2, pow float', () => {
    expect(readF64(N.binary('squared_difference', D.float64, f64([1, 5]), [2], f64([3]), []))).toEqual([4, 4]);
    expect(readF64(N.binary('atan2', D.float64, f64([1]), [1], f64([-1]), [1]))[0]).toBeCloseTo(Math.atan2(1, -1), 14);
    expect(readF64(N.binary('pow', D.float64, f64([2, 9]), [2], f64([0.5]), []))[1]).toBe(3);
    expect(() => N.binary('atan2', D.int32, i32([1]), [1], i32([1]), [1])).toThrow(RangeError);
  });
  it('float16 add rounds through float', () => {
    const h = (xs: number[]) => N.cast(f32(xs), D.float32, D.float16, xs.length);
    const s = N.binary('add', D.float16, h([1, 2048]), [2], h([2 ** -11, 1]), [2]);
    expect(readF32(N.cast(s, D.float16, D.float32, 2))).toEqual([1, 2048]);
  });
});

describe('unary', () => {
  it('float ops match JS', () => {
    const xs = [-2.5, -0.5, 0, 0.5, 1.5, 2.5, 3];
    const a = f64(xs);
    const check = (op: Parameters<typeof N.unary>[0], f: (x: number) => number) =>
      expect(readF64(N.unary(op, D.float64, a, xs.length))).toEqual(xs.map(f));
    check('neg', (x) => -x);
    check('abs', Math.abs);
    check('square', (x) => x * x);
    check('relu', (x) => Math.max(x, 0));
    check('floor', Math.floor);
    check('ceil', Math.ceil);
    check('round', (x) => [-2, -0, 0, 0, 2, 2, 3][xs.indexOf(x)]); // half to even
    check('sign', Math.sign);
    const close = (op: Parameters<typeof N.unary>[0], f: (x: number) => number) =>
      readF64(N.unary(op, D.float64, a, xs.length)).forEach((v, i) => expect(v).toBeCloseTo(f(xs[i]), 12));
    close('exp', Math.exp);
    close('tanh', Math.tanh);
    close('sin', Math.sin);
    close('expm1', Math.expm1);
    close('sigmoid', (x) => 1 / (1 + Math.exp(-x)));
    close('softplus', (x) => Math.log1p(Math.exp(x)));
  });
  it('sigmoid is stable for large |x|, softplus large x is x', () => {
    expect(readF32(N.unary('sigmoid', D.float32, f32([-1000, 1000]), 2))).toEqual([0, 1]);
    expect(readF32(N.unary('softplus', D.float32, f32([100]), 1))).toEqual([100]);
    expect(readF32(N.unary('rsqrt', D.float32, f32([4]), 1))).toEqual([0.5]);
    expect(readF32(N.unary('log', D.float32, f32([0]), 1))).toEqual([-Infinity]);
  });
  it('integer ops and restrictions', () => {
    expect(readI32(N.unary('neg', D.int32, i32([5, -2147483648]), 2))).toEqual([-5, -2147483648]);
    expect(readI32(N.unary('abs', D.int32, i32([-5, 3]), 2))).toEqual([5, 3]);
    expect(readI32(N.unary('sign', D.int32, i32([-5, 0, 3]), 3))).toEqual([-1, 0, 1]);
    expect(readI32(N.unary('relu', D.int32, i32([-5, 3]), 2))).toEqual([0, 3]);
    expect(() => N.unary('exp', D.int32, i32([1]), 1)).toThrow(/exp.*int32/);
    expect(readU8(N.unary('logical_not', D.bool, b8([true, false]), 2))).toEqual([0, 1]);
  });
});

describe('where', () => {
  it('broadcasts cond, x and y', () => {
    const r = N.where(b8([true, false]), [2, 1], f32([1, 2, 3]), [3], f32([-1]), [], D.float32);
    expect(readF32(r)).toEqual([1, 2, 3, -1, -1, -1]);
  });
});

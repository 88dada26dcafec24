// The FP flags numpy's ufuncs raise, worked out from inputs and results (facts from numpy 2.4:
// see test/golden/numpy/fp_error_warnings.py, whose expected output pins the messages).
import { afterEach, describe, expect, it } from 'vitest';
import {
  binaryFloatFlags, castFlags, collectFpFlags, FP_DIVIDE, FP_INVALID, FP_OVER, FP_UNDER, reportFpErrors, seterr, unaryFloatFlags,
} from '../../src/runtime/numpy/fp-errors.js';
import { PyBaseException } from '../../src/interpreter/objects/exceptions.js';

const binary = (name: string, x: number[], y: number[]) => {
  const f: Record<string, (a: number, b: number) => number> = { divide: (a, b) => a / b, multiply: (a, b) => a * b, add: (a, b) => a + b };
  const out = Float64Array.from(x, (v, i) => f[name](v, y[i]));
  return binaryFloatFlags(name, out, 8, (i) => x[i], (i) => y[i]);
};

const defaults = () => new Map([['divide', 'warn'], ['over', 'warn'], ['under', 'ignore'], ['invalid', 'warn']]);

describe('numpy FP error flags', () => {
  afterEach(() => seterr([], defaults()));
  it('divide: x/0 is divide-by-zero, 0/0 and inf/inf invalid, NaN inputs raise nothing', () => {
    expect(binary('divide', [1, -1], [0, 0])).toBe(FP_DIVIDE);
    expect(binary('divide', [0, Infinity], [0, Infinity])).toBe(FP_INVALID);
    expect(binary('divide', [NaN, Infinity], [1, 0])).toBe(0);
    expect(binary('divide', [1e300], [1e-300])).toBe(FP_OVER);
  });
  it('multiply/add: overflow from finite inputs, invalid from 0*inf and inf-inf', () => {
    expect(binary('multiply', [1e300, 0], [1e300, Infinity])).toBe(FP_OVER | FP_INVALID);
    expect(binary('add', [Infinity], [-Infinity])).toBe(FP_INVALID);
    expect(binary('add', [1, Infinity], [2, 1])).toBe(0);
  });
  it('unary: poles are divide-by-zero, other infinities overflow', () => {
    expect(unaryFloatFlags('log', [0, -1, Infinity], [-Infinity, NaN, Infinity], 8)).toBe(FP_DIVIDE | FP_INVALID);
    expect(unaryFloatFlags('exp', [1000, NaN], [Infinity, NaN], 8)).toBe(FP_OVER);
    expect(unaryFloatFlags('sin', [Infinity], [NaN], 8)).toBe(FP_INVALID);
    expect(unaryFloatFlags('arctanh', [1], [Infinity], 8)).toBe(FP_DIVIDE);
  });
  it('underflow counts only when its mode is not ignore', () => {
    expect(binary('multiply', [1e-300], [1e-300])).toBe(0);
    seterr([], new Map([['under', 'warn']]));
    expect(binary('multiply', [1e-300], [1e-300])).toBe(FP_UNDER);
  });
  it('casts: float overflow and out-of-range/NaN to int', () => {
    const f64 = { kind: 'f' }, f32 = { kind: 'f', itemsize: 4 }, i32 = { kind: 'i', itemsize: 4 }, i64 = { kind: 'i', itemsize: 8 };
    expect(castFlags(f64, f32, [1e300], [Infinity])).toBe(FP_OVER);
    expect(castFlags(f64, i32, [1e10], [0])).toBe(FP_INVALID);
    expect(castFlags(f64, i64, [1e10], [1e10])).toBe(0);
    expect(castFlags(f64, i64, [NaN], [0])).toBe(FP_INVALID);
  });
  it('raise mode throws FloatingPointError; collecting defers the report', () => {
    seterr([], new Map([['all', 'raise']]));
    let thrown: PyBaseException | null = null;
    try {
      reportFpErrors('divide', FP_DIVIDE);
    } catch (e) {
      thrown = e as PyBaseException;
    }
    expect(thrown?.cls.name).toBe('FloatingPointError');
    expect(thrown?.args).toEqual(['divide by zero encountered in divide']);
    const [, flags] = collectFpFlags(() => reportFpErrors('remainder', FP_INVALID));
    expect(flags).toBe(FP_INVALID);
  });
});

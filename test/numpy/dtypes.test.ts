// numpy 2's type rules against the oracle: promote_types, NEP 50 weak Python scalars, and the
// result types of float functions and sums.
import { describe, expect, it } from 'vitest';
import { PyFloat } from '../../src/interpreter/objects/values.js';
import { floatResultType, np, promoteTypes, toDtypeOrNull, type NpDTypeName } from '../../src/runtime/numpy/dtype.js';
import { sumDtype } from '../../src/runtime/numpy/reductions.js';
import { makeArray } from '../../src/runtime/numpy/ndarray.js';
import { add, applyBinary, toOperand } from '../../src/runtime/numpy/ufuncs.js';
import { facts } from './facts.js';

const byName = (n: string) => np[n as NpDTypeName];

describe('numpy dtypes', () => {
  it('promotes every pair of dtypes as np.promote_types', () => {
    for (const [pair, expected] of Object.entries(facts.promote)) {
      const [a, b] = pair.split(',');
      expect(`${pair} -> ${promoteTypes(byName(a), byName(b)).name}`).toBe(`${pair} -> ${expected}`);
    }
  });

  it('treats Python scalars as weak (NEP 50)', () => {
    const scalars: Record<string, boolean | number | PyFloat> = { bool: true, int: 1, float: new PyFloat(1.5) };
    for (const [key, expected] of Object.entries(facts.weak)) {
      const [dtype, kind] = key.split(',');
      const arr = toOperand(makeArray(byName(dtype), [1], [0]))!;
      const r = applyBinary(add, arr, toOperand(scalars[kind])!);
      expect(`${key} -> ${r.dtype.name}`).toBe(`${key} -> ${expected}`);
    }
  });

  it('gives float functions and sums numpy result types', () => {
    for (const [n, expected] of Object.entries(facts.sqrt_dtype)) expect(`${n}:${floatResultType(byName(n)).name}`).toBe(`${n}:${expected}`);
    for (const [n, expected] of Object.entries(facts.sum_dtype)) expect(`${n}:${sumDtype(byName(n)).name}`).toBe(`${n}:${expected}`);
  });

  it('understands the ways Python names a dtype', () => {
    expect(toDtypeOrNull('f4')).toBe(np.float32);
    expect(toDtypeOrNull('<i8')).toBe(np.int64);
    expect(toDtypeOrNull(np.uint8.scalarType)).toBe(np.uint8);
    expect(toDtypeOrNull('float')).toBe(np.float64);
    expect(toDtypeOrNull('nonsense')).toBeNull();
  });
});

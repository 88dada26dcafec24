// numpy facts recorded from the oracle by test/numpy/record-fixtures.py.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface NumpyFacts {
  promote: Record<string, string>;
  weak: Record<string, string>;
  sqrt_dtype: Record<string, string>;
  sum_dtype: Record<string, string>;
  random: { random: number[]; randn: number[]; randint: number[]; randint_wide: number[]; perm: number[] };
  sums: { values: number[]; sum: number; mean: number }[];
  matrix: { values: number[][]; axis0: number[]; axis1: number[] };
}

export const facts = JSON.parse(
  readFileSync(fileURLToPath(new URL('./fixtures/numpy-facts.json', import.meta.url)), 'utf8'),
) as NumpyFacts;

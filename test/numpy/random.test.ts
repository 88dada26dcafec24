// The legacy RandomState stream against numpy's own numbers for the same seeds.
import { describe, expect, it } from 'vitest';
import { MT19937 } from '../../src/runtime/numpy/mt19937.js';
import { createRandomModule } from '../../src/runtime/numpy/random.js';
import { call } from '../../src/interpreter/ops/call.js';
import { NdArray } from '../../src/runtime/numpy/ndarray.js';
import { facts } from './facts.js';

const fn = (name: string) => createRandomModule().dict.get(name)!;
const values = (v: unknown) => Array.from((v as NdArray).data);

describe('MT19937', () => {
  it('matches the reference generator for the default seed 5489', () => {
    // The first output of init_genrand(5489), as published with the reference implementation.
    expect(new MT19937(5489).nextUint32()).toBe(3499211612);
  });

  it('draws numpy legacy uniforms, gaussians, bounded ints and permutations', () => {
    const m = createRandomModule();
    const run = (name: string, ...args: (number | null)[]) => call(m.dict.get(name)!, args, null);
    run('seed', 12345);
    expect(values(run('random', 5))).toEqual(facts.random.random);
    expect(values(run('randn', 5))).toEqual(facts.random.randn);
    expect(values(run('randint', 0, 1000, 8))).toEqual(facts.random.randint);
    expect(values(run('randint', 0, 2 ** 40, 3))).toEqual(facts.random.randint_wide);
    run('seed', 0);
    expect(values(run('permutation', 10))).toEqual(facts.random.perm);
  });

  it('refuses seeds outside 32 bits with numpy\'s message', () => {
    expect(() => call(fn('seed'), [-1], null)).toThrow();
    let err: unknown;
    try {
      call(fn('seed'), [2 ** 32], null);
    } catch (e) {
      err = e;
    }
    // Without this, a seed call that wrongly succeeded would pass the test.
    expect((err as { args: unknown[] } | undefined)?.args[0]).toBe('Seed must be between 0 and 2**32 - 1');
  });
});

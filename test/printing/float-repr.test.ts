import { describe, expect, it } from 'vitest';
import { formatFloatFixed, pyFloatRepr, pyFloatStr } from '../../src/interpreter/objects/float-repr.js';
import { fixtures } from './fixtures.js';

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

describe('CPython float repr (recorded from CPython 3.11)', () => {
  it('has cases', () => expect(fixtures.pyFloat.length).toBeGreaterThan(50));
  for (const c of fixtures.pyFloat) {
    it(`repr/str of ${c.repr}`, () => {
      const x = fromBits(c.bits);
      expect(pyFloatRepr(x), `repr bits=${c.bits}`).toBe(c.repr);
      expect(pyFloatStr(x), `str bits=${c.bits}`).toBe(c.str);
    });
  }
});

describe('formatFloatFixed', () => {
  it('rounds the exact value half to even like "%.Nf"', () => {
    // '%.2f' % 0.125 == '0.12' (exact tie), '%.2f' % 0.375 == '0.38', '%.1f' % 0.25 == '0.2'
    expect(formatFloatFixed(0.125, 2)).toBe('0.12');
    expect(formatFloatFixed(0.375, 2)).toBe('0.38');
    expect(formatFloatFixed(0.25, 1)).toBe('0.2');
    // 2.675 is really 2.67499999... so it rounds down
    expect(formatFloatFixed(2.675, 2)).toBe('2.67');
    expect(formatFloatFixed(-0.0, 3)).toBe('-0.000');
    expect(formatFloatFixed(1e22, 0)).toBe('10000000000000000000000');
  });
});

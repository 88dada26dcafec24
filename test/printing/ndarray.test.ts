import { describe, expect, it } from 'vitest';
import { formatNdarrayRepr, formatNdarrayStr } from '../../src/runtime/printing/index.js';
import { decodeValues, fixtures } from './fixtures.js';

describe('numpy str/repr of arrays (recorded from numpy 2.4.6)', () => {
  it('has cases', () => expect(fixtures.arrays.length).toBeGreaterThan(100));
  for (const c of fixtures.arrays) {
    it(c.name, () => {
      const values = decodeValues(c);
      expect(formatNdarrayStr(values, c.shape, c.dtype), `str(${c.name})`).toBe(c.str);
      expect(formatNdarrayRepr(values, c.shape, c.dtype), `repr(${c.name})`).toBe(c.repr);
    });
  }
});

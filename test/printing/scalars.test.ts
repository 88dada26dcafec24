import { describe, expect, it } from 'vitest';
import {
  formatNumpyScalarRepr, formatNumpyScalarStr, formatPythonItemRepr, tensorRepr, tensorStr,
} from '../../src/runtime/printing/index.js';
import { decodeElement, fixtures } from './fixtures.js';

describe('numpy scalars and 0-d tensors (recorded from numpy 2.4.6 / TF 2.21)', () => {
  it('has cases', () => expect(fixtures.scalars.length).toBeGreaterThan(100));
  for (const c of fixtures.scalars) {
    it(`${c.dtype} ${String(c.value)}`, () => {
      const v = decodeElement(c.dtype, c.value);
      const name = `${c.dtype}(${String(c.value)})`;
      expect(formatNumpyScalarStr(v, c.dtype), `str ${name}`).toBe(c.str);
      expect(formatNumpyScalarRepr(v, c.dtype), `repr ${name}`).toBe(c.repr);
      expect(formatPythonItemRepr(v, c.dtype), `item repr ${name}`).toBe(c.itemRepr);
      expect(tensorStr([v] as number[], [], c.dtype), `tf str ${name}`).toBe(c.tfStr);
      expect(tensorRepr([v] as number[], [], c.dtype), `tf repr ${name}`).toBe(c.tfRepr);
    });
  }
});

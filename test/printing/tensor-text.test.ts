import { describe, expect, it } from 'vitest';
import {
  dtypeRepr, dtypeStr, shapeStr, tensorRepr, tensorShapeRepr, tensorStr, variableRepr,
} from '../../src/runtime/printing/index.js';
import { decodeValues, fixtures } from './fixtures.js';

describe('TF tensor and variable texts (recorded from TF 2.21)', () => {
  for (const c of fixtures.arrays) {
    it(c.name, () => {
      const values = decodeValues(c);
      expect(tensorStr(values, c.shape, c.dtype), `str(t) ${c.name}`).toBe(c.tfStr);
      expect(tensorRepr(values, c.shape, c.dtype), `repr(t) ${c.name}`).toBe(c.tfRepr);
      if (c.varRepr !== undefined) {
        expect(variableRepr(values, c.shape, c.dtype), `repr(Variable) ${c.name}`).toBe(c.varRepr);
      }
    });
  }
  it('covers variables', () => expect(fixtures.arrays.filter((c) => c.varRepr).length).toBeGreaterThan(10));
});

describe('TensorShape and DType texts', () => {
  for (const c of fixtures.shapes) {
    it(`shape ${JSON.stringify(c.shape)}`, () => {
      expect(tensorShapeRepr(c.shape), 'repr').toBe(c.repr);
      expect(shapeStr(c.shape), 'str').toBe(c.str);
      if (c.tuple !== null) expect(shapeStr(c.shape), 'tuple').toBe(c.tuple);
    });
  }
  for (const c of fixtures.dtypes) {
    it(`dtype ${c.name}`, () => {
      expect(dtypeRepr(c.name), 'repr').toBe(c.repr);
      expect(dtypeStr(c.name), 'str').toBe(c.str);
    });
  }
});

// The runtime layer on its own: ops through the registry, TF's dtype rules, and the tape.
import { describe, expect, it } from 'vitest';
import { dtypes } from '../../src/runtime/dtypes.js';
import { tensorFromValues } from '../../src/runtime/tensor.js';
import { CPU_DEVICE } from '../../src/runtime/device.js';
import * as api from '../../src/runtime/ops/api.js';
import { registry } from '../../src/runtime/ops/registry.js';
import { activeTapes, TapeRecorder } from '../../src/runtime/tape.js';
import { PyBaseException } from '../../src/interpreter/objects/exceptions.js';

const f32 = (values: number[], shape: number[]) => tensorFromValues(values, shape, dtypes.float32, CPU_DEVICE);

describe('op registry', () => {
  it('broadcasts binary ops as numpy does', () => {
    const r = api.add(f32([1, 2, 3, 4, 5, 6], [2, 3]), f32([10, 20, 30], [3]));
    expect(r.shape).toEqual([2, 3]);
    expect(Array.from(r.values())).toEqual([11, 22, 33, 14, 25, 36]);
  });

  it('refuses mixed dtypes with TF error text', () => {
    const i = tensorFromValues([1], [], dtypes.int32, CPU_DEVICE);
    let err: unknown;
    try {
      api.add(i, f32([1], []));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PyBaseException);
    expect((err as PyBaseException).args[0]).toBe(
      'cannot compute AddV2 as input #1(zero-based) was expected to be a int32 tensor but is a float tensor [Op:AddV2] name: ',
    );
  });

  it('reports MatMul size mismatches as TF does', () => {
    expect(() => api.matmul(f32([1, 2, 3], [1, 3]), f32([1, 2], [1, 2]))).toThrowError();
    try {
      api.matmul(f32([1, 2, 3], [1, 3]), f32([1, 2], [1, 2]));
    } catch (e) {
      expect((e as PyBaseException).args[0]).toContain('Matrix size-incompatible: In[0]: [1,3], In[1]: [1,2] [Op:MatMul] name: ');
    }
  });

  it('every differentiable op has a gradient entry next to its kernel', () => {
    for (const name of ['AddV2', 'Sub', 'Mul', 'RealDiv', 'Pow', 'MatMul', 'Sum', 'Mean', 'Neg']) {
      const def = registry.get(name);
      expect(def, name).toBeDefined();
      expect(typeof def!.grad, name).toBe('function');
      expect(typeof def!.kernel, name).toBe('function');
    }
  });

  it('records watched computations on an active tape only', () => {
    const tape = new TapeRecorder();
    const w = f32([4], []);
    const unwatched = f32([1], []);
    activeTapes.push(tape);
    try {
      tape.tracked.add(w.id);
      const y = api.mul(w, w);
      api.mul(unwatched, unwatched);
      expect(tape.entries.map((e) => e.op.name)).toEqual(['Mul']);
      expect(tape.tracked.has(y.id)).toBe(true);
    } finally {
      activeTapes.pop();
    }
  });
});

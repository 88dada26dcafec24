import { describe, expect, it } from 'vitest';
import type { NativeStorage } from '../../src/runtime/native/binding.js';
import { D, N, f32, readF32 } from './helpers.js';

// Casts that let us pass deliberately wrong values through the typed API.
const bad = <T>(x: unknown) => x as T;

describe('argument validation (throws, never crashes)', () => {
  const s = f32([1, 2, 3, 4]);
  it('bad dtype codes', () => {
    expect(() => N.fill(13, 1, 0)).toThrow(RangeError);
    expect(() => N.fill(-1, 1, 0)).toThrow(RangeError);
    expect(() => N.fill(1.5, 1, 0)).toThrow(RangeError);
    expect(() => N.fill(bad<number>('float32'), 1, 0)).toThrow(TypeError);
    expect(() => N.cast(s, 0, 99, 4)).toThrow(RangeError);
  });
  it('storage too small for the shape/dtype', () => {
    expect(() => N.unary('neg', D.float32, s, 5)).toThrow(/needs/);
    expect(() => N.unary('neg', D.float64, s, 3)).toThrow(RangeError);
    expect(() => N.binary('add', D.float32, s, [2, 3], s, [1])).toThrow(RangeError);
    expect(() => N.matmul(D.float32, s, [2, 2], s, [2, 3], false, false)).toThrow(RangeError);
    expect(() => N.transpose(D.float32, s, [5], [0])).toThrow(RangeError);
    expect(() => N.reduce('sum', D.float32, s, [10], [0])).toThrow(RangeError);
  });
  it('wrong JS types', () => {
    expect(() => N.toBytes(bad<NativeStorage>({ byteLength: 4 }))).toThrow(TypeError);
    expect(() => N.toBytes(bad<NativeStorage>(Object.create(N.Storage.prototype)))).toThrow();
    expect(() => N.fromBytes(bad<ArrayBufferView>([1, 2]))).toThrow(TypeError);
    expect(() => N.binary(bad<'add'>(1), D.float32, s, [4], s, [4])).toThrow(TypeError);
    expect(() => N.binary(bad<'add'>('bogus'), D.float32, s, [4], s, [4])).toThrow(/unknown op/);
    expect(() => N.binary('add', D.float32, s, bad<number[]>('4'), s, [4])).toThrow(TypeError);
    expect(() => N.matmul(D.float32, s, [2, 2], s, [2, 2], bad<boolean>(0), false)).toThrow(TypeError);
    expect(() => bad<() => unknown>(N.alloc)()).toThrow(TypeError);
    expect(() => new (bad<new () => unknown>(N.Storage))()).toThrow(TypeError);
  });
  it('bad shapes and counts', () => {
    expect(() => N.unary('neg', D.float32, s, -1)).toThrow(RangeError);
    expect(() => N.unary('neg', D.float32, s, 1.5)).toThrow(RangeError);
    expect(() => N.binary('add', D.float32, s, [-4], s, [4])).toThrow(RangeError);
    expect(() => N.binary('add', D.float32, s, [2 ** 40, 2 ** 40], s, [4])).toThrow(RangeError);
    expect(() => N.binary('add', D.float32, s, [NaN], s, [4])).toThrow(RangeError);
    expect(() => N.alloc(2 ** 60)).toThrow(RangeError);
    expect(() => N.randomNormal(D.float32, 4, 2 ** 32, 0, [0, 0, 0, 0])).toThrow(RangeError);
    expect(() => N.randomNormal(D.float32, 4, 0, 0, [0, 0, 0])).toThrow(RangeError);
    expect(() => N.randomNormal(D.int32, 4, 0, 0, [0, 0, 0, 0])).toThrow(RangeError);
  });
  it('the process is still healthy afterwards', () => {
    expect(readF32(N.binary('add', D.float32, s, [4], s, [4]))).toEqual([2, 4, 6, 8]);
  });
});

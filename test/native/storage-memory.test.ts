// Storage memory: no-copy views (bufferOf), uninitialised outputs, and that GC frees tensor memory
// during long synchronous loops with freed memory reused (no fresh page faults per allocation).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import * as vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { D, N, f32, readF32, readU8 } from './helpers.js';

setFlagsFromString('--expose-gc');  // for vm.runInNewContext('gc'): a GC on demand

describe('bufferOf', () => {
  it('views the Storage bytes without copying, both ways', () => {
    const s = f32([1, 2, 3, 4]);
    const { buffer, byteOffset } = N.bufferOf(s);
    expect(buffer).toBeInstanceOf(ArrayBuffer);
    expect(buffer.byteLength).toBeGreaterThanOrEqual(byteOffset + s.byteLength);
    const view = new Float32Array(buffer, byteOffset, 4);
    expect(Array.from(view)).toEqual([1, 2, 3, 4]);
    view[2] = 30;  // writes through to the Storage
    expect(readF32(s)).toEqual([1, 2, 30, 4]);
  });
  it('views large (uninitialised) outputs too, the data after the Storage header', () => {
    for (const n of [1, 1000, 100000]) {
      const s = N.fill(D.float32, n, 2.5);
      const { buffer, byteOffset } = N.bufferOf(s);
      expect(buffer.byteLength).toBeGreaterThanOrEqual(byteOffset + 4 * n);
      const view = new Float32Array(buffer, byteOffset, n);
      expect(view[0]).toBe(2.5);
      expect(view[n - 1]).toBe(2.5);
      // A small header (and the padding to a 64-byte boundary) comes first.
      expect(byteOffset).toBeGreaterThanOrEqual(24);
      expect(byteOffset).toBeLessThan(24 + 64 + 8);
    }
  });
  it('ignores whatever JS writes over the header', () => {
    const s = f32([1, 2, 3]);
    const { buffer, byteOffset } = N.bufferOf(s);
    new Uint8Array(buffer, 0, byteOffset).fill(0xff);
    expect(s.byteLength).toBe(12);
    expect(readF32(N.copy(s))).toEqual([1, 2, 3]);
  });
  it('throws on a Storage whose buffer was transferred away', () => {
    const s = f32([1, 2]);
    const { buffer } = N.bufferOf(s);
    structuredClone(buffer, { transfer: [buffer] });
    expect(() => N.toBytes(s)).toThrow(TypeError);
    expect(() => N.binary('add', D.float32, s, [2], s, [2])).toThrow(TypeError);
  });
  it('rejects non-Storages', () => {
    expect(() => N.bufferOf({} as never)).toThrow(TypeError);
  });
});

describe('storage memory', () => {
  it('alloc stays zero-filled even after large uninitialised outputs were freed', () => {
    for (let i = 0; i < 20; ++i) N.fill(D.float32, 1 << 18, 7);
    const s = N.alloc(1 << 20);
    expect(readU8(s).every((x) => x === 0)).toBe(true);
  });
  it('pooled blocks (256 KiB and up) come back zero-filled from alloc after a GC returned them', () => {
    // A GC between the two steps makes the freed 7-filled blocks available for reuse.
    const gc = vm.runInNewContext('gc') as () => void;
    for (const bytes of [(256 << 10) - 200, 256 << 10, 3 << 20, 5 << 20]) {
      for (let i = 0; i < 8; ++i) N.fill(D.uint8, bytes, 7);
      gc();
      for (let i = 0; i < 8; ++i) {
        const bytesOut = new Uint8Array(N.toBytes(N.alloc(bytes)));
        expect(bytesOut.findIndex((x) => x !== 0)).toBe(-1);
      }
    }
  });
  it('a worker that exits holding pooled blocks ends cleanly (their deleter outlives the addon handle)', () => {
    // Node closes a worker's addons before V8 tears the worker's heap down and frees its buffers.
    const addon = join(process.cwd(), 'native', 'build', 'Release', 'tfts_native.node');
    const script = `const { Worker } = require('node:worker_threads');
      const w = new Worker('globalThis.keep = require(${JSON.stringify(addon)}).alloc(4 << 20);', { eval: true });
      w.on('exit', (code) => { process.exitCode = code; });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.signal).toBe(null);
    expect(r.status).toBe(0);
  });
  it('a long synchronous loop of 8 MB outputs keeps RSS bounded and reuses freed memory', () => {
    const count = 2 * 1024 * 1024;  // float32 elements: 8 MiB per Storage
    const iterations = 3000;
    let keep = N.fill(D.float32, count, 0);
    for (let i = 0; i < 50; ++i) keep = N.copy(keep);  // warm the heap up to its working size
    const rss0 = process.memoryUsage().rss;
    const faults0 = process.resourceUsage().minorPageFault;
    for (let i = 0; i < iterations; ++i) keep = N.copy(keep);  // each output is garbage one step later
    const rss1 = process.memoryUsage().rss;
    const faults = process.resourceUsage().minorPageFault - faults0;
    // 3000 x 8 MiB = 24 GiB allocated in total; GC must free it as the loop runs.
    expect(rss1 - rss0).toBeLessThan(1024 * 1024 * 1024);
    // Without reuse every output would fault in all its pages (2048 per 8 MiB output).
    expect(faults).toBeLessThan((iterations * 2048) / 10);
    expect(readF32(N.copy(f32([1]))).length).toBe(1);
  });
  it('tensors that live long enough to be promoted are still freed: RSS stays bounded', () => {
    // A ring of 40 live 8 MiB Storages, one replaced per step: each survives ~40 allocations, so
    // young-generation GCs promote it and only the pool's full-GC rule frees it when it dies.
    const count = 2 * 1024 * 1024;
    const ring = Array.from({ length: 40 }, () => N.fill(D.float32, count, 1));
    const rss0 = process.memoryUsage().rss;
    for (let i = 0; i < 1500; ++i) ring[i % ring.length] = N.copy(ring[(i + 1) % ring.length]);
    const rss1 = process.memoryUsage().rss;
    // 1500 x 8 MiB = 12 GiB allocated; 320 MiB of it live at any time.
    expect(rss1 - rss0).toBeLessThan(1536 * 1024 * 1024);
    expect(readF32(ring[0]).slice(0, 2)).toEqual([1, 1]);
  });
});

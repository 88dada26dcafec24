// The optional CUDA backend as CI (nvcc, no GPU) can check it: the build
// status CMake recorded, the library's presence, that it loads without a
// driver and exports every function of the CUDA contract, that loadCuda()
// reports a missing driver/GPU as a reason instead of throwing, and that
// device blocks are released by GC inside a synchronous loop.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { D, N } from './helpers.js';
import type { NativeStorage } from '../../src/runtime/native/binding.js';

const RELEASE_DIR = join(process.cwd(), 'native', 'build', 'Release');
const ADDON = join(RELEASE_DIR, 'tfts_native.node');
const LIBRARY = join(RELEASE_DIR, 'libtfts_cuda.so');
const STATUS_FILE = join(RELEASE_DIR, 'cuda-backend.txt');
const status = existsSync(STATUS_FILE) ? readFileSync(STATUS_FILE, 'utf8').trim() : 'missing';
const built = status === 'built';
const SKIP_REASON = built ? '' : ` [skipped: libtfts_cuda.so ${status}]`;

type LoadResult =
  | { ok: true; api?: Record<string, unknown>; exports?: string[]; probe?: { track(): object; released(): number };
      uninitialisedApi?: Record<string, (...args: unknown[]) => unknown> }
  | { ok: false; reason: string };
const loadCuda = (N as unknown as { loadCuda(opts?: { probeOnly?: boolean }): LoadResult }).loadCuda;

// Every name the CUDA module must export (notes/cuda-contract.md).
const CONTRACT_NAMES = [
  'DeviceStorage', 'deviceCount', 'devices', 'upload', 'download', 'toBytes', 'fromBytes', 'alloc', 'copy',
  'synchronize', 'setTensorFloat32', 'memoryInfo', 'emptyCache',
  'fill', 'cast', 'binary', 'unary', 'matmul', 'reduce', 'argReduce', 'transpose', 'broadcastTo', 'where',
  'randomUniform', 'randomNormal', 'truncatedNormal', 'randomUniformInt', 'gatherIndexed', 'scatterAddIndexed',
  'scatterSetIndexed', 'concatFlat', 'im2col', 'col2im', 'pool2d', 'pool2dGrad', 'conv2dF32',
  'conv2dBackpropInputF32', 'conv2dBackpropFilterF32', 'mathUnary', 'mathBinary', 'cumulative', 'topK',
  'matrixInverse', 'matrixDeterminant', 'selfAdjointEig',
];

describe('CUDA backend build', () => {
  it('CMake recorded whether the CUDA backend was built', () => {
    expect(status === 'built' || status.startsWith('not built')).toBe(true);
  });

  it('loadCuda() never throws: {ok: true, api} on a GPU machine, otherwise a reason', () => {
    const r = loadCuda();
    if (r.ok) {
      expect(typeof r.api).toBe('object');
    } else {
      expect(r.reason).toMatch(built ? /driver|device|compute capability/i : /not built/);
    }
  });

  it.skipIf(built)(`without nvcc no library is left for loadCuda to find${built ? ' [skipped: CUDA backend built]' : ''}`, () => {
    expect(existsSync(LIBRARY)).toBe(false);
    expect(loadCuda({ probeOnly: true })).toEqual({ ok: false, reason: 'libtfts_cuda.so not built (no CUDA toolkit at build time)' });
  });

  it.skipIf(!built)(`libtfts_cuda.so loads without a driver and exports every contract name${SKIP_REASON}`, () => {
    expect(existsSync(LIBRARY)).toBe(true);
    const r = loadCuda({ probeOnly: true });
    if (!r.ok) throw new Error(`probe failed: ${r.reason}`);
    const missing = CONTRACT_NAMES.filter((n) => !r.exports!.includes(n));
    expect(missing).toEqual([]);
    for (const n of CONTRACT_NAMES) {
      if (n !== 'deviceCount' && n !== 'devices') expect(typeof r.uninitialisedApi![n]).toBe('function');
    }
  });

  it.skipIf(!built)(`kernel glue validates arguments before touching CUDA${SKIP_REASON}`, () => {
    const r = loadCuda({ probeOnly: true });
    if (!r.ok) throw new Error(`probe failed: ${r.reason}`);
    const api = r.uninitialisedApi!;
    const host = N.fromBytes(new Float32Array([1, 2]));
    expect(() => api.download(host)).toThrow(TypeError);
    expect(() => api.download(host)).toThrow(/download: storage must be a DeviceStorage/);
    expect(() => api.unary('exp', 0, host, 2)).toThrow(/must be a DeviceStorage/);
    expect(() => api.fill(99, 2, 1)).toThrow(RangeError);
    expect(() => api.upload({})).toThrow(/upload: storage must be a Storage/);
    expect(() => new (api.DeviceStorage as unknown as new () => object)()).toThrow(TypeError);
    // Past validation the first CUDA call fails without a driver: a JS Error, not a crash.
    if (!loadCuda().ok) expect(() => api.upload(host)).toThrow(/cuda/i);
  });

  it.skipIf(!built)(`device blocks are released by GC inside a synchronous loop${SKIP_REASON}`, () => {
    // Node-API finalizers would wait for the event loop; the BackingStore
    // deleter runs during GC. The loop below never yields to the event loop.
    const script = `
      const addon = require(${JSON.stringify(ADDON)});
      const r = addon.loadCuda({ probeOnly: true });
      const p = r.probe;
      const kept = [];
      for (let i = 0; i < 2000; i++) {
        const s = p.track();
        if (i % 100 === 0) { kept.push(s); gc(); }
      }
      gc(); gc();
      const released = p.released();
      process.stdout.write(JSON.stringify({ released, kept: kept.length, bytes: kept[0].byteLength, device: kept[0].device }));
    `;
    const out = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    const res = JSON.parse(out.stdout) as { released: number; kept: number; bytes: number; device: string };
    expect(res.kept).toBe(20);
    expect(res.released).toBeGreaterThanOrEqual(1900);
    expect(res.released).toBeLessThanOrEqual(1980);  // the 20 kept storages are still alive
    expect(res.bytes).toBe(16);
    expect(res.device).toBe('GPU:0');
  });
});

// ---- On a GPU machine (scripts/gpu-check.sh): every kernel of this module
// against the CPU kernel, and device memory coming back without the event loop.
const full = loadCuda();
const gpu = full.ok;
const NO_GPU = gpu ? "" : ` [skipped: no usable GPU (${full.ok ? "" : full.reason.split(":")[0]})]`;
type Api = Record<string, (...args: any[]) => any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const G = (full.ok ? full.api : {}) as Api;

const ALL = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const FLOATS = [D.float32, D.float64, D.float16, D.bfloat16];
const INTS = [D.int32, D.int64, D.uint8, D.int8, D.int16, D.uint16, D.uint32, D.uint64];
const BASE = [-3.5, -2, -1, -0.5, 0, 0.25, 1, 2, 3.75, 7, 100, 300, 70000, 1e10, -1e10, NaN, Infinity, -Infinity, 5, 6];
const FINITE_POS = [0.5, 1, 2, 3, 4, 5, 6, 7, 0.25, 9, 10, 11];

function halfToFloat(h: number): number {
  const s = h & 0x8000 ? -1 : 1, e = (h >> 10) & 31, m = h & 1023;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}
function decode(bytes: ArrayBuffer, dtype: number): number[] {
  switch (dtype) {
    case D.float32: return Array.from(new Float32Array(bytes));
    case D.float64: return Array.from(new Float64Array(bytes));
    case D.int32: return Array.from(new Int32Array(bytes));
    case D.int64: return Array.from(new BigInt64Array(bytes), Number);
    case D.uint64: return Array.from(new BigUint64Array(bytes), Number);
    case D.bool: case D.uint8: return Array.from(new Uint8Array(bytes));
    case D.int8: return Array.from(new Int8Array(bytes));
    case D.int16: return Array.from(new Int16Array(bytes));
    case D.uint16: return Array.from(new Uint16Array(bytes));
    case D.uint32: return Array.from(new Uint32Array(bytes));
    case D.float16: return Array.from(new Uint16Array(bytes), halfToFloat);
    default: return Array.from(new Uint16Array(bytes), (b) => new Float32Array(new Uint32Array([b << 16]).buffer)[0]);
  }
}
/** CPU input of `dtype` from float64 values (the CPU cast's rules). */
function cpuInput(values: number[], dtype: number): NativeStorage {
  return N.cast(N.fromBytes(new Float64Array(values)), D.float64, dtype, values.length);
}
/** The GPU result equals the CPU one: integers/bools exactly, floats within rel (NaN = NaN). */
function expectSame(cpu: NativeStorage, dev: unknown, dtype: number, rel = 0, what = ''): void {
  const want = decode(N.toBytes(cpu), dtype), got = decode(G.toBytes(dev), dtype);
  expect(got.length, what).toBe(want.length);
  const floaty = (FLOATS as number[]).includes(dtype);
  for (let i = 0; i < want.length; i++) {
    const w = want[i], g = got[i];
    if (floaty && Number.isNaN(w)) { expect(Number.isNaN(g), `${what}[${i}]`).toBe(true); continue; }
    if (!floaty || rel === 0 || !Number.isFinite(w)) { expect(g, `${what}[${i}]`).toBe(w); continue; }
    expect(Math.abs(g - w), `${what}[${i}]: ${g} vs ${w}`).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(w)));
  }
}
const relFor = (d: number) => (d === D.float16 ? 1e-3 : d === D.bfloat16 ? 8e-3 : d === D.float32 ? 1e-5 : 1e-12);

describe('CUDA kernels against the CPU kernels', () => {
  it.skipIf(!gpu)(`devices, upload/download round trip, memoryInfo${NO_GPU}`, () => {
    expect(G.deviceCount).toBe(1);
    const dev = (G as unknown as { devices: { name: string; computeCapability: number[]; totalMemory: number }[] }).devices[0];
    expect(dev.computeCapability[0]).toBeGreaterThanOrEqual(9);
    const host = N.fromBytes(new Float32Array([1, 2, 3, NaN]));
    const d = G.upload(host);
    expect(d.device).toBe('GPU:0');
    expect(d.byteLength).toBe(16);
    expect(N.toBytes(G.download(d))).toEqual(N.toBytes(host));
    expect(new Uint8Array(G.toBytes(G.alloc(5)))).toEqual(new Uint8Array(5));
    expect(new Uint8Array(G.toBytes(G.copy(G.fromBytes(new Uint8Array([9, 8, 7])))))).toEqual(new Uint8Array([9, 8, 7]));
    const m = G.memoryInfo();
    expect(m.inUse).toBeGreaterThan(0);
    expect(m.total).toBeGreaterThan(m.free);
  });

  it.skipIf(!gpu)(`fill and cast, every dtype pair${NO_GPU}`, () => {
    for (const d of ALL) {
      for (const v of [3.7, -1, true, 300, 1e10, NaN, 5n, -(2n ** 63n)]) {
        expectSame(N.fill(d, 5, v), G.fill(d, 5, v), d, 0, `fill ${d} ${v}`);
      }
    }
    for (const s of ALL) {
      const src = cpuInput(BASE, s);
      const dsrc = G.upload(src);
      for (const t of ALL) expectSame(N.cast(src, s, t, BASE.length), G.cast(dsrc, s, t, BASE.length), t, 0, `cast ${s}->${t}`);
    }
  });

  const binShapes: [number[], number[]][] = [[[20], [20]], [[20], []], [[], [20]], [[4, 5], [5]], [[4, 1, 5], [3, 1]], [[1003], [1003]], [[0, 3], [3]]];
  it.skipIf(!gpu)(`binary: every op, dtype and broadcast layout${NO_GPU}`, () => {
    const ops = ['add', 'sub', 'mul', 'div', 'floordiv', 'floormod', 'pow', 'maximum', 'minimum', 'squared_difference', 'atan2',
      'equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal', 'logical_and', 'logical_or'];
    for (const op of ops) {
      for (const d of ALL) {
        for (const [as, bs] of binShapes) {
          const na = as.reduce((x, y) => x * y, 1), nb = bs.reduce((x, y) => x * y, 1);
          const va = Array.from({ length: na }, (_, i) => BASE[i % BASE.length]);
          const vb = Array.from({ length: nb }, (_, i) => FINITE_POS[i % FINITE_POS.length]);
          const a = cpuInput(va, d), b = cpuInput(vb, d);
          let cpu: NativeStorage;
          try { cpu = N.binary(op as never, d, a, as, b, bs); } catch (e) {
            expect(() => G.binary(op, d, G.upload(a), as, G.upload(b), bs)).toThrow((e as Error).message);
            continue;
          }
          const outD = ['equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal'].includes(op) ? D.bool : d;
          const rel = op === 'pow' || op === 'atan2' ? relFor(d) * 4 : relFor(d);
          expectSame(cpu, G.binary(op, d, G.upload(a), as, G.upload(b), bs), outD, rel, `${op} ${d} ${as} ${bs}`);
        }
      }
    }
    expect(() => G.binary('div', D.int32, G.upload(cpuInput([1, 2], D.int32)), [2], G.upload(cpuInput([1, 0], D.int32)), [2]))
      .toThrow('Integer division by zero');
  });

  it.skipIf(!gpu)(`unary: every op and dtype${NO_GPU}`, () => {
    const ops = ['neg', 'abs', 'sign', 'exp', 'log', 'log1p', 'expm1', 'sqrt', 'rsqrt', 'square', 'reciprocal', 'sin', 'cos',
      'tan', 'tanh', 'sigmoid', 'relu', 'floor', 'ceil', 'round', 'logical_not', 'erf', 'softplus'];
    const vals = [-3.5, -2, -0.5, 0, 0.25, 0.5, 1.5, 2.5, 3.75, 20, -20, 100, -100, NaN, Infinity, -Infinity];
    for (const op of ops) {
      for (const d of ALL) {
        const a = cpuInput(vals, d);
        let cpu: NativeStorage;
        try { cpu = N.unary(op as never, d, a, vals.length); } catch (e) {
          expect(() => G.unary(op, d, G.upload(a), vals.length)).toThrow((e as Error).message);
          continue;
        }
        expectSame(cpu, G.unary(op, d, G.upload(a), vals.length), d, relFor(d) * 4, `${op} ${d}`);
      }
    }
  });

  it.skipIf(!gpu)(`reduce and argReduce over any axes, long rows${NO_GPU}`, () => {
    const shape = [3, 4, 5];
    const vals = Array.from({ length: 60 }, (_, i) => ((i * 37) % 23) - 11 + (i % 3) * 0.25);
    const axesList = [[], [0], [1], [2], [0, 1], [0, 2], [1, 2], [0, 1, 2]];
    for (const d of [D.float32, D.float64, D.int32, D.int64, D.int8, D.uint8, D.float16, D.bfloat16]) {
      const a = cpuInput(vals, d), da = G.upload(a);
      for (const op of ['sum', 'mean', 'max', 'min', 'prod']) {
        for (const axes of axesList) {
          expectSame(N.reduce(op as never, d, a, shape, axes), G.reduce(op, d, da, shape, axes), d, relFor(d) * 8, `${op} ${d} ${axes}`);
        }
      }
      for (let axis = 0; axis < 3; axis++) {
        for (const op of ['argmax', 'argmin']) {
          expectSame(N.argReduce(op as never, d, a, shape, axis), G.argReduce(op, d, da, shape, axis), D.int64, 0, `${op} ${d} ${axis}`);
        }
      }
    }
    const bools = cpuInput(vals.map((v) => (v > 3 ? 1 : 0)), D.bool);
    for (const op of ['any', 'all']) {
      for (const axes of axesList) expectSame(N.reduce(op as never, D.bool, bools, shape, axes), G.reduce(op, D.bool, G.upload(bools), shape, axes), D.bool);
    }
    // Rows longer than one warp segment (multi-pass partials) and a NaN.
    const n = 300001;
    const big = Array.from({ length: n }, (_, i) => (i % 1000) / 7);
    const bigD = cpuInput(big, D.float64);
    for (const op of ['sum', 'mean', 'max', 'min']) expectSame(N.reduce(op as never, D.float64, bigD, [n], [0]), G.reduce(op, D.float64, G.upload(bigD), [n], [0]), D.float64, 1e-9, op);
    big[123456] = NaN;
    const nanD = cpuInput(big, D.float32);
    expectSame(N.reduce('max', D.float32, nanD, [n], [0]), G.reduce('max', D.float32, G.upload(nanD), [n], [0]), D.float32);
    expectSame(N.argReduce('argmax', D.float32, nanD, [n], 0), G.argReduce('argmax', D.float32, G.upload(nanD), [n], 0), D.int64);
  });

  it.skipIf(!gpu)(`transpose, broadcastTo, where${NO_GPU}`, () => {
    const vals = Array.from({ length: 24 }, (_, i) => i * 1.5 - 7);
    for (const d of [D.float32, D.float64, D.int8, D.float16, D.bool]) {
      const a = cpuInput(vals, d), da = G.upload(a);
      for (const perm of [[0, 1, 2], [2, 1, 0], [1, 0, 2], [0, 2, 1], [2, 0, 1]]) {
        expectSame(N.transpose(d, a, [2, 3, 4], perm), G.transpose(d, da, [2, 3, 4], perm), d, 0, `transpose ${perm}`);
      }
      const small = cpuInput([1, -2, 3], d);
      expectSame(N.broadcastTo(d, small, [3, 1], [2, 3, 4]), G.broadcastTo(d, G.upload(small), [3, 1], [2, 3, 4]), d);
      const cond = cpuInput([1, 0, 1, 1, 0, 0], D.bool);
      expectSame(N.where(cond, [2, 1, 3], a, [2, 3, 4], small, [3, 1], d), G.where(G.upload(cond), [2, 1, 3], da, [2, 3, 4], G.upload(small), [3, 1], d), d);
    }
  });

  it.skipIf(!gpu)(`matmul: dtypes, transposes, broadcast batches${NO_GPU}`, () => {
    G.setTensorFloat32(false);
    try {
      const cases: [number[], number[], boolean, boolean][] = [
        [[3, 4], [4, 5], false, false], [[4, 3], [4, 5], true, false], [[3, 4], [5, 4], false, true], [[4, 3], [5, 4], true, true],
        [[2, 3, 4], [4, 5], false, false], [[2, 1, 3, 4], [1, 3, 4, 5], false, false], [[3, 0], [0, 2], false, false],
        [[64, 300], [300, 70], false, false],
      ];
      for (const d of [D.float32, D.float64, D.int32, D.int64, D.float16, D.bfloat16]) {
        for (const [as, bs, ta, tb] of cases) {
          const na = as.reduce((x, y) => x * y, 1), nb = bs.reduce((x, y) => x * y, 1);
          const a = cpuInput(Array.from({ length: na }, (_, i) => (i % 7) - 3), d);
          const b = cpuInput(Array.from({ length: nb }, (_, i) => (i % 5) - 2), d);
          expectSame(N.matmul(d, a, as, b, bs, ta, tb), G.matmul(d, G.upload(a), as, G.upload(b), bs, ta, tb), d, relFor(d) * 4, `matmul ${d} ${as} ${bs}`);
        }
      }
    } finally {
      G.setTensorFloat32(true);
    }
    const a = cpuInput(Array.from({ length: 64 * 64 }, (_, i) => Math.sin(i)), D.float32);
    expectSame(N.matmul(D.float32, a, [64, 64], a, [64, 64], false, false), G.matmul(D.float32, G.upload(a), [64, 64], G.upload(a), [64, 64], false, false), D.float32, 1e-2, 'tf32');
  });

  it.skipIf(!gpu)(`random kernels give the CPU's Philox values${NO_GPU}`, () => {
    const counter = [5, 0, 0xffffffff, 1];
    for (const d of FLOATS) {
      for (const count of [1, 7, 1001]) {
        expectSame(N.randomUniform(d, count, 42, 7, counter), G.randomUniform(d, count, 42, 7, counter), d, 0, `uniform ${d}`);
        expectSame(N.randomNormal(d, count, 42, 7, counter), G.randomNormal(d, count, 42, 7, counter), d, relFor(d) * 4, `normal ${d}`);
        expectSame(N.truncatedNormal(d, count, 42, 7, counter), G.truncatedNormal(d, count, 42, 7, counter), d, relFor(d) * 4, `truncated ${d}`);
      }
    }
    expectSame(N.randomUniformInt(D.int32, 1001, -5, 1000, 1, 2, counter), G.randomUniformInt(D.int32, 1001, -5, 1000, 1, 2, counter), D.int32);
    expectSame(N.randomUniformInt(D.int64, 1001, -(2n ** 40n), 2n ** 50n, 1, 2, counter), G.randomUniformInt(D.int64, 1001, -(2n ** 40n), 2n ** 50n, 1, 2, counter), D.int64);
  });

  it.skipIf(!gpu)(`more than 2^31 elements (64-bit indexing, grid-stride loops)${NO_GPU}`, () => {
    const n = 2 ** 31 + 7;
    const x = G.fill(D.uint8, n, 3);
    const y = G.binary('add', D.uint8, x, [n], G.fill(D.uint8, 1, 1), []);
    const z = G.cast(y, D.uint8, D.int8, n);
    for (const [op, want] of [['max', 4], ['min', 4]] as const) {
      expect(decode(G.toBytes(G.reduce(op, D.int8, z, [n], [0])), D.int8)).toEqual([want]);
    }
    expect(decode(G.toBytes(G.argReduce('argmax', D.uint8, G.binary('maximum', D.uint8, x, [n], G.fill(D.uint8, 1, 3), []), [n], 0)), D.int64)).toEqual([0]);
  });

  it.skipIf(!gpu)(`out of device memory is a TFTS_CUDA_OOM Error with bytes${NO_GPU}`, () => {
    let err: (Error & { code?: string; bytes?: number }) | undefined;
    try { G.alloc(2 ** 45); } catch (e) { err = e as Error; }
    expect(err?.code).toBe('TFTS_CUDA_OOM');
    expect(err?.bytes).toBe(2 ** 45);
  });

  it.skipIf(!gpu)(`device memory is reclaimed by GC inside a synchronous loop (no gc() calls)${NO_GPU}`, () => {
    // 400 x 256 MiB = 100 GiB, more than any H100/H200 has: only works if GC
    // (driven by the external-memory pressure the module reports) frees blocks
    // while the loop runs, with no event-loop turn.
    const script = `
      const addon = require(${JSON.stringify(ADDON)});
      const api = addon.loadCuda().api;
      let peak = 0;
      for (let i = 0; i < 400; i++) {
        api.alloc(256 * 1024 * 1024);
        peak = Math.max(peak, api.memoryInfo().inUse);
      }
      process.stdout.write(JSON.stringify({ peak }));
    `;
    const out = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout).peak).toBeLessThan(60 * 2 ** 30);
  });
});

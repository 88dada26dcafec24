// TF's float32 MatMul where TF runs Eigen's kernels (oneDNN off) on an AVX2 CPU
// (native/src/kernels/eigen_matmul_order.cc): the addon's products, bit for bit, against TF 2.21's
// recorded by scripts/record-eigen-matmul.py (fixtures/eigen-matmul-order.json holds each output's
// SHA-256), rank-2 MatMuls and the batched products BatchMatMulV2 evaluates the same way. Eigen's choices depend on the machine's caches and CPU count, so the child process pins
// the recorded machine (TFTS_EIGEN_MACHINE). Needs AVX2 and FMA: the emulation exists only there.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const addonPath = join(process.cwd(), 'native', 'build', 'Release', 'tfts_native.node');
const fixture = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'eigen-matmul-order.json'), 'utf8')) as {
  machine: string;
  cases: { batch: number; m: number; k: number; n: number; ta: boolean; tb: boolean; seed: number; sha256: string }[];
  convs: { x: number[]; filter: number[]; padding: string; stride: number; seed: number; sha256: string }[];
};

// The recorder's generator: a 32-bit LCG, 24-bit integers scaled by 2^-23 (exact in float32).
const childScript = `
const { createHash } = require('node:crypto');
const N = require(${JSON.stringify(addonPath)});
const cases = ${JSON.stringify(fixture.cases)};
const lcg = (seed, count) => {
  const out = new Float32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; ++i) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = ((state >>> 8) - 8388608) / 8388608;
  }
  return out;
};
const wrong = [];
for (const { batch, m, k, n, ta, tb, seed, sha256 } of cases) {
  const lead = batch ? [batch] : [], entries = Math.max(batch, 1);  // batch 0: a rank-2 MatMul
  const a = lcg(seed, entries * m * k), b = lcg(seed + 500, entries * k * n);
  const c = N.matmul(0, N.fromBytes(a), [...lead, ...(ta ? [k, m] : [m, k])], N.fromBytes(b), [...lead, ...(tb ? [n, k] : [k, n])], ta, tb, true);
  const got = createHash('sha256').update(new Uint8Array(N.toBytes(c))).digest('hex');
  if (got !== sha256) wrong.push((batch ? batch + 'x' : '') + m + 'x' + k + 'x' + n + (ta ? ' ta' : '') + (tb ? ' tb' : ''));
}
// Conv2D as nn-conv.ts runs it with oneDNN off: the whole batch's patches (im2col, TF's SAME/VALID
// windows) times the filter, as one Eigen-mode MatMul.
for (const { x: [b, h, w, c], filter: [kh, kw, , oc], padding, stride, seed, sha256 } of ${JSON.stringify(fixture.convs)}) {
  const x = lcg(seed, b * h * w * c), f = lcg(seed + 500, kh * kw * c * oc);
  const side = (size, k) => {
    const out = padding === 'SAME' ? Math.ceil(size / stride) : Math.ceil((size - k + 1) / stride);
    return [out, padding === 'SAME' ? Math.floor(Math.max((out - 1) * stride + k - size, 0) / 2) : 0];
  };
  const [oh, top] = side(h, kh), [ow, left] = side(w, kw);
  const cols = N.im2col(0, N.fromBytes(x), [b, h, w, c], [kh, kw, stride, stride, 1, 1, top, left, oh, ow]);
  const y = N.matmul(0, cols, [b * oh * ow, kh * kw * c], N.fromBytes(f), [kh * kw * c, oc], false, false, true);
  const got = createHash('sha256').update(new Uint8Array(N.toBytes(y))).digest('hex');
  if (got !== sha256) wrong.push('conv ' + [b, h, w, c].join('x') + ' * ' + [kh, kw, c, oc].join('x') + ' ' + padding);
}
process.stdout.write(JSON.stringify(wrong));
`;

const cpuFlags = (() => {
  try {
    return new Set(/^flags\s*:(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1].trim().split(/\s+/));
  } catch {
    return new Set<string>();
  }
})();
const hasAvx2Fma = process.arch === 'x64' && cpuFlags.has('avx2') && cpuFlags.has('fma');

describe("TF's Eigen-mode float32 MatMul order on AVX2", () => {
  it.skipIf(!hasAvx2Fma)(`${fixture.cases.length} products and ${fixture.convs.length} convolutions match TF bit for bit`, () => {
    const env = { ...process.env, TFTS_EIGEN_MACHINE: fixture.machine };
    const wrong = JSON.parse(execFileSync(process.execPath, ['-e', childScript], { env, encoding: 'utf8' })) as string[];
    expect(wrong).toEqual([]);
  }, 120_000);
});

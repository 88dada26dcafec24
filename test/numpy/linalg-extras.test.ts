// The LAPACK/BLAS building blocks behind numpy.linalg's cholesky/qr/eigh: the FMA emulation is
// exact where a plain multiply-add is not, and the factorizations reproduce their input (the
// bit-for-bit agreement with numpy is pinned by test/golden/numpy/linalg_extras_*.py).
import { describe, expect, it } from 'vitest';
import { dnrm2, fma, dgeqr2, dorg2r, potf2Lower, potf2Upper } from '../../src/runtime/numpy/linalg-extras-householder.js';
import { applyTridiagQ, dsteqr, dsytd2 } from '../../src/runtime/numpy/linalg-extras-symmetric.js';
import { dsterf } from '../../src/runtime/numpy/linalg-extras-sterf.js';
import { dlasq1 } from '../../src/runtime/numpy/linalg-extras-dqds.js';
import { dlasdq } from '../../src/runtime/numpy/linalg-extras-bidiag.js';
import { dgesdd } from '../../src/runtime/numpy/linalg-extras-svd.js';

/** A deterministic pseudo-random column-major n x n matrix. */
function randomMatrix(n: number, seed: number): Float64Array {
  let s = seed;
  return Float64Array.from({ length: n * n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648 - 0.5;
  });
}

const symmetric = (n: number, seed: number) => {
  const m = randomMatrix(n, seed);
  const s = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s[i + j * n] = m[i + j * n] + m[j + i * n];
  return s;
};

describe('numpy linalg extras: kernels', () => {
  it('fma rounds once', () => {
    const a = 1 + 2 ** -52, b = 1 - 2 ** -52;
    expect(a * b - 1).toBe(0);
    expect(fma(a, b, -1)).toBe(-(2 ** -104));
    expect(fma(0.1, 10, -1)).toBe(2 ** -54);
    expect(fma(2, 3, 4)).toBe(10);
    expect(fma(Infinity, 1, 1)).toBe(Infinity);
  });

  it('dnrm2 is the correctly rounded 2-norm', () => {
    expect(dnrm2(2, new Float64Array([3, 4]), 0, 1)).toBe(5);
    expect(dnrm2(3, new Float64Array([1, 0, 1, 0, 1]), 0, 2)).toBe(Math.sqrt(3));
    expect(dnrm2(0, new Float64Array([]), 0, 1)).toBe(0);
  });

  it('Cholesky factors reproduce the matrix and flag indefinite ones', () => {
    const n = 6;
    const a = symmetric(n, 3);
    for (let i = 0; i < n; i++) a[i + i * n] += 3 * n;
    const l = Float64Array.from(a), u = Float64Array.from(a);
    expect(potf2Lower(n, l, n)).toBe(0);
    expect(potf2Upper(n, u, n)).toBe(0);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) {
      let s = 0, t = 0;
      for (let k = 0; k <= j; k++) {
        s += l[i + k * n] * l[j + k * n];
        t += u[k + i * n] * u[k + j * n];
      }
      expect(s).toBeCloseTo(a[i + j * n], 12);
      expect(t).toBeCloseTo(a[i + j * n], 12);
    }
    expect(potf2Lower(2, new Float64Array([1, 2, 2, 1]), 2)).toBe(2);
  });

  it('QR: Q is orthogonal and QR is the matrix', () => {
    const m = 5, n = 3;
    const a = randomMatrix(5, 9).subarray(0, m * n);
    const w = Float64Array.from(a);
    const tau = new Float64Array(n);
    dgeqr2(m, n, w, m, tau);
    const q = Float64Array.from(w);
    dorg2r(m, n, n, q, m, tau);
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k <= j; k++) s += q[i + k * m] * w[k + j * m];
      expect(s).toBeCloseTo(a[i + j * m], 12);
    }
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < m; k++) s += q[k + i * m] * q[k + j * m];
      expect(s).toBeCloseTo(i === j ? 1 : 0, 12);
    }
  });

  for (const upper of [false, true]) {
    it(`symmetric eigenproblem (${upper ? 'upper' : 'lower'}): A v = w v, values ascending, dsterf agrees`, () => {
      const n = 7;
      const a = symmetric(n, upper ? 11 : 12);
      const w = Float64Array.from(a);
      const d = new Float64Array(n), e = new Float64Array(n - 1), tau = new Float64Array(n - 1);
      dsytd2(upper, n, w, n, d, e, tau);
      const d2 = Float64Array.from(d), e2 = Float64Array.from(e);
      const z = new Float64Array(n * n);
      for (let i = 0; i < n; i++) z[i + i * n] = 1;
      expect(dsteqr(n, d, e, z, n)).toBe(0);
      applyTridiagQ(upper, n, w, n, tau, z, n);
      expect(dsterf(n, d2, e2)).toBe(0);
      for (let k = 0; k < n; k++) {
        if (k > 0) expect(d[k]).toBeGreaterThanOrEqual(d[k - 1]);
        expect(d2[k]).toBeCloseTo(d[k], 12);
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let j = 0; j < n; j++) s += a[i + j * n] * z[j + k * n];
          expect(s).toBeCloseTo(d[k] * z[i + k * n], 12);
        }
      }
    });
  }
});

describe('numpy linalg extras: bidiagonal SVD', () => {
  it('dqds and the QR sweeps agree on the singular values; dlasdq sorts them ascending', () => {
    const n = 6;
    const d = Float64Array.from([3, -1.5, 2, 0.5, -4, 1]), e = Float64Array.from([0.7, -0.2, 1.1, 0.4, -0.9]);
    const d1 = Float64Array.from(d), e1 = Float64Array.from(e);
    expect(dlasq1(n, d1, e1)).toBe(0);
    const d2 = Float64Array.from(d), e2 = Float64Array.from(e);
    const vt = new Float64Array(n * n);
    for (let i = 0; i < n; i++) vt[i + i * n] = 1;
    const view = { a: vt, off: 0, ld: n };
    expect(dlasdq(n, d2, e2, n, view, 0, view, 0, view)).toBe(0);
    for (let i = 0; i < n; i++) {
      if (i > 0) expect(d1[i]).toBeLessThanOrEqual(d1[i - 1]);
      expect(d2[n - 1 - i]).toBeCloseTo(d1[i], 13);
    }
  });

  it('dgesdd reproduces the matrix from U S VT on every path (square, QR-first, LQ-first)', () => {
    for (const [m, n] of [[4, 4], [7, 3], [3, 7], [5, 4]]) {
      const a = randomMatrix(Math.max(m, n), m * 10 + n).subarray(0, m * n);
      const r = dgesdd(m, n, Float64Array.from(a), 'S');
      const k = Math.min(m, n);
      expect(r.info).toBe(0);
      for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
        let s = 0;
        for (let l = 0; l < k; l++) s += (r.u as Float64Array)[i + l * m] * r.s[l] * (r.vt as Float64Array)[l + j * k];
        expect(s).toBeCloseTo(a[i + j * m], 12);
      }
    }
  });
});

// String tensors below the Python layer: printf formatting (expectations from CPython's % operator,
// which rounds exactly as C does), RE2 → JS translation, byte helpers, and the op dispatch that
// runs data-movement kernels on string handles.
import { describe, expect, it } from 'vitest';
import { formatFloat, formatInt, formatBytes } from '../../src/runtime/strings/printf-format.js';
import { re2Rewrite, re2ToJs, Re2Error } from '../../src/runtime/strings/re2.js';
import { stripAscii, utf8Boundaries, utf8CharCount } from '../../src/runtime/strings/byte-kernels.js';
import { StringTensor, isStringTensor, stringsOf, utf8, fromUtf8 } from '../../src/runtime/strings/string-tensor.js';
import { Tensor } from '../../src/runtime/tensor.js';
import * as api from '../../src/runtime/ops/api.js';
import '../../src/runtime/strings/string-ops.js';
import { dtypes } from '../../src/runtime/dtypes.js';
import { PyBaseException } from '../../src/interpreter/objects/exceptions.js';

const spec = (flag = '', width = -1, precision = -1) => ({ flag, width, precision });
const strs = (t: Tensor) => stringsOf(t).map(fromUtf8);
const st = (values: string[], shape: number[]) => new StringTensor(values.map(utf8), shape);

describe('printf formatting (C semantics, exact binary values)', () => {
  const cases: [number, 'f' | 'e' | 'g', ReturnType<typeof spec>, string][] = [
    [0.125, 'f', spec('', -1, 2), '0.12'],
    [2.675, 'f', spec('', -1, 2), '2.67'],
    [0.5, 'f', spec('', -1, 0), '0'],
    [1.5, 'f', spec('', -1, 0), '2'],
    [2.5, 'f', spec('', -1, 0), '2'],
    [1e22, 'f', spec(), '10000000000000000000000.000000'],
    [-0, 'f', spec(), '-0.000000'],
    [5e-324, 'e', spec(), '4.940656e-324'],
    [9.9995, 'e', spec('', -1, 3), '9.999e+00'],
    [0, 'e', spec(), '0.000000e+00'],
    [0.0001, 'g', spec(), '0.0001'],
    [0.00001, 'g', spec(), '1e-05'],
    [123456, 'g', spec(), '123456'],
    [1234567, 'g', spec(), '1.23457e+06'],
    [100, 'g', spec('#'), '100.000'],
    [0.0009995, 'g', spec('', -1, 3), '0.000999'],
    [1e100, 'g', spec(), '1e+100'],
    [0.1, 'f', spec('', -1, 10), '0.1000000000'],
    [-3.14159, 'f', spec('0', 8, 2), '-0003.14'],
    [2.25, 'f', spec('-', 8, 1), '2.2     '],
    [1, 'f', spec(' '), ' 1.000000'],
    [NaN, 'f', spec(), 'nan'],
  ];
  for (const [x, conv, s, want] of cases) {
    it(`%${s.flag}${s.width >= 0 ? s.width : ''}${s.precision >= 0 ? '.' + s.precision : ''}${conv} of ${x} is ${want}`, () => {
      expect(formatFloat(x, conv, s)).toBe(want);
    });
  }

  it('formats integers with sign flags, zero fill and justification', () => {
    expect(formatInt(-25, spec('0', 5))).toBe('-0025');
    expect(formatInt(3, spec('+'))).toBe('+3');
    expect(formatInt(-9223372036854775808n, spec())).toBe('-9223372036854775808');
    expect(formatInt(7, spec('-', 3))).toBe('7  ');
  });

  it('truncates and pads byte strings as %s does', () => {
    expect(fromUtf8(formatBytes(utf8('abc'), spec('', 5, 2)))).toBe('   ab');
  });
});

describe('RE2 patterns as JavaScript', () => {
  const fullMatch = (pattern: string, text: string) => {
    const { source, flags } = re2ToJs(pattern);
    return new RegExp(`^(?:${source})$`, flags).test(text);
  };

  it('translates named groups, \\A \\z anchors, \\Q..\\E literals, POSIX classes and leading flags', () => {
    expect(re2ToJs('(?P<w>a)').source).toBe('(?<w>a)');
    expect(fullMatch('\\Aab\\z', 'ab')).toBe(true);
    expect(fullMatch('a\\Q.*\\Eb', 'a.*b')).toBe(true);
    expect(fullMatch('a\\Q.*\\Eb', 'axxb')).toBe(false);
    expect(fullMatch('[[:alpha:]]+[[:digit:]]', 'abc1')).toBe(true);
    expect(fullMatch('(?i)abc', 'ABC')).toBe(true);
  });

  it("reports RE2's messages for unbalanced patterns", () => {
    expect(() => re2ToJs('([')).toThrow(new Re2Error('missing ]: ['));
    expect(() => re2ToJs('(a')).toThrow(new Re2Error('missing ): (a'));
    expect(() => re2ToJs('a)')).toThrow(new Re2Error('unexpected ): a)'));
  });

  it('rewrites \\0-\\9 and \\\\, leaving $ literal', () => {
    const rw = re2Rewrite('\\2-\\1 [\\0] $1 \\\\');
    expect(rw('ab', ['a', 'b'])).toBe('b-a [ab] $1 \\');
  });
});

describe('byte helpers', () => {
  it('counts UTF-8 characters and finds their boundaries', () => {
    const b = utf8('héllo');
    expect(utf8CharCount(b)).toBe(5);
    expect(utf8Boundaries(b)).toEqual([0, 1, 3, 4, 5, 6]);
  });
  it('strips ASCII whitespace only', () => {
    expect(fromUtf8(stripAscii(utf8('\v\t x \f\r\n')))).toBe('x');
  });
});

describe('string ops through the registry', () => {
  it('keeps the strings when a tensor is copied by its storage (detach, stop_gradient)', () => {
    const t = st(['a', 'b'], [2]);
    const copy = new Tensor(t.storage, t.shape, t.dtype, t.device);
    expect(isStringTensor(copy)).toBe(true);
    expect(strs(copy)).toEqual(['a', 'b']);
  });

  it('runs data-movement kernels on handles', () => {
    const t = api.transpose(st(['a', 'b', 'c', 'd', 'e', 'f'], [2, 3]), [1, 0]);
    expect(isStringTensor(t)).toBe(true);
    expect(t.shape).toEqual([3, 2]);
    expect(strs(t)).toEqual(['a', 'd', 'b', 'e', 'c', 'f']);
    expect(strs(api.broadcastTo(st(['q'], []), [2]))).toEqual(['q', 'q']);
  });

  it('compares and concatenates bytes with broadcasting', () => {
    const eq = api.equal(st(['a', 'b'], [2]), st(['b'], []));
    expect(eq.dtype).toBe(dtypes.bool);
    expect(Array.from(eq.values())).toEqual([0, 1]);
    expect(strs(api.add(st(['x', 'y'], [2, 1]), st(['1', '2'], [2])))).toEqual(['x1', 'x2', 'y1', 'y2']);
  });

  it("raises TF's InvalidArgumentError for ops without a string kernel", () => {
    let err: unknown = null;
    try {
      api.neg(st(['a'], [1]));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PyBaseException);
    expect((err as PyBaseException).cls.name).toBe('InvalidArgumentError');
    expect(String((err as PyBaseException).args[0])).toMatch(/^Value for attr 'T' of string is not in the list of allowed values: .*\[Op:Neg\] name: $/s);
  });

  it('refuses casts between strings and numbers as TF does', () => {
    expect(() => api.cast(st(['1'], [1]), dtypes.float32)).toThrow(PyBaseException);
    expect(isStringTensor(api.cast(st(['1'], [1]), dtypes.string))).toBe(true);
  });
});

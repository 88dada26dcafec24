// Parser behaviour beyond the CPython fixtures: values the dump cannot show, reentrancy, speed,
// and a grammar check with chevrotain's validations switched on.

import { describe, expect, it } from 'vitest';
import { parseModule, PythonSyntaxError } from '../../grammar/index.js';
import type { Assign, Constant, ExprStmt, JoinedStr } from '../../grammar/index.js';
import { PythonParser } from '../../grammar/parser.js';

function firstValue(src: string) {
  return (parseModule(src, 't.py').body[0] as ExprStmt | Assign).value;
}

describe('parser', () => {
  it('keeps big ints exact as bigint and small ones as numbers', () => {
    expect((firstValue('123456789012345678901234567890\n') as Constant).value).toEqual({ kind: 'int', value: 123456789012345678901234567890n });
    expect((firstValue('7\n') as Constant).value).toEqual({ kind: 'int', value: 7 });
  });

  it('gives bytes literals as Uint8Array', () => {
    const v = (firstValue("b'\\x00a\\xff'\n") as Constant).value;
    expect(v.kind).toBe('bytes');
    expect(Array.from((v as { value: Uint8Array }).value)).toEqual([0, 97, 255]);
  });

  it('rejects mixing bytes and str literals', () => {
    expect(() => parseModule("b'a' 'b'\n", 't.py')).toThrow('cannot mix bytes and nonbytes literals');
  });

  it('parses f-string fields with the same parser, nested specs included', () => {
    const js = firstValue("f'{a + 1!r:>{w}}'\n") as JoinedStr;
    const fv = js.values[0]!;
    expect(fv._type).toBe('FormattedValue');
    if (fv._type !== 'FormattedValue') return;
    expect(fv.value._type).toBe('BinOp');
    expect(fv.conversion).toBe(114);
    expect(fv.format_spec!.values.map((v) => v._type)).toEqual(['Constant', 'FormattedValue']);
  });

  it('is reentrant: a parse after a failed parse, and interleaved sources, are independent', () => {
    expect(() => parseModule('if x:\n    (\n', 'a.py')).toThrow(PythonSyntaxError);
    const a = parseModule('if a:\n    b = 1\n', 'a.py');
    const b = parseModule('c = 2\n', 'b.py');
    expect(a.body[0]!._type).toBe('If');
    expect(b.body).toHaveLength(1);
    expect(b.body[0]!.lineno).toBe(1);
  });

  it('parses a 30-line script quickly once built', () => {
    const src = Array.from({ length: 10 }, (_, i) => `def f${i}(a, b=2):\n    x = [a * b for a in range(b)]\n    return x[-1] if x else None\n`).join('');
    parseModule(src, 'warm.py');
    const t = performance.now();
    const mod = parseModule(src, 'bench.py');
    expect(mod.body).toHaveLength(10);
    // Generous bound: catches accidental quadratic behaviour, not machine noise.
    expect(performance.now() - t).toBeLessThan(200);
  });

  it('has a grammar chevrotain validates without errors', () => {
    // Production builds skip validations for startup speed; this keeps the grammar honest.
    expect(() => new PythonParser(false)).not.toThrow();
  });
});

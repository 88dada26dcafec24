// Token streams from the lexer + layout pass: INDENT/DEDENT, NEWLINE, joining, tabs, literals.

import { describe, expect, it } from 'vitest';
import { tokenize } from '../../grammar/lexer.js';
import { SourceText } from '../../grammar/source.js';
import { numberValue } from '../../grammar/numbers.js';
import { decodeEscapes, splitString } from '../../grammar/strings.js';

/** Token names (images for names/numbers/strings), or the error message. */
function kinds(src: string): string[] {
  const { tokens, error } = tokenize(new SourceText(src));
  const out = tokens.map((t) => {
    const n = t.tokenType.name;
    return n === 'NAME' || n === 'NUMBER' || n === 'STRING' ? t.image : n;
  });
  if (error) out.push(`!${error.kind}: ${error.msg}`);
  return out;
}

describe('layout', () => {
  it('emits INDENT/DEDENT from the indent stack and a NEWLINE per logical line', () => {
    expect(kinds('if x:\n    y\n    if z:\n        w\nv\n')).toEqual([
      'KW_if', 'x', 'Colon', 'NEWLINE', 'INDENT', 'y', 'NEWLINE', 'KW_if', 'z', 'Colon', 'NEWLINE',
      'INDENT', 'w', 'NEWLINE', 'DEDENT', 'DEDENT', 'v', 'NEWLINE',
    ]);
  });

  it('closes open blocks at end of file, and adds a NEWLINE when the last line has none', () => {
    expect(kinds('if x:\n  y')).toEqual(['KW_if', 'x', 'Colon', 'NEWLINE', 'INDENT', 'y', 'NEWLINE', 'DEDENT']);
  });

  it('ignores blank and comment-only lines, whatever their indentation', () => {
    expect(kinds('a\n\n      # c\n\t\nb  # t\n')).toEqual(['a', 'NEWLINE', 'b', 'NEWLINE']);
  });

  it('joins lines inside brackets and after a backslash', () => {
    expect(kinds('x = (1,\n  2)\ny = 1 + \\\n    2\n')).toEqual([
      'x', 'Assign', 'LParen', '1', 'Comma', '2', 'RParen', 'NEWLINE', 'y', 'Assign', '1', 'Plus', '2', 'NEWLINE',
    ]);
  });

  it('counts tabs to multiples of 8 and rejects ambiguous tab/space mixes', () => {
    expect(kinds('if a:\n\tb\n\tc\n')).toEqual(['KW_if', 'a', 'Colon', 'NEWLINE', 'INDENT', 'b', 'NEWLINE', 'c', 'NEWLINE', 'DEDENT']);
    expect(kinds('if a:\n\tif b:\n        c\n').pop()).toBe('!TabError: inconsistent use of tabs and spaces in indentation');
  });

  it('accepts \\r\\n line ends', () => {
    expect(kinds('a\r\nb\r\n')).toEqual(['a', 'NEWLINE', 'b', 'NEWLINE']);
  });

  it('gives CPython positions: 1-based lines, 0-based columns, exclusive ends', () => {
    const { tokens } = tokenize(new SourceText('x = """a\nbc"""\n'));
    const s = tokens[2]!;
    expect([s.startLine, s.startColumn, s.endLine, s.endColumn]).toEqual([1, 4, 2, 5]);
  });

  it('reads Unicode identifiers and tells keywords from longer names', () => {
    expect(kinds('été = assert_ = iffy\n')).toEqual(['été', 'Assign', 'assert_', 'Assign', 'iffy', 'NEWLINE']);
    expect(kinds('assert x is not None\n').slice(0, 4)).toEqual(['KW_assert', 'x', 'KW_is', 'KW_not']);
  });

  it('scans every operator longest-first', () => {
    expect(kinds('a **= b // c ->d := e != f >>= g ... h\n')).toEqual([
      'a', 'PowAssign', 'b', 'FloorDiv', 'c', 'Arrow', 'd', 'Walrus', 'e', 'NotEq', 'f', 'RShiftAssign', 'g', 'Ellipsis', 'h', 'NEWLINE',
    ]);
  });

  it('scans every string prefix and quote form as one token', () => {
    const src = `r'a' b"b" f'c' u'd' rb'e' BR"f" Rf'g' fR"h" '''i''' """j""" ''\n`;
    expect(kinds(src)).toEqual([`r'a'`, 'b"b"', `f'c'`, `u'd'`, `rb'e'`, 'BR"f"', `Rf'g'`, 'fR"h"', `'''i'''`, '"""j"""', `''`, 'NEWLINE']);
  });

  it('reports unterminated strings', () => {
    expect(kinds("x = 'ab\n").pop()).toBe('!SyntaxError: unterminated string literal (detected at line 1)');
    expect(kinds("x = '''ab\n\n").pop()).toBe('!SyntaxError: unterminated triple-quoted string literal (detected at line 2)');
  });
});

describe('literals', () => {
  it('evaluates numbers as Python does', () => {
    expect(numberValue('1_000')).toEqual({ kind: 'int', value: 1000 });
    expect(numberValue('0x_FF')).toEqual({ kind: 'int', value: 255 });
    expect(numberValue('0o17')).toEqual({ kind: 'int', value: 15 });
    expect(numberValue('0B101')).toEqual({ kind: 'int', value: 5 });
    expect(numberValue('9007199254740991')).toEqual({ kind: 'int', value: 9007199254740991 });
    expect(numberValue('9007199254740993')).toEqual({ kind: 'int', value: 9007199254740993n });
    expect(numberValue('1.5e3')).toEqual({ kind: 'float', value: 1500 });
    expect(numberValue('1.')).toEqual({ kind: 'float', value: 1 });
    expect(numberValue('2j')).toEqual({ kind: 'complex', imag: 2 });
  });

  it('decodes escapes, keeping unknown ones and raw backslashes', () => {
    expect(decodeEscapes('a\\n\\x41\\101\\u00e9\\U0001F600\\q', false, false)).toBe('a\nAAé😀\\q');
    expect(decodeEscapes('a\\n', true, false)).toBe('a\\n');
    expect(decodeEscapes('\\u00e9', false, true)).toBe('\\u00e9');
  });

  it('splits prefixes and quotes', () => {
    expect(splitString(`Rb'''x'''`)).toMatchObject({ raw: true, bytes: true, fstring: false, body: 'x' });
    expect(splitString(`f"{a}"`)).toMatchObject({ fstring: true, body: '{a}', bodyStart: 2 });
  });
});

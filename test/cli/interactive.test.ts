// The interpreter side of the REPL and notebooks: deciding between `>>> ` and `... ` from the
// parser's errors as CPython's REPL does, and running inputs whose expression values are shown
// (every expression statement outside def/class in the REPL; the last one in a cell).
import { describe, expect, it } from 'vitest';
import { isCompleteInput } from '../../src/interpreter/script.js';
import { ModuleSession } from '../../src/interpreter/session.js';
import { repr } from '../../src/interpreter/ops/text.js';
import { dedentCell } from '../../src/cli/notebook.js';
import type { PyValue } from '../../src/interpreter/objects/core.js';

const complete = (...lines: string[]) => isCompleteInput(`${lines.join('\n')}\n`);

describe('isCompleteInput (CPython REPL: >>> or ...)', () => {
  it('runs simple statements at once, and bad syntax at once (to report it)', () => {
    expect(complete('x = 1')).toBe(true);
    expect(complete('1 +* 2')).toBe(true);
    expect(complete('x = 1 +')).toBe(true);
    expect(complete('x = (1,', '2)')).toBe(true);
  });

  it('asks for more inside brackets, strings, after a backslash, a block header or a decorator', () => {
    expect(complete('x = (1,')).toBe(false);
    expect(complete('s = """abc')).toBe(false);
    expect(complete('x = 1 + \\')).toBe(false);
    expect(complete('if x:')).toBe(false);
    expect(complete('@decorator')).toBe(false);
    expect(complete('try:', '  pass')).toBe(false);
  });

  it('ends a compound statement at an empty line, even a one-line one', () => {
    expect(complete('for i in range(3): i')).toBe(false);
    expect(complete('for i in range(3): i', '')).toBe(true);
    expect(complete('if x:', '  pass')).toBe(false);
    expect(complete('if x:', '  pass', 'else:')).toBe(false);
    expect(complete('if x:', '  pass', '')).toBe(true);
    expect(complete('def f():', '')).toBe(true);
    expect(complete('# only a comment')).toBe(true);
  });
});

describe('ModuleSession.runInteractive', () => {
  const run = (s: ModuleSession, src: string, mode: 'single' | 'last_expr' | 'none') => {
    const shown: string[] = [];
    s.runInteractive(src, mode, (v: PyValue) => shown.push(repr(v)));
    return shown;
  };

  it("shows every expression statement outside functions in 'single' mode, never None", () => {
    const s = new ModuleSession('<stdin>');
    expect(run(s, 'for i in range(3):\n    i * 2\n', 'single')).toEqual(['0', '2', '4']);
    expect(run(s, "1; None; 'a'\n", 'single')).toEqual(['1', "'a'"]);
    expect(run(s, 'def f():\n    5\nf()\n', 'single')).toEqual([]);
    expect(run(s, 'x = 3\nx\n', 'single')).toEqual(['3']);
  });

  it("shows only a final top-level expression in 'last_expr' mode, and nothing in 'none'", () => {
    const s = new ModuleSession('<cell>');
    expect(run(s, 'a = 2\na\na * 10\n', 'last_expr')).toEqual(['20']);
    expect(run(s, 'if True:\n    a\n', 'last_expr')).toEqual([]);
    expect(run(s, 'a\n', 'none')).toEqual([]);
  });

  it('keeps the namespace between inputs and leaves no helper name behind', () => {
    const s = new ModuleSession('<stdin>');
    run(s, 'n = 41\n', 'single');
    expect(run(s, 'n + 1\n', 'single')).toEqual(['42']);
    expect(run(s, "'<displayhook>' in dir(__builtins__)\n", 'single')).toEqual(['False']);
  });

  it("dedents a cell by its first line's indentation, as IPython does", () => {
    expect(dedentCell('    a = 1\n    b = a\n  c')).toBe('a = 1\nb = a\n  c');
    expect(dedentCell('a\n    b')).toBe('a\n    b');
  });
});

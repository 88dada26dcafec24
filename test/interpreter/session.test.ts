// The interpreter layer on its own: statements run one at a time against a persistent module
// namespace, Python semantics, and CPython's traceback text.
import { describe, expect, it } from 'vitest';
import { ModuleSession } from '../../src/interpreter/session.js';
import { parseModule } from '../../grammar/index.js';
import { repr } from '../../src/interpreter/ops/text.js';
import { formatException } from '../../src/interpreter/traceback.js';
import { PyBaseException } from '../../src/interpreter/objects/exceptions.js';

function evalIn(session: ModuleSession, source: string): string {
  session.run(`__result = ${source}\n`);
  return repr(session.globals.get('__result')!);
}

describe('ModuleSession', () => {
  it('keeps globals between statements run one at a time', () => {
    const s = new ModuleSession('/tmp/repl.py');
    for (const stmt of parseModule('x = 2\ndef f(y=3):\n    return x * y\n', 'repl.py').body) s.execute([stmt]);
    expect(evalIn(s, 'f()')).toBe('6');
    s.run('x = 10\n');
    expect(evalIn(s, 'f(y=1)')).toBe('10');
  });

  it('follows Python semantics for ints, floats, closures and None', () => {
    const s = new ModuleSession('/tmp/sem.py');
    expect(evalIn(s, '2 ** 100')).toBe('1267650600228229401496703205376');
    expect(evalIn(s, '(0.1 + 0.2, -7 // 2, -7 % 3, 7 / 2)')).toBe('(0.30000000000000004, -4, 2, 3.5)');
    s.run('v = None\ndef make():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\nc = make()\nc()\n');
    expect(evalIn(s, '(c(), v)')).toBe('(2, None)');
    expect(evalIn(s, "{1: 'a', 1.0: 'b', True: 'c'}")).toBe("{1: 'c'}");
  });

  it('raises Python exceptions with a CPython-shaped traceback', () => {
    const s = new ModuleSession('/tmp/tb.py');
    let caught: unknown;
    try {
      s.run('def f(x):\n    return x / 0\nf(1)\n');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PyBaseException);
    expect(formatException(caught as PyBaseException)).toBe(
      [
        'Traceback (most recent call last):',
        '  File "/tmp/tb.py", line 3, in <module>',
        '    f(1)',
        '  File "/tmp/tb.py", line 2, in f',
        '    return x / 0',
        '           ~~^~~',
        'ZeroDivisionError: division by zero',
        '',
      ].join('\n'),
    );
  });
});

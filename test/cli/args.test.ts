// python(1)'s command-line grammar as args.ts reads it: where the interpreter's options end and
// the program's arguments begin, combined short options, `tfts run`, notebooks, usage errors.
import { describe, expect, it } from 'vitest';
import { UsageError, parseArgs } from '../../src/cli/args.js';

describe('parseArgs', () => {
  it('ends the options at -c, -m, a file or -, keeping everything after for sys.argv', () => {
    expect(parseArgs(['-c', 'print(1)', '-i', 'x']).program).toEqual({ kind: 'command', code: 'print(1)', args: ['-i', 'x'] });
    expect(parseArgs(['-m', 'mod', '--', '-q']).program).toEqual({ kind: 'module', name: 'mod', args: ['--', '-q'] });
    expect(parseArgs(['script.py', '-c', 'x']).program).toEqual({ kind: 'file', file: 'script.py', args: ['-c', 'x'] });
    expect(parseArgs(['-', 'a']).program).toEqual({ kind: 'stdin', argv0: '-', args: ['a'] });
    expect(parseArgs(['--', '-odd.py', 'a']).program).toEqual({ kind: 'file', file: '-odd.py', args: ['a'] });
    expect(parseArgs([]).program).toBeNull();
  });

  it('reads combined and attached short options and the flags before the program', () => {
    const inv = parseArgs(['-iuq', '-cprint(2)', 'arg']);
    expect(inv).toEqual({ program: { kind: 'command', code: 'print(2)', args: ['arg'] }, inspect: true, quiet: true, unbuffered: true });
    expect(parseArgs(['-ic', 'x = 1']).program).toEqual({ kind: 'command', code: 'x = 1', args: [] });
    expect(parseArgs(['-W', 'ignore', '-X', 'utf8', '-B', 'f.py']).program).toEqual({ kind: 'file', file: 'f.py', args: [] });
  });

  it('treats `run FILE` as FILE, and .ipynb files as notebooks with --write/--allow-errors', () => {
    expect(parseArgs(['run', 'a.py', '--write', 'x']).program).toEqual({ kind: 'file', file: 'a.py', args: ['--write', 'x'] });
    expect(parseArgs(['run', '--write', 'o.ipynb', 'n.ipynb', 'a']).program).toEqual({
      kind: 'notebook', file: 'n.ipynb', args: ['a'], write: 'o.ipynb', allowErrors: false,
    });
    expect(parseArgs(['run', 'n.ipynb', '--allow-errors', '--write=o.ipynb']).program).toEqual({
      kind: 'notebook', file: 'n.ipynb', args: [], write: 'o.ipynb', allowErrors: true,
    });
    expect(parseArgs(['n.ipynb']).program).toMatchObject({ kind: 'notebook', file: 'n.ipynb' });
  });

  it('reports usage errors with python\'s messages', () => {
    const message = (argv: string[]) => {
      try {
        parseArgs(argv);
      } catch (e) {
        if (e instanceof UsageError) return e.message;
        throw e;
      }
      return null;
    };
    expect(message(['-c'])).toBe('Argument expected for the -c option');
    expect(message(['-u', '-m'])).toBe('Argument expected for the -m option');
    expect(message(['--nope'])).toBe('unknown option --nope');
    expect(message(['-z'])).toBe('Unknown option: -z');
    expect(message(['run'])).toBe('tfts run: a FILE to run is required');
    expect(message(['run', '--write', 'o.ipynb', 'a.py'])).toBe('tfts run: --write and --allow-errors are for notebooks (.ipynb)');
  });
});

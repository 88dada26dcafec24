// Files a script leaves open are written out when it ends, as CPython flushes them when the file
// object dies or at exit: `open(p, 'w').write(s)` with no close must leave s in p. The CLI's worker
// thread can be stopped without an exit event, so the worker flushes after each run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTfts } from './run-tfts.js';

const dir = mkdtempSync(join(tmpdir(), 'tfts-unclosed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('files left open', () => {
  it('are flushed when the script ends, normally or by sys.exit', async () => {
    const code = [
      "open('text.txt', 'w').write('kept\\n')",
      "f = open('data.bin', 'wb')",
      "f.write(b'ab')",
      'import sys',
      'sys.exit(3)',
    ].join('\n');
    const ran = await runTfts(['-c', code], { cwd: dir });
    expect(ran.status).toBe(3);
    expect(readFileSync(join(dir, 'text.txt'), 'utf8')).toBe('kept\n');
    expect([...readFileSync(join(dir, 'data.bin'))]).toEqual([97, 98]);
  });

  it('are flushed when the script fails', async () => {
    const ran = await runTfts(['-c', "open('partial.txt', 'w').write('before')\n1 / 0"], { cwd: dir });
    expect(ran.status).toBe(1);
    expect(readFileSync(join(dir, 'partial.txt'), 'utf8')).toBe('before');
  });
});

// tf.math through the whole stack (Python source -> interpreter -> ops -> native kernels): every
// case's printed value or error text must equal what TensorFlow 2.21 printed, as recorded in
// fixtures/math-cases.json by scripts/record-math-fixtures.py. Needs the build (`npm run build`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = JSON.parse(readFileSync(join(repoRoot, 'test/runtime/fixtures/math-cases.json'), 'utf8')) as Record<
  string,
  { code: string; expected: string }[]
>;

const MARK = '@@case@@';

/** Runs all cases of a group in one tfts process; returns each case's output. */
function runGroup(cases: { code: string }[]): string[] {
  const lines = ['import tensorflow as tf'];
  for (const { code } of cases) {
    lines.push(`print(${JSON.stringify(MARK)})`, 'try:', `    print(${code})`, 'except Exception as e:', '    print(f"{type(e).__name__}: {e}")');
  }
  const file = join(mkdtempSync(join(tmpdir(), 'tfts-math-')), 'cases.py');
  writeFileSync(file, lines.join('\n') + '\n');
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/tfts.js'), 'run', file], { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`tfts exited ${r.status}: ${r.stderr}`);
  return r.stdout.split(`${MARK}\n`).slice(1);
}

for (const [group, cases] of Object.entries(fixture)) {
  describe(`tf.math ${group} (recorded from TF 2.21)`, () => {
    const outputs = runGroup(cases);
    it('runs every case', () => expect(outputs.length).toBe(cases.length));
    cases.forEach(({ code, expected }, i) => {
      it(code, () => expect(outputs[i]).toBe(expected));
    });
  });
}

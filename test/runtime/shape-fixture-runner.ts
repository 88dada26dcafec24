// Runs recorded shape/nn fixture cases (scripts/record-shape-fixtures.py) through the whole stack
// (Python source -> interpreter -> ops -> native kernels) and checks each against the oracle's text.
// Needs the build (`npm run build`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const MARK = '@@case@@';

interface Group {
  setup: string;
  approx: boolean;
  cases: { code: string; expected: string }[];
}

/** Runs all cases of a group in one tfts process; returns each case's printed text. */
function runGroup(group: Group): string[] {
  const lines = [group.setup];
  for (const { code } of group.cases) {
    lines.push(`print(${JSON.stringify(MARK)})`, 'try:', `    print(repr(${code}))`, 'except Exception as e:', '    print(f"{type(e).__name__}: {e}")');
  }
  const file = join(mkdtempSync(join(tmpdir(), 'tfts-shape-')), 'cases.py');
  writeFileSync(file, lines.join('\n') + '\n');
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/tfts.js'), 'run', file], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`tfts exited ${r.status}: ${r.stderr}`);
  return r.stdout.split(`${MARK}\n`).slice(1).map((s) => s.replace(/\n$/, ''));
}

/** ('float32', [2, 3], [1.0, ...]) → dtype and shape text, and the numbers. */
function parseFlat(text: string): { head: string; values: number[] } | null {
  const m = /^\('(\w+)', (\[[^\]]*\]), \[(.*)\]\)$/s.exec(text);
  if (!m) return null;
  const values = m[3].trim() === '' ? [] : m[3].split(',').map((v) => (v.trim() === 'nan' ? NaN : Number(v.trim().replace('inf', 'Infinity'))));
  return { head: `${m[1]} ${m[2]}`, values };
}

export function describeFixtures(title: string, fixtureFile: string): void {
  const fixture = JSON.parse(readFileSync(join(repoRoot, 'test/runtime/fixtures', fixtureFile), 'utf8')) as Record<string, Group>;
  for (const [name, group] of Object.entries(fixture)) {
    describe(`${title} ${name} (recorded from TF 2.21)`, () => {
      const outputs = runGroup(group);
      it('runs every case', () => expect(outputs.length).toBe(group.cases.length));
      group.cases.forEach(({ code, expected }, i) => {
        if (!group.approx) {
          it(code, () => expect(outputs[i]).toBe(expected));
          return;
        }
        // Fused TF kernels (oneDNN softmax, Gelu) round differently: same dtype/shape, values to 1e-5.
        it(`${code} (within 1e-5)`, () => {
          const want = parseFlat(expected);
          const got = parseFlat(outputs[i]);
          expect(got, outputs[i]).not.toBeNull();
          expect(got!.head).toBe(want!.head);
          expect(got!.values.length).toBe(want!.values.length);
          want!.values.forEach((v, j) => expect(Math.abs(got!.values[j] - v), `element ${j}: ${got!.values[j]} vs ${v}`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(v))));
        });
      });
    });
  }
}

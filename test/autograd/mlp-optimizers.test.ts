// Training-loop scripts in test/autograd/fixtures, compared with TF 2.21's output (recorded next to
// them by scripts/record-goldens.sh) number by number with a relative tolerance: a 2-layer MLP
// trained 50 steps with each Keras optimizer (within 1e-5), and gradient clipping / weight decay
// (within 1e-6). Not byte-exact goldens: matmul and reductions sum in a different order than
// oneDNN/Eigen, so float32 results can differ in the last digit; the update math itself follows
// Keras op for op (test/golden/autograd/optimizer_api.py checks single steps exactly). Needs the
// build (`npx tsc -p .`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(repoRoot, 'test', 'autograd', 'fixtures');
const tftsBin = process.env.TFTS_BIN ?? join(repoRoot, 'bin', 'tfts.js');

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/** Line by line: the text around the numbers must match exactly, the numbers within `rel`. */
function compareLines(expected: string, actual: string, rel: number): string[] {
  const problems: string[] = [];
  const e = expected.trimEnd().split('\n');
  const a = actual.trimEnd().split('\n');
  if (e.length !== a.length) problems.push(`line count ${a.length}, expected ${e.length}`);
  for (let i = 0; i < Math.min(e.length, a.length); i++) {
    const en = (e[i].match(NUMBER) ?? []).map(Number);
    const an = (a[i].match(NUMBER) ?? []).map(Number);
    const sameText = e[i].replace(NUMBER, '#') === a[i].replace(NUMBER, '#');
    const close = en.length === an.length && en.every((x, k) => Math.abs(x - an[k]) <= rel * Math.max(Math.abs(x), Math.abs(an[k])));
    if (!sameText || !close) problems.push(`line ${i + 1}: "${a[i]}" vs expected "${e[i]}"`);
  }
  return problems;
}

function runFixture(name: string): { stdout: string; stderr: string; status: number | null } {
  const run = spawnSync(process.execPath, [tftsBin, 'run', `${name}.py`], {
    cwd: fixtures,
    env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

describe('tf.keras optimizers in custom training loops', () => {
  it('follows TF 2.21 within 1e-5 relative', () => {
    const run = runFixture('mlp_optimizers');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const expected = readFileSync(join(fixtures, 'mlp_optimizers.out'), 'utf8');
    expect(compareLines(expected, run.stdout, 1e-5)).toEqual([]);
  });

  it('clips gradients and decays weights as Keras does (within 1e-6; reductions may differ by an ulp)', () => {
    const run = runFixture('optimizer_clipping');
    expect(run.status).toBe(0);
    const expected = readFileSync(join(fixtures, 'optimizer_clipping.out'), 'utf8');
    expect(compareLines(expected, run.stdout, 1e-6)).toEqual([]);
  });

  it('the comparison itself catches a wrong trajectory', () => {
    expect(compareLines('adam 5 0.5\n', 'adam 5 0.50001\n', 1e-5)).toHaveLength(1);
    expect(compareLines('adam 5 0.5\n', 'adam 5 0.500001\n', 1e-5)).toHaveLength(0);
    expect(compareLines('adam 5 0.5\n', 'sgd 5 0.5\n', 1e-5)).toHaveLength(1);
    expect(compareLines('w [[0.5, -1.25]]\n', 'w [[0.5, -1.25001]]\n', 1e-6)).toHaveLength(1);
    expect(compareLines('w [[0.5, -1.25]]\n', 'w [[0.5, -1.25]]\n', 1e-6)).toHaveLength(0);
    expect(compareLines('w [[0.5, -1.25]]\n', 'w [0.5, -1.25]\n', 1e-6)).toHaveLength(1);
  });
});

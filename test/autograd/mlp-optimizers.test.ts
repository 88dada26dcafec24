// A 2-layer MLP trained 50 steps with each Keras optimizer (test/autograd/fixtures/
// mlp_optimizers.py): the loss trajectory must equal TF 2.21's (recorded in mlp_optimizers.out by
// scripts/record-goldens.sh) within 1e-5 relative. Not a byte-exact golden: matmul and reduce_mean
// sum in a different order than oneDNN/Eigen, so float32 results can differ in the last digit;
// the update math itself follows Keras op for op. Needs the build (`npx tsc -p .`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(repoRoot, 'test', 'autograd', 'fixtures');
const tftsBin = process.env.TFTS_BIN ?? join(repoRoot, 'bin', 'tfts.js');

/** Lines as (words, numbers): words must match exactly, numbers within `rel`. */
function compareLines(expected: string, actual: string, rel: number): string[] {
  const problems: string[] = [];
  const e = expected.trimEnd().split('\n');
  const a = actual.trimEnd().split('\n');
  if (e.length !== a.length) problems.push(`line count ${a.length}, expected ${e.length}`);
  for (let i = 0; i < Math.min(e.length, a.length); i++) {
    const et = e[i].split(/\s+/);
    const at = a[i].split(/\s+/);
    if (et.length !== at.length) {
      problems.push(`line ${i + 1}: "${a[i]}" vs "${e[i]}"`);
      continue;
    }
    et.forEach((tok, k) => {
      const x = Number(tok);
      const y = Number(at[k]);
      const numeric = tok !== '' && !Number.isNaN(x);
      if (!numeric ? tok !== at[k] : !(Math.abs(x - y) <= rel * Math.max(Math.abs(x), Math.abs(y)))) {
        problems.push(`line ${i + 1}: "${a[i]}" vs expected "${e[i]}"`);
      }
    });
  }
  return problems;
}

describe('MLP trained with each tf.keras optimizer', () => {
  it('follows TF 2.21 within 1e-5 relative', () => {
    const run = spawnSync(process.execPath, [tftsBin, 'run', 'mlp_optimizers.py'], {
      cwd: fixtures,
      env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const expected = readFileSync(join(fixtures, 'mlp_optimizers.out'), 'utf8');
    expect(compareLines(expected, run.stdout, 1e-5)).toEqual([]);
  });

  it('the comparison itself catches a wrong trajectory', () => {
    expect(compareLines('adam 5 0.5\n', 'adam 5 0.50001\n', 1e-5)).toHaveLength(1);
    expect(compareLines('adam 5 0.5\n', 'adam 5 0.500001\n', 1e-5)).toHaveLength(0);
    expect(compareLines('adam 5 0.5\n', 'sgd 5 0.5\n', 1e-5)).toHaveLength(1);
  });
});

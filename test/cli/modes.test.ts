// Command-line modes against python3's own behaviour: each case in cases.json was run with
// python3 by scripts/record-cli-expectations.sh (expected/NAME.out/.err/.exit); tfts must print
// the same stdout and stderr and exit with the same status.
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixturesDir, runTfts } from './run-tfts.js';

interface Case {
  name: string;
  args: string[];
  stdin?: string;
  /** Send SIGINT (Ctrl-C) once stdout shows this. */
  interrupt_when?: string;
  /** What to compare (default all): -V and -h name the program, so only their status is compared. */
  compare?: ('stdout' | 'stderr' | 'status')[];
}

const here = fileURLToPath(new URL('.', import.meta.url));
const cases = JSON.parse(readFileSync(join(here, 'cases.json'), 'utf8')) as Case[];
const expected = (name: string, ext: string) => readFileSync(join(here, 'expected', `${name}.${ext}`), 'utf8').replaceAll('{DIR}', fixturesDir);

describe('tfts command line, as python3', () => {
  for (const c of cases) {
    it(`${c.name}: tfts ${JSON.stringify(c.args)}`, async () => {
      const r = await runTfts(c.args, { stdin: c.stdin, interruptWhen: c.interrupt_when });
      const compare = c.compare ?? ['stdout', 'stderr', 'status'];
      // Recorded as Python's subprocess reports it: -N for death by signal N.
      const status = r.signal !== null ? -constants.signals[r.signal] : r.status;
      if (compare.includes('status')) expect(status, `exit status; stderr:\n${r.stderr}`).toBe(Number(expected(c.name, 'exit')));
      if (compare.includes('stdout')) expect(r.stdout).toBe(expected(c.name, 'out'));
      if (compare.includes('stderr')) expect(r.stderr).toBe(expected(c.name, 'err'));
    }, 60_000);
  }

  it('-V names tfts and the TensorFlow API level; -h lists the modes', async () => {
    const v = await runTfts(['--version']);
    expect(v.stdout).toMatch(/^tfts \d+\.\d+\.\d+ \(TensorFlow 2\.\d+\.\d+ API, Python 3\.11\)\n$/);
    const h = await runTfts(['-h']);
    for (const flag of ['-c <cmd>', '-m <mod>', '-i', '-q', '-u', '-V, --version', 'tfts run']) expect(h.stdout).toContain(flag);
  });

  it('accepts TF_CPP_MIN_LOG_LEVEL and friends without any change in output', async () => {
    const r = await runTfts(['-c', 'print(6 * 7)'], { env: { TF_CPP_MIN_LOG_LEVEL: '0', TF_ENABLE_ONEDNN_OPTS: '0' } });
    expect([r.stdout, r.stderr, r.status]).toEqual(['42\n', '', 0]);
  });
});

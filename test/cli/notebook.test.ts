// `tfts run NOTEBOOK.ipynb`: cells run in order in one namespace and print as `In [N]:`, their
// output, `Out[N]: ` value (expected text recorded with python3 by
// scripts/record-cli-expectations.sh); `--write` saves nbformat 4 outputs that pass the schema
// checks and read back the same; a failing cell stops the run (status 1) unless --allow-errors;
// broken notebook files get an error naming the file.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixturesDir, runTfts } from './run-tfts.js';
import { nbformatProblems } from './nbformat-check.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const cases = JSON.parse(readFileSync(join(here, 'notebooks.json'), 'utf8')) as { name: string; file: string; args: string[] }[];
const expected = (name: string, ext: string) => readFileSync(join(here, 'expected', `${name}.${ext}`), 'utf8');

describe('tfts run NOTEBOOK.ipynb', () => {
  for (const c of cases) {
    it(`${c.name}: tfts run ${[c.file, ...c.args].join(' ')}`, async () => {
      const r = await runTfts(['run', c.file, ...c.args]);
      expect(r.stdout).toBe(expected(c.name, 'out'));
      expect(r.stderr).toBe(expected(c.name, 'err'));
      expect(r.status).toBe(Number(expected(c.name, 'exit')));
    }, 60_000);
  }

  it('--write saves nbformat 4 outputs that Jupyter can read, and running the copy gives the same', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tfts-nb-')), 'out.ipynb');
    const r = await runTfts(['run', '--write', out, 'notebook.ipynb']);
    expect(r.status).toBe(0);
    const nb = JSON.parse(readFileSync(out, 'utf8'));
    expect(nbformatProblems(nb)).toEqual([]);
    const code = nb.cells.filter((c: { cell_type: string }) => c.cell_type === 'code');
    expect(code.map((c: { execution_count: number | null }) => c.execution_count)).toEqual([1, 2, 3, 4, 5, null, 6]);
    expect(code[0].outputs).toEqual([
      { output_type: 'stream', name: 'stdout', text: ['six 6\n'] },
      { output_type: 'execute_result', execution_count: 1, data: { 'text/plain': ['42'] }, metadata: {} },
    ]);
    expect(code[3].outputs).toEqual([]);
    expect(code[4].outputs).toEqual([]);
    expect(code[6].outputs[1]).toEqual({ output_type: 'execute_result', execution_count: 6, data: { 'text/plain': ["'two\\nlines'"] }, metadata: {} });
    // The markdown cell and the notebook metadata are kept.
    expect(nb.cells[0]).toEqual(JSON.parse(readFileSync(join(fixturesDir, 'notebook.ipynb'), 'utf8')).cells[0]);
    expect(nb.metadata.kernelspec.name).toBe('python3');
    // Round trip: the written notebook runs the same.
    const again = await runTfts(['run', out]);
    expect(again.stdout).toBe(expected('notebook', 'out'));
  }, 60_000);

  it('a failing cell gets an error output; --write after the options too', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tfts-nb-')), 'fails-out.ipynb');
    const r = await runTfts(['run', 'fails.ipynb', '--allow-errors', '--write', out]);
    expect(r.status).toBe(0);
    const nb = JSON.parse(readFileSync(out, 'utf8'));
    expect(nbformatProblems(nb)).toEqual([]);
    const error = nb.cells[1].outputs[0];
    expect([error.output_type, error.ename, error.evalue]).toEqual(['error', 'ZeroDivisionError', 'division by zero']);
    expect(error.traceback.join('\n') + '\n').toBe(expected('notebook_allow_errors', 'err'));
    expect(nb.cells[2].outputs[0].text).toEqual(['after\n']);
  }, 60_000);

  it('names the file and the problem when the notebook is malformed', async () => {
    const bad = await runTfts(['run', 'malformed.ipynb']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^tfts: malformed\.ipynb: not a valid notebook: malformed JSON: .+\n$/);
    const noSource = await runTfts(['no_source.ipynb']);
    expect([noSource.status, noSource.stderr]).toEqual([1, "tfts: no_source.ipynb: not a valid notebook: cell 0 has no 'source' text\n"]);
    const missing = await runTfts(['run', 'absent.ipynb']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`tfts: can't open file '${join(fixturesDir, 'absent.ipynb')}': [Errno 2] No such file or directory\n`);
  }, 60_000);
});

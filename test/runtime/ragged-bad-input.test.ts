// Bad arguments to the ragged, unicode, tf.train.Example and np.testing additions end in Python
// exceptions (a type and message a script can catch), never in tfts's internal-error path.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTfts } from '../cli/run-tfts.js';

const calls = [
  'tf.ragged.constant(None)',
  "tf.RaggedTensor.from_row_splits([1, 2], ['a', 'b'])",
  "r['a']",
  'r[1.5]',
  'tf.RaggedTensor.from_tensor(5)',
  'r.merge_dims(1, 0)',
  'r.to_tensor(shape=[1])',
  "r.to_tensor(shape='x')",
  "tf.strings.unicode_decode(tf.constant([1]), 'UTF-8')",
  "tf.strings.unicode_encode([[1, 2]], 'UTF-99')",
  "tf.io.parse_single_example(b'', 5)",
  "tf.train.Example.FromString(b'\\xff')",
  "tf.train.Example.FromString('abc')",
  'tf.train.Feature(int64_list=tf.train.FloatList())',
  'tf.train.Features(feature=5)',
  'tf.ragged.range([1, 2], [3])',
  'tf.gather(r, [5])',
  "tf.reduce_sum(r, axis='x')",
  'tf.concat([r, 5], axis=0)',
  'tf.tile(r, [1])',
  "np.testing.assert_allclose('a', 'b')",
  'tf.experimental.DynamicRaggedShape.from_lengths(5)',
  'tf.shape(r)[5]',
  'tf.ones(tf.experimental.DynamicRaggedShape.from_lengths([2, (1, 2, 3)]))',
  'tf.data.Dataset.from_tensor_slices((r, [1, 2, 3]))',
  'tf.RaggedTensor.from_uniform_row_length([1, 2, 3], 2)',
];

describe('bad input to the ragged and Example APIs', () => {
  it('raises a Python exception for every call', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tfts-ragged-bad-'));
    const script = join(dir, 'bad_calls.py');
    const body = calls.map((c) => `try:\n    ${c}\n    print('no error')\nexcept Exception as e:\n    print(type(e).__name__)`).join('\n');
    writeFileSync(script, `import tensorflow as tf\nimport numpy as np\nr = tf.ragged.constant([[1, 2], [3]])\n${body}\n`);
    const r = await runTfts([script], { cwd: dir });
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(calls.length);
    lines.forEach((line, i) => {
      expect([i, line]).not.toEqual([i, 'no error']);
      expect([i, line]).not.toEqual([i, 'SystemError']);
      expect(line).toMatch(/^(ValueError|TypeError|IndexError|InvalidArgumentError|AssertionError)$/);
    });
  }, 60_000);
});

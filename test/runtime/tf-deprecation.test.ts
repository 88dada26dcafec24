// TF's @deprecated functions warn once per function on stderr, naming the user's calling line
// (text recorded from TF 2.21: `tf.test.is_gpu_available()` called twice from lines 2 and 3).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTfts } from '../cli/run-tfts.js';

describe('deprecation warnings', () => {
  it('is_gpu_available warns once, from the calling line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tfts-deprecation-'));
    const script = join(dir, 'uses_deprecated.py');
    writeFileSync(script, 'import tensorflow as tf\nprint(tf.test.is_gpu_available())\nprint(tf.test.is_gpu_available())\n');
    const r = await runTfts([script], { cwd: dir });
    expect(r.stdout).toMatch(/^(True|False)\n(True|False)\n$/);
    expect(r.stderr).toBe(
      `WARNING:tensorflow:From ${script}:2: is_gpu_available (from tensorflow.python.framework.test_util) is deprecated and will be removed in a future version.\n` +
        "Instructions for updating:\nUse `tf.config.list_physical_devices('GPU')` instead.\n",
    );
  }, 60_000);
});

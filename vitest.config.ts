import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60000,
    // TF's oneDNN kernels on, whatever CPU runs the tests, as the goldens were recorded
    // (src/runtime/onednn.ts decides it from the CPU otherwise).
    env: { TF_ENABLE_ONEDNN_OPTS: '1' },
  },
});

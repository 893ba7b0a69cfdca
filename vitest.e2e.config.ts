import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the e2e build (dist-e2e/, with the test hooks) in headless Chromium, one file
 * at a time.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    pool: 'forks',
  },
});

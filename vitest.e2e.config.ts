import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the e2e build (dist-e2e/, with the test hooks) in headless Chromium, two files
 * at a time. Each file has its own browser, profile and server; much of a browser's time is spent
 * waiting on its DuckDB worker, so two share a 2-core machine well.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: true,
    maxWorkers: 2,
    pool: 'forks',
  },
});

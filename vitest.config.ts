import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default leaves one core idle; on a 2-core CI machine that halves the suite's pace,
    // and many of these tests wait on a CLI child process rather than compute.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'vitest';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DATA = resolve(REPO_ROOT, '../shared/data');

/** The test being run, which can skip itself with a reason. */
export type RunningTest = Pick<TestContext, 'skip'>;

/** Where `../shared/data/<parts>` is, whether or not it exists. */
export function sharedDataPath(...parts: string[]): string {
  return join(SHARED_DATA, ...parts);
}

/** `../shared/data/<parts>` when it exists, else null: for hooks, which cannot skip a test. */
export function sharedDataIfPresent(...parts: string[]): string | null {
  const path = sharedDataPath(...parts);
  return existsSync(path) ? path : null;
}

/**
 * Stops a test whose prerequisite outside the repository is missing, never as a silent pass:
 * under CI=true the test fails naming what is missing; elsewhere it says so on stderr and is
 * skipped with that reason (which Vitest's reporters show beside the test).
 */
export function requirePrerequisite(test: RunningTest, available: boolean, what: string): void {
  if (available) return;
  const reason = `${what} is missing: this check did not run`;
  if (process.env.CI === 'true') throw new Error(`${reason} (a failure under CI)`);
  console.warn(reason);
  test.skip(reason);
}

/** The real data at `../shared/data/<parts>` for the running test (see requirePrerequisite). */
export function sharedData(test: RunningTest, ...parts: string[]): string {
  const path = sharedDataPath(...parts);
  requirePrerequisite(test, existsSync(path), path);
  return path;
}

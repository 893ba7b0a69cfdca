import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DATA = resolve(REPO_ROOT, '../shared/data');

/**
 * The real-data folder beside the checkout, or null (with a message) when it is absent.
 * Under CI=true its absence is a failure, not a pass.
 */
export function sharedData(...parts: string[]): string | null {
  const path = join(SHARED_DATA, ...parts);
  if (existsSync(path)) return path;
  const message = `Real data not found at ${path}: the real-data checks did not run.`;
  if (process.env.CI === 'true') throw new Error(`${message} Under CI this is a failure.`);
  console.warn(message);
  return null;
}

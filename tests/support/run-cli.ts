import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './shared-data';

const run = promisify(execFile);

/** Runs `npm run cli -- …` the way a user would, and returns stdout. */
export async function runCli(args: string[]): Promise<string> {
  const { stdout } = await run(
    join(REPO_ROOT, 'node_modules/.bin/tsx'),
    [join(REPO_ROOT, 'scripts/cli.ts'), ...args],
    { cwd: REPO_ROOT, maxBuffer: 256 * 1024 * 1024 },
  );
  return stdout;
}

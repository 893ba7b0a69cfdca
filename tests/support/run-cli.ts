import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCommandLine } from '../../scripts/cli/main';
import { REPO_ROOT } from './shared-data';

const run = promisify(execFile);

/** What a run of the command line printed, and its exit code. */
export interface CliRun {
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs `npm run cli -- …` the way a user would, whatever its exit code. */
export async function runCliProcess(args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(
      join(REPO_ROOT, 'node_modules/.bin/tsx'),
      [join(REPO_ROOT, 'scripts/cli.ts'), ...args],
      { cwd: REPO_ROOT, maxBuffer: 256 * 1024 * 1024 },
    );
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; code?: unknown };
    if (typeof failed.code !== 'number') throw error;
    return { stdout: failed.stdout ?? '', stderr: failed.stderr ?? '', code: failed.code };
  }
}

/** Runs `npm run cli -- …` and returns stdout; any exit code but 0 fails, with stderr. */
export async function runCli(args: string[]): Promise<string> {
  const result = await runCliProcess(args);
  if (result.code !== 0) throw new Error(`cli exited ${result.code}: ${result.stderr}`);
  return result.stdout;
}

/** Runs a command line in this process (no start-up cost), with what it printed and its exit code. */
export async function runCliInProcess(argv: string[]): Promise<CliRun> {
  const printed = { stdout: '', stderr: '' };
  const code = await runCommandLine(argv, {
    stdout: async (text) => void (printed.stdout += text),
    stderr: async (text) => void (printed.stderr += text),
  });
  return { code, ...printed };
}

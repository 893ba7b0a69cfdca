import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliCommand } from '../../../scripts/cli/command';
import { DataProblem, EXIT } from '../../../scripts/cli/command';
import { runCommandLine } from '../../../scripts/cli/main';
import { JSON_FLAG } from '../../../scripts/cli/options';
import { HEADER, policeUkRow } from '../../support/police-uk-csv';
import { runCliProcess } from '../../support/run-cli';
import { REPO_ROOT } from '../../support/shared-data';

const FIXTURES = join(REPO_ROOT, 'tests/fixtures/local');

const echo: CliCommand = {
  name: 'echo',
  inputs: '<words…>',
  summary: 'prints its inputs',
  flags: [{ name: 'refuse', value: 'WHY', description: 'a data problem' }, JSON_FLAG],
  run: async (_db, options) => {
    if (options.flags.refuse) throw new DataProblem(options.flags.refuse);
    return { stdout: options.json ? JSON.stringify(options.inputs) : options.inputs.join(' ') };
  },
};

async function run(...argv: string[]) {
  const printed = { stdout: '', stderr: '' };
  const code = await runCommandLine(
    argv,
    {
      stdout: async (text) => void (printed.stdout += text),
      stderr: async (text) => void (printed.stderr += text),
    },
    [echo],
  );
  return { code, ...printed };
}

describe('exit codes of the command line', () => {
  it('0 with the output when all is well; help lists the commands or the flags', async () => {
    expect(await run('echo', 'a', 'b', '--json')).toEqual({
      code: 0,
      stdout: '["a","b"]\n',
      stderr: '',
    });
    expect(await run('--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('  echo   prints its inputs'),
    });
    const help = await run('echo', '--help');
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toContain('--refuse WHY           a data problem');
    expect(help.stdout).toContain('--engine native|wasm');
  });

  it('2 for usage: no command, unknown command or flag, no inputs', async () => {
    expect((await run()).code).toBe(EXIT.usage);
    expect(await run('echoes', 'a')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('commands: echo'),
    });
    expect(await run('echo', 'a', '--out', 'x')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('valid flags: --refuse, --json, --engine, --help'),
    });
    expect((await run('echo', '--json')).code).toBe(EXIT.usage);
  });

  it('1 for a data problem, said on stderr', async () => {
    expect(await run('echo', 'a', '--refuse', 'nothing loaded')).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'echo: nothing loaded\n',
    });
  });
});

describe('exit codes of real runs', () => {
  it('summary of a refused file prints its report and exits 1', async () => {
    const result = await runCliProcess(['summary', join(FIXTURES, 'random.bin'), '--json']);
    expect(result.code).toBe(EXIT.dataProblem);
    const summary = JSON.parse(result.stdout) as { files: { error: string | null }[] };
    expect(summary.files[0]?.error).toContain('binary data');
    expect(result.stderr).toContain('summary: no rows loaded');
  }, 120_000);

  it('a file with a rejected row exits 1, still printing the report with its line census', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-cli-'));
    const file = join(dir, '2025-01-test-street.csv');
    const rows = [policeUkRow(), policeUkRow({ month: '2099-01' }), policeUkRow()];
    writeFileSync(file, `${HEADER}\n${rows.join('\n')}\n`);
    const result = await runCliProcess(['summary', file, '--json']);
    expect(result.code).toBe(EXIT.dataProblem);
    expect(result.stderr).toContain('2025-01-test-street.csv: 1 row rejected (first: line 3');
    const summary = JSON.parse(result.stdout) as {
      files: {
        linesRead: number;
        rowsLoaded: number;
        rowsRejected: number;
        rowsUnaccounted: number;
      }[];
    };
    expect(summary.files[0]).toMatchObject({
      linesRead: 4,
      rowsLoaded: 2,
      rowsRejected: 1,
      rowsUnaccounted: 0,
    });
  }, 120_000);

  it('a path that does not exist exits 1; an unknown flag exits 2 before any loading', async () => {
    const missing = await runCliProcess(['hotspots', join(FIXTURES, 'no-such-file.csv')]);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('no such file') });
    const unknown = await runCliProcess(['trends', FIXTURES, '--bogus']);
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining('--year-start') });
  }, 120_000);

  it('local-mapping --out creates the folder, writes mappings.json and prints its path', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'csp-cli-')), 'new', 'folder');
    const result = await runCliProcess([
      'local-mapping',
      join(FIXTURES, 'police-incident-log.csv'),
      '--out',
      out,
    ]);
    expect(result).toMatchObject({ code: 0, stdout: `${join(out, 'mappings.json')}\n` });
    expect(existsSync(join(out, 'mappings.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'mappings.json'), 'utf8'))).toHaveProperty(
      'columnMappings',
    );
  }, 120_000);
});

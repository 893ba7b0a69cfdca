import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../../support/run-cli';
import { sharedData } from '../../support/shared-data';

const MONTHS = ['2025-04', '2025-05', '2025-06'];

const cli = runCliInProcess;

/** What the analysis sees, apart from the list of files it was loaded from. */
function analysis(stdout: string): unknown {
  const parsed = JSON.parse(stdout) as Record<string, unknown>;
  delete parsed.files;
  return parsed;
}

describe('export --parquet on real Derbyshire months, loaded back by both engines', () => {
  it('gives the same summary, trends and hotspots as the CSV files it was made from', async (test) => {
    const folder = sharedData(test, 'policeuk', 'derbyshire');
    const files = MONTHS.flatMap((month) =>
      readdirSync(join(folder, month))
        .filter((name) => name.endsWith('-street.csv'))
        .map((name) => join(folder, month, name)),
    );
    const parquet = join(mkdtempSync(join(tmpdir(), 'export-parquet-')), 'derbyshire.parquet');
    const exported = await cli(['export', ...files, '--parquet', parquet]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/derbyshire\.parquet: \d+ incidents from 3 files/);
    for (const command of ['summary', 'trends', 'hotspots']) {
      const fromCsv = await cli([command, ...files, '--json']);
      for (const engine of ['native', 'wasm']) {
        const fromParquet = await cli([command, parquet, '--json', '--engine', engine]);
        expect(fromParquet.stderr).toBe('');
        expect(fromParquet.code).toBe(0);
        expect(analysis(fromParquet.stdout), `${command} on ${engine}`).toEqual(
          analysis(fromCsv.stdout),
        );
      }
    }
  });

  it('requires the file to write', async () => {
    const run = await cli(['export', 'x.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--parquet FILE is required');
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { countPoliceUkFolder } from '../../support/independent-count';
import { runCli } from '../../support/run-cli';
import { sharedData } from '../../support/shared-data';

interface SummaryJson {
  totals: { incidents: number; located: number; unlocated: number };
  months: { first: string; last: string; covered: string[]; missing: string[] };
  byCategory: Record<string, number>;
  byMonth: Record<string, number>;
  byCrimeType: { type: string; category: string; count: number }[];
  files: { file: string; rowsLoaded: number; rowsReplaced: number }[];
  rejected: unknown[];
}

describe('summary command on the real Derbyshire police.uk files', () => {
  it('totals equal an independent count of the files, duplicates and gaps included', async (test) => {
    const folder = sharedData(test, 'policeuk', 'derbyshire');
    const expected = countPoliceUkFolder(folder);
    expect(expected.total).toBe(177_074); // the figure the data README gives
    expect(expected.exactCopies).toBe(11_207);

    const summary = JSON.parse(await runCli(['summary', folder, '--json'])) as SummaryJson;
    expect(summary.totals.incidents).toBe(expected.total);
    expect(summary.totals.located + summary.totals.unlocated).toBe(expected.total);
    expect(summary.byMonth).toEqual(expected.byMonth);
    expect(summary.byCategory.asb).toBe(expected.byType['Anti-social behaviour']);
    expect(summary.byCategory['criminal-damage-arson']).toBe(
      expected.byType['Criminal damage and arson'],
    );
    for (const [type, count] of Object.entries(expected.byType)) {
      expect(summary.byCrimeType.find((t) => t.type === type)?.count).toBe(count);
    }
    expect(summary.months.covered).toEqual(Object.keys(expected.byMonth).sort());
    expect(summary.months.missing).toContain('2019-03');
    expect(summary.months.missing).toContain('2023-12');
    expect(summary.months.missing).toContain('2024-05');
    expect(summary.months.missing).toContain('2024-12');
    expect(summary.months.missing).toHaveLength(58 + 8);
    expect(summary.rejected).toEqual([]);
  }, 300_000);

  it('takes files, folders and zips mixed, and a month given twice is counted once', async (test) => {
    const folder = sharedData(test, 'policeuk', 'derbyshire');
    const january = join(folder, '2025-01', '2025-01-derbyshire-street.csv');
    const february = join(folder, '2025-02', '2025-02-derbyshire-street.csv');
    const dir = mkdtempSync(join(tmpdir(), 'csp-zip-'));
    const zip = join(dir, 'download.zip');
    writeFileSync(
      zip,
      zipSync({
        '2025-01/2025-01-derbyshire-street.csv': readFileSync(january),
        '2025-02/2025-02-derbyshire-street.csv': readFileSync(february),
        '2025-02/2025-02-derbyshire-outcomes.csv': new TextEncoder().encode('Crime ID,Month\n'),
      }),
    );
    const expected =
      countPoliceUkFolder(join(folder, '2025-01')).total +
      countPoliceUkFolder(join(folder, '2025-02')).total;

    const summary = JSON.parse(await runCli(['summary', january, zip, '--json'])) as SummaryJson & {
      skipped: { fileName: string; reason: string }[];
    };
    expect(summary.totals.incidents).toBe(expected);
    expect(summary.files.map((f) => f.rowsReplaced)).toEqual([0, expect.any(Number), 0]);
    expect(summary.files[1]?.rowsReplaced).toBe(summary.files[0]?.rowsLoaded);
    expect(summary.skipped).toEqual([
      {
        fileName: 'download.zip › 2025-02/2025-02-derbyshire-outcomes.csv',
        reason: 'an outcomes file, not street-level',
      },
    ]);
  }, 300_000);
});

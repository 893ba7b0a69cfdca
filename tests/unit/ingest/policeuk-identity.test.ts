import { beforeEach, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { bytesInput } from '../../../src/ingest/input-file';
import { loadPoliceUkFile } from '../../../src/ingest/policeuk/load';
import { datasetSummary } from '../../../src/reports/dataset-summary';
import { policeUkFile, policeUkRow } from '../../support/police-uk-csv';

let db: DuckConnector;
beforeEach(async () => {
  db = await initialiseDatabase(await openNodeDuck());
});

async function incidents(): Promise<number> {
  return (await datasetSummary(db)).totals.incidents;
}

describe('a police.uk force-month is one identity', () => {
  it('replaces a re-download whose force name differs only by surrounding spaces or case', async () => {
    const rows = [policeUkRow(), policeUkRow({ type: 'Burglary' })];
    await loadPoliceUkFile(db, bytesInput('first.csv', policeUkFile(rows)));
    for (const force of [' Test Constabulary ', 'TEST CONSTABULARY', 'test   constabulary']) {
      const again = await loadPoliceUkFile(
        db,
        bytesInput(`again ${force}.csv`, policeUkFile(rows.map(() => policeUkRow({ force })))),
      );
      expect(again.rowsReplaced, force).toBe(2);
      expect(await incidents(), force).toBe(2);
    }
  });

  it('still keeps different forces and different months apart', async () => {
    await loadPoliceUkFile(db, bytesInput('a.csv', policeUkFile([policeUkRow()])));
    await loadPoliceUkFile(
      db,
      bytesInput('b.csv', policeUkFile([policeUkRow({ force: 'Test Constabulary North' })])),
    );
    await loadPoliceUkFile(
      db,
      bytesInput('c.csv', policeUkFile([policeUkRow({ month: ' 2025-02 ' })])),
    );
    expect(await incidents()).toBe(3);
  });
});

describe('police.uk months outside what police.uk publishes', () => {
  it('rejects months before December 2010 and after the current month, with line and reason', async () => {
    const bytes = policeUkFile([
      policeUkRow({ month: '1899-12' }), // line 2
      policeUkRow({ month: '2010-11' }), // line 3
      policeUkRow({ month: '2010-12' }), // line 4
      policeUkRow({ month: '2099-01' }), // line 5
      policeUkRow(), // line 6
    ]);
    const report = await loadPoliceUkFile(db, bytesInput('months.csv', bytes));
    expect(report.rowsLoaded).toBe(2);
    expect(report.months).toEqual(['2010-12', '2025-01']);
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'Month "1899-12" is before December 2010, when police.uk data starts'],
      [3, 'Month "2010-11" is before December 2010, when police.uk data starts'],
      [5, 'Month "2099-01" is after the current month'],
    ]);
    expect(report.rowsRead).toBe(report.rowsLoaded + report.rowsRejected);
  });
});

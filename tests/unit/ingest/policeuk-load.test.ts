import { beforeEach, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { bytesInput } from '../../../src/ingest/input-file';
import { loadPoliceUkFile } from '../../../src/ingest/policeuk/load';
import { datasetSummary } from '../../../src/reports/dataset-summary';
import { HEADER, policeUkFile, policeUkRow } from '../../support/police-uk-csv';

let db: DuckConnector;
beforeEach(async () => {
  db = await initialiseDatabase(await openNodeDuck());
});

async function total(): Promise<number> {
  return (await datasetSummary(db)).totals.incidents;
}

describe('police.uk street-level loader', () => {
  it('reads a file with a UTF-8 BOM and CRLF line ends', async () => {
    const bytes = policeUkFile([policeUkRow(), policeUkRow({ type: 'Burglary', id: 'abc' })], {
      bom: true,
      crlf: true,
    });
    const report = await loadPoliceUkFile(db, bytesInput('bom.csv', bytes));
    expect(report.error).toBeNull();
    expect(report.rowsLoaded).toBe(2);
    const summary = await datasetSummary(db);
    expect(summary.byCategory).toEqual({ asb: 1, 'other-crime': 1 });
  });

  it('accepts header variants: other column order, other case, no Context column', async () => {
    const text =
      'month,CRIME TYPE,Latitude,Longitude,Falls within,Location\n' +
      '2025-02,Public order,53.2,-1.4,Test Police,On or near X\n';
    const report = await loadPoliceUkFile(
      db,
      bytesInput('variant.csv', new TextEncoder().encode(text)),
    );
    expect(report.error).toBeNull();
    const [row] = await db.query<{ force: string; category: string; month: string }>(
      "SELECT force, category, strftime(month, '%Y-%m') AS month FROM incidents",
    );
    expect(row).toEqual({ force: 'Test Police', category: 'public-order', month: '2025-02' });
  });

  it('keeps quoted commas and newlines inside fields', async () => {
    const bytes = policeUkFile([
      policeUkRow({ location: '"On or near ""The Green"", High Street"' }),
      policeUkRow({ location: '"On or near\nTwo Lines"' }),
    ]);
    const report = await loadPoliceUkFile(db, bytesInput('quoted.csv', bytes));
    expect(report.rowsLoaded).toBe(2);
    const locations = (
      await db.query<{ location: string }>('SELECT location FROM incidents ORDER BY record')
    ).map((r) => r.location);
    expect(locations).toEqual(['On or near "The Green", High Street', 'On or near\nTwo Lines']);
  });

  it('ignores trailing blank lines', async () => {
    const text = `${HEADER}\n${policeUkRow()}\n\n\n\n`;
    const report = await loadPoliceUkFile(
      db,
      bytesInput('blank.csv', new TextEncoder().encode(text)),
    );
    expect(report.rowsLoaded).toBe(1);
    expect(report.rowsRejected).toBe(0);
  });

  it('keeps identical ASB rows with empty Crime IDs as separate incidents', async () => {
    const same = policeUkRow();
    const report = await loadPoliceUkFile(
      db,
      bytesInput('dupes.csv', policeUkFile([same, same, same])),
    );
    expect(report.rowsLoaded).toBe(3);
    expect(await total()).toBe(3);
  });

  it('replaces a force-month loaded again instead of doubling it', async () => {
    const bytes = policeUkFile([policeUkRow(), policeUkRow(), policeUkRow({ month: '2025-02' })]);
    await loadPoliceUkFile(db, bytesInput('2025-01.csv', bytes));
    const again = await loadPoliceUkFile(db, bytesInput('copy of 2025-01.csv', bytes));
    expect(again.rowsReplaced).toBe(3);
    expect(await total()).toBe(3);
    const otherForce = policeUkFile([policeUkRow({ force: 'Other Police' })]);
    await loadPoliceUkFile(db, bytesInput('other.csv', otherForce));
    expect(await total()).toBe(4);
  });

  it('counts rows without usable coordinates as unlocated, with the reason, never drops them', async () => {
    const bytes = policeUkFile([
      policeUkRow({ lon: '', lat: '', location: 'No Location' }),
      policeUkRow({ lon: '0', lat: '0' }),
      policeUkRow({ lon: '2.35', lat: '48.85' }),
      policeUkRow(),
    ]);
    const report = await loadPoliceUkFile(db, bytesInput('unlocated.csv', bytes));
    expect(report.rowsLoaded).toBe(4);
    expect(report.rowsUnlocated).toBe(3);
    const summary = await datasetSummary(db);
    expect(summary.totals).toEqual({ incidents: 4, located: 1, unlocated: 3 });
    expect(summary.unlocatedReasons.map((r) => r.reason).sort()).toEqual([
      'coordinates are 0,0',
      'coordinates outside Great Britain',
      'no coordinates',
    ]);
  });

  it('projects longitude/latitude to British National Grid and keeps both', async () => {
    await loadPoliceUkFile(
      db,
      bytesInput('bng.csv', policeUkFile([policeUkRow({ lon: '-1.4254', lat: '53.2358' })])),
    );
    const [row] = await db.query<{ longitude: number; easting: number; northing: number }>(
      'SELECT longitude, easting, northing FROM incidents',
    );
    // Chesterfield's crooked spire, SK 3845 7112 on the OS map, within a few metres.
    expect(row?.longitude).toBe(-1.4254);
    expect(row?.easting).toBeGreaterThan(438430);
    expect(row?.easting).toBeLessThan(438470);
    expect(row?.northing).toBeGreaterThan(371110);
    expect(row?.northing).toBeLessThan(371150);
  });

  it('lists malformed and unusable rows with their physical line numbers and reasons', async () => {
    const bytes = policeUkFile([
      policeUkRow({ location: '"On or near\nTwo Lines"' }), // lines 2-3
      ',2025-01,Test Constabulary,Test Constabulary,-1.4,53.2', // line 4: too few fields
      policeUkRow({ month: '01/2025' }), // line 5
      policeUkRow({ type: '' }), // line 6
      policeUkRow(), // line 7
    ]);
    const report = await loadPoliceUkFile(db, bytesInput('bad-rows.csv', bytes));
    expect(report.rowsRead).toBe(5);
    expect(report.rowsLoaded).toBe(2);
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [4, expect.stringContaining('Columns')],
      [5, 'Month "01/2025" is not YYYY-MM'],
      [6, 'no Crime type'],
    ]);
    const records = (
      await db.query<{ record: number }>('SELECT record FROM incidents ORDER BY record')
    ).map((r) => r.record);
    expect(records).toEqual([1, 5]);
  });

  it('refuses a file that is not police.uk, names it and what was expected, and loads nothing from it', async () => {
    const text = 'Case Ref,Date Reported,Type\n1,01/02/2025,Noise\n';
    const report = await loadPoliceUkFile(
      db,
      bytesInput('council.csv', new TextEncoder().encode(text)),
    );
    expect(report.error).toMatch(/^council\.csv: not a police\.uk street-level file/);
    expect(report.error).toContain('Crime type');
    expect(report.error).toContain('Crime ID,Month,Reported by');
    expect(await total()).toBe(0);
  });

  it('refuses an empty file with a clear message', async () => {
    const report = await loadPoliceUkFile(db, bytesInput('empty.csv', new Uint8Array()));
    expect(report.error).toMatch(/^empty\.csv: the file is empty/);
  });

  it('reports crime types it does not know, and still counts them as other crime', async () => {
    const report = await loadPoliceUkFile(
      db,
      bytesInput('new-type.csv', policeUkFile([policeUkRow({ type: 'Fraud' })])),
    );
    expect(report.unknownTypes).toEqual([{ type: 'Fraud', count: 1 }]);
    expect((await datasetSummary(db)).byCategory).toEqual({ 'other-crime': 1 });
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { bytesInput } from '../../../src/ingest/input-file';
import { takeLineCensus } from '../../../src/ingest/line-census';
import { loadPoliceUkFile } from '../../../src/ingest/policeuk/load';
import { HEADER, policeUkRow } from '../../support/police-uk-csv';

let db: DuckConnector;
beforeEach(async () => {
  db = await initialiseDatabase(await openNodeDuck());
});

const fileOf = (lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join('\n') + '\n');

describe('every physical line of a police.uk file is accounted for', () => {
  it('rejects a row with a field of tens of MB with its line, instead of losing it', async () => {
    const huge = policeUkRow({ location: `"${'x'.repeat(40_000_000)}"` });
    const report = await loadPoliceUkFile(
      db,
      bytesInput(
        'long.csv',
        fileOf([policeUkRow(), huge, policeUkRow(), '2025-01,too,few', policeUkRow()]),
      ),
    );
    expect(report.linesRead).toBe(6);
    expect(report.rowsRead).toBe(5);
    expect(report.rowsLoaded).toBe(3);
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, 'the row is 40.0 MB long, over the 2.0 MB a row may be'],
      [5, expect.stringContaining('Columns')],
    ]);
    expect(report.rowsUnaccounted).toBe(0);
    const records = await db.query<{ record: number }>('SELECT record FROM incidents ORDER BY 1');
    expect(records.map((r) => r.record)).toEqual([1, 3, 5]);
  });

  it('rejects a row of a few MB once, whoever notices it', async () => {
    const long = policeUkRow({ location: 'y'.repeat(3_000_000) });
    const report = await loadPoliceUkFile(
      db,
      bytesInput('three-mb.csv', fileOf([long, policeUkRow()])),
    );
    expect(report.rejected.map((r) => r.line)).toEqual([2]);
    expect(report.rowsLoaded + report.rowsRejected).toBe(report.rowsRead);
    expect(report.rowsUnaccounted).toBe(0);
  });

  it('counts lines apart from the parser: quoted line breaks, blank lines, CRLF, no final break', async () => {
    const twoLines = policeUkRow({ location: `"two\r\n${'z'.repeat(100)}"` });
    const text = `${HEADER}\r\n${twoLines}\r\n\r\n${policeUkRow()}`;
    const census = await takeLineCensus(bytesInput('c.csv', new TextEncoder().encode(text)), 200);
    expect(census).toMatchObject({ lines: 5, blankLines: 1, records: 2 });
    expect(census.overLong.map((r) => [r.record, r.line, r.bytes])).toEqual([
      [1, 2, twoLines.length],
    ]);
  });

  it('follows quoting as the parser does: a quote inside a field is a character, an unclosed one runs to the end', async () => {
    const stray = await loadPoliceUkFile(
      db,
      bytesInput(
        'stray-quote.csv',
        fileOf([policeUkRow({ location: 'On or near 5" Street' }), policeUkRow({ month: 'x' })]),
      ),
    );
    expect(stray).toMatchObject({ rowsRead: 2, rowsLoaded: 1, rowsUnaccounted: 0 });
    expect(stray.rejected.map((r) => r.line)).toEqual([3]);
    const unclosed = await loadPoliceUkFile(
      db,
      bytesInput(
        'unclosed-quote.csv',
        fileOf([policeUkRow(), policeUkRow({ location: '"On or near Street' }), policeUkRow()]),
      ),
    );
    expect(unclosed).toMatchObject({
      linesRead: 4,
      rowsRead: 2,
      rowsLoaded: 1,
      rowsUnaccounted: 0,
    });
    expect(unclosed.rejected.map((r) => r.line)).toEqual([3]);
  });

  it('keeps the line check in a workspace saved before it existed', async () => {
    const old = await openNodeDuck();
    await old.exec(`CREATE TABLE loaded_files (file_name VARCHAR NOT NULL, source VARCHAR NOT NULL,
      rows_read INTEGER NOT NULL, rows_loaded INTEGER NOT NULL, rows_unlocated INTEGER NOT NULL,
      rows_rejected INTEGER NOT NULL, rows_replaced INTEGER NOT NULL, months VARCHAR NOT NULL,
      loaded_at TIMESTAMP NOT NULL DEFAULT current_timestamp);
    INSERT INTO loaded_files VALUES ('before.csv', 'police.uk', 1, 1, 0, 0, 0, '2025-01', current_timestamp)`);
    const upgraded = await initialiseDatabase(old);
    await loadPoliceUkFile(upgraded, bytesInput('after.csv', fileOf([policeUkRow()])));
    const files = await upgraded.query<{ file_name: string; lines_read: number | null }>(
      'SELECT file_name, lines_read, rows_unaccounted FROM loaded_files ORDER BY 1',
    );
    expect(files).toEqual([
      { file_name: 'after.csv', lines_read: 2, rows_unaccounted: 0 },
      { file_name: 'before.csv', lines_read: null, rows_unaccounted: null },
    ]);
  });
});

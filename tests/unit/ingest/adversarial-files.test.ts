import { beforeEach, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { expandInputs } from '../../../src/ingest/expand-inputs';
import { bytesInput } from '../../../src/ingest/input-file';
import { loadPoliceUkFile } from '../../../src/ingest/policeuk/load';
import { loadLocalExtract } from '../../../src/ingest/local/load';
import { createColumnMapping } from '../../../src/ingest/local/column-mapping';
import { listZipEntries } from '../../../src/ingest/zip-entries';
import { HEADER, policeUkRow } from '../../support/police-uk-csv';
import { zipOf } from '../../support/zip-bytes';

let db: DuckConnector;
beforeEach(async () => {
  db = await initialiseDatabase(await openNodeDuck());
});

const text = (s: string) => new TextEncoder().encode(s);
async function* once(bytes: Uint8Array) {
  yield bytes;
}

describe('loader defects the fuzzing corpus found, each fixed at its cause', () => {
  it("never reports an earlier file's malformed rows as a later file's", async () => {
    const bad = `${HEADER}\n${policeUkRow()}\n2025-01,too,few\n`;
    expect((await loadPoliceUkFile(db, bytesInput('bad.csv', text(bad)))).rowsRejected).toBe(1);
    const good = await loadPoliceUkFile(
      db,
      bytesInput('good.csv', text(`${HEADER}\n${policeUkRow({ force: 'Other Police' })}\n`)),
    );
    expect(good).toMatchObject({ rowsRejected: 0, rowsUnaccounted: 0, rejected: [] });
  });

  it('reads mixed line ends and lone CRs, counting each as one line', async () => {
    const quoted = policeUkRow({ location: '"On or\rnear A"' });
    const file = `${HEADER}\r\n${policeUkRow()}\n${quoted}\r${policeUkRow()}\r\n2025-01,few\r${policeUkRow()}`;
    const report = await loadPoliceUkFile(db, bytesInput('mixed.csv', text(file)));
    expect(report).toMatchObject({ error: null, linesRead: 7, rowsLoaded: 4, rowsUnaccounted: 0 });
    expect(report.rejected.map((r) => r.line)).toEqual([6]);
  });

  it('reads a police.uk file saved as Windows-1252 instead of losing its £ row', async () => {
    const latin1 = Uint8Array.from(
      `${HEADER}\n${policeUkRow({ location: 'On or near £1 shop' })}\n`,
      (ch) => ch.charCodeAt(0),
    );
    const report = await loadPoliceUkFile(db, bytesInput('excel.csv', latin1));
    expect(report).toMatchObject({ rowsLoaded: 1, rowsUnaccounted: 0 });
    const [row] = await db.query<{ location: string }>('SELECT location FROM incidents');
    expect(row?.location).toBe('On or near £1 shop');
  });

  it('refuses a zip cut short wherever it is cut, instead of reading part of it', async () => {
    const whole = zipOf([
      ['a.csv', text(`${HEADER}\n${policeUkRow()}\n`)],
      ['b.csv', text(`${HEADER}\n${policeUkRow({ month: '2025-02' })}\n`)],
    ]);
    expect(await listZipEntries(once(whole))).toHaveLength(2);
    for (const cut of [10, whole.length / 2, whole.length - 30, whole.length - 1]) {
      const { files, skipped } = await expandInputs([
        bytesInput('cut.zip', whole.subarray(0, Math.floor(cut))),
      ]);
      expect(files, `cut at ${cut}`).toEqual([]);
      expect(skipped, `cut at ${cut}`).toEqual([
        {
          fileName: 'cut.zip',
          reason: expect.stringContaining('not a readable zip archive'),
          refused: true,
        },
      ]);
    }
  });

  it('lists a repeated outcomes entry as an outcomes file, and refuses a repeated street file', async () => {
    const zip = zipOf([
      ['x-outcomes.csv', text('a\n')],
      ['x-outcomes.csv', text('a\n')],
      ['s.csv', text(`${HEADER}\n`)],
      ['s.csv', text(`${HEADER}\n`)],
      ['inner.zip', zipOf([['s.csv', text(`${HEADER}\n`)]])],
    ]);
    const { skipped } = await expandInputs([bytesInput('d.zip', zip)]);
    expect(skipped.map((s) => [s.fileName, s.reason.split(':')[0], s.refused ?? false])).toEqual([
      ['d.zip › x-outcomes.csv', 'an outcomes file, not street-level', false],
      ['d.zip › x-outcomes.csv', 'an outcomes file, not street-level', false],
      ['d.zip › s.csv', 'duplicate entry name', true],
      ['d.zip › inner.zip', 'a zip inside the zip', true],
    ]);
  });

  it('holds back a local row that ends inside an unterminated quote instead of loading it with the rows it swallowed', async () => {
    const header = ['Ref', 'Date', 'Type', 'Address'];
    const columnMapping = createColumnMapping(header, {
      name: 'm',
      source: 'Council',
      columns: { reference: 'Ref', date: 'Date', category: 'Type', location: 'Address' },
      dateFormat: 'iso',
    });
    const file =
      'Ref,Date,Type,Address\nA1,2024-01-02,ASB,1 High St\nA2,2024-01-03,ASB,"2 High St\nA3,2024-01-04,ASB,3 High St\n';
    const report = await loadLocalExtract(db, bytesInput('l.csv', text(file)), {
      columnMapping,
      codeMapping: { name: 'c', source: 'Council', codes: { ASB: { category: 'asb' } } },
    });
    expect(report).toMatchObject({
      linesRead: 4,
      rowsLoaded: 1,
      rowsRejected: 1,
      rowsUnaccounted: 0,
    });
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, expect.stringContaining('unterminated quote')],
    ]);
  });
});

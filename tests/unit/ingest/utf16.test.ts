import { beforeEach, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { parseHeaderLine } from '../../../src/ingest/csv-header';
import { bytesInput } from '../../../src/ingest/input-file';
import { loadFiles } from '../../../src/ingest/load-files';
import { createColumnMapping } from '../../../src/ingest/local/column-mapping';
import { localMappingsFile } from '../../../src/ingest/local/mappings-file';
import { loadPoliceUkFile } from '../../../src/ingest/policeuk/load';
import { HEADER, policeUkRow } from '../../support/police-uk-csv';
import { utf16Bytes } from '../../support/utf16';

let db: DuckConnector;
beforeEach(async () => {
  db = await initialiseDatabase(await openNodeDuck());
});

const policeUkText = [
  HEADER,
  policeUkRow({ location: 'On or near Café Street' }),
  policeUkRow({ location: '"On or near\r\nTwo Lines"' }),
  policeUkRow({ month: '01/2025' }),
].join('\r\n');

describe('UTF-16 files with a byte-order mark are read, not refused', () => {
  it('reads the header of a UTF-16 file (the check every loader and the import form make)', () => {
    for (const order of ['le', 'be'] as const) {
      expect(parseHeaderLine(utf16Bytes(policeUkText, order))).toEqual(HEADER.split(','));
    }
  });

  for (const order of ['le', 'be'] as const) {
    it(`loads a police.uk file in UTF-16 ${order.toUpperCase()}, text and line numbers intact`, async () => {
      const report = await loadPoliceUkFile(
        db,
        bytesInput(`utf16${order}.csv`, utf16Bytes(policeUkText, order)),
      );
      expect(report.error).toBeNull();
      expect(report.rowsLoaded).toBe(2);
      expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
        [5, 'Month "01/2025" is not YYYY-MM'],
      ]);
      const places = await db.query<{ location: string }>(
        'SELECT location FROM incidents ORDER BY record',
      );
      expect(places.map((p) => p.location)).toEqual([
        'On or near Café Street',
        'On or near\r\nTwo Lines',
      ]);
    });
  }

  for (const order of ['le', 'be'] as const) {
    it(`loads a police.uk file in UTF-16 ${order.toUpperCase()} without a byte-order mark`, async () => {
      const bytes = utf16Bytes(policeUkText, order, false);
      expect(parseHeaderLine(bytes)).toEqual(HEADER.split(','));
      const { files } = await loadFiles(db, [bytesInput(`nomark-${order}.csv`, bytes)]);
      expect(files[0]).toMatchObject({ error: null, rowsLoaded: 2, rowsRejected: 1 });
      expect(files[0]?.rowsUnaccounted).toBe(0);
    });
  }

  it('sends a UTF-16 police.uk file to the police.uk loader and a UTF-16 extract to its mapping', async () => {
    const extract = 'Case Ref,Date Reported,Incident Type\r\nA1,2024-03-01,Noise\r\n';
    const columnMapping = createColumnMapping(['Case Ref', 'Date Reported', 'Incident Type'], {
      name: 'Council',
      source: 'Council ASB',
      columns: { reference: 'Case Ref', date: 'Date Reported', category: 'Incident Type' },
      dateFormat: 'auto',
    });
    const mappings = localMappingsFile(
      [columnMapping],
      [{ name: 'codes', source: 'Council ASB', codes: { Noise: { category: 'asb-nuisance' } } }],
    );
    const { files } = await loadFiles(
      db,
      [
        bytesInput('street.csv', utf16Bytes(policeUkText, 'le')),
        bytesInput('council.csv', utf16Bytes(extract, 'be')),
      ],
      undefined,
      undefined,
      { mappings },
    );
    expect(files.map((f) => [f.fileName, f.source, f.error, f.rowsLoaded])).toEqual([
      ['street.csv', 'police.uk', null, 2],
      ['council.csv', 'Council ASB', null, 1],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseHeaderLine } from '../../../src/ingest/csv-header';
import { loadFiles } from '../../../src/ingest/load-files';
import { createColumnMapping } from '../../../src/ingest/local/column-mapping';
import { localMappingsFile } from '../../../src/ingest/local/mappings-file';
import { previewLocalTable } from '../../../src/ingest/local/open-table';
import { proposeMapping } from '../../../src/ingest/local/propose-mapping';
import { freshDatabase, textInput } from './fixtures';

const HEADER = ['Case Ref', 'Date Reported', 'Incident Type', 'Address'];
const mappings = localMappingsFile(
  [
    createColumnMapping(HEADER, {
      name: 'Council',
      source: 'Council ASB',
      columns: {
        reference: 'Case Ref',
        date: 'Date Reported',
        category: 'Incident Type',
        location: 'Address',
      },
      dateFormat: 'auto',
    }),
  ],
  [{ name: 'codes', source: 'Council ASB', codes: { Noise: { category: 'asb-nuisance' } } }],
);

describe('quoted line breaks anywhere in a local extract', () => {
  const files: Record<string, string> = {
    'first record, LF': `${HEADER.join(',')}\nA1,03/01/2024,Noise,"1 High St\nChesterfield"\nA2,04/01/2024,Noise,x\n`,
    'first record, CRLF, no final break': `${HEADER.join(',')}\r\nA1,03/01/2024,Noise,"1 High St\r\nChesterfield"\r\nA2,04/01/2024,Noise,"2\r\n\r\nHigh St"`,
    'semicolons, many breaks': `${HEADER.join(';')}\nA1;03/01/2024;Noise;"a, b\nc; d\ne\nf"\nA2;04/01/2024;Noise;x\n`,
    'header name broken over two lines': `"Case\nRef",Date Reported,Incident Type,Address\nA1,03/01/2024,Noise,"1 High St\nChesterfield"\nA2,04/01/2024,Noise,x\n`,
  };

  for (const [name, text] of Object.entries(files)) {
    it(`previews, proposes and loads every row: ${name}`, async () => {
      const preview = await previewLocalTable(textInput(`${name}.csv`, text));
      expect(preview.header.length).toBe(4);
      expect(preview.sampleRows.map((r) => r[0])).toEqual(['A1', 'A2']);
      expect(proposeMapping(preview.header, preview.sampleRows).columns.date).toBe('Date Reported');
    });
  }

  it('loads a file whose first record holds a line break, with each row on its own line', async () => {
    const db = await freshDatabase();
    const { files: reports } = await loadFiles(
      db,
      [textInput('first.csv', files['first record, LF'] as string)],
      undefined,
      undefined,
      { mappings },
    );
    expect(reports[0]).toMatchObject({
      error: null,
      rowsLoaded: 2,
      linesRead: 4,
      rowsUnaccounted: 0,
    });
    const rows = await db.query<{ location: string }>(
      'SELECT location FROM incidents ORDER BY record',
    );
    expect(rows.map((r) => r.location)).toEqual(['1 High St\nChesterfield', 'x']);
  });

  it('reads a header whose quoted name holds a line break as one header record', () => {
    const head = new TextEncoder().encode('"Crime\nID",Month\r\n1,2\n');
    expect(parseHeaderLine(head)).toEqual(['Crime\nID', 'Month']);
    expect(parseHeaderLine(new Uint8Array())).toBeNull();
  });
});

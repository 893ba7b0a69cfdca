import { describe, expect, it } from 'vitest';
import { isFormulaLike, csvCell } from '../../../src/ingest/local/cell-safety';
import { CsvRecordReader } from '../../../src/ingest/local/csv-records';
import { sniffDelimiter } from '../../../src/ingest/local/delimiter';
import { openLocalTable, previewLocalTable } from '../../../src/ingest/local/open-table';
import { bytesInput } from '../../../src/ingest/input-file';
import { allRows, fixtureInput, textInput } from './fixtures';
import { utf16Bytes } from '../../support/utf16';

describe('CSV records', () => {
  it('keeps delimiters, doubled quotes and line breaks inside quotes, and numbers records by their first line', () => {
    const reader = new CsvRecordReader(',');
    const text = 'a,b\r\n"x, y","say ""hi""\r\nthere"\r\n\r\nlast,row';
    // Feed one character at a time: records must not depend on where chunks split.
    const records = [...[...text].flatMap((ch) => reader.push(ch)), ...reader.finish()];
    expect(records).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['x, y', 'say "hi"\r\nthere'], line: 2 },
      { fields: ['last', 'row'], line: 5 },
    ]);
  });

  it('sniffs comma, semicolon and tab delimiters, ignoring delimiters inside quotes', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(sniffDelimiter('a;b;c\n"1,5";2;3\n')).toBe(';');
    expect(sniffDelimiter('a\tb\tc\n1\t2,5\t3\n')).toBe('\t');
  });
});

describe('text encodings', () => {
  it('reads a Windows-1252 council export (invalid UTF-8) with £, é and en dashes intact', async () => {
    const table = await openLocalTable(fixtureInput('council-asb-ecins.csv'));
    expect(table.encoding).toBe('windows-1252');
    const text = (await allRows(table)).rows.flat().join(' ');
    expect(text).toContain('£250 damage');
    expect(text).toContain('Café Row');
    expect(text).toContain('Boundary fence – ongoing');
  });

  it('reads UTF-8 with a BOM without the BOM leaking into the first column name', async () => {
    const table = await openLocalTable(fixtureInput('fire-incidents-irs.csv'));
    expect(table.encoding).toBe('utf-8-bom');
    expect(table.header[0]).toBe('IncidentNumber');
    expect((await allRows(table)).rows[0]?.[2]).toBe('Deliberate secondary fire – refuse');
  });

  it('decides the encoding from the whole file, not just its start', async () => {
    const head = 'Ref,Date,Type\n' + 'R1,01/01/2024,Noise\n'.repeat(10_000);
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(head),
      ...[0x52, 0x32, 0x2c, 0x31, 0x2c, 0xa3, 0x0a],
    ]);
    const table = await openLocalTable(bytesInput('late-pound.csv', bytes));
    expect(table.encoding).toBe('windows-1252');
    expect((await allRows(table)).rows.at(-1)).toEqual(['R2', '1', '£']);
  });

  it('reads UTF-16 (Excel "Unicode text") by its byte-order mark', async () => {
    const text = 'Ref\tDate\tType\nR1\t01/02/2024\tGraffiti\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    [...text].forEach((ch, i) => utf16.set([ch.charCodeAt(0), 0], 2 + i * 2));
    const table = await openLocalTable(bytesInput('unicode.txt', utf16));
    expect([table.encoding, table.delimiter, table.header]).toEqual([
      'utf-16le',
      '\t',
      ['Ref', 'Date', 'Type'],
    ]);
  });
});

it('reads UTF-16 without a byte-order mark (big-endian too), not as binary data', async () => {
  const text = 'Ref,Date,Type\nR1,01/02/2024,Graffiti\nR2,02/02/2024,Noise\n';
  for (const order of ['le', 'be'] as const) {
    const table = await openLocalTable(bytesInput('nomark.csv', utf16Bytes(text, order, false)));
    expect([table.encoding, table.header]).toEqual([`utf-16${order}`, ['Ref', 'Date', 'Type']]);
    expect((await allRows(table)).rows.at(-1)).toEqual(['R2', '02/02/2024', 'Noise']);
  }
});

describe('hostile input', () => {
  it.each([
    ['empty.csv', /empty \(0 bytes\)/],
    ['not-a-table.png', /PNG image, not a table/],
    ['random.bin', /binary data/],
    ['old-excel.xls', /Excel 97–2003/],
    ['one-column.txt', /not a table/],
  ])('%s is refused with a clear reason', async (name, reason) => {
    await expect(openLocalTable(fixtureInput(name))).rejects.toThrow(reason);
  });

  it('a header-only file opens with a note and no rows', async () => {
    const preview = await previewLocalTable(fixtureInput('header-only.csv'));
    expect(preview.sampleRows).toEqual([]);
    expect(preview.notes).toContain('header only: the file has no data rows');
  });

  it('keeps formula-looking and HTML cells as plain text, and marks formulas for escaping', async () => {
    const { rows } = await allRows(await openLocalTable(fixtureInput('council-asb-ecins.csv')));
    const notes = rows.map((r) => r[7] ?? '');
    expect(notes).toContain('=HYPERLINK("http://evil.example","click me")');
    expect(notes).toContain('<b>bold</b> <script>alert(1)</script>');
    expect(notes.filter(isFormulaLike)).toEqual([
      '=HYPERLINK("http://evil.example","click me")',
      '+44 7700 900123',
      '@SUM(A1)',
    ]);
    expect(isFormulaLike('-1.5')).toBe(false);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-rm -rf')).toBe("'-rm -rf");
  });

  it('reads a file whose last line has no newline and numbers lines across blank lines', async () => {
    const table = await openLocalTable(textInput('t.csv', 'A,B\n\n1,2\n3,4'));
    expect(await allRows(table)).toEqual({
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
      lines: [3, 4],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { excelCellText } from '../../../src/ingest/local/excel-table';
import { openLocalTable, previewLocalTable } from '../../../src/ingest/local/open-table';
import { bytesInput } from '../../../src/ingest/input-file';
import { allRows, fixtureBytes, fixtureInput } from './fixtures';

describe('Excel workbooks', () => {
  it('lists the sheets and reads the first by default, with date cells as ISO date-times', async () => {
    const table = await openLocalTable(fixtureInput('council-cases.xlsx'));
    expect(table.sheetNames).toEqual(['Cases', 'Archive']);
    expect(table.sheet).toBe('Cases');
    expect(table.header).toEqual(['Reference', 'Occurred', 'Category', 'Lat', 'Long', 'Street']);
    const { rows, lines } = await allRows(table);
    expect(rows[0]).toEqual([
      'HX-1',
      '2024-01-06T21:30:00',
      'ASB - Noise',
      '52.921',
      '-1.475',
      'Abbey Street',
    ]);
    expect(lines).toEqual([2, 3, 4]);
    expect(rows[2]?.[5]).toBe('=1+1');
  });

  it('reads a chosen sheet, where dates are Excel serial numbers', async () => {
    const table = await openLocalTable(fixtureInput('council-cases.xlsx'), { sheet: 'Archive' });
    expect((await allRows(table)).rows.map((r) => r[1])).toEqual(['45246.75', '45260']);
  });

  it('says which sheets exist when the chosen one does not', async () => {
    await expect(
      openLocalTable(fixtureInput('council-cases.xlsx'), { sheet: 'Nope' }),
    ).rejects.toThrow('no sheet "Nope" (sheets: Cases, Archive)');
  });

  it('refuses a damaged workbook with a clear reason', async () => {
    const bytes = fixtureBytes('council-cases.xlsx').slice(0, 600);
    await expect(openLocalTable(bytesInput('broken.xlsx', bytes))).rejects.toThrow(
      /not a readable \.xlsx workbook/,
    );
  });

  it('converts cells sensibly', () => {
    expect(excelCellText(new Date(Date.UTC(2024, 0, 15, 13, 45)))).toBe('2024-01-15T13:45:00');
    expect(excelCellText(452123.5)).toBe('452123.5');
    expect(excelCellText(true)).toBe('TRUE');
    expect(excelCellText(null)).toBe('');
  });

  it('previews the header and sample rows for the mapping form', async () => {
    const preview = await previewLocalTable(fixtureInput('council-cases.xlsx'), { sampleSize: 2 });
    expect(preview.format).toBe('xlsx');
    expect(preview.sampleRows).toHaveLength(2);
  });
});

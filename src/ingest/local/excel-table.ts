import readExcelFile from 'read-excel-file/universal';
import type { InputFile } from '../input-file';
import type { LocalTable, RowBatch } from './local-table';
import { DEFAULT_BATCH_SIZE, LocalReadError } from './local-table';

/**
 * One Excel cell as text. Dates (cells Excel formats as dates) become ISO `YYYY-MM-DDTHH:MM:SS`
 * in the workbook's wall-clock time, to the nearest second; numbers keep full precision; booleans become TRUE/FALSE.
 * Formula results arrive as their cached values, never re-evaluated.
 */
export function excelCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // Excel stores days as floating point: 21:30 can arrive as 21:29:59.999.
    return new Date(Math.round(value.getTime() / 1000) * 1000).toISOString().slice(0, 19);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

async function readAll(input: InputFile): Promise<ArrayBuffer> {
  const out = new Uint8Array(input.size);
  let at = 0;
  for await (const chunk of input.chunks()) {
    if (at + chunk.byteLength > out.byteLength) throw new Error('file grew while being read');
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out.buffer.slice(0, at);
}

/**
 * Opens an `.xlsx` workbook and one sheet of it (the first by default, or `sheet` by name).
 * The first non-empty row is the header. The sheet's rows are held in memory (Excel caps a sheet
 * at 1,048,576 rows) and handed out in batches like a CSV's.
 */
export async function openExcelTable(input: InputFile, sheet?: string): Promise<LocalTable> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readExcelFile(await readAll(input), { trim: false })) as typeof sheets;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new LocalReadError(input.name, `not a readable .xlsx workbook (${message})`);
  }
  const sheetNames = sheets.map((s) => s.sheet);
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (!chosen) {
    const reason =
      sheet === undefined
        ? 'the workbook has no sheets'
        : `the workbook has no sheet "${sheet}" (sheets: ${sheetNames.join(', ')})`;
    throw new LocalReadError(input.name, reason);
  }
  const rows = chosen.data.map((row) => row.map(excelCellText));
  const headerIndex = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) throw new LocalReadError(input.name, `sheet "${chosen.sheet}" is empty`);
  const header = (rows[headerIndex] as string[]).map((name) => name.trim());
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  if (header.length < 2) {
    throw new LocalReadError(
      input.name,
      `sheet "${chosen.sheet}" has only one column: not a table`,
    );
  }
  const notes =
    sheetNames.length > 1 ? [`read sheet "${chosen.sheet}" of ${sheetNames.length}`] : [];
  return {
    fileName: input.name,
    format: 'xlsx',
    header,
    encoding: null,
    delimiter: null,
    linesRead: null,
    sheetNames,
    sheet: chosen.sheet,
    notes,
    batches: (batchSize = DEFAULT_BATCH_SIZE) => sheetBatches(rows, headerIndex, batchSize),
  };
}

async function* sheetBatches(
  rows: string[][],
  headerIndex: number,
  batchSize: number,
): AsyncIterable<RowBatch> {
  let batch: RowBatch = { rows: [], lines: [] };
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i] as string[];
    if (row.every((cell) => cell.trim() === '')) continue;
    batch.rows.push(row);
    batch.lines.push(i + 1);
    if (batch.rows.length >= batchSize) {
      yield batch;
      batch = { rows: [], lines: [] };
    }
  }
  if (batch.rows.length > 0) yield batch;
}

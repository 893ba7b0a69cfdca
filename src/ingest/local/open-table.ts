import type { InputFile } from '../input-file';
import { openCsvTable } from './csv-table';
import { openExcelTable } from './excel-table';
import { sniffFileKind } from './file-kind';
import type { LocalTable } from './local-table';
import { LocalReadError } from './local-table';

/** What the mapping form shows before anything is loaded. */
export interface LocalTablePreview {
  fileName: string;
  format: 'csv' | 'xlsx';
  header: string[];
  /** The first data rows, all cells as text (for `proposeMapping` and the preview grid). */
  sampleRows: string[][];
  sheetNames: string[];
  sheet: string | null;
  encoding: string | null;
  delimiter: string | null;
  notes: string[];
}

/**
 * Opens a local extract of any supported kind (CSV/TSV in UTF-8, UTF-16 or Windows-1252, or an
 * `.xlsx` sheet), deciding by the bytes, not the name. Throws `LocalReadError` with a reason the
 * user can act on for empty files, images, PDFs, `.xls`, random binary and one-column text.
 */
export async function openLocalTable(
  input: InputFile,
  options: { sheet?: string } = {},
): Promise<LocalTable> {
  const kind = sniffFileKind(await input.head(16 * 1024), input.name);
  if (kind.kind === 'unreadable') throw new LocalReadError(input.name, kind.reason);
  return kind.kind === 'xlsx' ? openExcelTable(input, options.sheet) : openCsvTable(input);
}

/** Opens a file and reads its header and first `sampleSize` rows for the mapping form. */
export async function previewLocalTable(
  input: InputFile,
  options: { sheet?: string; sampleSize?: number } = {},
): Promise<LocalTablePreview> {
  const table = await openLocalTable(input, options);
  const sampleSize = options.sampleSize ?? 200;
  const sampleRows: string[][] = [];
  for await (const batch of table.batches(sampleSize)) {
    sampleRows.push(...batch.rows.slice(0, sampleSize - sampleRows.length));
    if (sampleRows.length >= sampleSize) break;
  }
  const notes = [...table.notes];
  if (sampleRows.length === 0) notes.push('header only: the file has no data rows');
  return {
    fileName: table.fileName,
    format: table.format,
    header: table.header,
    sampleRows,
    sheetNames: table.sheetNames,
    sheet: table.sheet,
    encoding: table.encoding,
    delimiter: table.delimiter,
    notes,
  };
}

import type { DuckConnector } from '../../db/connector';
import { withTransaction } from '../../db/transaction';
import { saveDocumentSql } from '../../sql/workspace';
import {
  COUNT_LOCAL_REPLACED_SQL,
  CREATE_LOCAL_STAGE_SQL,
  DELETE_LOCAL_REPLACED_SQL,
  DROP_LOCAL_STAGE_SQL,
  LOCAL_REPLACED_SQL,
  MARK_DUPLICATE_REFERENCES_SQL,
  appendLocalBatchSql,
  insertLocalSql,
} from '../../sql/ingest-local';
import type { InputFile } from '../input-file';
import { defaultLocalMonths } from '../plausible-months';
import type { MonthRange } from '../plausible-months';
import type { CodeMapping } from './code-mapping';
import { codeLookup, codeMappingProblems } from './code-mapping';
import type { ColumnMapping } from './column-mapping';
import { resolveColumnPositions } from './column-mapping';
import { DateFormatDetector } from './date-format';
import type { DateFormatDetection } from './date-format';
import type { DateFormat } from './date-parse';
import type { LocalTable } from './local-table';
import { LocalReadError } from './local-table';
import { loadFailureReason } from '../load-failure';
import { recordFileLoad } from '../record-load';
import { collectLocalReport } from './local-results';
import { localLoadDocument } from './local-load-document';
import type { LocalFileLoadReport } from './local-report';
import { failedLocalReport } from './local-report';
import { openLocalTable } from './open-table';
import { STAGED_COLUMNS, StagedBatch } from './staged-row';
import { typeRow } from './type-row';

let batchCounter = 0;
const READ_BATCH_SIZE = 2_000;

/** How to load one local extract. */
export interface LocalLoadOptions {
  columnMapping: ColumnMapping;
  /** Null loads nothing but lists every code as unmapped, with counts (to build a mapping). */
  codeMapping: CodeMapping | null;
  /** Overrides the mapping's date format for this file. */
  dateFormatOverride?: DateFormat;
  /** Months an incident may plausibly fall in; others are held back (default 2000-01 … this month). */
  plausibleMonths?: MonthRange;
  /** Excel: the sheet to read (else the mapping's sheet, else the first). */
  sheet?: string;
  /** Typed rows per bulk insert into DuckDB (default 50,000). */
  batchSize?: number;
  /** Called after each bulk insert with the number of rows read so far. */
  onProgress?: (rowsRead: number) => void;
}

/** Reads the whole date column once to choose one format for it (never per row). */
async function detectColumnFormat(table: LocalTable, dateAt: number): Promise<DateFormatDetection> {
  const detector = new DateFormatDetector();
  for await (const batch of table.batches(READ_BATCH_SIZE))
    for (const row of batch.rows) detector.add(row[dateAt] ?? '');
  return detector.result();
}

async function chooseDateFormat(
  table: LocalTable,
  options: LocalLoadOptions,
  dateAt: number,
): Promise<DateFormatDetection> {
  const chosen = options.dateFormatOverride ?? options.columnMapping.dateFormat;
  if (chosen !== 'auto') {
    const by = options.dateFormatOverride ? 'chosen for this file' : 'set in the column mapping';
    return { format: chosen, reason: `${chosen} (${by})`, assumedDayFirst: false };
  }
  return detectColumnFormat(table, dateAt);
}

/**
 * Loads one local extract (CSV or .xlsx) into `incidents` using a column mapping and a code
 * mapping, and returns the validation report. Each incident keeps its source. Re-loading the
 * same source replaces earlier rows with the same reference number (or, for rows without one,
 * earlier rows of the source in the same day range), so nothing is counted twice. Rows with an
 * unreadable date, no code, an unmapped code, a repeated reference or extra fields are held back
 * and listed with their line; impossible coordinates are loaded as unlocated and listed.
 */
export async function loadLocalExtract(
  db: DuckConnector,
  input: InputFile,
  options: LocalLoadOptions,
): Promise<LocalFileLoadReport> {
  const mapping = options.columnMapping;
  const source = mapping.source.trim();
  const fail = (reason: string): LocalFileLoadReport =>
    failedLocalReport(input.name, source, `${input.name}: ${reason}`);
  if (source === '' || source === 'police.uk')
    return fail(`the column mapping needs a source name other than "police.uk"`);
  const codeProblems = options.codeMapping ? codeMappingProblems(options.codeMapping) : [];
  if (codeProblems.length > 0)
    return fail(`the code mapping has problems: ${codeProblems.join('; ')}`);

  let table: LocalTable;
  try {
    table = await openLocalTable(input, { sheet: options.sheet ?? mapping.sheet });
  } catch (error) {
    if (error instanceof LocalReadError)
      return failedLocalReport(input.name, source, error.message);
    throw error;
  }
  const { positions, problems } = resolveColumnPositions(mapping, table.header);
  if (problems.length > 0)
    return fail(`the column mapping "${mapping.name}" does not fit: ${problems.join('; ')}`);

  const batchSize = options.batchSize ?? 50_000;
  const plausibleMonths = options.plausibleMonths ?? defaultLocalMonths();
  const dateFormat = await chooseDateFormat(table, options, positions.date as number);
  const ctx = {
    positions,
    headerWidth: table.header.length,
    dateFormat: dateFormat.format,
    codes: codeLookup(options.codeMapping),
    defaultSource: source,
    plausibleMonths,
    delimiter: table.delimiter ?? ',',
  };
  const batchFile = `local_batch_${++batchCounter}.csv`;
  try {
    await db.exec(CREATE_LOCAL_STAGE_SQL);
    const staged = new StagedBatch();
    const appendSql = appendLocalBatchSql(
      batchFile,
      STAGED_COLUMNS.map(([, name, type]) => [name, type] as const),
    );
    let record = 0;
    const flush = async (): Promise<void> => {
      await db.registerBytes(batchFile, staged.take());
      try {
        await db.exec(appendSql);
      } finally {
        await db.dropFile(batchFile);
      }
      options.onProgress?.(record);
    };
    // Small read batches keep the raw cells short-lived; typed rows are inserted in large batches.
    for await (const batch of table.batches(READ_BATCH_SIZE)) {
      batch.rows.forEach((cells, i) => {
        const line = batch.lines[i] as number;
        staged.push(typeRow(cells, line, ++record, ctx, batch.malformed?.get(line)));
      });
      if (staged.length >= batchSize) await flush();
    }
    if (staged.length > 0) await flush();
    await db.exec(MARK_DUPLICATE_REFERENCES_SQL);
    await db.exec(LOCAL_REPLACED_SQL);
    const [replaced] = await db.query<{ n: number }>(COUNT_LOCAL_REPLACED_SQL);
    // All of a file's changes or none: a killed tab never leaves half a file in the workspace.
    return await withTransaction(db, async () => {
      await db.exec(DELETE_LOCAL_REPLACED_SQL);
      await db.exec(insertLocalSql(input.name));
      const report = await collectLocalReport(db, {
        table,
        source,
        columnMapping: mapping.name,
        codeMapping: options.codeMapping?.name ?? null,
        dateFormat,
        plausibleMonths,
        rowsReplaced: replaced?.n ?? 0,
      });
      await recordFileLoad(db, report);
      await db.exec(
        saveDocumentSql(
          'local-load',
          input.name,
          localLoadDocument(report, mapping, options.codeMapping ?? null),
        ),
      );
      return report;
    });
  } catch (error) {
    return fail(loadFailureReason(error));
  } finally {
    await db.exec(DROP_LOCAL_STAGE_SQL);
  }
}

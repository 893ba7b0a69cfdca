import type { DuckConnector } from '../../db/connector';
import { withTransaction } from '../../db/transaction';
import {
  appendParquetBatchSql,
  checkParquetStageSql,
  CREATE_PARQUET_STAGE_SQL,
  DELETE_PARQUET_REPLACED_SQL,
  DROP_PARQUET_STAGE_SQL,
  forgetParquetLoadsSql,
  insertParquetRowsSql,
  PARQUET_MONTHS_SQL,
  PARQUET_REJECTS_SQL,
  parquetLoadedSummarySql,
} from '../../sql/ingest-parquet';
import type { InputFile } from '../input-file';
import { loadFailureReason } from '../load-failure';
import type { FileLoadReport } from '../load-report';
import { failedFileReport } from '../load-report';
import { monthOf } from '../plausible-months';
import { recordFileLoad } from '../record-load';
import { openIncidentsParquet, parquetBatches } from './parquet-batches';

const SOURCE = 'incidents Parquet';

/**
 * Loads an incidents Parquet file (as `cli export --parquet` writes) into `incidents`, with the
 * guarantees of any other load: each row checked, rows that cannot be used listed with their row
 * number and reason, police.uk force-months and local extracts already loaded replaced (never
 * doubled), all of the file or none of it. A rejected row's `line` is its row in the file
 * (1 = first row): Parquet has no lines.
 */
export async function loadParquetFile(
  db: DuckConnector,
  file: InputFile,
  now: Date = new Date(),
): Promise<FileLoadReport> {
  try {
    const opened = await openIncidentsParquet(file);
    await db.exec(CREATE_PARQUET_STAGE_SQL);
    for await (const batch of parquetBatches(opened)) {
      await db.createTableFromColumns('stage_parquet_batch', batch);
      await db.exec(appendParquetBatchSql('stage_parquet_batch'));
    }
    await db.exec(checkParquetStageSql(monthOf(now)));
    const rejected = await db.query<Rejected>(PARQUET_REJECTS_SQL);
    const months = await db.query<{ source: string; month_text: string }>(PARQUET_MONTHS_SQL);
    return await withTransaction(db, async () => {
      let replaced = 0;
      for (const sql of DELETE_PARQUET_REPLACED_SQL) {
        const [deleted] = await db.query<{ Count: number }>(sql);
        replaced += Number(deleted?.Count ?? 0);
      }
      await db.exec(insertParquetRowsSql(file.name));
      const loaded = await db.query<Loaded>(parquetLoadedSummarySql(file.name));
      const parts = sourceParts(file.name, loaded, months, rejected);
      await db.exec(forgetParquetLoadsSql(file.name));
      for (const part of parts) await recordFileLoad(db, part);
      return { ...wholeFile(file.name, opened.rows, parts), rowsReplaced: replaced };
    });
  } catch (error) {
    return failedFileReport(file.name, SOURCE, `${file.name}: ${loadFailureReason(error)}`);
  } finally {
    await db.exec(DROP_PARQUET_STAGE_SQL);
  }
}

type Rejected = {
  record: number;
  source: string | null;
  reason: string;
  raw: string;
};

type Loaded = {
  source: string;
  reason: string | null;
  unknown: boolean;
  crime_type: string | null;
  n: number;
};

/**
 * One load record per source the file holds, named `<file> › <source>` like its incidents, so
 * each source's months and rows are counted as that source's; rows rejected for having no
 * source are recorded under the file's own name.
 */
function sourceParts(
  fileName: string,
  loaded: Loaded[],
  months: { source: string; month_text: string }[],
  rejected: Rejected[],
): FileLoadReport[] {
  const sources = [...new Set([...loaded.map((r) => r.source), ...months.map((m) => m.source)])];
  const parts = sources.sort().map((source) =>
    describe(
      `${fileName} › ${source}`,
      source,
      loaded.filter((r) => r.source === source),
      months.filter((m) => m.source === source).map((m) => m.month_text),
      rejected.filter((r) => r.source === source),
    ),
  );
  const unsourced = rejected.filter((r) => r.source === null || !sources.includes(r.source));
  if (unsourced.length > 0) parts.push(describe(fileName, SOURCE, [], [], unsourced));
  return parts;
}

function describe(
  fileName: string,
  source: string,
  loaded: Loaded[],
  months: string[],
  rejected: Rejected[],
): FileLoadReport {
  const rowsLoaded = loaded.reduce((total, r) => total + r.n, 0);
  const rows = rowsLoaded + rejected.length;
  return {
    fileName,
    source,
    error: null,
    linesRead: rows,
    rowsRead: rows,
    rowsUnaccounted: 0,
    rowsLoaded,
    rowsUnlocated: loaded.filter((r) => r.reason !== null).reduce((t, r) => t + r.n, 0),
    rowsRejected: rejected.length,
    rowsReplaced: 0,
    months,
    rejected: rejected.map((r) => ({
      line: r.record,
      reason: `row ${r.record}: ${r.reason}`,
      raw: r.raw,
    })),
    unknownTypes: counted(
      loaded.filter((r) => r.unknown).map((r) => [r.crime_type ?? '', r.n]),
    ).map(([type, count]) => ({ type, count })),
    unlocatedReasons: counted(
      loaded.filter((r) => r.reason !== null).map((r) => [r.reason ?? '', r.n]),
    ).map(([reason, count]) => ({ reason, count })),
  };
}

/** The file as the user sees it: its parts added up, checked against the rows the file holds. */
function wholeFile(fileName: string, rows: number, parts: FileLoadReport[]): FileLoadReport {
  const sum = (pick: (part: FileLoadReport) => number) =>
    parts.reduce((total, part) => total + pick(part), 0);
  const rowsLoaded = sum((p) => p.rowsLoaded);
  const rejected = parts.flatMap((p) => p.rejected).sort((a, b) => a.line - b.line);
  return {
    fileName,
    source: SOURCE,
    error: null,
    linesRead: rows,
    rowsRead: rows,
    rowsUnaccounted: rows - rowsLoaded - rejected.length,
    rowsLoaded,
    rowsUnlocated: sum((p) => p.rowsUnlocated),
    rowsRejected: rejected.length,
    rowsReplaced: 0,
    months: [...new Set(parts.flatMap((p) => p.months))].sort(),
    rejected,
    unknownTypes: counted(
      parts.flatMap((p) => p.unknownTypes.map((u): [string, number] => [u.type, u.count])),
    ).map(([type, count]) => ({ type, count })),
    unlocatedReasons: counted(
      parts.flatMap((p) => p.unlocatedReasons.map((u): [string, number] => [u.reason, u.count])),
    ).map(([reason, count]) => ({ reason, count })),
  };
}

/** Counts summed by key, most first, ties by key. */
function counted(entries: [string, number][]): [string, number][] {
  const sums = new Map<string, number>();
  for (const [key, n] of entries) sums.set(key, (sums.get(key) ?? 0) + n);
  return [...sums].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

import type { DuckConnector } from '../../db/connector';
import {
  COUNT_REPLACED_SQL,
  CSV_REJECTS_SQL,
  DELETE_REPLACED_SQL,
  DISTINCT_POINTS_SQL,
  DROP_STAGE_SQL,
  RENUMBER_AFTER_SKIPS_SQL,
  STAGE_COUNTS_SQL,
  STAGE_LOAD_KEYS_SQL,
  STAGE_REJECTS_SQL,
  STAGE_UNKNOWN_TYPES_SQL,
  insertPoliceUkSql,
  stagePoliceUkSql,
} from '../../sql/ingest-policeuk';
import { sqlString } from '../../sql/literals';
import { toBngMany } from '../bng';
import { parseHeaderLine } from '../csv-header';
import type { InputFile } from '../input-file';
import { recordStartLines } from '../line-numbers';
import type { FileLoadReport, RejectedRow } from '../load-report';
import { failedFileReport } from '../load-report';
import { checkPoliceUkHeader } from './columns';

let loadCounter = 0;

/**
 * Loads one police.uk street-level CSV into `incidents`. A force-month already loaded is replaced,
 * never doubled. Rows that cannot be used are listed with their line and reason.
 */
export async function loadPoliceUkFile(
  db: DuckConnector,
  input: InputFile,
): Promise<FileLoadReport> {
  const header = parseHeaderLine(await input.head(65536));
  const check = checkPoliceUkHeader(header);
  if (!check.ok) return failedFileReport(input.name, 'police.uk', `${input.name}: ${check.reason}`);

  const sqlName = `load_${++loadCounter}.csv`;
  await input.register(db, sqlName);
  try {
    await db.exec(stagePoliceUkSql(sqlName, check.header.length, check.positions));
    const csvRejects = await db.query<{ record: number; reason: string; raw: string }>(
      CSV_REJECTS_SQL,
    );
    if (csvRejects.length > 0) {
      const skips = csvRejects.map((r, i) => `(${r.record - (i + 1)})`).join(', ');
      await db.exec(`CREATE OR REPLACE TEMP TABLE stage_skips AS
        SELECT * FROM (VALUES ${skips}) AS t(before); ${RENUMBER_AFTER_SKIPS_SQL}`);
    }

    const points = await db.queryColumns(DISTINCT_POINTS_SQL);
    const { eastings, northings } = toBngMany(
      points.lon as Float64Array,
      points.lat as Float64Array,
    );
    await db.createTableFromColumns('stage_points', {
      lon: points.lon as Float64Array,
      lat: points.lat as Float64Array,
      easting: eastings,
      northing: northings,
    });

    const months = (await db.query<{ month_text: string }>(STAGE_LOAD_KEYS_SQL)).map(
      (r) => r.month_text,
    );
    const [replaced] = await db.query<{ n: number }>(COUNT_REPLACED_SQL);
    await db.exec(DELETE_REPLACED_SQL);
    await db.exec(insertPoliceUkSql(input.name));

    const [counts] = await db.query<{ rows_read: number; rows_loaded: number; rows_unlocated: number }>(
      STAGE_COUNTS_SQL,
    );
    const rowRejects = await db.query<{ record: number; reason: string; raw: string }>(
      STAGE_REJECTS_SQL,
    );
    const rejected = await withLines(input, [...csvRejects, ...rowRejects]);
    const unknownTypes = (
      await db.query<{ crime_type: string; n: number }>(STAGE_UNKNOWN_TYPES_SQL)
    ).map((r) => ({ type: r.crime_type, count: r.n }));
    const unlocatedReasons = (
      await db.query<{ reason: string; n: number }>(
        `SELECT unlocated_reason AS reason, count(*)::INTEGER AS n FROM stage
         WHERE reject_reason IS NULL AND unlocated_reason IS NOT NULL GROUP BY 1 ORDER BY 2 DESC`,
      )
    ).map((r) => ({ reason: r.reason, count: r.n }));

    const report: FileLoadReport = {
      fileName: input.name,
      source: 'police.uk',
      error: null,
      rowsRead: (counts?.rows_read ?? 0) + csvRejects.length,
      rowsLoaded: counts?.rows_loaded ?? 0,
      rowsUnlocated: counts?.rows_unlocated ?? 0,
      rowsRejected: rejected.length,
      rowsReplaced: replaced?.n ?? 0,
      months,
      rejected,
      unknownTypes,
      unlocatedReasons,
    };
    await recordLoad(db, report);
    return report;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failedFileReport(input.name, 'police.uk', `${input.name}: could not be read: ${message}`);
  } finally {
    await db.exec(DROP_STAGE_SQL);
    await db.dropFile(sqlName);
  }
}

async function withLines(
  input: InputFile,
  rows: { record: number; reason: string; raw: string }[],
): Promise<RejectedRow[]> {
  if (rows.length === 0) return [];
  const lines = await recordStartLines(
    input,
    rows.map((r) => r.record),
  );
  return rows
    .map((r) => ({ line: lines.get(r.record) ?? r.record + 1, reason: r.reason, raw: r.raw.trim() }))
    .sort((a, b) => a.line - b.line);
}

async function recordLoad(db: DuckConnector, report: FileLoadReport): Promise<void> {
  const name = sqlString(report.fileName);
  await db.exec(`DELETE FROM rejected_rows WHERE file_name = ${name};
DELETE FROM loaded_files WHERE file_name = ${name};`);
  if (report.rejected.length > 0) {
    const values = report.rejected
      .map((r) => `(${name}, ${r.line}, ${sqlString(r.reason)}, ${sqlString(r.raw.slice(0, 500))})`)
      .join(', ');
    await db.exec(`INSERT INTO rejected_rows VALUES ${values}`);
  }
  await db.exec(`INSERT INTO loaded_files VALUES (${name}, 'police.uk', ${report.rowsRead},
    ${report.rowsLoaded}, ${report.rowsUnlocated}, ${report.rowsRejected}, ${report.rowsReplaced},
    ${sqlString(report.months.join(','))}, current_timestamp)`);
}

import type { DuckConnector } from '../../db/connector';
import { withTransaction } from '../../db/transaction';
import {
  CSV_REJECTS_SQL,
  deleteLoadKeysSql,
  DROP_STAGE_SQL,
  insertPoliceUkSql,
  loadedSummarySql,
  renumberAfterSkipsSql,
  PLACEABLE_POINTS_SQL,
  POLICE_UK_MAX_LINE_BYTES,
  STAGE_LOCATIONS_SQL,
  STAGE_PLACES_SQL,
  stageKeysSql,
  stageSkipsSql,
  SURVEY_MONTHS_SQL,
  SURVEY_TOTALS_SQL,
  surveyPoliceUkSql,
  unusableRecordsSql,
} from '../../sql/ingest-policeuk';
import type { ColumnPositions } from '../../sql/ingest-policeuk';
import { toBngMany } from '../bng';
import { parseHeaderLine } from '../csv-header';
import type { InputFile } from '../input-file';
import { takeLineCensus } from '../line-census';
import { withLineEndsNormalised } from '../line-ends';
import { asUtf8 } from '../utf8-input';
import type { LineCensus } from '../line-census';
import { recordStartLines } from '../line-numbers';
import { loadFailureReason } from '../load-failure';
import { recordFileLoad } from '../record-load';
import type { FileLoadReport, RejectedRow } from '../load-report';
import { failedFileReport } from '../load-report';
import { monthOf } from '../plausible-months';
import { checkPoliceUkHeader } from './columns';
import { withOverLongReasons } from './malformed-records';
import type { MalformedRecord } from './malformed-records';
import { withOverLongRowsReplaced } from './over-long-rows';

let loadCounter = 0;

interface Survey {
  unusable: number;
  months: string[];
}

/**
 * Loads one police.uk street-level CSV into `incidents` in two streaming passes (survey, then
 * insert). A force-month already loaded is replaced, never doubled. Rows that cannot be used are
 * listed with their line and reason.
 */
export async function loadPoliceUkFile(
  db: DuckConnector,
  file: InputFile,
  now: Date = new Date(),
): Promise<FileLoadReport> {
  let input = await asUtf8(file);
  const latestMonth = monthOf(now);
  const header = parseHeaderLine(await input.head(65536));
  const check = checkPoliceUkHeader(header);
  if (!check.ok) return failedFileReport(input.name, 'police.uk', `${input.name}: ${check.reason}`);

  const sqlName = `load_${++loadCounter}.csv`;
  const columns = check.header.length;
  try {
    let census = await takeLineCensus(input, POLICE_UK_MAX_LINE_BYTES);
    if (census.mixedLineEnds) {
      input = withLineEndsNormalised(input);
      census = await takeLineCensus(input, POLICE_UK_MAX_LINE_BYTES);
    }
    await withOverLongRowsReplaced(input, census.overLong).register(db, sqlName);
    const survey = await surveyAndProject(db, sqlName, columns, check.positions, latestMonth);
    const csvRejects = withOverLongReasons(
      await db.query<MalformedRecord>(CSV_REJECTS_SQL),
      census,
      POLICE_UK_MAX_LINE_BYTES,
    );
    // All of a file's changes or none: a killed tab never leaves half a file in the workspace.
    const report = await withTransaction(db, async () => {
      // DuckDB answers a DELETE with the number of rows it removed.
      const [replaced] = await db.query<{ Count: number }>(deleteLoadKeysSql('stage_load_keys'));
      await db.exec(insertPoliceUkSql(sqlName, columns, check.positions, input.name));
      if (csvRejects.length > 0) await renumber(db, csvRejects, input.name);
      const rowRejects =
        survey.unusable > 0
          ? (
              await db.query<{ record: number; reason: string; raw: string }>(
                unusableRecordsSql(sqlName, columns, check.positions, latestMonth),
              )
            ).map((r) => ({ ...r, record: fileRecord(r.record, csvRejects) }))
          : [];
      const rejected = await withLines(input, [...csvRejects, ...rowRejects]);
      const described = await describeLoad(db, input.name, survey, census, rejected);
      described.rowsReplaced = Number(replaced?.Count ?? 0);
      await recordFileLoad(db, described);
      return described;
    });
    return report;
  } catch (error) {
    return failedFileReport(input.name, 'police.uk', `${input.name}: ${loadFailureReason(error)}`);
  } finally {
    await db.exec(DROP_STAGE_SQL);
    await db.dropFile(sqlName);
  }
}

/**
 * First pass: the file's distinct coordinate pairs (each projected once, into \`stage_locations\`)
 * and its month × force combinations (checked once, into \`stage_keys\` and \`stage_load_keys\`).
 */
async function surveyAndProject(
  db: DuckConnector,
  sqlName: string,
  columns: number,
  positions: ColumnPositions,
  latestMonth: string,
): Promise<Survey> {
  await db.exec(surveyPoliceUkSql(sqlName, columns, positions));
  await db.exec(`${stageKeysSql(latestMonth)};\n${STAGE_PLACES_SQL}`);
  const points = await db.queryColumns(PLACEABLE_POINTS_SQL);
  const longitudes = (points.lon as Float64Array | undefined) ?? new Float64Array();
  const latitudes = (points.lat as Float64Array | undefined) ?? new Float64Array();
  const { eastings, northings } = toBngMany(longitudes, latitudes);
  await db.createTableFromColumns('stage_points', {
    lon: longitudes,
    lat: latitudes,
    easting: eastings,
    northing: northings,
  });
  await db.exec(STAGE_LOCATIONS_SQL);
  const [totals] = await db.query<{ unusable: number }>(SURVEY_TOTALS_SQL);
  const months = await db.query<{ month_text: string }>(SURVEY_MONTHS_SQL);
  return {
    unusable: totals?.unusable ?? 0,
    months: months.map((m) => m.month_text),
  };
}

/** Good records before each malformed one: DuckDB's numbering skips the malformed records. */
function skipPoints(csvRejects: { record: number }[]): number[] {
  return csvRejects.map((r, i) => r.record - (i + 1));
}

/** The file record number of DuckDB's `survivor`-th parsed record. */
function fileRecord(survivor: number, csvRejects: { record: number }[]): number {
  return survivor + skipPoints(csvRejects).filter((before) => before < survivor).length;
}

async function renumber(
  db: DuckConnector,
  csvRejects: { record: number }[],
  fileName: string,
): Promise<void> {
  await db.exec(stageSkipsSql(skipPoints(csvRejects)));
  await db.exec(renumberAfterSkipsSql(fileName, 'stage_load_keys'));
}

async function describeLoad(
  db: DuckConnector,
  fileName: string,
  survey: Survey,
  census: LineCensus,
  rejected: RejectedRow[],
): Promise<FileLoadReport> {
  const summary = await db.query<{
    reason: string | null;
    unknown: boolean;
    crime_type: string | null;
    n: number;
  }>(loadedSummarySql(fileName, 'stage_load_keys'));
  const rowsLoaded = summary.reduce((total, r) => total + r.n, 0);
  const unlocated = tally(summary.filter((r) => r.reason !== null).map((r) => [r.reason, r.n]));
  const unknownTypes = tally(summary.filter((r) => r.unknown).map((r) => [r.crime_type, r.n]));
  return {
    fileName,
    source: 'police.uk',
    error: null,
    linesRead: census.lines,
    rowsRead: census.records,
    rowsUnaccounted: census.records - rowsLoaded - rejected.length,
    rowsLoaded,
    rowsUnlocated: unlocated.reduce((total, r) => total + r.n, 0),
    rowsRejected: rejected.length,
    rowsReplaced: 0,
    months: survey.months,
    rejected,
    unknownTypes: unknownTypes.map((r) => ({ type: r.key as string, count: r.n })),
    unlocatedReasons: unlocated.map((r) => ({ reason: r.key as string, count: r.n })),
  };
}

/** Counts summed by key, most first (ties by key, so the order never depends on hashing). */
function tally(entries: [string | null, number][]): { key: string | null; n: number }[] {
  const sums = new Map<string | null, number>();
  for (const [key, n] of entries) sums.set(key, (sums.get(key) ?? 0) + n);
  return [...sums]
    .map(([key, n]) => ({ key, n }))
    .sort((a, b) => b.n - a.n || String(a.key).localeCompare(String(b.key)));
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
    .map((r) => ({
      line: lines.get(r.record) ?? r.record + 1,
      reason: r.reason,
      raw: r.raw.trim(),
    }))
    .sort((a, b) => a.line - b.line);
}

import type { PoliceUkColumn } from './policeuk-columns';
import { sqlString } from './literals';

export type ColumnPositions = Partial<Record<PoliceUkColumn, number>>;

/** Great Britain with a margin, in WGS84: coordinates outside it cannot be placed. */
const GB_BOUNDS = { west: -8.8, east: 2.0, south: 49.7, north: 61.0 };
const MONTH_PATTERN = '[0-9]{4}-(0[1-9]|1[0-2])';
/** police.uk street-level data starts in December 2010. */
export const FIRST_POLICE_UK_MONTH = '2010-12';

/** Text compared the forgiving way: trimmed, runs of spaces made one, case folded. */
function identityText(expr: string): string {
  return `lower(regexp_replace(trim(${expr}), '\\s+', ' ', 'g'))`;
}

/**
 * A police.uk file's identity, force|YYYY-MM, the same whatever the spacing or case of the force
 * name (a re-download that writes " Derbyshire  constabulary" is the same force-month).
 */
function policeUkLoadKeySql(force: string, month: string): string {
  return `${identityText(force)} || '|' || ${identityText(month)}`;
}

/** Why a YYYY-MM month cannot be a police.uk month (NULL when it can); `latestMonth` is YYYY-MM. */
function implausibleMonthSql(month: string, latestMonth: string): string {
  return `CASE
    WHEN ${month} < '${FIRST_POLICE_UK_MONTH}' THEN 'Month "' || ${month} || '" is before December 2010, when police.uk data starts'
    WHEN ${month} > ${sqlString(latestMonth)} THEN 'Month "' || ${month} || '" is after the current month'
  END`;
}

function trimmed(positions: ColumnPositions, key: PoliceUkColumn): string {
  const at = positions[key];
  return at === undefined ? 'NULL::VARCHAR' : `nullif(trim(c${at}), '')`;
}

/** The column as read (or NULL when the file lacks it): join keys must match the survey exactly. */
function raw(positions: ColumnPositions, key: PoliceUkColumn): string {
  const at = positions[key];
  return at === undefined ? 'NULL::VARCHAR' : `c${at}`;
}

/** The longest row DuckDB's CSV reader is asked to take; the loader rejects longer ones itself. */
export const POLICE_UK_MAX_LINE_BYTES = 2_000_000;

function readCsvSql(sqlName: string, columnCount: number, storeRejects: boolean): string {
  const columns = Array.from({ length: columnCount }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const rejects = storeRejects
    ? `, store_rejects = true, rejects_table = 'stage_rejects', rejects_scan = 'stage_scan'`
    : '';
  return `read_csv(${sqlString(sqlName)}, header = true, auto_detect = false, delim = ',', quote = '"',
    escape = '"', columns = {${columns}}, max_line_size = ${POLICE_UK_MAX_LINE_BYTES},
    ignore_errors = true${rejects})`;
}

function text(positions: ColumnPositions, key: PoliceUkColumn): string {
  const at = positions[key];
  return at === undefined ? 'NULL::VARCHAR' : `nullif(c${at}, '')`;
}

/** Why a place cannot be put on the map, from its longitude/latitude (NULL when it can). */
function unlocatedReasonSql(lonText: string, latText: string, lon: string, lat: string): string {
  const b = GB_BOUNDS;
  return `CASE
    WHEN ${lonText} IS NULL AND ${latText} IS NULL THEN 'no coordinates'
    WHEN ${lonText} IS NULL OR ${latText} IS NULL THEN 'only one coordinate'
    WHEN ${lon} IS NULL OR ${lat} IS NULL THEN 'coordinates are not numbers'
    WHEN ${lon} = 0 AND ${lat} = 0 THEN 'coordinates are 0,0'
    WHEN ${lon} < ${b.west} OR ${lon} > ${b.east} OR ${lat} < ${b.south} OR ${lat} > ${b.north}
      THEN 'coordinates outside Great Britain'
  END`;
}

/**
 * First pass over the file, grouping the raw text only (no per-row parsing): the distinct
 * coordinate pairs, and the distinct month × force × "has a crime type" combinations.
 */
export function surveyPoliceUkSql(
  sqlName: string,
  columnCount: number,
  positions: ColumnPositions,
): string {
  return `CREATE OR REPLACE TEMP TABLE stage_groups AS
SELECT GROUPING(lon_raw, lat_raw) = 0 AS is_place, lon_raw, lat_raw, month_raw, reported_raw,
  falls_raw, type_missing, count(*)::INTEGER AS records
FROM (
  SELECT ${raw(positions, 'longitude')} AS lon_raw, ${raw(positions, 'latitude')} AS lat_raw,
    ${raw(positions, 'month')} AS month_raw, ${raw(positions, 'reportedBy')} AS reported_raw,
    ${raw(positions, 'fallsWithin')} AS falls_raw,
    ${trimmed(positions, 'crimeType')} IS NULL AS type_missing
  FROM ${readCsvSql(sqlName, columnCount, true)}
)
GROUP BY GROUPING SETS ((lon_raw, lat_raw), (month_raw, reported_raw, falls_raw, type_missing))`;
}

/**
 * Each month × force combination of the file, checked once: whether its rows can be used (a
 * YYYY-MM month from December 2010 to `latestMonth`, and a crime type), and the identity
 * (force|month) they load under.
 */
export function stageKeysSql(latestMonth: string): string {
  return `CREATE OR REPLACE TEMP TABLE stage_keys AS
WITH keys AS (
  SELECT month_raw, reported_raw, falls_raw, type_missing, records,
    nullif(trim(month_raw), '') AS month_text,
    coalesce(regexp_replace(coalesce(nullif(trim(reported_raw), ''), nullif(trim(falls_raw), '')), '\\s+', ' ', 'g'),
      'Unknown force') AS force
  FROM stage_groups WHERE NOT is_place
)
SELECT *, ${policeUkLoadKeySql('force', 'month_text')} AS load_key,
  try_strptime(month_text || '-01', '%Y-%m-%d')::DATE AS month,
  NOT type_missing AND month_text IS NOT NULL
    AND regexp_full_match(month_text, '${MONTH_PATTERN}')
    AND (${implausibleMonthSql('month_text', latestMonth)}) IS NULL AS usable
FROM keys;
CREATE OR REPLACE TEMP TABLE stage_load_keys AS
SELECT DISTINCT load_key, month_text FROM stage_keys WHERE usable;`;
}

/** Each distinct coordinate pair of the file, parsed once, with why it cannot be mapped. */
export const STAGE_PLACES_SQL = `CREATE OR REPLACE TEMP TABLE stage_places AS
WITH parsed AS (
  SELECT lon_raw, lat_raw, nullif(trim(lon_raw), '') AS lon_text, nullif(trim(lat_raw), '') AS lat_text
  FROM stage_groups WHERE is_place
), typed AS (
  SELECT *, TRY_CAST(lon_text AS DOUBLE) AS lon, TRY_CAST(lat_text AS DOUBLE) AS lat FROM parsed
)
SELECT lon_raw, lat_raw, lon, lat, ${unlocatedReasonSql('lon_text', 'lat_text', 'lon', 'lat')} AS unlocated_reason
FROM typed`;

/** The placeable points, to project to British National Grid in JS (proj4). */
export const PLACEABLE_POINTS_SQL = `SELECT DISTINCT lon, lat FROM stage_places WHERE unlocated_reason IS NULL`;

/** Each coordinate pair with its projected point, once \`stage_points\` holds the projections. */
export const STAGE_LOCATIONS_SQL = `CREATE OR REPLACE TEMP TABLE stage_locations AS
SELECT pl.lon_raw, pl.lat_raw, pl.unlocated_reason,
  CASE WHEN pl.unlocated_reason IS NULL THEN pl.lon END AS lon,
  CASE WHEN pl.unlocated_reason IS NULL THEN pl.lat END AS lat,
  pt.easting, pt.northing
FROM stage_places pl LEFT JOIN stage_points pt ON pt.lon = pl.lon AND pt.lat = pl.lat`;

/** Records read and records that cannot be used (bad month or no crime type). */
export const SURVEY_TOTALS_SQL = `SELECT coalesce(sum(records), 0)::INTEGER AS records,
  coalesce(sum(records) FILTER (WHERE NOT usable), 0)::INTEGER AS unusable FROM stage_keys`;

/** The months of the file's usable records, as written in it. */
export const SURVEY_MONTHS_SQL = 'SELECT DISTINCT month_text FROM stage_load_keys ORDER BY 1';

/** Malformed records DuckDB could not parse, as record numbers with DuckDB's reason. */
export const CSV_REJECTS_SQL = `SELECT (line - 1)::INTEGER AS record,
  arg_min(error_message, coalesce(column_idx, 0)) AS reason, arg_min(csv_line, coalesce(column_idx, 0)) AS raw
FROM stage_rejects GROUP BY line ORDER BY line`;

/**
 * Records that cannot be used (no month, a month not YYYY-MM or outside December 2010 …
 * `latestMonth`, no crime type), with their record number, the reason and the row as text. Only
 * run when the survey found some.
 */
export function unusableRecordsSql(
  sqlName: string,
  columnCount: number,
  positions: ColumnPositions,
  latestMonth: string,
): string {
  const rawRow = `concat_ws(',', ${Array.from({ length: columnCount }, (_, i) => `coalesce(c${i}, '')`).join(', ')})`;
  return `WITH records AS (
  SELECT (row_number() OVER ())::INTEGER AS record, *
  FROM ${readCsvSql(sqlName, columnCount, false)}
), typed AS (
  SELECT *, ${trimmed(positions, 'month')} AS month_text, ${trimmed(positions, 'crimeType')} AS crime_type
  FROM records
), checked AS (
  SELECT *,
    CASE
      WHEN month_text IS NULL THEN 'no Month'
      WHEN NOT regexp_full_match(month_text, '${MONTH_PATTERN}')
        THEN 'Month "' || month_text || '" is not YYYY-MM'
      WHEN (${implausibleMonthSql('month_text', latestMonth)}) IS NOT NULL
        THEN ${implausibleMonthSql('month_text', latestMonth)}
      WHEN crime_type IS NULL THEN 'no Crime type'
    END AS reject_reason
  FROM typed
)
SELECT record, reject_reason AS reason, ${rawRow} AS raw FROM checked
WHERE reject_reason IS NOT NULL ORDER BY record`;
}

/**
 * Earlier rows of these force-months, their keys compared normalised (workspaces saved before the
 * keys were normalised hold them as written). Each distinct stored key is normalised once, not
 * each row: the per-row regular expression over the whole table grew with every file loaded.
 */
function earlierLoadKeysWhere(loadKeysTable: string): string {
  return `source = 'police.uk' AND load_key IN (
  SELECT stored FROM (SELECT DISTINCT load_key AS stored FROM incidents WHERE source = 'police.uk')
  WHERE ${identityText("split_part(stored, '|', 1)")} || '|' || ${identityText("split_part(stored, '|', 2)")}
    IN (SELECT load_key FROM ${loadKeysTable}))`;
}

/** Removes earlier rows of these force-months, so a reloaded month replaces, never doubles. */
export function deleteLoadKeysSql(loadKeysTable: string): string {
  return `DELETE FROM incidents WHERE ${earlierLoadKeysWhere(loadKeysTable)}`;
}

/**
 * Second pass: the usable records straight into \`incidents\`. Month, force and identity come from
 * \`stage_keys\`, coordinates from \`stage_places\` and \`stage_points\`: nothing is parsed per row.
 */
export function insertPoliceUkSql(
  sqlName: string,
  columnCount: number,
  positions: ColumnPositions,
  fileName: string,
): string {
  return `INSERT INTO incidents
SELECT 'police.uk', k.load_key, ${sqlString(fileName)}, r.record, ${text(positions, 'crimeId')},
  k.month, NULL, k.force, pl.lon, pl.lat, pl.easting, pl.northing, pl.unlocated_reason, ${text(positions, 'location')}, ${text(positions, 'lsoaCode')},
  ${text(positions, 'lsoaName')}, ${trimmed(positions, 'crimeType')}, coalesce(cc.category, 'other-crime'),
  ${text(positions, 'outcome')}, ${text(positions, 'context')}
FROM (SELECT (row_number() OVER ())::INTEGER AS record, * FROM ${readCsvSql(sqlName, columnCount, false)}) r
JOIN stage_keys k ON k.usable
  AND k.month_raw IS NOT DISTINCT FROM ${raw(positions, 'month')}
  AND k.reported_raw IS NOT DISTINCT FROM ${raw(positions, 'reportedBy')}
  AND k.falls_raw IS NOT DISTINCT FROM ${raw(positions, 'fallsWithin')}
  AND k.type_missing = (${trimmed(positions, 'crimeType')} IS NULL)
LEFT JOIN stage_locations pl ON pl.lon_raw IS NOT DISTINCT FROM ${raw(positions, 'longitude')}
  AND pl.lat_raw IS NOT DISTINCT FROM ${raw(positions, 'latitude')}
LEFT JOIN category_codes cc ON cc.source_kind = 'police.uk' AND cc.code = ${trimmed(positions, 'crimeType')}`;
}

/** The rows this load put in (its file name and force-months). */
function loadedRowsWhere(fileName: string, loadKeysTable: string): string {
  return `file_name = ${sqlString(fileName)} AND source = 'police.uk'
  AND load_key IN (SELECT load_key FROM ${loadKeysTable})`;
}

/**
 * DuckDB numbers only the records it could parse: shift this load's rows back to file record
 * numbers, given the malformed ones in `stage_skips(before)` (good records before each).
 */
/** `stage_skips`: for each malformed record, how many good records came before it. */
export function stageSkipsSql(skipPoints: readonly number[]): string {
  const values = skipPoints.map((before) => `(${before})`).join(', ');
  return `CREATE OR REPLACE TEMP TABLE stage_skips AS SELECT * FROM (VALUES ${values}) AS t(before)`;
}

export function renumberAfterSkipsSql(fileName: string, loadKeysTable: string): string {
  return `UPDATE incidents SET record = record
  + (SELECT count(*) FROM stage_skips WHERE stage_skips.before < incidents.record)::INTEGER
WHERE ${loadedRowsWhere(fileName, loadKeysTable)}`;
}

/**
 * This load's rows counted in one scan, by unlocated reason (NULL when placed) and, for crime
 * types outside the police.uk taxonomy (loaded as other crime, and reported), the type as written
 * (`unknown` true); rows of known types have `unknown` false and a NULL type.
 */
export function loadedSummarySql(fileName: string, loadKeysTable: string): string {
  return `WITH loaded AS (
  SELECT unlocated_reason, original_type, known.code IS NULL AS unknown
  FROM incidents i
  LEFT JOIN (SELECT DISTINCT code FROM category_codes WHERE source_kind = 'police.uk') known
    ON known.code = i.original_type
  WHERE ${loadedRowsWhere(fileName, loadKeysTable)}
)
SELECT unlocated_reason AS reason, unknown, CASE WHEN unknown THEN original_type END AS crime_type,
  count(*)::INTEGER AS n
FROM loaded GROUP BY ALL`;
}

/**
 * Drops the staging tables, DuckDB's rejects tables included: they outlive the scan, and a later
 * file would otherwise report an earlier file's malformed records as its own.
 */
export const DROP_STAGE_SQL = `DROP TABLE IF EXISTS stage_points; DROP TABLE IF EXISTS stage_keys;
DROP TABLE IF EXISTS stage_groups; DROP TABLE IF EXISTS stage_places; DROP TABLE IF EXISTS stage_locations; DROP TABLE IF EXISTS stage_load_keys;
DROP TABLE IF EXISTS stage_skips;
DROP TABLE IF EXISTS stage_rejects; DROP TABLE IF EXISTS stage_scan;`;

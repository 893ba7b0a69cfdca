import type { PoliceUkColumn } from '../ingest/policeuk/columns';
import { sqlString } from './literals';

export type ColumnPositions = Partial<Record<PoliceUkColumn, number>>;

/** Great Britain with a margin, in WGS84: coordinates outside it cannot be placed. */
const GB_BOUNDS = { west: -8.8, east: 2.0, south: 49.7, north: 61.0 };

function trimmed(positions: ColumnPositions, key: PoliceUkColumn): string {
  const at = positions[key];
  return at === undefined ? 'NULL::VARCHAR' : `nullif(trim(c${at}), '')`;
}

function text(positions: ColumnPositions, key: PoliceUkColumn): string {
  const at = positions[key];
  return at === undefined ? 'NULL::VARCHAR' : `nullif(c${at}, '')`;
}

/**
 * Every record of a registered police.uk CSV, typed and checked: `reject_reason` says why a record
 * cannot be used, `unlocated_reason` why it cannot be mapped. Malformed records (wrong number of
 * fields) are skipped here and, with `storeRejects`, listed in `stage_rejects`.
 */
function checkedRecordsSql(
  sqlName: string,
  columnCount: number,
  positions: ColumnPositions,
  storeRejects: boolean,
): string {
  const columns = Array.from({ length: columnCount }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const rejects = storeRejects
    ? `, store_rejects = true, rejects_table = 'stage_rejects', rejects_scan = 'stage_scan'`
    : '';
  const raw = `concat_ws(',', ${Array.from({ length: columnCount }, (_, i) => `coalesce(c${i}, '')`).join(', ')})`;
  const force = `coalesce(${text(positions, 'reportedBy')}, ${text(positions, 'fallsWithin')}, 'Unknown force')`;
  const b = GB_BOUNDS;
  return `WITH records AS (
  SELECT (row_number() OVER ())::INTEGER AS record, *
  FROM read_csv(${sqlString(sqlName)}, header = true, auto_detect = false, delim = ',', quote = '"',
    escape = '"', columns = {${columns}}, ignore_errors = true${rejects})
), typed AS (
  SELECT *, ${trimmed(positions, 'month')} AS month_text, ${trimmed(positions, 'crimeType')} AS crime_type,
    ${trimmed(positions, 'longitude')} AS lon_text, ${trimmed(positions, 'latitude')} AS lat_text,
    ${force} AS force
  FROM records
), checked AS (
  SELECT *, TRY_CAST(lon_text AS DOUBLE) AS lon, TRY_CAST(lat_text AS DOUBLE) AS lat,
    CASE
      WHEN month_text IS NULL THEN 'no Month'
      WHEN NOT regexp_full_match(month_text, '[0-9]{4}-(0[1-9]|1[0-2])')
        THEN 'Month "' || month_text || '" is not YYYY-MM'
      WHEN crime_type IS NULL THEN 'no Crime type'
    END AS reject_reason
  FROM typed
)
SELECT *,
  CASE
    WHEN lon_text IS NULL AND lat_text IS NULL THEN 'no coordinates'
    WHEN lon_text IS NULL OR lat_text IS NULL THEN 'only one coordinate'
    WHEN lon IS NULL OR lat IS NULL THEN 'coordinates are not numbers'
    WHEN lon = 0 AND lat = 0 THEN 'coordinates are 0,0'
    WHEN lon < ${b.west} OR lon > ${b.east} OR lat < ${b.south} OR lat > ${b.north}
      THEN 'coordinates outside Great Britain'
  END AS unlocated_reason,
  CASE WHEN reject_reason IS NOT NULL THEN ${raw} END AS raw
FROM checked`;
}

/**
 * First pass over the file: the distinct placeable points (to project once per snap point), the
 * force-months it holds (its identity), and how many records are unusable.
 * Rows: kind 'point' (lon, lat), 'key' (load_key, month_text) or 'total' (records, unusable).
 */
export function surveyPoliceUkSql(sqlName: string, columnCount: number, positions: ColumnPositions): string {
  return `WITH checked AS (${checkedRecordsSql(sqlName, columnCount, positions, true)})
SELECT CASE WHEN GROUPING(lon, lat) = 0 THEN 'point' WHEN GROUPING(load_key) = 0 THEN 'key' ELSE 'total' END AS kind,
  lon, lat, load_key, any_value(month_text) AS month_text,
  count(*)::INTEGER AS records, count(*) FILTER (WHERE reject_reason IS NOT NULL)::INTEGER AS unusable
FROM (
  SELECT CASE WHEN reject_reason IS NULL AND unlocated_reason IS NULL THEN lon END AS lon,
    CASE WHEN reject_reason IS NULL AND unlocated_reason IS NULL THEN lat END AS lat,
    CASE WHEN reject_reason IS NULL THEN force || '|' || month_text END AS load_key,
    month_text, reject_reason
  FROM checked
)
GROUP BY GROUPING SETS ((lon, lat), (load_key), ())`;
}

/** Malformed records DuckDB could not parse, as record numbers with DuckDB's reason. */
export const CSV_REJECTS_SQL = `SELECT (line - 1)::INTEGER AS record,
  arg_min(error_message, coalesce(column_idx, 0)) AS reason, arg_min(csv_line, coalesce(column_idx, 0)) AS raw
FROM stage_rejects GROUP BY line ORDER BY line`;

/** Records that cannot be used, with the reason and the row as text. */
export function unusableRecordsSql(sqlName: string, columnCount: number, positions: ColumnPositions): string {
  return `SELECT record, reject_reason AS reason, raw
FROM (${checkedRecordsSql(sqlName, columnCount, positions, false)})
WHERE reject_reason IS NOT NULL ORDER BY record`;
}

/** Removes earlier rows of these force-months, so a reloaded month replaces, never doubles. */
export function deleteLoadKeysSql(loadKeysTable: string): string {
  return `DELETE FROM incidents WHERE source = 'police.uk' AND load_key IN (SELECT load_key FROM ${loadKeysTable})`;
}

export function countLoadKeysSql(loadKeysTable: string): string {
  return `SELECT count(*)::INTEGER AS n FROM incidents WHERE source = 'police.uk'
  AND load_key IN (SELECT load_key FROM ${loadKeysTable})`;
}

/** Second pass: the usable records straight into `incidents`, with their points and categories. */
export function insertPoliceUkSql(
  sqlName: string,
  columnCount: number,
  positions: ColumnPositions,
  fileName: string,
): string {
  return `INSERT INTO incidents
SELECT 'police.uk', s.force || '|' || s.month_text, ${sqlString(fileName)}, s.record,
  ${text(positions, 'crimeId')}, strptime(s.month_text || '-01', '%Y-%m-%d')::DATE, NULL, s.force,
  CASE WHEN s.unlocated_reason IS NULL THEN s.lon END,
  CASE WHEN s.unlocated_reason IS NULL THEN s.lat END,
  CASE WHEN s.unlocated_reason IS NULL THEN p.easting END,
  CASE WHEN s.unlocated_reason IS NULL THEN p.northing END,
  s.unlocated_reason, ${text(positions, 'location')}, ${text(positions, 'lsoaCode')},
  ${text(positions, 'lsoaName')}, s.crime_type, coalesce(cc.category, 'other-crime'),
  ${text(positions, 'outcome')}, ${text(positions, 'context')}
FROM (${checkedRecordsSql(sqlName, columnCount, positions, false)}) s
LEFT JOIN stage_points p ON p.lon = s.lon AND p.lat = s.lat
LEFT JOIN category_codes cc ON cc.source_kind = 'police.uk' AND cc.code = s.crime_type
WHERE s.reject_reason IS NULL`;
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
export function renumberAfterSkipsSql(fileName: string, loadKeysTable: string): string {
  return `UPDATE incidents SET record = record
  + (SELECT count(*) FROM stage_skips WHERE stage_skips.before < incidents.record)::INTEGER
WHERE ${loadedRowsWhere(fileName, loadKeysTable)}`;
}

export function loadedCountsSql(fileName: string, loadKeysTable: string): string {
  return `SELECT count(*)::INTEGER AS rows_loaded,
  count(*) FILTER (WHERE unlocated_reason IS NOT NULL)::INTEGER AS rows_unlocated
FROM incidents WHERE ${loadedRowsWhere(fileName, loadKeysTable)}`;
}

export function loadedUnlocatedReasonsSql(fileName: string, loadKeysTable: string): string {
  return `SELECT unlocated_reason AS reason, count(*)::INTEGER AS n FROM incidents
WHERE ${loadedRowsWhere(fileName, loadKeysTable)} AND unlocated_reason IS NOT NULL
GROUP BY 1 ORDER BY 2 DESC`;
}

/** Crime types not in the police.uk taxonomy (loaded as other crime, and reported). */
export function loadedUnknownTypesSql(fileName: string, loadKeysTable: string): string {
  return `SELECT original_type AS crime_type, count(*)::INTEGER AS n FROM incidents i
WHERE ${loadedRowsWhere(fileName, loadKeysTable)} AND NOT EXISTS (
  SELECT 1 FROM category_codes cc WHERE cc.source_kind = 'police.uk' AND cc.code = i.original_type)
GROUP BY 1 ORDER BY 2 DESC`;
}

export const DROP_STAGE_SQL = `DROP TABLE IF EXISTS stage_points; DROP TABLE IF EXISTS stage_keys;
DROP TABLE IF EXISTS stage_skips;`;

import type { PoliceUkColumn } from '../ingest/policeuk/columns';
import { sqlString } from './literals';

export type ColumnPositions = Partial<Record<PoliceUkColumn, number>>;

/** Great Britain with a margin, in WGS84: coordinates outside it cannot be placed. */
const GB_BOUNDS = { west: -8.8, east: 2.0, south: 49.7, north: 61.0 };

function col(positions: ColumnPositions, key: PoliceUkColumn): string {
  const at = positions[key];
  return at === undefined ? 'NULL::VARCHAR' : `nullif(trim(c${at}), '')`;
}

function text(positions: ColumnPositions, key: PoliceUkColumn): string {
  const at = positions[key];
  return at === undefined ? 'NULL::VARCHAR' : `nullif(c${at}, '')`;
}

/**
 * Reads a registered police.uk CSV in one pass into a typed temporary table: one row per record,
 * with the reason it cannot be used (`reject_reason`) or cannot be mapped (`unlocated_reason`).
 * Malformed records (wrong number of fields) go to DuckDB's rejects table with their record line.
 */
export function stagePoliceUkSql(
  sqlName: string,
  columnCount: number,
  positions: ColumnPositions,
): string {
  const columns = Array.from({ length: columnCount }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const raw = `concat_ws(',', ${Array.from({ length: columnCount }, (_, i) => `coalesce(c${i}, '')`).join(', ')})`;
  const force = `coalesce(${text(positions, 'reportedBy')}, ${text(positions, 'fallsWithin')}, 'Unknown force')`;
  const b = GB_BOUNDS;
  return `CREATE OR REPLACE TEMP TABLE stage AS
WITH records AS (
  SELECT (row_number() OVER ())::INTEGER AS record, *
  FROM read_csv(${sqlString(sqlName)}, header = true, auto_detect = false, delim = ',', quote = '"',
    escape = '"', columns = {${columns}}, ignore_errors = true, store_rejects = true,
    rejects_table = 'stage_rejects', rejects_scan = 'stage_scan')
), typed AS (
  SELECT *, ${col(positions, 'month')} AS month_text, ${col(positions, 'crimeType')} AS crime_type,
    ${col(positions, 'longitude')} AS lon_text, ${col(positions, 'latitude')} AS lat_text
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
SELECT record, month_text, crime_type, ${force} AS force, lon, lat,
  ${text(positions, 'crimeId')} AS crime_id, ${text(positions, 'location')} AS location,
  ${text(positions, 'lsoaCode')} AS lsoa_code, ${text(positions, 'lsoaName')} AS lsoa_name,
  ${text(positions, 'outcome')} AS outcome, ${text(positions, 'context')} AS context,
  reject_reason,
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

/** Malformed records DuckDB could not parse, as record numbers with DuckDB's reason. */
export const CSV_REJECTS_SQL = `SELECT (line - 1)::INTEGER AS record,
  arg_min(error_message, coalesce(column_idx, 0)) AS reason, arg_min(csv_line, coalesce(column_idx, 0)) AS raw
FROM stage_rejects GROUP BY line ORDER BY line`;

/**
 * DuckDB numbers only the records it could parse: shift them back to file record numbers, given
 * the malformed ones in \`stage_skips(before)\` (how many good records came before each).
 */
export const RENUMBER_AFTER_SKIPS_SQL = `UPDATE stage SET record = record
  + (SELECT count(*) FROM stage_skips WHERE stage_skips.before < stage.record)::INTEGER`;

/** Distinct placeable coordinates, to project once per snap point rather than once per row. */
export const DISTINCT_POINTS_SQL = `SELECT DISTINCT lon, lat FROM stage
WHERE reject_reason IS NULL AND unlocated_reason IS NULL`;

/** The force-month identities in the staged file (police.uk's file identity). */
export const STAGE_LOAD_KEYS_SQL = `SELECT DISTINCT force || '|' || month_text AS load_key,
  month_text FROM stage WHERE reject_reason IS NULL ORDER BY month_text`;

/** Removes earlier rows with the same force-month, so a reloaded month replaces, never doubles. */
export const DELETE_REPLACED_SQL = `DELETE FROM incidents WHERE source = 'police.uk'
  AND load_key IN (SELECT DISTINCT force || '|' || month_text FROM stage WHERE reject_reason IS NULL)`;

export const COUNT_REPLACED_SQL = `SELECT count(*)::INTEGER AS n FROM incidents WHERE source = 'police.uk'
  AND load_key IN (SELECT DISTINCT force || '|' || month_text FROM stage WHERE reject_reason IS NULL)`;

/** Moves the usable staged rows into `incidents`, joined to their projected points and categories. */
export function insertPoliceUkSql(fileName: string): string {
  return `INSERT INTO incidents
SELECT 'police.uk', s.force || '|' || s.month_text, ${sqlString(fileName)}, s.record, s.crime_id,
  strptime(s.month_text || '-01', '%Y-%m-%d')::DATE, NULL, s.force,
  CASE WHEN s.unlocated_reason IS NULL THEN s.lon END,
  CASE WHEN s.unlocated_reason IS NULL THEN s.lat END,
  CASE WHEN s.unlocated_reason IS NULL THEN p.easting END,
  CASE WHEN s.unlocated_reason IS NULL THEN p.northing END, s.unlocated_reason, s.location, s.lsoa_code, s.lsoa_name, s.crime_type,
  coalesce(cc.category, 'other-crime'), s.outcome, s.context
FROM stage s
LEFT JOIN stage_points p ON p.lon = s.lon AND p.lat = s.lat
LEFT JOIN category_codes cc ON cc.source_kind = 'police.uk' AND cc.code = s.crime_type
WHERE s.reject_reason IS NULL`;
}

export const STAGE_COUNTS_SQL = `SELECT
  count(*)::INTEGER AS rows_read,
  count(*) FILTER (WHERE reject_reason IS NULL)::INTEGER AS rows_loaded,
  count(*) FILTER (WHERE reject_reason IS NULL AND unlocated_reason IS NOT NULL)::INTEGER AS rows_unlocated
FROM stage`;

export const STAGE_REJECTS_SQL = `SELECT record, reject_reason AS reason, raw FROM stage
WHERE reject_reason IS NOT NULL ORDER BY record`;

/** Crime types not in the police.uk taxonomy (loaded as other crime, and reported). */
export const STAGE_UNKNOWN_TYPES_SQL = `SELECT s.crime_type AS crime_type, count(*)::INTEGER AS n
FROM stage s LEFT JOIN category_codes cc ON cc.source_kind = 'police.uk' AND cc.code = s.crime_type
WHERE s.reject_reason IS NULL AND cc.code IS NULL GROUP BY 1 ORDER BY 2 DESC`;

export const DROP_STAGE_SQL = `DROP TABLE IF EXISTS stage;
DROP TABLE IF EXISTS stage_points; DROP TABLE IF EXISTS stage_skips;`;

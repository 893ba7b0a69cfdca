import { deleteLoadKeysSql } from './ingest-policeuk';
import { sqlString } from './literals';

/** How a column of `incidents` is written to, and read back from, a Parquet file. */
export type IncidentColumnKind = 'text' | 'integer' | 'double' | 'date' | 'timestamp';

/** Every column of `incidents`, in table order, as an incidents Parquet file holds it. */
export const INCIDENT_COLUMNS: readonly { name: string; kind: IncidentColumnKind }[] = [
  { name: 'source', kind: 'text' },
  { name: 'load_key', kind: 'text' },
  { name: 'file_name', kind: 'text' },
  { name: 'record', kind: 'integer' },
  { name: 'ref', kind: 'text' },
  { name: 'month', kind: 'date' },
  { name: 'occurred_at', kind: 'timestamp' },
  { name: 'force', kind: 'text' },
  { name: 'longitude', kind: 'double' },
  { name: 'latitude', kind: 'double' },
  { name: 'easting', kind: 'double' },
  { name: 'northing', kind: 'double' },
  { name: 'unlocated_reason', kind: 'text' },
  { name: 'location', kind: 'text' },
  { name: 'lsoa_code', kind: 'text' },
  { name: 'lsoa_name', kind: 'text' },
  { name: 'original_type', kind: 'text' },
  { name: 'category', kind: 'text' },
  { name: 'outcome', kind: 'text' },
  { name: 'context', kind: 'text' },
];

/** Columns an incident cannot be counted without. */
export const REQUIRED_INCIDENT_COLUMNS: readonly string[] = [
  'source',
  'load_key',
  'file_name',
  'record',
  'month',
  'original_type',
  'category',
];

/**
 * The incidents as columns for a Parquet file: dates as ISO text and times as epoch milliseconds,
 * in a stable order (source, extract, file, record) so the same workspace writes the same file.
 */
export const EXPORT_INCIDENTS_SQL = `SELECT ${INCIDENT_COLUMNS.map(({ name, kind }) =>
  kind === 'date'
    ? `strftime(${name}, '%Y-%m-%d') AS ${name}`
    : kind === 'timestamp'
      ? `epoch_ms(${name})::DOUBLE AS ${name}`
      : kind === 'integer'
        ? `${name}::DOUBLE AS ${name}`
        : name,
).join(', ')}
FROM incidents ORDER BY source, load_key, file_name, record`;

/** The rows of the Parquet file being loaded, as read, one table for the whole file. */
export const CREATE_PARQUET_STAGE_SQL = `CREATE OR REPLACE TEMP TABLE stage_parquet (
  file_row INTEGER NOT NULL,
  ${INCIDENT_COLUMNS.map(({ name, kind }) => `${name} ${kind === 'text' || kind === 'date' ? 'VARCHAR' : 'DOUBLE'}`).join(',\n  ')}
)`;

/** Appends one batch (a row group) to the stage, columns matched by name. */
export function appendParquetBatchSql(batchTable: string): string {
  return `INSERT INTO stage_parquet BY NAME SELECT * FROM ${batchTable}; DROP TABLE ${batchTable}`;
}

/**
 * Each staged row typed and checked: why it cannot be used (NULL when it can), with the same
 * limits as a police.uk or local load (a month from 2000 to `latestMonth`, a category the
 * taxonomy knows, a located incident with its coordinates in Great Britain).
 */
export function checkParquetStageSql(latestMonth: string): string {
  const missing = REQUIRED_INCIDENT_COLUMNS.map((c) => `WHEN ${c} IS NULL THEN 'no ${c}'`).join(
    '\n      ',
  );
  return `CREATE OR REPLACE TEMP TABLE stage_parquet_checked AS
WITH typed AS (
  SELECT s.*, try_strptime(s.month, '%Y-%m-%d')::DATE AS month_date, c.id IS NOT NULL AS known_category
  FROM stage_parquet s LEFT JOIN categories c ON c.id = s.category
)
SELECT *,
  CASE
      ${missing}
      WHEN month_date IS NULL OR day(month_date) <> 1 THEN 'month "' || month || '" is not the first day of a month'
      WHEN strftime(month_date, '%Y-%m') < '2000-01' THEN 'month ' || strftime(month_date, '%Y-%m') || ' is before 2000-01, the earliest plausible'
      WHEN strftime(month_date, '%Y-%m') > ${sqlString(latestMonth)} THEN 'month ' || strftime(month_date, '%Y-%m') || ' is after the current month'
      WHEN record <> floor(record) OR record < 1 THEN 'record ' || record || ' is not a record number'
      WHEN NOT known_category THEN 'category "' || category || '" is not in the taxonomy'
      WHEN unlocated_reason IS NULL AND (easting IS NULL OR northing IS NULL OR longitude IS NULL OR latitude IS NULL)
        THEN 'located, but without longitude, latitude, easting and northing'
      WHEN unlocated_reason IS NULL AND (longitude < -8.8 OR longitude > 2.0 OR latitude < 49.7 OR latitude > 61.0)
        THEN 'coordinates outside Great Britain'
  END AS reject_reason
FROM typed;
CREATE OR REPLACE TEMP TABLE stage_load_keys AS
SELECT DISTINCT load_key, strftime(month_date, '%Y-%m') AS month_text FROM stage_parquet_checked
WHERE reject_reason IS NULL AND source = 'police.uk'`;
}

/** The rows that cannot be used, with their row in the file, the reason and the row as text. */
export const PARQUET_REJECTS_SQL = `SELECT file_row AS record, source, reject_reason AS reason,
  concat_ws(',', ${INCIDENT_COLUMNS.map(({ name }) => `coalesce(${name}::VARCHAR, '')`).join(', ')}) AS raw
FROM stage_parquet_checked WHERE reject_reason IS NOT NULL ORDER BY file_row`;

/** The months the usable rows of each source fall in. */
export const PARQUET_MONTHS_SQL = `SELECT DISTINCT source, strftime(month_date, '%Y-%m') AS month_text
FROM stage_parquet_checked WHERE reject_reason IS NULL ORDER BY 1, 2`;

/**
 * Removes what these rows replace: police.uk force-months compared as the police.uk loader does,
 * and any other source's incidents by their source and identity.
 */
export const DELETE_PARQUET_REPLACED_SQL = [
  deleteLoadKeysSql('stage_load_keys'),
  `DELETE FROM incidents WHERE source <> 'police.uk' AND (source, load_key) IN (
  SELECT DISTINCT source, load_key FROM stage_parquet_checked WHERE reject_reason IS NULL AND source <> 'police.uk')`,
];

/**
 * The usable rows into `incidents`, each source's rows named `<file> › <source>`: the workspace
 * lists them, counts their months and removes them as it does any loaded file.
 */
export function insertParquetRowsSql(fileName: string): string {
  return `INSERT INTO incidents
SELECT source, load_key, ${sqlString(`${fileName} › `)} || source, file_row, ref, month_date,
  epoch_ms(occurred_at::BIGINT),
  force, longitude, latitude, easting, northing, unlocated_reason, location, lsoa_code, lsoa_name,
  original_type, category, outcome, context
FROM stage_parquet_checked WHERE reject_reason IS NULL ORDER BY file_row`;
}

/** What was loaded: rows by unlocated reason, and police.uk crime types the taxonomy lacks. */
export function parquetLoadedSummarySql(fileName: string): string {
  return `SELECT source, unlocated_reason AS reason, known.code IS NULL AND source = 'police.uk' AS unknown,
  CASE WHEN known.code IS NULL AND source = 'police.uk' THEN original_type END AS crime_type,
  count(*)::INTEGER AS n
FROM incidents i
LEFT JOIN (SELECT DISTINCT code FROM category_codes WHERE source_kind = 'police.uk') known
  ON known.code = i.original_type
WHERE starts_with(file_name, ${sqlString(`${fileName} › `)}) GROUP BY ALL`;
}

/** What earlier loads of a Parquet file of this name recorded, whatever sources it held. */
export function forgetParquetLoadsSql(fileName: string): string {
  const prefix = sqlString(`${fileName} › `);
  return `DELETE FROM rejected_rows WHERE file_name = ${sqlString(fileName)} OR starts_with(file_name, ${prefix});
DELETE FROM loaded_files WHERE file_name = ${sqlString(fileName)} OR starts_with(file_name, ${prefix})`;
}

export const DROP_PARQUET_STAGE_SQL = `DROP TABLE IF EXISTS stage_parquet; DROP TABLE IF EXISTS stage_parquet_checked;
DROP TABLE IF EXISTS stage_load_keys`;

import { sqlString } from './literals';
import type { CsvColumns } from './read-csv';
import { readCsvSql } from './read-csv';

/**
 * SQL for loading local extracts (council, police incident, fire). Rows are typed in TypeScript
 * and arrive as CSV batches; everything here works on the `local_stage` table.
 */

/** The staging table for one file: every typed row, loaded or held back. */
export const CREATE_LOCAL_STAGE_SQL = `CREATE OR REPLACE TEMP TABLE local_stage (
  record INTEGER, line INTEGER, source VARCHAR, ref VARCHAR, month DATE, occurred_at TIMESTAMP,
  longitude DOUBLE, latitude DOUBLE, easting DOUBLE, northing DOUBLE, unlocated_reason VARCHAR,
  location VARCHAR, lsoa_code VARCHAR, lsoa_name VARCHAR, original_type VARCHAR, category VARCHAR,
  context VARCHAR, held_kind VARCHAR, held_reason VARCHAR, warn_kind VARCHAR, warn_reason VARCHAR,
  raw VARCHAR)`;

/**
 * Appends one batch of typed rows, written as headerless CSV (`StagedBatch`) and registered
 * under `fileName`, to the staging table. Empty fields are NULL.
 */
export function appendLocalBatchSql(fileName: string, columns: CsvColumns): string {
  return `INSERT INTO local_stage SELECT * FROM ${readCsvSql(fileName, columns, false)}`;
}

/**
 * A reference number seen again in the same file is the same incident: the first loadable row
 * is kept, the later ones are held back as duplicates naming the line that was kept.
 */
export const MARK_DUPLICATE_REFERENCES_SQL = `UPDATE local_stage SET held_kind = 'duplicate-reference',
  held_reason = 'reference "' || d.ref || '" already on line ' || d.first_line || ' (that row is kept)'
FROM (
  SELECT line, ref, min(line) OVER (PARTITION BY source, ref) AS first_line
  FROM local_stage WHERE ref IS NOT NULL AND held_kind IS NULL
) d
WHERE local_stage.line = d.line AND d.line > d.first_line`;

/** Earlier rows this file replaces: same source and reference, or (no reference) same source and day range. */
export const LOCAL_REPLACED_SQL = `CREATE OR REPLACE TEMP TABLE local_keys AS
  SELECT DISTINCT source, source || '|' || ref AS load_key FROM local_stage
  WHERE held_kind IS NULL AND ref IS NOT NULL;
CREATE OR REPLACE TEMP TABLE local_periods AS
  SELECT source, min(occurred_at)::DATE AS first_day, max(occurred_at)::DATE AS last_day
  FROM local_stage WHERE held_kind IS NULL AND ref IS NULL GROUP BY source;`;

const REPLACED_WHERE = `FROM incidents i WHERE EXISTS (SELECT 1 FROM local_keys k
    WHERE i.source = k.source AND i.load_key = k.load_key)
  OR EXISTS (SELECT 1 FROM local_periods p WHERE i.source = p.source AND i.ref IS NULL
    AND i.occurred_at::DATE BETWEEN p.first_day AND p.last_day)`;

export const COUNT_LOCAL_REPLACED_SQL = `SELECT count(*)::INTEGER AS n ${REPLACED_WHERE}`;

export const DELETE_LOCAL_REPLACED_SQL = `DELETE FROM incidents WHERE rowid IN (SELECT i.rowid ${REPLACED_WHERE})`;

/** Moves the loadable staged rows into `incidents`. */
export function insertLocalSql(fileName: string): string {
  return `INSERT INTO incidents
SELECT source,
  source || '|' || coalesce(ref, strftime(month, '%Y-%m')), ${sqlString(fileName)}, record, ref,
  month, occurred_at, NULL, longitude, latitude, easting, northing, unlocated_reason, location,
  lsoa_code, lsoa_name, original_type, category, NULL, context
FROM local_stage WHERE held_kind IS NULL`;
}

export const LOCAL_COUNTS_SQL = `SELECT count(*)::INTEGER AS rows_read,
  count(*) FILTER (WHERE held_kind IS NULL)::INTEGER AS rows_loaded,
  count(*) FILTER (WHERE held_kind IS NULL AND unlocated_reason IS NOT NULL)::INTEGER AS rows_unlocated,
  strftime(min(occurred_at) FILTER (WHERE held_kind IS NULL), '%Y-%m-%d') AS first_day,
  strftime(max(occurred_at) FILTER (WHERE held_kind IS NULL), '%Y-%m-%d') AS last_day
FROM local_stage`;

export const LOCAL_MONTHS_SQL = `SELECT DISTINCT strftime(month, '%Y-%m') AS month FROM local_stage
WHERE held_kind IS NULL ORDER BY 1`;

/** Counts of every problem kind: held-back rows and warnings on loaded rows. */
export const LOCAL_ISSUE_COUNTS_SQL = `SELECT held_kind AS kind, true AS held_back, count(*)::INTEGER AS n
FROM local_stage WHERE held_kind IS NOT NULL GROUP BY 1
UNION ALL
SELECT warn_kind, false, count(*)::INTEGER FROM local_stage
WHERE held_kind IS NULL AND warn_kind IS NOT NULL GROUP BY 1`;

/** The listed problems: the first `perKind` lines of each kind. */
export function localIssuesSql(perKind: number): string {
  return `SELECT line, kind, held_back, reason, raw FROM (
  SELECT line, held_kind AS kind, true AS held_back, held_reason AS reason, coalesce(raw, '') AS raw
  FROM local_stage WHERE held_kind IS NOT NULL
  UNION ALL
  SELECT line, warn_kind, false, warn_reason, coalesce(raw, '') FROM local_stage
  WHERE held_kind IS NULL AND warn_kind IS NOT NULL
) QUALIFY row_number() OVER (PARTITION BY kind ORDER BY line) <= ${perKind}
ORDER BY line, kind`;
}

export const LOCAL_UNMAPPED_CODES_SQL = `SELECT original_type AS code, count(*)::INTEGER AS n
FROM local_stage WHERE held_kind = 'unmapped-code' GROUP BY 1 ORDER BY 2 DESC, 1`;

export const LOCAL_UNLOCATED_REASONS_SQL = `SELECT unlocated_reason AS reason, count(*)::INTEGER AS n
FROM local_stage WHERE held_kind IS NULL AND unlocated_reason IS NOT NULL GROUP BY 1 ORDER BY 2 DESC`;

export const LOCAL_SOURCES_SQL = `SELECT DISTINCT source FROM local_stage ORDER BY 1`;

export const DROP_LOCAL_STAGE_SQL = `DROP TABLE IF EXISTS local_stage;
DROP TABLE IF EXISTS local_keys; DROP TABLE IF EXISTS local_periods;`;

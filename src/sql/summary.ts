import { sqlString } from './literals';
import type { IncidentFilter } from './filters';
import { whereIncidents } from './filters';
import type { CountedRelation } from './incident-cube';
import { INCIDENT_ROWS } from './incident-cube';

const MONTH_TEXT = "strftime(month, '%Y-%m')";

/** Totals: all incidents, located, unlocated. */
export function totalsSql(filter?: IncidentFilter): string {
  return `SELECT count(*)::INTEGER AS total,
  count(*) FILTER (WHERE unlocated_reason IS NULL)::INTEGER AS located,
  count(*) FILTER (WHERE unlocated_reason IS NOT NULL)::INTEGER AS unlocated
FROM incidents WHERE ${whereIncidents(filter)}`;
}

/**
 * Counts by month, top-level category, the source's own type with the category it maps to, and
 * whether located: one scan, from which the summary's totals, chart and type counts all come.
 */
export function summaryCountsSql(
  filter?: IncidentFilter,
  relation: CountedRelation = INCIDENT_ROWS,
): string {
  return `SELECT ${MONTH_TEXT} AS month, coalesce(c.parent, i.category) AS top, i.category AS category,
  original_type AS type, unlocated_reason IS NULL AS located, ${relation.rows}::INTEGER AS count
FROM ${relation.table} i LEFT JOIN categories c ON c.id = i.category
WHERE ${whereIncidents(filter)} GROUP BY ALL`;
}

/** Counts by month and category (top-level category, so sub-categories roll up). */
export function countsByMonthCategorySql(filter?: IncidentFilter): string {
  return `SELECT ${MONTH_TEXT} AS month, coalesce(c.parent, i.category) AS category,
  count(*)::INTEGER AS count
FROM incidents i LEFT JOIN categories c ON c.id = i.category
WHERE ${whereIncidents(filter)} GROUP BY ALL ORDER BY month, category`;
}

/** The months each source has data for (coverage, not counts). */
export const MONTHS_COVERED_SQL = `SELECT source, ${MONTH_TEXT} AS month, count(*)::INTEGER AS count
FROM incidents GROUP BY ALL ORDER BY source, month`;

export const LOADED_FILES_SQL = `SELECT file_name, source, rows_read, rows_loaded, rows_unlocated,
  rows_rejected, rows_replaced, months, lines_read, rows_unaccounted FROM loaded_files ORDER BY file_name`;

export const REJECTED_ROWS_SQL = `SELECT file_name, line, reason, raw FROM rejected_rows
ORDER BY file_name, line`;

export const UNLOCATED_REASONS_SQL = `SELECT unlocated_reason AS reason, count(*)::INTEGER AS count
FROM incidents WHERE unlocated_reason IS NOT NULL GROUP BY 1 ORDER BY 2 DESC`;

/** Removes every row that came from files whose names start with `prefix` (e.g. the demo). */
export function clearFilesSql(prefix: string): string {
  const like = sqlString(`${prefix}%`);
  return `DELETE FROM incidents WHERE file_name LIKE ${like};
DELETE FROM loaded_files WHERE file_name LIKE ${like};
DELETE FROM rejected_rows WHERE file_name LIKE ${like};
DELETE FROM workspace_documents WHERE kind = 'local-load' AND name LIKE ${like};`;
}

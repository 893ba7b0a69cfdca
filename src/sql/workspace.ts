import { sqlString } from './literals';

/** The kinds of document a workspace keeps beside its incidents. */
export type WorkspaceDocumentKind = 'boundary' | 'population' | 'local-load';

export const BEGIN_SQL = 'BEGIN TRANSACTION';
export const COMMIT_SQL = 'COMMIT';
export const ROLLBACK_SQL = 'ROLLBACK';
/** Folds the write-ahead log into the database file, so a reopen replays nothing. */
export const CHECKPOINT_SQL = 'CHECKPOINT';

export function saveDocumentSql(kind: WorkspaceDocumentKind, name: string, body: string): string {
  return `INSERT OR REPLACE INTO workspace_documents (kind, name, body, saved_at)
VALUES (${sqlString(kind)}, ${sqlString(name)}, ${sqlString(body)}, current_timestamp)`;
}

export function deleteDocumentSql(kind: WorkspaceDocumentKind, name: string): string {
  return `DELETE FROM workspace_documents WHERE kind = ${sqlString(kind)} AND name = ${sqlString(name)}`;
}

export function documentsSql(kind: WorkspaceDocumentKind): string {
  return `SELECT name, body, strftime(saved_at, '%Y-%m-%dT%H:%M:%S') AS saved_at
FROM workspace_documents WHERE kind = ${sqlString(kind)} ORDER BY saved_at, name`;
}

/**
 * Each loaded file with what it holds now (a later file for the same force-month may have
 * replaced its rows), its months and when it was loaded.
 */
export const WORKSPACE_FILES_SQL = `WITH present AS (
  SELECT file_name, count(*)::INTEGER AS rows_now FROM incidents GROUP BY file_name
)
SELECT f.file_name, f.source, f.rows_read, f.rows_loaded, f.rows_rejected, f.months,
  coalesce(p.rows_now, 0) AS rows_now,
  strftime(f.loaded_at, '%Y-%m-%dT%H:%M:%S') AS loaded_at
FROM loaded_files f LEFT JOIN present p USING (file_name)
ORDER BY f.loaded_at, f.file_name`;

/** Sizes of what is stored, for the workspace panel. */
export const WORKSPACE_DOCUMENT_SIZES_SQL = `SELECT kind, name, length(body)::INTEGER AS chars,
  strftime(saved_at, '%Y-%m-%dT%H:%M:%S') AS saved_at
FROM workspace_documents ORDER BY kind, name`;

/** Removes one file's incidents, rejected rows, load record and validation report. */
export function removeFileSql(fileName: string): string {
  const name = sqlString(fileName);
  return `DELETE FROM incidents WHERE file_name = ${name};
DELETE FROM rejected_rows WHERE file_name = ${name};
DELETE FROM loaded_files WHERE file_name = ${name};
DELETE FROM workspace_documents WHERE kind = 'local-load' AND name = ${name};`;
}

export function deleteDocumentsSql(kind: WorkspaceDocumentKind): string {
  return `DELETE FROM workspace_documents WHERE kind = ${sqlString(kind)}`;
}

import type { DuckConnector } from '../db/connector';
import { withTransaction } from '../db/transaction';
import { clearFilesSql } from '../sql/summary';
import type { WorkspaceDocumentKind } from '../sql/workspace';
import {
  CHECKPOINT_SQL,
  deleteDocumentSql,
  deleteDocumentsSql,
  documentsSql,
  removeFileSql,
  saveDocumentSql,
  WORKSPACE_DOCUMENT_SIZES_SQL,
  WORKSPACE_FILES_SQL,
} from '../sql/workspace';

export interface WorkspaceDocument {
  name: string;
  body: string;
  savedAt: string;
}

export interface WorkspaceFile {
  fileName: string;
  source: string;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  /** Rows of this file in the incidents now (a later download of a force-month replaces them). */
  rowsNow: number;
  months: string[];
  loadedAt: string;
}

export interface WorkspaceContents {
  files: WorkspaceFile[];
  documents: { kind: string; name: string; chars: number; savedAt: string }[];
}

export async function saveDocument(
  db: DuckConnector,
  kind: WorkspaceDocumentKind,
  name: string,
  body: string,
): Promise<void> {
  await db.exec(saveDocumentSql(kind, name, body));
  await db.exec(CHECKPOINT_SQL);
}

export async function deleteDocument(
  db: DuckConnector,
  kind: WorkspaceDocumentKind,
  name: string,
): Promise<void> {
  await db.exec(deleteDocumentSql(kind, name));
  await db.exec(CHECKPOINT_SQL);
}

export async function loadDocuments(
  db: DuckConnector,
  kind: WorkspaceDocumentKind,
): Promise<WorkspaceDocument[]> {
  const rows = await db.query<{ name: string; body: string; saved_at: string }>(documentsSql(kind));
  return rows.map((r) => ({ name: r.name, body: r.body, savedAt: r.saved_at }));
}

/** Removes one file's incidents and everything recorded about its load, all or nothing. */
export async function removeFile(db: DuckConnector, fileName: string): Promise<void> {
  await withTransaction(db, () => db.exec(removeFileSql(fileName)));
  await db.exec(CHECKPOINT_SQL);
}

/** What the workspace holds: each loaded file and each kept document. */
export async function workspaceContents(db: DuckConnector): Promise<WorkspaceContents> {
  const files = await db.query<{
    file_name: string;
    source: string;
    rows_read: number;
    rows_loaded: number;
    rows_rejected: number;
    rows_now: number;
    months: string;
    loaded_at: string;
  }>(WORKSPACE_FILES_SQL);
  const documents = await db.query<{ kind: string; name: string; chars: number; saved_at: string }>(
    WORKSPACE_DOCUMENT_SIZES_SQL,
  );
  return {
    files: files.map((f) => ({
      fileName: f.file_name,
      source: f.source,
      rowsRead: f.rows_read,
      rowsLoaded: f.rows_loaded,
      rowsRejected: f.rows_rejected,
      rowsNow: f.rows_now,
      months: f.months ? f.months.split(',').filter((m) => m !== '') : [],
      loadedAt: f.loaded_at,
    })),
    documents: documents.map((d) => ({
      kind: d.kind,
      name: d.name,
      chars: d.chars,
      savedAt: d.saved_at,
    })),
  };
}

/** Folds the write-ahead log into the saved workspace file. */
export async function checkpointWorkspace(db: DuckConnector): Promise<void> {
  await db.exec(CHECKPOINT_SQL);
}

/** Removes every file whose name starts with `prefix` (the demo's), all or nothing. */
export async function removeFilesWithPrefix(db: DuckConnector, prefix: string): Promise<void> {
  await withTransaction(db, () => db.exec(clearFilesSql(prefix)));
  await db.exec(CHECKPOINT_SQL);
}

/** Keeps `body` as the one document of its kind (the population table in use). */
export async function replaceDocuments(
  db: DuckConnector,
  kind: WorkspaceDocumentKind,
  name: string,
  body: string,
): Promise<void> {
  await withTransaction(db, async () => {
    await db.exec(deleteDocumentsSql(kind));
    await db.exec(saveDocumentSql(kind, name, body));
  });
  await db.exec(CHECKPOINT_SQL);
}

export async function deleteDocuments(
  db: DuckConnector,
  kind: WorkspaceDocumentKind,
): Promise<void> {
  await db.exec(deleteDocumentsSql(kind));
  await db.exec(CHECKPOINT_SQL);
}

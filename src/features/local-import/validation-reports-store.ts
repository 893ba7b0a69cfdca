import { useSyncExternalStore } from 'react';
import type { DuckConnector } from '../../db/connector';
import { parseLocalLoadDocument } from '../../ingest/local/local-load-document';
import type { LocalFileLoadReport } from '../../ingest/local/local-report';
import { loadDocuments } from '../../reports/workspace';

let reports: readonly LocalFileLoadReport[] = [];
const listeners = new Set<() => void>();

function publish(next: readonly LocalFileLoadReport[]): void {
  reports = next;
  for (const listener of listeners) listener();
}

/** Keeps the latest validation report of each local file loaded. */
export function addValidationReport(report: LocalFileLoadReport): void {
  publish([...reports.filter((r) => r.fileName !== report.fileName), report]);
}

export function removeValidationReport(fileName: string): void {
  publish(reports.filter((r) => r.fileName !== fileName));
}

/** Reads back the reports the workspace kept with each local extract's load. */
export async function restoreValidationReports(db: DuckConnector): Promise<void> {
  const docs = await loadDocuments(db, 'local-load');
  publish(docs.flatMap((d) => parseLocalLoadDocument(d.body)?.report ?? []));
}

export function forgetValidationReports(): void {
  publish([]);
}

/** The validation reports of the workspace's local loads (for the import area and the Load report). */
export function useValidationReports(): readonly LocalFileLoadReport[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => reports,
  );
}

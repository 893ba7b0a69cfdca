import { useSyncExternalStore } from 'react';
import type { LocalFileLoadReport } from '../../ingest/local/local-report';

let reports: readonly LocalFileLoadReport[] = [];
const listeners = new Set<() => void>();

/** Keeps the latest validation report of each local file loaded in this session. */
export function addValidationReport(report: LocalFileLoadReport): void {
  reports = [...reports.filter((r) => r.fileName !== report.fileName), report];
  for (const listener of listeners) listener();
}

/** The validation reports of this session's local loads (for the import area and the Load report). */
export function useValidationReports(): readonly LocalFileLoadReport[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => reports,
  );
}

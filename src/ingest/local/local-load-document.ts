import type { CodeMapping } from './code-mapping';
import type { ColumnMapping } from './column-mapping';
import type { LocalFileLoadReport } from './local-report';

/** What the workspace keeps of a local extract's load: its report and the mappings it used. */
export interface LocalLoadDocument {
  report: LocalFileLoadReport;
  columnMapping: ColumnMapping;
  codeMapping: CodeMapping | null;
}

export function localLoadDocument(
  report: LocalFileLoadReport,
  columnMapping: ColumnMapping,
  codeMapping: CodeMapping | null,
): string {
  return JSON.stringify({ report, columnMapping, codeMapping } satisfies LocalLoadDocument);
}

/** Reads a kept document back; null when it is not one (a damaged or foreign row). */
export function parseLocalLoadDocument(body: string): LocalLoadDocument | null {
  try {
    const parsed = JSON.parse(body) as Partial<LocalLoadDocument>;
    return parsed.report && parsed.columnMapping ? (parsed as LocalLoadDocument) : null;
  } catch {
    return null;
  }
}

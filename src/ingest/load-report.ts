/** What happened to one file: the user sees this, and the command line prints it. */
export interface FileLoadReport {
  fileName: string;
  source: string;
  /** Set when nothing was loaded from the file, with the reason. */
  error: string | null;
  /** Physical lines in the file (header and blank lines included), counted apart from the parser. */
  linesRead: number;
  rowsRead: number;
  /** Rows read but neither loaded nor rejected: 0 unless something was lost (the report shows it). */
  rowsUnaccounted: number;
  rowsLoaded: number;
  rowsUnlocated: number;
  rowsRejected: number;
  /** Rows of an earlier load of the same force-month (or extract) that this file replaced. */
  rowsReplaced: number;
  months: string[];
  rejected: RejectedRow[];
  /** Codes or crime types the taxonomy does not know, with their counts. */
  unknownTypes: { type: string; count: number }[];
  unlocatedReasons: { reason: string; count: number }[];
}

export interface RejectedRow {
  /** Physical line in the file (1 = header). */
  line: number;
  reason: string;
  raw: string;
}

export function failedFileReport(fileName: string, source: string, error: string): FileLoadReport {
  return {
    fileName,
    source,
    error,
    linesRead: 0,
    rowsRead: 0,
    rowsUnaccounted: 0,
    rowsLoaded: 0,
    rowsUnlocated: 0,
    rowsRejected: 0,
    rowsReplaced: 0,
    months: [],
    rejected: [],
    unknownTypes: [],
    unlocatedReasons: [],
  };
}

import type { FileLoadReport } from '../load-report';
import { failedFileReport } from '../load-report';
import type { MonthRange } from '../plausible-months';
import type { DateFormat } from './date-parse';
import type { IssueKind, ValidationIssue } from './validation-issues';

/** What is particular to a local extract's load, for the validation report and the form. */
export interface LocalLoadDetails {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  sheet: string | null;
  sheetNames: string[];
  columnMapping: string;
  codeMapping: string | null;
  dateFormat: DateFormat;
  /** Why this format (detected from the whole column, or chosen by the user). */
  dateFormatReason: string;
  /** True when every date was ambiguous and UK day-first was assumed. */
  dateFormatAssumed: boolean;
  /** Rows dated outside these months were held back as implausible. */
  plausibleMonths: MonthRange;
  /** Rows not loaded into incidents (each listed in `issues`, up to 1000 per kind). */
  rowsHeldBack: number;
  /** Count of every problem kind (held back and warnings), complete even when the list is cut. */
  issueCounts: Partial<Record<IssueKind, number>>;
  issues: ValidationIssue[];
  /** True when some kind had more issues than were listed. */
  issuesTruncated: boolean;
  /** Codes not in the code mapping, with how many rows (held back) carry each. */
  unmappedCodes: { code: string; count: number }[];
  /** Sources the rows were loaded under (the mapping's, or a source-name column's values). */
  sources: string[];
  /** First and last incident day loaded (YYYY-MM-DD). */
  period: { first: string | null; last: string | null };
  /** Notes about the file as a whole (header only, sheet read, unterminated quote…). */
  notes: string[];
}

/** A `FileLoadReport` with the local extract's details; `rejected` lists the held-back rows. */
export interface LocalFileLoadReport extends FileLoadReport {
  local: LocalLoadDetails | null;
}

/** True for reports made by the local extract loader. */
export function isLocalReport(report: FileLoadReport): report is LocalFileLoadReport {
  return 'local' in report;
}

/** A report for a local file that could not be loaded at all. */
export function failedLocalReport(
  fileName: string,
  source: string,
  error: string,
): LocalFileLoadReport {
  return { ...failedFileReport(fileName, source, error), local: null };
}

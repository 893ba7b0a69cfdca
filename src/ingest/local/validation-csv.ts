import { csvText } from './cell-safety';
import type { LocalFileLoadReport } from './local-report';
import { ISSUE_LABELS } from './validation-issues';
import type { IssueKind } from './validation-issues';

const HEADER = ['file', 'line', 'issue', 'outcome', 'reason', 'value'];

/**
 * The validation report of one or more local loads as a downloadable CSV: summary lines first
 * (rows read, loaded, held back, replaced, each problem kind with its count, unmapped codes), then
 * one line per listed problem with its line number and reason. Every text cell that a spreadsheet
 * could run as a formula is escaped with a leading apostrophe.
 */
export function validationReportCsv(
  reports: LocalFileLoadReport | readonly LocalFileLoadReport[],
): string {
  const list: readonly LocalFileLoadReport[] = 'fileName' in reports ? [reports] : reports;
  const rows: (string | number | null)[][] = [HEADER];
  for (const report of list) {
    const file = report.fileName;
    const summary = (issue: string, value: string | number, reason = ''): void => {
      rows.push([file, null, issue, 'summary', reason, value]);
    };
    if (report.error) summary('error', '', report.error);
    summary('rows read', report.rowsRead);
    summary('rows loaded', report.rowsLoaded);
    summary('rows loaded without a map position', report.rowsUnlocated);
    summary('rows held back', report.rowsRejected);
    summary('earlier rows replaced', report.rowsReplaced);
    const local = report.local;
    if (!local) continue;
    summary('date format', local.dateFormat, local.dateFormatReason);
    const { first, last } = local.plausibleMonths;
    summary('plausible months', `${first} to ${last}`, 'rows dated outside are held back');
    for (const [kind, count] of Object.entries(local.issueCounts) as [IssueKind, number][]) {
      summary(ISSUE_LABELS[kind], count);
    }
    for (const { code, count } of local.unmappedCodes) summary('unmapped code', count, code);
    for (const note of local.notes) summary('note', '', note);
    if (local.issuesTruncated)
      summary('note', '', 'only the first 1000 rows of each problem are listed');
    for (const issue of local.issues) {
      rows.push([
        file,
        issue.line,
        ISSUE_LABELS[issue.kind],
        issue.heldBack ? 'held back' : 'loaded',
        issue.reason,
        issue.raw,
      ]);
    }
  }
  return csvText(rows);
}

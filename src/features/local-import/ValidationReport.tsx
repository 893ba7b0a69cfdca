import type { LocalFileLoadReport } from '../../ingest/local/local-report';
import { validationReportCsv } from '../../ingest/local/validation-csv';
import type { IssueKind } from '../../ingest/local/validation-issues';
import { ISSUE_LABELS } from '../../ingest/local/validation-issues';
import { download } from '../../components/download';

const ISSUES_SHOWN = 200;
const n = (value: number) => value.toLocaleString('en-GB');

/** Downloads the validation report of one or more local loads as CSV. */
export function downloadValidationCsv(reports: readonly LocalFileLoadReport[]): void {
  const name =
    reports.length === 1
      ? `${(reports[0]?.fileName ?? 'file').replace(/[^\w.-]+/g, '_')}-validation.csv`
      : 'local-validation.csv';
  download(name, validationReportCsv(reports), 'text/csv');
}

/** One local file's validation report: counts, unmapped codes and each problem row with its line. */
export function ValidationReport({ report }: { report: LocalFileLoadReport }) {
  const local = report.local;
  const issueCounts = Object.entries(local?.issueCounts ?? {}) as [IssueKind, number][];
  return (
    <div className="validation-report" data-testid="validation-report" data-file={report.fileName}>
      <h3>
        {report.fileName} → {report.source}
      </h3>
      {report.error && <p className="error">{report.error}</p>}
      <table className="table compact">
        <tbody>
          <tr>
            <td>Rows read</td>
            <td className="num" data-testid="rows-read">
              {n(report.rowsRead)}
            </td>
          </tr>
          <tr>
            <td>Loaded</td>
            <td className="num" data-testid="rows-loaded">
              {n(report.rowsLoaded)}
            </td>
          </tr>
          <tr>
            <td>Loaded without a map position (counted, flagged, not mapped)</td>
            <td className="num" data-testid="rows-unlocated">
              {n(report.rowsUnlocated)}
            </td>
          </tr>
          <tr>
            <td>Held back (listed below)</td>
            <td className="num" data-testid="rows-held-back">
              {n(report.rowsRejected)}
            </td>
          </tr>
          <tr>
            <td>Earlier rows replaced (no double counting)</td>
            <td className="num" data-testid="rows-replaced">
              {n(report.rowsReplaced)}
            </td>
          </tr>
          {issueCounts.map(([kind, count]) => (
            <tr key={kind}>
              <td>{ISSUE_LABELS[kind]}</td>
              <td className="num">{n(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {local && (
        <p className="muted">
          Mapping “{local.columnMapping}”, codes “{local.codeMapping ?? 'none'}”; dates{' '}
          {local.dateFormatReason}
          {local.encoding ? `; encoding ${local.encoding}` : ''}.
        </p>
      )}
      {local?.notes.map((note) => (
        <p key={note} className="warning">
          {note}
        </p>
      ))}
      {local && local.unmappedCodes.length > 0 && (
        <p className="warning" data-testid="unmapped-codes">
          Unmapped codes (rows held back):{' '}
          {local.unmappedCodes.map((c) => `${c.code} (${n(c.count)})`).join(', ')}
        </p>
      )}
      {local && local.issues.length > 0 && (
        <table className="table compact" data-testid="validation-issues">
          <thead>
            <tr>
              <th className="num">Line</th>
              <th>Problem</th>
              <th>Outcome</th>
              <th>Reason</th>
              <th>Value</th>
            </tr>
          </thead>
          <tbody>
            {local.issues.slice(0, ISSUES_SHOWN).map((issue) => (
              <tr key={`${issue.kind}:${issue.line}`} data-line={issue.line}>
                <td className="num">{issue.line}</td>
                <td>{ISSUE_LABELS[issue.kind]}</td>
                <td>{issue.heldBack ? 'held back' : 'loaded'}</td>
                <td>{issue.reason}</td>
                <td className="raw">{issue.raw}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {local && local.issues.length > ISSUES_SHOWN && (
        <p className="muted">
          The first {ISSUES_SHOWN} problems are shown; the CSV lists them all.
        </p>
      )}
      <button
        type="button"
        onClick={() => downloadValidationCsv([report])}
        data-testid="download-validation"
      >
        Download the validation report (CSV)
      </button>
    </div>
  );
}

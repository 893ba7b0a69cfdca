import { downloadValidationCsv, ValidationReport } from './ValidationReport';
import { useValidationReports } from './validation-reports-store';
import './local-import.css';

/** The Load report's section for local extracts: each file's validation report, and all as one CSV. */
export function LocalValidationSection() {
  const reports = useValidationReports();
  if (reports.length === 0) return null;
  return (
    <section className="panel" data-testid="local-validation-section">
      <h2>Local extracts: validation reports ({reports.length})</h2>
      <button type="button" onClick={() => downloadValidationCsv(reports)}>
        Download all as one CSV
      </button>
      {reports.map((report) => (
        <ValidationReport key={report.fileName} report={report} />
      ))}
    </section>
  );
}

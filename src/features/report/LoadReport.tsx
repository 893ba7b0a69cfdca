import { useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../db/database-context';
import { monthLabel, monthRuns } from '../../analytics/months';
import { datasetQuery, loadedFilesQuery } from '../../queries/summary';
import { LocalValidationSection } from '../local-import/LocalValidationSection';

/** The check that rows read = loaded + rejected (null: loaded before the check existed). */
function lineCheck(unaccounted: number | null): string {
  if (unaccounted === null) return '–';
  if (unaccounted === 0) return '✓ read = loaded + rejected';
  return `✗ ${unaccounted.toLocaleString('en-GB')} rows neither loaded nor rejected`;
}

/** Files, months covered and missing, rows per file, unlocated and rejected rows with reasons. */
export function LoadReport() {
  const { db, version } = useDatabase();
  const dataset = useQuery(datasetQuery(db, version)).data;
  const loaded = useQuery(loadedFilesQuery(db, version)).data;
  if (!dataset || !loaded) return <p className="muted">Loading…</p>;
  const missing = monthRuns(dataset.months.missing);
  return (
    <div className="load-report" data-testid="load-report">
      <section className="panel">
        <h2>Coverage</h2>
        <p>
          {dataset.totals.incidents.toLocaleString('en-GB')} incidents from{' '}
          {dataset.months.first ? monthLabel(dataset.months.first) : '–'} to{' '}
          {dataset.months.last ? monthLabel(dataset.months.last) : '–'} in{' '}
          {dataset.months.covered.length} months; {dataset.totals.unlocated.toLocaleString('en-GB')}{' '}
          unlocated (counted, not mapped).
        </p>
        {missing.length > 0 ? (
          <p className="warning" data-testid="missing-months">
            Missing months (no data, not zero):{' '}
            {missing.map((r) => (r.from === r.to ? r.from : `${r.from} … ${r.to}`)).join('; ')}
          </p>
        ) : (
          <p>No missing months between the first and the last.</p>
        )}
        {dataset.unlocatedReasons.length > 0 && (
          <p>
            Unlocated: {dataset.unlocatedReasons.map((r) => `${r.reason} (${r.count})`).join(', ')}
          </p>
        )}
      </section>
      <section className="panel">
        <h2>Files</h2>
        <table className="table">
          <thead>
            <tr>
              <th>File</th>
              <th>Months</th>
              <th className="num">Lines read</th>
              <th className="num">Rows read</th>
              <th className="num">Loaded</th>
              <th className="num">Unlocated</th>
              <th className="num">Rejected</th>
              <th className="num">Replaced earlier</th>
              <th>Every row accounted for</th>
            </tr>
          </thead>
          <tbody>
            {loaded.files.map((f) => (
              <tr key={f.file_name}>
                <td>{f.file_name}</td>
                <td>{f.months}</td>
                <td className="num">{f.lines_read?.toLocaleString('en-GB') ?? '–'}</td>
                <td className="num">{f.rows_read.toLocaleString('en-GB')}</td>
                <td className="num">{f.rows_loaded.toLocaleString('en-GB')}</td>
                <td className="num">{f.rows_unlocated.toLocaleString('en-GB')}</td>
                <td className="num">{f.rows_rejected.toLocaleString('en-GB')}</td>
                <td className="num">{f.rows_replaced.toLocaleString('en-GB')}</td>
                <td data-testid="line-check">{lineCheck(f.rows_unaccounted)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <LocalValidationSection />
      <section className="panel">
        <h2>Rejected rows ({loaded.rejected.length})</h2>
        {loaded.rejected.length === 0 ? (
          <p>None.</p>
        ) : (
          <table className="table" data-testid="rejected-rows">
            <thead>
              <tr>
                <th>File</th>
                <th className="num">Line</th>
                <th>Reason</th>
                <th>Row</th>
              </tr>
            </thead>
            <tbody>
              {loaded.rejected.map((r) => (
                <tr key={`${r.file_name}:${r.line}`}>
                  <td>{r.file_name}</td>
                  <td className="num">{r.line}</td>
                  <td>{r.reason}</td>
                  <td className="raw">{r.raw}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

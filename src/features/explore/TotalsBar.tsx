import type { DatasetSummary } from '../../reports/dataset-summary';

/** Headline totals for the current filter; unlocated incidents are always counted. */
export function TotalsBar({
  summary,
  months,
}: {
  summary: DatasetSummary | undefined;
  months: number;
}) {
  if (!summary) return <div className="totals muted">Loading…</div>;
  const t = summary.totals;
  return (
    <div className="totals" data-testid="totals">
      <div>
        <strong data-testid="total-incidents">{t.incidents.toLocaleString('en-GB')}</strong>{' '}
        incidents
      </div>
      <div>
        <strong>{t.located.toLocaleString('en-GB')}</strong> on the map
      </div>
      <div title="Rows without usable coordinates: counted in every total, not drawn on the map">
        <strong data-testid="total-unlocated">{t.unlocated.toLocaleString('en-GB')}</strong>{' '}
        unlocated
      </div>
      <div>
        <strong>{months}</strong> months with data
      </div>
    </div>
  );
}

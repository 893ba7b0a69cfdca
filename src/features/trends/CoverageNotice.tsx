import { monthRuns } from '../../analytics/months';

interface Props {
  missingMonths: readonly string[];
}

/** States which months have no data, so no one reads a gap as a fall to zero. */
export function CoverageNotice({ missingMonths }: Props) {
  if (missingMonths.length === 0) {
    return <p className="muted">Every month from the first to the last has data.</p>;
  }
  const runs = monthRuns(missingMonths).map((r) =>
    r.from === r.to ? r.from : `${r.from} … ${r.to}`,
  );
  return (
    <p className="warning" data-testid="trend-missing-months">
      Missing months (no data, not zero): {runs.join('; ')}. A figure whose period touches one of
      them is marked “not like for like” and is never called significant.
    </p>
  );
}

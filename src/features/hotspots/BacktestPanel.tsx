import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { BacktestMethod } from '../../analytics/backtest/rankingMethods';
import { BACKTEST_METHODS } from '../../analytics/backtest/rankingMethods';
import { addMonths, monthLabel } from '../../analytics/months';
import { useDatabase } from '../../db/database-context';
import { backtestQuery } from '../../queries/backtest';
import type { BacktestReportOptions } from '../../reports/backtest-report';
import type { StudyAreaInput } from '../../reports/hotspots/study-area';
import type { IncidentFilter } from '../../sql/filters';

interface Props {
  filter: IncidentFilter;
  /** Months with data in the filter's range; the last up to 12 are scored. */
  coveredMonths: readonly string[];
  /** The grid's cell size on screen (null: chosen from the data). */
  cellSize: number | null;
  studyArea: StudyAreaInput | null;
}

const METHOD_NAMES: Record<BacktestMethod, string> = {
  default: 'Our ranking',
  counts: 'Counts',
  kde: 'KDE',
  gistar: 'Gi*',
  'last-month': 'Last month',
};

const SHARES = [0.01, 0.02, 0.05, 0.1];
const pct = (v: number | null, digits = 0) => (v === null ? '–' : `${(v * 100).toFixed(digits)}%`);

/** Which method would have caught most of next month, on the user's own data. */
export function BacktestPanel({ filter, coveredMonths, cellSize, studyArea }: Props) {
  const { db, version } = useDatabase();
  const [areaShare, setAreaShare] = useState(0.05);
  const to = coveredMonths[coveredMonths.length - 1] ?? null;
  const options = useMemo<BacktestReportOptions | null>(
    () =>
      to === null
        ? null
        : {
            from: addMonths(to, -11),
            to,
            categories: filter.categories ?? [],
            sources: filter.sources ?? [],
            cellSize,
            areaShare,
            studyArea,
          },
    [to, filter.categories, filter.sources, cellSize, areaShare, studyArea],
  );
  const result = useQuery(backtestQuery(db, version, options));
  const report = result.data?.report;
  const ranked = report
    ? [...BACKTEST_METHODS].sort(
        (a, b) => (report.summary[b].meanPai ?? -1) - (report.summary[a].meanPai ?? -1),
      )
    : [];
  const winner = ranked[0];
  const first = report?.months[0]?.month;
  const last = report?.months[report.months.length - 1]?.month;

  return (
    <section className="panel backtest-panel" data-testid="backtest-panel">
      <h2>Which method would have caught most of next month</h2>
      <label>
        Cells picked{' '}
        <select value={areaShare} onChange={(e) => setAreaShare(Number(e.target.value))}>
          {SHARES.map((s) => (
            <option key={s} value={s}>
              {pct(s)} of the area
            </option>
          ))}
        </select>
      </label>
      {result.isPending && options && <p className="muted">Backtesting…</p>}
      {result.error && <p className="error">{String(result.error)}</p>}
      {report && report.months.length === 0 && (
        <p className="muted">No month has data before it to learn from.</p>
      )}
      {report && winner && first && last && report.months.length > 0 && (
        <>
          <p data-testid="backtest-winner">
            Over {report.months.length} month{report.months.length === 1 ? '' : 's'} (
            {monthLabel(first)} – {monthLabel(last)}), <strong>{METHOD_NAMES[winner]}</strong> would
            have caught most of the next month: on average {pct(report.summary[winner].meanHitRate)}{' '}
            of incidents in {pct(areaShare)} of the area.
          </p>
          <table className="table" data-testid="backtest-table">
            <caption>
              Each method picks {report.cellSize} m cells from the months before each month and is
              scored on that month
            </caption>
            <thead>
              <tr>
                <th scope="col">Method</th>
                <th scope="col" className="num">
                  Mean PAI
                </th>
                <th scope="col" className="num">
                  Hit rate
                </th>
                <th scope="col" className="num">
                  Months best
                </th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((m) => (
                <tr key={m} aria-current={m === winner ? 'true' : undefined}>
                  <th scope="row">{METHOD_NAMES[m]}</th>
                  <td className="num">{report.summary[m].meanPai?.toFixed(2) ?? '–'}</td>
                  <td className="num">{pct(report.summary[m].meanHitRate)}</td>
                  <td className="num">{result.data?.monthsBest[m]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">
            PAI (Predictive Accuracy Index) is the share of incidents caught divided by the share of
            area picked: 1 is no better than picking cells at random, 10 is ten times better.
          </p>
        </>
      )}
    </section>
  );
}

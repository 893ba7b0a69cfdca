import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDatabase } from '../../db/database-context';
import { monthLabel } from '../../analytics/months';
import { formatWindow } from '../../analytics/trends/ukNumberFormat';
import { EChart } from '../../components/EChart';
import { datasetQuery } from '../../queries/summary';
import { boardReportQuery } from '../../queries/trends';
import type { ExploreFilter } from '../filters/explore-filter';
import { toIncidentFilter } from '../filters/explore-filter';
import type { ReportingChoice } from '../trends/ReportingControls';
import { ReportingControls } from '../trends/ReportingControls';
import { REPORTING_URL } from '../trends/reporting-url';
import { useUrlState } from '../url-state/use-url-state';
import { BoardAreaTable } from './BoardAreaTable';
import { BOARD_PERIOD_URL } from './board-url';
import { BoardExports } from './BoardExports';
import { CountingStatement } from '../counting/CountingStatement';
import { useCountingStatement } from '../counting/use-counting-statement';
import { BoardHeadlines } from './BoardHeadlines';
import { LargestChanges } from './LargestChanges';
import { volumeChartOption } from './volume-chart-option';
import './board.css';

const CHART_ID = 'board-volume-chart';

/** The CSP board's one-screen report: aggregates only, small counts suppressed, printable. */
export function BoardView({ filter }: { filter: ExploreFilter }) {
  const { db, version } = useDatabase();
  const [linkChoice, setLinkChoice] = useUrlState(REPORTING_URL);
  const [period, setPeriod] = useUrlState(BOARD_PERIOD_URL);
  const automaticLevel = filter.district ? 'lsoa' : 'district';
  const choice: ReportingChoice = {
    ...linkChoice,
    areaLevel: linkChoice.areaLevel ?? automaticLevel,
  };
  const months = useQuery(datasetQuery(db, version)).data?.months.covered ?? [];
  const options = useMemo(
    () => ({
      reportingMonth: choice.reportingMonth ?? filter.toMonth,
      yearStartMonth: choice.yearStartMonth,
      period,
      areaLevel: choice.areaLevel,
      filter: toIncidentFilter({ ...filter, fromMonth: null, toMonth: null }),
    }),
    [choice.reportingMonth, choice.yearStartMonth, choice.areaLevel, period, filter],
  );
  const { data: report, error } = useQuery(boardReportQuery(db, version, options));
  const counting = useCountingStatement(options.filter, { counts: false });
  const chartOption = useMemo(
    () =>
      report
        ? volumeChartOption(report.volumes, report.headlines.map((h) => h.sentence).join(' '))
        : null,
    [report],
  );

  if (error) return <p className="error">The board report could not be built: {String(error)}</p>;
  if (!report || !chartOption) return <p className="muted">Building the board report…</p>;
  if (!report.windows || !report.areaTable || !report.reportingMonth) {
    return <p className="muted">No incidents loaded yet.</p>;
  }
  const { current, previous } = report.windows;
  const areaHeading = report.areaLevel === 'district' ? 'District' : 'LSOA';
  const place = filter.district ?? 'All areas';
  return (
    <article className="board" data-testid="board-view">
      <p className="board-marking">OFFICIAL — aggregate figures only; no personal data</p>
      <header className="board-header">
        <h2>
          Community Safety Partnership board: trends by category — {place}, {formatWindow(current)}{' '}
          compared with {formatWindow(previous)}
        </h2>
        <div className="no-print board-controls">
          <ReportingControls
            choice={choice}
            months={months}
            filterTo={filter.toMonth}
            onChange={(c) =>
              setLinkChoice({
                ...c,
                areaLevel: c.areaLevel === automaticLevel ? null : c.areaLevel,
              })
            }
          />
          <label>
            Compare{' '}
            <select
              data-testid="board-period"
              value={period}
              onChange={(e) => setPeriod(e.target.value as typeof period)}
            >
              <option value="rolling12Months">12 months with the previous 12</option>
              <option value="yearToDate">year to date with the same months a year earlier</option>
            </select>
          </label>
          <BoardExports
            table={report.areaTable}
            chartOption={chartOption}
            chartTestId={CHART_ID}
            fileStem={`csp-board-${report.reportingMonth}`}
            areaHeading={areaHeading}
            notes={counting ? [counting] : []}
          />
        </div>
      </header>
      <CountingStatement filter={options.filter} counts={false} />
      {report.missingMonths.length > 0 && (
        <p className="warning" data-testid="board-missing-months">
          Not like for like: no data for {report.missingMonths.length} month
          {report.missingMonths.length === 1 ? '' : 's'} of these periods (
          {report.missingMonths.join(', ')}).
        </p>
      )}
      <div className="board-grid">
        <BoardHeadlines
          headlines={report.headlines}
          marker={report.areaTable.marker}
          currentHeading={formatWindow(current)}
          previousHeading={formatWindow(previous)}
        />
        <section className="board-volumes">
          <h2>Incidents by category over three years</h2>
          <EChart option={chartOption} testId={CHART_ID} height={300} />
        </section>
        <LargestChanges changes={report.largestChanges} basis={report.changesBasis} />
        <BoardAreaTable
          table={report.areaTable}
          areaHeading={areaHeading}
          caption={`Incidents by ${areaHeading.toLowerCase()} and category, ${formatWindow(current)}`}
        />
      </div>
      <p className="board-marking">
        OFFICIAL — reporting month {monthLabel(report.reportingMonth)}. Source: loaded extracts
        (police.uk open data under the Open Government Licence v3 where used).
      </p>
    </article>
  );
}

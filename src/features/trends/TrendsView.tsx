import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDatabase } from '../../db/database-context';
import { monthLabel } from '../../analytics/months';
import { datasetQuery } from '../../queries/summary';
import { trendsReportQuery } from '../../queries/trends';
import type { NavigateToView } from '../view-navigation';
import type { ExploreFilter } from '../filters/explore-filter';
import { toIncidentFilter } from '../filters/explore-filter';
import { CountingStatement } from '../counting/CountingStatement';
import { useUrlState } from '../url-state/use-url-state';
import { CategoryDrillDown } from './CategoryDrillDown';
import { DRILL_URL } from './drill-url';
import { StatHelp } from '../../components/StatHelp';
import { ComparisonTable } from './ComparisonTable';
import { trendsTableCsv } from './trends-csv';
import { downloadBlob } from '../../components/download';
import { exportContext } from '../map/export-context';
import { CoverageNotice } from './CoverageNotice';
import type { ReportingChoice } from './ReportingControls';
import { ReportingControls } from './ReportingControls';
import { REPORTING_URL } from './reporting-url';
import { SmallMultiples } from './SmallMultiples';
import './trends.css';

/** The analyst's trends screen: small multiples, the comparison table, exceedance, drill-down. */
interface Props {
  filter: ExploreFilter;
  navigate: NavigateToView;
}

export function TrendsView({ filter, navigate }: Props) {
  const { db, version } = useDatabase();
  const [linkChoice, setLinkChoice] = useUrlState(REPORTING_URL);
  const [selected, setSelected] = useUrlState(DRILL_URL);
  const choice: ReportingChoice = { ...linkChoice, areaLevel: linkChoice.areaLevel ?? 'district' };
  const dataset = useQuery(datasetQuery(db, version)).data;
  const months = dataset?.months.covered ?? [];
  const options = useMemo(
    () => ({
      reportingMonth: choice.reportingMonth ?? filter.toMonth,
      yearStartMonth: choice.yearStartMonth,
      areaLevel: choice.areaLevel,
      filter: toIncidentFilter({ ...filter, fromMonth: null, toMonth: null }),
    }),
    [choice.reportingMonth, choice.yearStartMonth, choice.areaLevel, filter],
  );
  const { data: report, error } = useQuery(trendsReportQuery(db, version, options));

  if (error) return <p className="error">The trends could not be worked out: {String(error)}</p>;
  if (!report) return <p className="muted">Working out the trends…</p>;
  const month = report.reportingMonth;
  const detail = report.categories.find((c) => c.category === selected) ?? report.categories[0];
  const areaLevelLabel = choice.areaLevel === 'district' ? 'District' : 'LSOA';
  return (
    <div className="trends-view" data-testid="trends-view">
      <section className="panel">
        <h2>Trends by category{month ? ` — ${monthLabel(month)}` : ''}</h2>
        <CountingStatement filter={options.filter} />
        <ReportingControls
          choice={choice}
          months={months}
          filterTo={filter.toMonth}
          onChange={(c) =>
            setLinkChoice({ ...c, areaLevel: c.areaLevel === 'district' ? null : c.areaLevel })
          }
        />
        <CoverageNotice missingMonths={report.missingMonths} />
      </section>
      {month && report.categories.length > 0 ? (
        <>
          <section className="panel">
            <SmallMultiples trends={report.categories} reportingMonth={month} />
          </section>
          <section className="panel">
            <ComparisonTable
              trends={report.categories}
              rowHeading="Category"
              rowLabel={(t) => t.label}
              caption={`Counts, change, rate ratio (RR) with exact Poisson 95% interval, for ${monthLabel(month)}. “Significant” only when the interval excludes 1 and both periods have full data. Choose a category to drill down.`}
              testId="trend-comparison-table"
              onSelect={(t) => setSelected(t.category)}
            />
            <button
              type="button"
              data-testid="trends-csv"
              onClick={() =>
                downloadBlob(
                  `trends-${month}.csv`,
                  new Blob(
                    [
                      trendsTableCsv(
                        exportContext('Trends: comparisons by category', filter, dataset, {
                          settings: `Reporting month ${monthLabel(month)}`,
                        }),
                        report.categories,
                        'Category',
                        (t) => t.label,
                      ),
                    ],
                    { type: 'text/csv;charset=utf-8' },
                  ),
                )
              }
            >
              Table as CSV
            </button>
            <StatHelp term="rateRatio" />
          </section>
          {detail && (
            <CategoryDrillDown
              trend={detail}
              areas={report.areas}
              reportingMonth={month}
              areaLevelLabel={areaLevelLabel}
              onArea={
                choice.areaLevel === 'district'
                  ? (district) => navigate('hotspots', { district, categories: [detail.category] })
                  : null
              }
            />
          )}
        </>
      ) : (
        <p className="muted">No incidents loaded yet.</p>
      )}
    </div>
  );
}

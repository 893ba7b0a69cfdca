import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDatabase } from '../../db/database-context';
import { monthIndex } from '../../analytics/months';
import { EChart } from '../../components/EChart';
import { mapPointsQuery, mapScaleQuery } from '../../queries/map-points';
import { datasetQuery, summaryQuery } from '../../queries/summary';
import type { ExploreFilter } from '../filters/explore-filter';
import { toIncidentFilter } from '../filters/explore-filter';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import { IncidentMap } from '../map/IncidentMap';
import { incidentLayers } from '../map/incident-layers';
import { MapLegend } from '../map/MapLegend';
import { useUrlState } from '../url-state/use-url-state';
import { EXPLORE_URL } from './explore-url';
import { pointsFrame } from '../map/points-frame';
import { exportContext } from '../map/export-context';
import { exportContextLines } from '../../reports/export-context';
import { useDensity } from '../map/use-density';
import { useLastComplete } from '../map/use-last-complete';
import { monthlyChartOption } from './monthly-chart-option';
import { TotalsBar } from './TotalsBar';
import { CountingStatement } from '../counting/CountingStatement';
import { useFilterTiming } from '../filters/filter-timing';

interface Props {
  filter: ExploreFilter;
  boundaries: BoundaryLayer[];
}

/** The map and the monthly chart, both following the filters. */
export function ExploreView({ filter, boundaries }: Props) {
  const { db, version } = useDatabase();
  const incidentFilter = useMemo(() => toIncidentFilter(filter), [filter]);
  const dataset = useQuery(datasetQuery(db, version)).data;
  // The previous map and chart stay on screen while a filter change recomputes them.
  const summaryResult = useQuery({
    ...summaryQuery(db, version, incidentFilter),
    placeholderData: keepPreviousData,
  });
  const pointsResult = useQuery({
    ...mapPointsQuery(db, version, incidentFilter),
    placeholderData: keepPreviousData,
  });
  const scaleResult = useQuery({
    ...mapScaleQuery(db, version, incidentFilter),
    placeholderData: keepPreviousData,
  });
  const summary = summaryResult.data;
  const points = pointsResult.data;
  const scale = scaleResult.data;
  const updating = summaryResult.isFetching || pointsResult.isFetching || scaleResult.isFetching;
  const [shown, setShown] = useUrlState(EXPLORE_URL);
  const { points: showPoints, density: showDensity } = shown;

  const months = coveredMonthsInRange(dataset?.months.covered ?? [], filter);
  const allMonths = dataset?.months.covered.length ?? 0;
  const density = useDensity(incidentFilter, points, months, allMonths, showDensity);
  const current = [summaryResult, pointsResult, scaleResult].every(
    (result) => result.data && !result.isPlaceholderData,
  );
  const complete = current && !updating && !density.updating;
  const { surface, ceiling: densityCeiling } = density;
  const picture = useMemo(
    () => ({ points, scale, months, surface, densityCeiling }),
    [points, scale, months, surface, densityCeiling],
  );
  const drawn = useLastComplete(picture, complete);
  const layers = useMemo(
    () =>
      drawn.points && drawn.scale
        ? incidentLayers({
            points: drawn.points,
            months: drawn.months,
            ceiling: drawn.scale.ceiling,
            showPoints,
            density: drawn.surface,
            densityCeiling: drawn.densityCeiling,
          })
        : [],
    [drawn, showPoints],
  );
  // Framed on real (not carried-over) points, once per loaded dataset.
  const settled = points && !pointsResult.isPlaceholderData ? points : null;
  const dataFrame = useMemo(() => (settled ? pointsFrame(settled) : null), [settled]);
  const mapPicture = useMemo(
    () => ({
      fileName: 'incident-map.png',
      caption: exportContextLines(exportContext('Incidents by location', filter, dataset)),
    }),
    [filter, dataset],
  );
  const chartOption = useMemo(
    () => (summary ? monthlyChartOption(summary, filter.fromMonth, filter.toMonth) : null),
    [summary, filter.fromMonth, filter.toMonth],
  );
  useFilterTiming(complete, [layers, chartOption]);

  return (
    <div className="explore">
      <TotalsBar summary={summary} months={months} />
      <CountingStatement filter={incidentFilter} />
      <div className="map-wrap">
        <IncidentMap
          layers={layers}
          boundaries={boundaries}
          dataFrame={dataFrame}
          frameKey={String(version)}
          streetPoints={drawn.points}
          updating={updating}
          picture={mapPicture}
        />
        <div className="map-controls">
          <label className="check">
            <input
              type="checkbox"
              checked={showDensity}
              onChange={() => setShown({ ...shown, density: !showDensity })}
            />
            Density
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={showPoints}
              onChange={() => setShown({ ...shown, points: !showPoints })}
            />
            Locations
          </label>
          {drawn.scale && showPoints && (
            <MapLegend ceiling={drawn.scale.ceiling} title="Incidents per location per month" />
          )}
          {drawn.surface && (
            <MapLegend
              ceiling={drawn.densityCeiling}
              title="Density: incidents per km² per month"
              note={`Quartic kernel, ${drawn.surface.cellSize} m cells; bandwidth ${drawn.surface.bandwidthRule}`}
            />
          )}
        </div>
      </div>
      <section className="panel">
        <h2>
          Incidents by month and category{' '}
          {updating && chartOption && <span className="muted updating-note">updating…</span>}
        </h2>
        {chartOption ? (
          <EChart option={chartOption} testId="monthly-chart" />
        ) : (
          <p className="muted">Waiting for data…</p>
        )}
      </section>
    </div>
  );
}

/** Months with data inside the chosen range (the divisor for per-month rates). */
function coveredMonthsInRange(covered: string[], filter: ExploreFilter): number {
  const from = filter.fromMonth ? monthIndex(filter.fromMonth) : -Infinity;
  const to = filter.toMonth ? monthIndex(filter.toMonth) : Infinity;
  return covered.filter((m) => monthIndex(m) >= from && monthIndex(m) <= to).length;
}

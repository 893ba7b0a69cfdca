import type { DuckConnector } from '../db/connector';
import type { CategorySeries, MonthlyCountRow } from '../analytics/trends/monthlySeries';
import { seriesFromRows } from '../analytics/trends/seriesFromRows';
import type { IncidentFilter } from '../sql/filters';
import { monthlyTypeCountsSql } from '../sql/crime-types';
import type { TrendAreaLevel } from '../sql/trends';
import type { TrendSeries } from './trend-series';

/**
 * Monthly series of one category's incidents by the type their source gave (e.g. Other crime by
 * police.uk crime type), over the same months as `trends`. A month is covered for every type when
 * every source supplying the category has data for it, as for the category itself.
 */
export async function loadCrimeTypeSeries(
  db: DuckConnector,
  trends: TrendSeries,
  query: { category: string; filter?: IncidentFilter; areaLevel?: TrendAreaLevel | null },
): Promise<CategorySeries[]> {
  const months = trends.series[0]?.series.months ?? [];
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const rows = await db.query<{ month: string; category: string; area?: string; count: number }>(
    monthlyTypeCountsSql({
      category: query.category,
      filter: { ...query.filter, fromMonth: null, toMonth: null },
      areaLevel: query.areaLevel ?? null,
    }),
  );
  const countRows: MonthlyCountRow[] = rows.map((r) =>
    r.area === undefined
      ? { month: r.month, category: r.category, count: r.count }
      : { month: r.month, category: r.category, area: r.area, count: r.count },
  );
  const coverage = trends.coverage.map((source) => ({
    ...source,
    categories:
      source.categories === 'all' || source.categories.includes(query.category)
        ? ('all' as const)
        : [],
  }));
  return seriesFromRows(countRows, coverage, { span: { first, last } });
}

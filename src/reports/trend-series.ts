import type { DuckConnector } from '../db/connector';
import { missingMonths, monthIndex } from '../analytics/months';
import type {
  CategorySeries,
  MonthKey,
  MonthlyCountRow,
  SourceCoverage,
} from '../analytics/trends/monthlySeries';
import { seriesFromRows } from '../analytics/trends/seriesFromRows';
import type { IncidentFilter } from '../sql/filters';
import type { TrendAreaLevel } from '../sql/trends';
import { monthlyCategoryCountsSql, sourceCategoriesSql, SOURCE_MONTHS_SQL } from '../sql/trends';

/** What one source covers: the months it has data for and the months missing between them. */
export interface SourceMonths {
  source: string;
  first: MonthKey | null;
  last: MonthKey | null;
  monthsWithData: MonthKey[];
  /** Months between its first and last with no data: missing, not zero. */
  missingMonths: MonthKey[];
}

/** Monthly series by category (and area) with the coverage they were built from. */
export interface TrendSeries {
  series: CategorySeries[];
  coverage: SourceCoverage[];
  sources: SourceMonths[];
  /** The latest month any source has data for. */
  lastMonth: MonthKey | null;
}

/** Options for {@link loadTrendSeries}. */
export interface TrendSeriesQuery {
  /** Categories, sources and place; its month range is ignored (comparisons need history). */
  filter?: IncidentFilter;
  areaLevel?: TrendAreaLevel | null;
  /** Extend every series to at least this month (e.g. a reporting month after the data). */
  throughMonth?: MonthKey | null;
}

/**
 * Counts incidents by month and category (and area) and turns them into series where a month a
 * source has no data for is missing, not zero. Coverage is that of the whole dataset, whatever
 * the filter: narrowing to one district does not make a month missing.
 */
export async function loadTrendSeries(
  db: DuckConnector,
  query: TrendSeriesQuery = {},
): Promise<TrendSeries> {
  const filter: IncidentFilter = { ...query.filter, fromMonth: null, toMonth: null };
  const rows = await db.query<{ month: string; category: string; area?: string; count: number }>(
    monthlyCategoryCountsSql({ filter, areaLevel: query.areaLevel ?? null }),
  );
  const sourceMonths = await db.query<{ source: string; month: string }>(SOURCE_MONTHS_SQL);
  const sourceCategories = await db.query<{ source: string; category: string }>(
    sourceCategoriesSql(filter),
  );

  const sources = summariseSources(sourceMonths);
  const coverage: SourceCoverage[] = sources.map((s) => ({
    source: s.source,
    categories: sourceCategories.filter((c) => c.source === s.source).map((c) => c.category),
    monthsWithData: s.monthsWithData,
  }));
  const lastMonth = latest(sources.flatMap((s) => (s.last ? [s.last] : [])));
  const firstMonth = earliest(sources.flatMap((s) => (s.first ? [s.first] : [])));
  const through = latest([lastMonth, query.throughMonth ?? null].filter(isMonth));
  const countRows: MonthlyCountRow[] = rows.map((r) =>
    r.area === undefined
      ? { month: r.month, category: r.category, count: r.count }
      : { month: r.month, category: r.category, area: r.area, count: r.count },
  );
  const series =
    firstMonth && through
      ? seriesFromRows(countRows, coverage, { span: { first: firstMonth, last: through } })
      : [];
  return { series, coverage, sources, lastMonth };
}

function summariseSources(rows: readonly { source: string; month: string }[]): SourceMonths[] {
  const bySource = new Map<string, MonthKey[]>();
  for (const { source, month } of rows) {
    const months = bySource.get(source) ?? [];
    months.push(month);
    bySource.set(source, months);
  }
  return [...bySource.entries()].map(([source, months]) => {
    const sorted = [...new Set(months)].sort();
    return {
      source,
      first: sorted[0] ?? null,
      last: sorted.at(-1) ?? null,
      monthsWithData: sorted,
      missingMonths: missingMonths(sorted),
    };
  });
}

function isMonth(value: MonthKey | null): value is MonthKey {
  return value !== null;
}

function latest(months: readonly MonthKey[]): MonthKey | null {
  return months.reduce<MonthKey | null>(
    (best, m) => (best === null || monthIndex(m) > monthIndex(best) ? m : best),
    null,
  );
}

function earliest(months: readonly MonthKey[]): MonthKey | null {
  return months.reduce<MonthKey | null>(
    (best, m) => (best === null || monthIndex(m) < monthIndex(best) ? m : best),
    null,
  );
}

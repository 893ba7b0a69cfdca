import { monthIndex, monthRange } from '../months';
import type {
  CategorySeries,
  MonthKey,
  MonthlyCountRow,
  MonthlySeries,
  SourceCoverage,
} from './monthlySeries';

/** Optional framing for {@link seriesFromRows}. */
export interface SeriesFromRowsOptions {
  /** First and last month of every series; defaults to the span of the covered months and rows. */
  span?: { first: MonthKey; last: MonthKey };
  /** Categories to include even when they have no rows (they get zeros in covered months). */
  categories?: readonly string[];
  /** Areas to include even when they have no rows. */
  areas?: readonly string[];
}

/**
 * Turns the SQL layer's count rows into one {@link MonthlySeries} per category (and per area
 * when rows carry one), plus an all-areas series per category with `area: null`.
 *
 * SQL `GROUP BY` leaves out empty groups, so a covered month without a row counts as zero.
 * A month is covered for a category only when every source supplying that category has data
 * for it: a total missing one contributor is not comparable with a complete one.
 * Throws when a category is supplied by no source, because its coverage would be unknown.
 */
export function seriesFromRows(
  rows: readonly MonthlyCountRow[],
  coverage: readonly SourceCoverage[],
  options: SeriesFromRowsOptions = {},
): CategorySeries[] {
  const categories = uniqueSorted([...(options.categories ?? []), ...rows.map((r) => r.category)]);
  const areas = uniqueSorted([
    ...(options.areas ?? []),
    ...rows.flatMap((r) => (r.area === undefined ? [] : [r.area])),
  ]);
  const months = seriesSpan(rows, coverage, options.span);
  const position = new Map(months.map((m, i) => [m, i]));

  const totals = new Map<string, number[]>();
  const add = (key: string, i: number, count: number): void => {
    let counts = totals.get(key);
    if (!counts) {
      counts = months.map(() => 0);
      totals.set(key, counts);
    }
    counts[i] = (counts[i] ?? 0) + count;
  };
  for (const row of rows) {
    const i = position.get(row.month);
    if (i === undefined) continue;
    add(seriesKey(row.category, null), i, row.count);
    if (row.area !== undefined) add(seriesKey(row.category, row.area), i, row.count);
  }

  const result: CategorySeries[] = [];
  for (const category of categories) {
    const covered = coveredMonthsFor(category, coverage);
    const build = (area: string | null): CategorySeries => ({
      category,
      area,
      series: {
        months: [...months],
        counts: totals.get(seriesKey(category, area)) ?? months.map(() => 0),
        covered: months.map((m) => covered.has(m)),
      } satisfies MonthlySeries,
    });
    result.push(build(null));
    for (const area of areas) result.push(build(area));
  }
  return result;
}

function coveredMonthsFor(category: string, coverage: readonly SourceCoverage[]): Set<MonthKey> {
  const suppliers = coverage.filter(
    (s) => s.categories === 'all' || s.categories.includes(category),
  );
  if (suppliers.length === 0) {
    throw new Error(`No source coverage lists the category "${category}".`);
  }
  const [first, ...others] = suppliers.map((s) => new Set(s.monthsWithData));
  const covered = first ?? new Set<MonthKey>();
  for (const months of others) for (const m of covered) if (!months.has(m)) covered.delete(m);
  return covered;
}

function seriesSpan(
  rows: readonly MonthlyCountRow[],
  coverage: readonly SourceCoverage[],
  span: SeriesFromRowsOptions['span'],
): MonthKey[] {
  if (span) return monthRange(span.first, span.last);
  const candidates = [...rows.map((r) => r.month), ...coverage.flatMap((s) => s.monthsWithData)];
  let first: MonthKey | null = null;
  let last: MonthKey | null = null;
  for (const m of candidates) {
    if (first === null || monthIndex(m) < monthIndex(first)) first = m;
    if (last === null || monthIndex(m) > monthIndex(last)) last = m;
  }
  return first === null || last === null ? [] : monthRange(first, last);
}

function seriesKey(category: string, area: string | null): string {
  return JSON.stringify([category, area]);
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

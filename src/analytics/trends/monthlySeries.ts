/**
 * The input model of the trend analytics: monthly counts with coverage, so that a month with
 * no data (the source was not loaded) is never mistaken for a month with zero incidents.
 */

/** A calendar month as 'YYYY-MM'. */
export type MonthKey = string;

/**
 * Counts for consecutive months. `months` ascends without gaps from first to last;
 * `covered[i] === false` means month i has no data (missing, not zero) and `counts[i]` is unused.
 */
export interface MonthlySeries {
  months: MonthKey[];
  counts: number[];
  covered: boolean[];
}

/** One row as the SQL layer returns it: incidents of one category in one month (and area). */
export interface MonthlyCountRow {
  month: MonthKey;
  category: string;
  /** Omitted when the query is not broken down by area. */
  area?: string;
  count: number;
}

/**
 * The months a source has data for, and the categories it supplies.
 * `categories: 'all'` suits a single source such as the police.uk street files.
 */
export interface SourceCoverage {
  source: string;
  categories: readonly string[] | 'all';
  monthsWithData: readonly MonthKey[];
}

/** The series of one category, either for one area or (area `null`) for all areas together. */
export interface CategorySeries {
  category: string;
  area: string | null;
  series: MonthlySeries;
}

/** Position of `month` in the series, or -1 when outside it. */
export function indexOfMonth(series: MonthlySeries, month: MonthKey): number {
  return series.months.indexOf(month);
}

/** The count in `month` when that month is covered; `null` when missing or outside the series. */
export function coveredCount(series: MonthlySeries, month: MonthKey): number | null {
  const i = indexOfMonth(series, month);
  if (i < 0 || series.covered[i] !== true) return null;
  return series.counts[i] ?? null;
}

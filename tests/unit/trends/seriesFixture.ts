import { addMonths, monthRange } from '../../../src/analytics/months';
import type { MonthKey, MonthlySeries } from '../../../src/analytics/trends/monthlySeries';

/**
 * A series from `first` with the given counts; `null` marks a month with no data.
 * `missing` also marks whole runs of months as missing.
 */
export function monthlySeries(
  first: MonthKey,
  counts: readonly (number | null)[],
  missing: readonly { from: MonthKey; to: MonthKey }[] = [],
): MonthlySeries {
  const months = monthRange(first, addMonths(first, counts.length - 1));
  const gap = new Set(missing.flatMap((run) => monthRange(run.from, run.to)));
  return {
    months,
    counts: counts.map((c) => c ?? 0),
    covered: counts.map((c, i) => c !== null && !gap.has(months[i] ?? '')),
  };
}

/** A flat series of `length` months from `first`, every month `count`. */
export function flatSeries(first: MonthKey, length: number, count: number): MonthlySeries {
  return monthlySeries(
    first,
    Array.from({ length }, () => count),
  );
}

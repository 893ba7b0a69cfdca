import { addMonths } from '../months';
import type { MonthKey, MonthlySeries } from './monthlySeries';
import { coveredCount } from './monthlySeries';

/** A month against the average of the same calendar month in earlier years. */
export interface SeasonalPoint {
  month: MonthKey;
  /** null when the month has no data. */
  count: number | null;
  /** Mean of the same calendar month in earlier covered years; null when there are none. */
  sameMonthAverage: number | null;
  /** How many earlier years went into the average. */
  yearsUsed: number;
  /** The earlier months averaged, most recent first. */
  monthsAveraged: MonthKey[];
  /** count − sameMonthAverage, when both exist. */
  difference: number | null;
  /** 100 · difference / sameMonthAverage; null when the average is 0 or missing. */
  percentDifference: number | null;
}

/** Settings for {@link seasonalComparison}. */
export interface SeasonalOptions {
  /** Look back at most this many years (e.g. 3); default: every earlier year in the series. */
  maxYearsBack?: number;
}

/**
 * Compares each month with the average of the same calendar month in earlier years, using only
 * years that have data for that month, so that bonfire-night Novembers are set against
 * Novembers and summer youth nuisance against earlier summers.
 */
export function seasonalComparison(
  series: MonthlySeries,
  options: SeasonalOptions = {},
): SeasonalPoint[] {
  return series.months.map((month) => {
    const count = coveredCount(series, month);
    const monthsAveraged: MonthKey[] = [];
    const earlierCounts: number[] = [];
    const yearsBack = options.maxYearsBack ?? Math.floor(series.months.length / 12) + 1;
    for (let years = 1; years <= yearsBack; years++) {
      const earlier = addMonths(month, -12 * years);
      const earlierCount = coveredCount(series, earlier);
      if (earlierCount === null) continue;
      monthsAveraged.push(earlier);
      earlierCounts.push(earlierCount);
    }
    const sameMonthAverage =
      earlierCounts.length === 0
        ? null
        : earlierCounts.reduce((sum, c) => sum + c, 0) / earlierCounts.length;
    const difference =
      count === null || sameMonthAverage === null ? null : count - sameMonthAverage;
    return {
      month,
      count,
      sameMonthAverage,
      yearsUsed: earlierCounts.length,
      monthsAveraged,
      difference,
      percentDifference:
        difference === null || !sameMonthAverage ? null : (100 * difference) / sameMonthAverage,
    };
  });
}

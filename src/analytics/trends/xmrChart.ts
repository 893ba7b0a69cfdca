import { monthIndex } from '../months';
import type { MonthWindow } from './comparisonWindows';
import type { MonthKey, MonthlySeries } from './monthlySeries';

/** One month on an XmR chart. */
export interface XmrPoint {
  month: MonthKey;
  /** null when the month has no data. */
  value: number | null;
  /** |x − previous x|; null at the first point and after a month with no data. */
  movingRange: number | null;
  /** The point is used to set the mean and limits. */
  inBaseline: boolean;
}

/** An individuals (XmR) chart: mean, natural process limits and the two-sigma lines. */
export interface XmrChart {
  points: XmrPoint[];
  baseline: MonthWindow;
  baselinePointCount: number;
  /** Fewer baseline points than Making Data Count recommends (20): limits are provisional. */
  shortBaseline: boolean;
  mean: number;
  averageMovingRange: number;
  /** mean + 2.66 · average moving range (three sigma). */
  upperProcessLimit: number;
  /** mean − 2.66 · average moving range; may be below zero for counts. */
  lowerProcessLimit: number;
  /** One third of the distance from the mean to a process limit (≈ average moving range / 1.128). */
  sigma: number;
  upperTwoSigma: number;
  lowerTwoSigma: number;
}

/** Settings for {@link xmrChart}. */
export interface XmrOptions {
  /** Months whose points set the mean and limits; default: every month of the series. */
  baseline?: MonthWindow;
}

/** Scaling of the average moving range to three-sigma limits (3 / d2, with d2 = 1.128 for n = 2). */
export const NATURAL_PROCESS_LIMIT_FACTOR = 2.66;
/** Making Data Count recommends at least 20 points to set limits. */
export const RECOMMENDED_BASELINE_POINTS = 20;

/**
 * Builds an XmR chart for a monthly series. Moving ranges are taken only between consecutive
 * covered months: a gap breaks the moving range rather than comparing across it.
 * Returns null when the baseline has fewer than two points or no moving range.
 */
export function xmrChart(series: MonthlySeries, options: XmrOptions = {}): XmrChart | null {
  const firstMonth = series.months[0];
  const lastMonth = series.months.at(-1);
  if (firstMonth === undefined || lastMonth === undefined) return null;
  const baseline = options.baseline ?? { first: firstMonth, last: lastMonth };
  const [first, last] = [monthIndex(baseline.first), monthIndex(baseline.last)];
  const inBaseline = (month: MonthKey): boolean => {
    const index = monthIndex(month);
    return index >= first && index <= last;
  };

  const points: XmrPoint[] = series.months.map((month, i) => {
    const value = series.covered[i] === true ? (series.counts[i] ?? 0) : null;
    const before = i > 0 && series.covered[i - 1] === true ? (series.counts[i - 1] ?? 0) : null;
    return {
      month,
      value,
      movingRange: value !== null && before !== null ? Math.abs(value - before) : null,
      inBaseline: inBaseline(month),
    };
  });

  const baselineValues: number[] = [];
  const baselineRanges: number[] = [];
  points.forEach((point, i) => {
    if (!point.inBaseline || point.value === null) return;
    baselineValues.push(point.value);
    const previousInBaseline = points[i - 1]?.inBaseline === true;
    if (point.movingRange !== null && previousInBaseline) baselineRanges.push(point.movingRange);
  });
  if (baselineValues.length < 2 || baselineRanges.length === 0) return null;

  const mean = average(baselineValues);
  const averageMovingRange = average(baselineRanges);
  const sigma = (NATURAL_PROCESS_LIMIT_FACTOR * averageMovingRange) / 3;
  return {
    points,
    baseline,
    baselinePointCount: baselineValues.length,
    shortBaseline: baselineValues.length < RECOMMENDED_BASELINE_POINTS,
    mean,
    averageMovingRange,
    upperProcessLimit: mean + NATURAL_PROCESS_LIMIT_FACTOR * averageMovingRange,
    lowerProcessLimit: mean - NATURAL_PROCESS_LIMIT_FACTOR * averageMovingRange,
    sigma,
    upperTwoSigma: mean + 2 * sigma,
    lowerTwoSigma: mean - 2 * sigma,
  };
}

function average(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

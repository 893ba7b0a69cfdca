import { monthRange } from '../months';
import type { ComparisonKind, ComparisonWindows, MonthWindow } from './comparisonWindows';
import type { MonthKey, MonthlySeries } from './monthlySeries';
import { coveredCount } from './monthlySeries';
import type { RateRatioInterval } from './poissonRateRatio';
import { exactPoissonRateRatio, excludesNoChange } from './poissonRateRatio';

/** The incidents counted in one period, and the months of it that have no data. */
export interface PeriodTotal {
  window: MonthWindow;
  /** Sum over the covered months only; null when no month of the window has data (never 0). */
  count: number | null;
  missingMonths: MonthKey[];
}

/** The part of a comparison both periods have data for: month pairs a year (or a step) apart. */
export interface LikeForLike {
  current: { first: MonthKey; last: MonthKey; count: number };
  previous: { first: MonthKey; last: MonthKey; count: number };
  rateRatio: RateRatioInterval;
  /** The calendar months ('MM') kept, in the order of the current window. */
  months: string[];
  /** The current window's months kept ('YYYY-MM'), to label and to recount. */
  currentMonths: MonthKey[];
  previousMonths: MonthKey[];
}

/** What may honestly be said about a comparison, in order of precedence. */
export type ComparisonVerdict =
  | 'notComparable'
  | 'smallNumbers'
  | 'significantRise'
  | 'significantFall'
  | 'withinNormalVariation';

/** One period compared with another for one series. */
export interface PeriodComparison {
  kind: ComparisonKind;
  current: PeriodTotal;
  previous: PeriodTotal;
  /** current − previous; null when either period has no data at all. */
  change: number | null;
  /** 100 · change / previous; null when the previous count is 0 or either period has no data. */
  percentChange: number | null;
  /**
   * current/previous with an exact Poisson interval (equal exposures: windows are equal length);
   * NaN throughout when either period has no data at all.
   */
  rateRatio: RateRatioInterval;
  /** The interval excludes 1 and both periods are complete. */
  significant: boolean;
  /** Some month of either window has no data: not like for like. */
  incomplete: boolean;
  /** Every month of either window with no data, in order. */
  missingMonths: MonthKey[];
  /** Both counts together are below the small-numbers threshold. */
  smallNumbers: boolean;
  verdict: ComparisonVerdict;
  /**
   * When the comparison is incomplete: the nearest like-for-like one, over the month pairs that
   * both have data (null when complete, or when no pair has data on both sides).
   */
  likeForLike: LikeForLike | null;
}

/** Settings for comparisons. */
export interface ComparisonOptions {
  /** Default 0.95. */
  confidenceLevel?: number;
  /** Below this combined count the change is described as small numbers; default 20. */
  smallNumberTotal?: number;
}

/** The default small-numbers threshold: current + previous below 20. */
export const DEFAULT_SMALL_NUMBER_TOTAL = 20;

/** Compares the two windows of `windows` within `series`. */
export function comparePeriods(
  series: MonthlySeries,
  windows: ComparisonWindows,
  options: ComparisonOptions = {},
): PeriodComparison {
  const current = periodTotal(series, windows.current);
  const previous = periodTotal(series, windows.previous);
  const missingMonths = [...previous.missingMonths, ...current.missingMonths].filter(
    (month, i, all) => all.indexOf(month) === i,
  );
  const incomplete = missingMonths.length > 0;
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const both = current.count !== null && previous.count !== null;
  const now = current.count ?? 0;
  const before = previous.count ?? 0;
  const rateRatio = both
    ? exactPoissonRateRatio(now, before, { confidenceLevel })
    : { estimate: NaN, lower: NaN, upper: NaN, confidenceLevel };
  const significant = !incomplete && excludesNoChange(rateRatio);
  const smallNumbers = now + before < (options.smallNumberTotal ?? DEFAULT_SMALL_NUMBER_TOTAL);
  const change = both ? now - before : null;
  return {
    kind: windows.kind,
    current,
    previous,
    change,
    percentChange: change === null || before === 0 ? null : (100 * change) / before,
    rateRatio,
    significant,
    incomplete,
    missingMonths,
    smallNumbers,
    verdict: incomplete
      ? 'notComparable'
      : smallNumbers
        ? 'smallNumbers'
        : significant
          ? now > before
            ? 'significantRise'
            : 'significantFall'
          : 'withinNormalVariation',
    likeForLike: incomplete ? likeForLike(series, windows, confidenceLevel) : null,
  };
}

/**
 * The month pairs of the two windows (the i-th month of each) that both have data, with their
 * totals and rate ratio: "the last 9 months against the same 9 a year before".
 */
export function likeForLike(
  series: MonthlySeries,
  windows: ComparisonWindows,
  confidenceLevel = 0.95,
): LikeForLike | null {
  const currentMonths = monthRange(windows.current.first, windows.current.last);
  const previousMonths = monthRange(windows.previous.first, windows.previous.last);
  const kept: { now: MonthKey; before: MonthKey; a: number; b: number }[] = [];
  currentMonths.forEach((now, i) => {
    const before = previousMonths[i];
    if (before === undefined) return;
    const a = coveredCount(series, now);
    const b = coveredCount(series, before);
    if (a !== null && b !== null) kept.push({ now, before, a, b });
  });
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (!first || !last) return null;
  const count = (key: 'a' | 'b') => kept.reduce((sum, k) => sum + k[key], 0);
  return {
    current: { first: first.now, last: last.now, count: count('a') },
    previous: { first: first.before, last: last.before, count: count('b') },
    rateRatio: exactPoissonRateRatio(count('a'), count('b'), { confidenceLevel }),
    months: kept.map((k) => k.now.slice(5)),
    currentMonths: kept.map((k) => k.now),
    previousMonths: kept.map((k) => k.before),
  };
}

/** Total of the covered months of `window`; months outside the series count as missing. */
export function periodTotal(series: MonthlySeries, window: MonthWindow): PeriodTotal {
  const position = new Map(series.months.map((m, i) => [m, i]));
  let count = 0;
  const missingMonths: MonthKey[] = [];
  const months = monthRange(window.first, window.last);
  for (const month of months) {
    const i = position.get(month);
    if (i === undefined || series.covered[i] !== true) missingMonths.push(month);
    else count += series.counts[i] ?? 0;
  }
  return { window, count: missingMonths.length === months.length ? null : count, missingMonths };
}

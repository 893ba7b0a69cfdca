import { monthRange } from '../months';
import type { ComparisonKind, ComparisonWindows, MonthWindow } from './comparisonWindows';
import type { MonthKey, MonthlySeries } from './monthlySeries';
import type { RateRatioInterval } from './poissonRateRatio';
import { exactPoissonRateRatio, excludesNoChange } from './poissonRateRatio';

/** The incidents counted in one period, and the months of it that have no data. */
export interface PeriodTotal {
  window: MonthWindow;
  /** Sum over the covered months only. */
  count: number;
  missingMonths: MonthKey[];
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
  /** current − previous */
  change: number;
  /** 100 · change / previous; null when the previous count is 0. */
  percentChange: number | null;
  /** current/previous with an exact Poisson interval (equal exposures: windows are equal length). */
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
  const rateRatio = exactPoissonRateRatio(current.count, previous.count, {
    confidenceLevel: options.confidenceLevel ?? 0.95,
  });
  const significant = !incomplete && excludesNoChange(rateRatio);
  const smallNumbers =
    current.count + previous.count < (options.smallNumberTotal ?? DEFAULT_SMALL_NUMBER_TOTAL);
  const change = current.count - previous.count;
  return {
    kind: windows.kind,
    current,
    previous,
    change,
    percentChange: previous.count === 0 ? null : (100 * change) / previous.count,
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
          ? change > 0
            ? 'significantRise'
            : 'significantFall'
          : 'withinNormalVariation',
  };
}

/** Total of the covered months of `window`; months outside the series count as missing. */
export function periodTotal(series: MonthlySeries, window: MonthWindow): PeriodTotal {
  const position = new Map(series.months.map((m, i) => [m, i]));
  let count = 0;
  const missingMonths: MonthKey[] = [];
  for (const month of monthRange(window.first, window.last)) {
    const i = position.get(month);
    if (i === undefined || series.covered[i] !== true) missingMonths.push(month);
    else count += series.counts[i] ?? 0;
  }
  return { window, count, missingMonths };
}

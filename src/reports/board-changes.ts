import type { DisclosedTable } from '../analytics/disclosure/disclosureControl';
import { monthRange } from '../analytics/months';
import type { ComparisonWindows, MonthWindow } from '../analytics/trends/comparisonWindows';
import type { MonthKey } from '../analytics/trends/monthlySeries';
import { exactPoissonRateRatio, excludesNoChange } from '../analytics/trends/poissonRateRatio';
import { formatCount, formatPercentSize } from '../analytics/trends/ukNumberFormat';
import { AREA_NOT_RECORDED } from '../sql/trends';
import { shownValue } from './board-tables';

/** An area's change in incidents (all board categories together), from published totals only. */
export interface AreaChange {
  area: string;
  previous: number;
  current: number;
  change: number;
  /** null when the previous count is 0. */
  percentChange: number | null;
  /** The exact Poisson 95% interval of the rate ratio excludes 1. */
  significant: boolean;
  sentence: string;
}

/**
 * The areas whose totals changed most between the previous and the current period, by size of
 * change. Only areas whose total is published in both disclosed tables are eligible, so the list
 * reveals nothing the tables hide.
 */
export function largestAreaChanges(
  current: DisclosedTable,
  previous: DisclosedTable,
  count: number,
): AreaChange[] {
  const changes: AreaChange[] = [];
  current.rowLabels.forEach((area, i) => {
    const now = shownValue(current.rowTotals[i]);
    const before = shownValue(previous.rowTotals[previous.rowLabels.indexOf(area)]);
    if (area === AREA_NOT_RECORDED || now === null || before === null) return;
    const change = now - before;
    const interval = exactPoissonRateRatio(now, before);
    const percentChange = before === 0 ? null : (100 * change) / before;
    changes.push({
      area,
      previous: before,
      current: now,
      change,
      percentChange,
      significant: excludesNoChange(interval),
      sentence: describeAreaChange(area, before, now, percentChange),
    });
  });
  return changes
    .filter((c) => c.change !== 0)
    .sort(
      (a, b) => Math.abs(b.change) - Math.abs(a.change) || a.area.localeCompare(b.area, 'en-GB'),
    )
    .slice(0, count);
}

function describeAreaChange(
  area: string,
  before: number,
  now: number,
  percent: number | null,
): string {
  const verb = now > before ? 'rose' : 'fell';
  const size = percent === null ? '' : ` ${formatPercentSize(percent)}`;
  return `${area}${size === '' ? '' : ':'} incidents ${verb}${size} (${formatCount(before)} → ${formatCount(now)}).`;
}

/**
 * The periods the area changes compare: the board's own when both are complete; otherwise the
 * nearest like-for-like pair, the longest unbroken run of month pairs (a year apart) that both
 * have data, the latest run on a tie; null when there is none (a ranking would then mislead).
 */
export interface ChangesBasis {
  current: MonthWindow;
  previous: MonthWindow;
  likeForLike: boolean;
}

export function changesBasis(
  windows: ComparisonWindows,
  missingMonths: readonly MonthKey[],
): ChangesBasis | null {
  if (missingMonths.length === 0)
    return { current: windows.current, previous: windows.previous, likeForLike: false };
  const missing = new Set(missingMonths);
  const now = monthRange(windows.current.first, windows.current.last);
  const before = monthRange(windows.previous.first, windows.previous.last);
  let best: { from: number; to: number } | null = null;
  let from = -1;
  now.forEach((month, i) => {
    const earlier = before[i];
    const both = earlier !== undefined && !missing.has(month) && !missing.has(earlier);
    if (!both) from = -1;
    else {
      if (from < 0) from = i;
      if (!best || i - from >= best.to - best.from) best = { from, to: i };
    }
  });
  const run = best as { from: number; to: number } | null;
  if (!run) return null;
  const window = (months: readonly MonthKey[]) => ({
    first: months[run.from] as MonthKey,
    last: months[run.to] as MonthKey,
  });
  return { current: window(now), previous: window(before), likeForLike: true };
}

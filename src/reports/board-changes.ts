import type { DisclosedTable } from '../analytics/disclosure/disclosureControl';
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

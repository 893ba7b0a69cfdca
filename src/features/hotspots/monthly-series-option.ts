import type { EChartsOption } from 'echarts';
import { missingMonths, monthRange } from '../../analytics/months';

/**
 * A small bar chart of monthly counts over the covered months; months with no data at all are
 * gaps (null), not zeros, and covered months with no incident are zeros.
 */
export function monthlySeriesOption(
  counts: readonly { month: string; count: number }[],
  coveredMonths: readonly string[],
): EChartsOption {
  const covered = [...coveredMonths].sort();
  const first = covered[0];
  const last = covered[covered.length - 1];
  const axis = first && last ? monthRange(first, last) : [];
  const missing = new Set(missingMonths(covered));
  const byMonth = new Map(counts.map((c) => [c.month, c.count]));
  return {
    grid: { left: 32, right: 8, top: 12, bottom: 36 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: axis, axisLabel: { fontSize: 12 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 12 } },
    series: [
      {
        type: 'bar',
        name: 'Incidents',
        data: axis.map((m) => (missing.has(m) ? null : (byMonth.get(m) ?? 0))),
        itemStyle: { color: '#c0392b' },
      },
    ],
  };
}

/** Category mix as "asb 12, criminal-damage-arson 1" style rows, largest first. */
export function categoryMixRows(
  mix: Record<string, number>,
): { category: string; count: number }[] {
  return Object.entries(mix)
    .map(([category, count]) => ({ category, count }))
    .sort((a, b) => b.count - a.count);
}

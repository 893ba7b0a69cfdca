import type { EChartsOption } from 'echarts';
import { monthRange } from '../../analytics/months';
import { categoryById } from '../../sql/taxonomy';
import type { DatasetSummary } from '../../reports/dataset-summary';

/**
 * Monthly counts by category as stacked bars. Months with no data are gaps marked "no data",
 * never drawn as zero.
 */
export function monthlyChartOption(
  summary: DatasetSummary,
  fromMonth: string | null,
  toMonth: string | null,
): EChartsOption {
  const first = fromMonth ?? summary.months.first;
  const last = toMonth ?? summary.months.last;
  const haveData = new Set(summary.months.covered);
  const months = first && last ? monthRange(first, last) : [];
  const categories = Object.keys(summary.byCategory).sort(
    (a, b) => (summary.byCategory[b] ?? 0) - (summary.byCategory[a] ?? 0),
  );
  const gaps = missingRuns(months, haveData);
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 50 },
    xAxis: { type: 'category', data: months, axisLabel: { rotate: 45 } },
    yAxis: { type: 'value', name: 'Incidents' },
    series: categories.map((category, index) => ({
      name: categoryById(category)?.label ?? category,
      type: 'bar',
      stack: 'month',
      itemStyle: { color: categoryById(category)?.colour ?? '#999' },
      data: months.map((m) =>
        haveData.has(m) ? (summary.byMonthCategory[m]?.[category] ?? 0) : null,
      ),
      ...(index === 0 && gaps.length > 0
        ? {
            markArea: {
              silent: true,
              itemStyle: { color: 'rgba(120,120,120,0.12)' },
              label: { show: true, position: 'insideTop', color: '#666', formatter: 'no data' },
              data: gaps.map(([from, to]) => [{ xAxis: from }, { xAxis: to }]),
            },
          }
        : {}),
    })),
  } as EChartsOption;
}

function missingRuns(months: string[], haveData: Set<string>): [string, string][] {
  const runs: [string, string][] = [];
  for (const m of months) {
    if (haveData.has(m)) continue;
    const last = runs[runs.length - 1];
    const previous = months[months.indexOf(m) - 1];
    if (last && previous === last[1]) last[1] = m;
    else runs.push([m, m]);
  }
  return runs;
}

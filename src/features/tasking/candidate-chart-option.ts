import type { EChartsOption } from 'echarts';
import type { MonthId } from '../../tasking/tasking-state';

/**
 * A small monthly bar chart of a place: recent months in red, baseline in grey; a month with no
 * data is a gap (null), never a zero bar.
 */
export function placeMonthlyOption(
  monthly: readonly { month: MonthId; count: number | null }[],
  recentMonths: readonly MonthId[],
): EChartsOption {
  const recent = new Set(recentMonths);
  return {
    animation: false,
    grid: { left: 28, right: 4, top: 8, bottom: 20 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: monthly.map((m) => m.month),
      axisLabel: { fontSize: 12, interval: 'auto' },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 12 } },
    series: [
      {
        type: 'bar',
        name: 'Incidents',
        data: monthly.map((m) => ({
          value: m.count,
          itemStyle: { color: recent.has(m.month) ? '#c0392b' : '#8a96a3' },
        })),
      },
    ],
  };
}

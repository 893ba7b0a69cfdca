import type { EChartsOption } from 'echarts';
import type { CategoryTrendDetail } from '../../reports/trends-report';

/**
 * One category's monthly counts as a small line chart, with the average of the same month in
 * earlier years dashed behind it. Months with no data are gaps, never zeros.
 */
export function smallMultipleOption(
  trend: CategoryTrendDetail,
  colour: string,
  reportingMonth: string,
  description: string,
): EChartsOption {
  const { months, counts, covered } = trend.series;
  const values = months.map((_, i) => (covered[i] ? (counts[i] ?? 0) : null));
  const seasonal = trend.seasonal.map((p) =>
    p.sameMonthAverage === null ? null : Math.round(p.sameMonthAverage),
  );
  return {
    animation: false,
    aria: { enabled: true, description },
    title: { text: trend.label, textStyle: { fontSize: 12 }, left: 0, top: 0 },
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 8, top: 26, bottom: 22 },
    xAxis: { type: 'category', data: months, axisLabel: { fontSize: 12 } },
    yAxis: { type: 'value', axisLabel: { fontSize: 12 }, splitNumber: 3 },
    series: [
      {
        name: 'Incidents',
        type: 'line',
        data: values,
        connectNulls: false,
        showSymbol: false,
        lineStyle: { color: colour, width: 2 },
        itemStyle: { color: colour },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: '#555', type: 'dotted' },
          data: [{ xAxis: reportingMonth }],
        },
      },
      {
        name: 'Same month, earlier years (average)',
        type: 'line',
        data: seasonal,
        connectNulls: false,
        showSymbol: false,
        lineStyle: { color: '#8896a5', width: 1, type: 'dashed' },
        itemStyle: { color: '#8896a5' },
      },
    ],
  };
}

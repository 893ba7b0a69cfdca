import type { EChartsOption } from 'echarts';
import type { SpecialCauseSignal } from '../../analytics/trends/specialCauseRules';
import type { XmrChart } from '../../analytics/trends/xmrChart';

/** Making Data Count colours: orange for concern, blue for improvement, grey for common cause. */
export const SIGNAL_COLOURS = { concern: '#ed8b00', improvement: '#005eb8', common: '#7d8a99' };

/**
 * An XmR chart: the monthly values, the mean, the natural process limits (solid) and the
 * two-sigma lines (dotted); points in a special-cause pattern are coloured by what they mean.
 */
export function xmrOption(
  label: string,
  chart: XmrChart,
  signals: readonly SpecialCauseSignal[],
): EChartsOption {
  const flagged = new Map<string, 'concern' | 'improvement'>();
  for (const s of signals)
    for (const m of s.months)
      if (!flagged.has(m) || s.assessment === 'concern') flagged.set(m, s.assessment);
  const line = (
    name: string,
    value: number,
    type: 'solid' | 'dashed' | 'dotted',
    colour: string,
  ) => ({
    name,
    type: 'line' as const,
    data: chart.points.map(() => Math.round(value * 10) / 10),
    showSymbol: false,
    lineStyle: { color: colour, type, width: 1 },
    itemStyle: { color: colour },
    tooltip: { show: false },
  });
  return {
    animation: false,
    aria: {
      enabled: true,
      description:
        `${label}: XmR chart with mean ${chart.mean.toFixed(1)} and process limits ` +
        `${chart.lowerProcessLimit.toFixed(1)} to ${chart.upperProcessLimit.toFixed(1)}; ` +
        `${signals.length} special-cause signal${signals.length === 1 ? '' : 's'}.`,
    },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { fontSize: 11 } },
    grid: { left: 50, right: 16, top: 36, bottom: 40 },
    xAxis: { type: 'category', data: chart.points.map((p) => p.month) },
    yAxis: { type: 'value', scale: true },
    series: [
      {
        name: label,
        type: 'line',
        connectNulls: false,
        symbolSize: 6,
        lineStyle: { color: SIGNAL_COLOURS.common },
        data: chart.points.map((p) => ({
          value: p.value === null ? null : Math.round(p.value * 10) / 10,
          itemStyle: { color: SIGNAL_COLOURS[flagged.get(p.month) ?? 'common'] },
        })),
      },
      line('Mean', chart.mean, 'solid', '#333'),
      line('Process limits', chart.upperProcessLimit, 'dashed', '#a4161a'),
      line('Process limits', Math.max(chart.lowerProcessLimit, 0), 'dashed', '#a4161a'),
      line('Two sigma', chart.upperTwoSigma, 'dotted', '#b0b8c2'),
      line('Two sigma', Math.max(chart.lowerTwoSigma, 0), 'dotted', '#b0b8c2'),
    ],
  };
}

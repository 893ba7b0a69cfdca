import type { EChartsOption } from 'echarts';
import { formatWindow } from '../../analytics/trends/ukNumberFormat';
import type { BoardVolumes } from '../../reports/board-report';

const PERIOD_COLOURS = ['#9ecae1', '#4292c6', '#08519c'];

/** "12 months to June 2025 (6 of 12 months with data)". */
export function periodName(period: BoardVolumes['periods'][number]): string {
  const coverage =
    period.monthsWithData === period.months
      ? ''
      : period.monthsWithData === 0
        ? ' (no data)'
        : ` (${period.monthsWithData} of ${period.months} months with data)`;
  return `${formatWindow(period.window)}${coverage}`;
}

/**
 * Incident volume by category over three years, as grouped bars (oldest palest), like the
 * strategy's chart. Values withheld by disclosure control, or periods with no data, are gaps.
 */
export function volumeChartOption(volumes: BoardVolumes, description: string): EChartsOption {
  return {
    animation: false,
    aria: { enabled: true, description },
    backgroundColor: '#fff',
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, textStyle: { fontSize: 12 } },
    // Room above the tallest bar for its upright value.
    grid: { left: 60, right: 16, top: 96, bottom: 44 },
    xAxis: {
      type: 'category',
      data: volumes.categories.map((c) => c.label),
      axisLabel: { interval: 0, width: 110, overflow: 'break', fontSize: 12 },
    },
    yAxis: { type: 'value', name: 'Incidents' },
    series: volumes.periods.map((period, i) => ({
      name: periodName(period),
      type: 'bar',
      barMaxWidth: 40,
      itemStyle: { color: PERIOD_COLOURS[i] ?? '#17324d' },
      // Upright, so three values side by side never run into each other on a projector.
      label: {
        show: true,
        position: 'top',
        rotate: 90,
        align: 'left',
        verticalAlign: 'middle',
        distance: 4,
        fontSize: 12,
        formatter: ({ value }: { value: unknown }) =>
          typeof value === 'number' ? value.toLocaleString('en-GB') : '',
      },
      data: volumes.categories.map((c) => c.values[i] ?? null),
    })),
  } as EChartsOption;
}

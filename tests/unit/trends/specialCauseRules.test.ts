import { describe, expect, it } from 'vitest';
import type { SpecialCauseSignal } from '../../../src/analytics/trends/specialCauseRules';
import { specialCauseSignals } from '../../../src/analytics/trends/specialCauseRules';
import type { XmrChart } from '../../../src/analytics/trends/xmrChart';
import { xmrChart } from '../../../src/analytics/trends/xmrChart';
import { monthlySeries } from './seriesFixture';

/**
 * Twenty baseline months alternating 24, 20 (ending on 20): mean 22, average moving range 4,
 * process limits 11.36 and 32.64, two-sigma lines about 14.91 and 29.09. No baseline point
 * signals anything, so every signal comes from the months appended after it.
 */
const BASELINE = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 24 : 20));
const BASELINE_WINDOW = { first: '2023-01', last: '2024-08' };

function chartWith(after: (number | null)[]): XmrChart {
  const chart = xmrChart(monthlySeries('2023-01', [...BASELINE, ...after]), {
    baseline: BASELINE_WINDOW,
  });
  if (!chart) throw new Error('baseline should give a chart');
  return chart;
}

function signals(after: (number | null)[], trendLength?: number): SpecialCauseSignal[] {
  return specialCauseSignals(chartWith(after), trendLength ? { trendLength } : {});
}

describe('Making Data Count special-cause rules', () => {
  it('the baseline itself is common-cause variation', () => {
    const chart = chartWith([]);
    expect(chart.mean).toBe(22);
    expect(chart.upperProcessLimit).toBeCloseTo(32.64, 10);
    expect(specialCauseSignals(chart)).toEqual([]);
  });

  it('(a) a point beyond the upper process limit is a concern for crime', () => {
    expect(signals([40])).toEqual([
      { rule: 'pointBeyondLimit', months: ['2024-09'], direction: 'up', assessment: 'concern' },
    ]);
    expect(signals([32])).toEqual([]);
  });

  it('(a) the same point is an improvement when higher is better', () => {
    const [signal] = specialCauseSignals(chartWith([40]), { improvement: 'increase' });
    expect(signal?.assessment).toBe('improvement');
  });

  it('(b) seven points in a row above the mean is a shift; six is not', () => {
    const shift = signals([23, 23, 23, 23, 23, 23, 23]);
    expect(shift).toHaveLength(1);
    expect(shift[0]).toMatchObject({ rule: 'shift', direction: 'up', assessment: 'concern' });
    expect(shift[0]?.months).toHaveLength(7);
    expect(signals([23, 23, 23, 23, 23, 23, 20])).toEqual([]);
  });

  it('(b) a month with no data ends the run', () => {
    expect(signals([23, 23, 23, null, 23, 23, 23, 23])).toEqual([]);
  });

  it('(c) seven rising points is a trend; six is a trend only when the length is set to 6', () => {
    const trend = signals([21, 22, 23, 24, 25, 26]);
    expect(trend).toEqual([
      {
        rule: 'trend',
        months: ['2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02'],
        direction: 'up',
        assessment: 'concern',
      },
    ]);
    expect(signals([21, 22, 23, 24, 25])).toEqual([]);
    expect(signals([21, 22, 23, 24, 25], 6).map((s) => s.rule)).toEqual(['trend']);
  });

  it('(c) a repeated value neither adds to nor breaks a trend', () => {
    expect(signals([21, 22, 22, 23, 24, 25, 26]).map((s) => s.rule)).toEqual(['trend']);
    expect(signals([21, 22, 22, 23, 24, 25])).toEqual([]);
  });

  it('(c) a falling trend in crime is an improvement', () => {
    // The rise to 21 stops the baseline's last fall (24 → 20) from joining the trend.
    const falling = signals([21, 19, 18, 17, 16, 15, 14]).find((s) => s.rule === 'trend');
    expect(falling).toMatchObject({ direction: 'down', assessment: 'improvement' });
    expect(falling?.months).toHaveLength(7);
    expect(signals([21, 19, 18, 17, 16, 15]).filter((s) => s.rule === 'trend')).toEqual([]);
  });

  it('(d) two of three points beyond the two-sigma line on the same side', () => {
    expect(signals([30, 25, 31])).toEqual([
      {
        rule: 'twoOfThreeNearLimit',
        months: ['2024-09', '2024-11'],
        direction: 'up',
        assessment: 'concern',
      },
    ]);
    expect(signals([30, 21, 31])).toEqual([]);
    expect(signals([30, 25, 26])).toEqual([]);
  });
});

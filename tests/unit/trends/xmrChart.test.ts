import { describe, expect, it } from 'vitest';
import { xmrChart } from '../../../src/analytics/trends/xmrChart';
import { monthlySeries } from './seriesFixture';

describe('XmR chart', () => {
  it('sets the mean and natural process limits at mean ± 2.66 × average moving range', () => {
    // Moving ranges 2, 1, 2, 1: average 1.5; mean 11.6.
    const chart = xmrChart(monthlySeries('2025-01', [10, 12, 11, 13, 12]));
    expect(chart?.mean).toBeCloseTo(11.6, 12);
    expect(chart?.averageMovingRange).toBeCloseTo(1.5, 12);
    expect(chart?.upperProcessLimit).toBeCloseTo(11.6 + 2.66 * 1.5, 12);
    expect(chart?.lowerProcessLimit).toBeCloseTo(11.6 - 2.66 * 1.5, 12);
    expect(chart?.upperTwoSigma).toBeCloseTo(11.6 + (2 / 3) * 2.66 * 1.5, 12);
    expect(chart?.shortBaseline).toBe(true);
  });

  it('breaks the moving range at a month with no data instead of spanning the gap', () => {
    const chart = xmrChart(monthlySeries('2025-01', [10, 12, null, 40, 42]));
    expect(chart?.points.map((p) => p.movingRange)).toEqual([null, 2, null, null, 2]);
    expect(chart?.averageMovingRange).toBe(2);
    expect(chart?.mean).toBe(26);
  });

  it('takes the limits from the baseline period only', () => {
    const series = monthlySeries('2025-01', [10, 12, 11, 13, 50, 60]);
    const chart = xmrChart(series, { baseline: { first: '2025-01', last: '2025-04' } });
    expect(chart?.mean).toBe(11.5);
    expect(chart?.averageMovingRange).toBeCloseTo(5 / 3, 12);
    expect(chart?.baselinePointCount).toBe(4);
    expect(chart?.points.map((p) => p.inBaseline)).toEqual([true, true, true, true, false, false]);
  });

  it('cannot draw limits from fewer than two consecutive covered months', () => {
    expect(xmrChart(monthlySeries('2025-01', [10, null, 12]))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { seasonalComparison } from '../../../src/analytics/trends/seasonalComparison';
import { monthlySeries } from './seriesFixture';

describe('same calendar month in earlier years', () => {
  // Three Novembers (bonfire night arson): 2022 = 30, 2023 missing, 2024 = 50; then 2025 = 60.
  const novembers = monthlySeries('2022-11', [
    30,
    ...Array(11).fill(5),
    null,
    ...Array(11).fill(5),
    50,
    ...Array(11).fill(5),
    60,
  ]);
  const byMonth = new Map(seasonalComparison(novembers).map((p) => [p.month, p]));

  it('averages only the earlier years that have data, and says how many', () => {
    const november2025 = byMonth.get('2025-11');
    expect(november2025?.sameMonthAverage).toBe(40);
    expect(november2025?.yearsUsed).toBe(2);
    expect(november2025?.monthsAveraged).toEqual(['2024-11', '2022-11']);
    expect(november2025?.difference).toBe(20);
    expect(november2025?.percentDifference).toBe(50);
  });

  it('has no average in the first year, and no count in a missing month', () => {
    expect(byMonth.get('2022-11')).toMatchObject({ sameMonthAverage: null, yearsUsed: 0 });
    expect(byMonth.get('2023-11')).toMatchObject({ count: null, sameMonthAverage: 30 });
  });

  it('can be limited to recent years', () => {
    const recent = seasonalComparison(novembers, { maxYearsBack: 1 });
    expect(recent.find((p) => p.month === '2025-11')).toMatchObject({
      sameMonthAverage: 50,
      yearsUsed: 1,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { comparisonWindows } from '../../../src/analytics/trends/comparisonWindows';
import { monthRange } from '../../../src/analytics/months';
import { changesBasis } from '../../../src/reports/board-changes';

const rolling = (month: string) =>
  comparisonWindows(month).find((w) => w.kind === 'rolling12Months')!;

describe('which periods the board ranks area changes over', () => {
  it('its own periods when both are complete', () => {
    expect(changesBasis(rolling('2025-12'), [])).toEqual({
      current: { first: '2025-01', last: '2025-12' },
      previous: { first: '2024-01', last: '2024-12' },
      likeForLike: false,
    });
  });

  it('the months both years have data for, when they run unbroken (the real 2024/2025 files)', () => {
    const missing = monthRange('2024-05', '2024-12');
    expect(changesBasis(rolling('2025-12'), missing)).toEqual({
      current: { first: '2025-01', last: '2025-04' },
      previous: { first: '2024-01', last: '2024-04' },
      likeForLike: true,
    });
  });

  it('the longest unbroken run when gaps break the pairs up', () => {
    expect(changesBasis(rolling('2025-12'), ['2024-03', '2024-05'])).toMatchObject({
      current: { first: '2025-06', last: '2025-12' },
      previous: { first: '2024-06', last: '2024-12' },
    });
  });

  it('none when no month pair has data on both sides', () => {
    expect(changesBasis(rolling('2025-12'), monthRange('2024-01', '2024-12'))).toBeNull();
  });
});

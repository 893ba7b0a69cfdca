import { describe, expect, it } from 'vitest';
import {
  comparisonWindows,
  yearToDateWindow,
} from '../../../src/analytics/trends/comparisonWindows';

describe('comparison windows for a reporting month', () => {
  it('financial year to date for March is the whole year April–March', () => {
    const [, , ytd] = comparisonWindows('2025-03');
    expect(ytd).toEqual({
      kind: 'yearToDate',
      current: { first: '2024-04', last: '2025-03' },
      previous: { first: '2023-04', last: '2024-03' },
    });
  });

  it('financial year to date for May is April–May, against April–May a year earlier', () => {
    const [, , ytd] = comparisonWindows('2025-05');
    expect(ytd?.current).toEqual({ first: '2025-04', last: '2025-05' });
    expect(ytd?.previous).toEqual({ first: '2024-04', last: '2024-05' });
  });

  it('financial year to date in April is April alone', () => {
    expect(yearToDateWindow('2025-04')).toEqual({ first: '2025-04', last: '2025-04' });
  });

  it('calendar year to date (yearStartMonth 1) for March is January–March', () => {
    const [, , ytd] = comparisonWindows('2025-03', { yearStartMonth: 1 });
    expect(ytd?.current).toEqual({ first: '2025-01', last: '2025-03' });
    expect(ytd?.previous).toEqual({ first: '2024-01', last: '2024-03' });
  });

  it('month on month crosses the year end; same month last year and rolling 12 months line up', () => {
    const [monthOnMonth, sameMonth, , rolling] = comparisonWindows('2025-01');
    expect(monthOnMonth?.previous).toEqual({ first: '2024-12', last: '2024-12' });
    expect(sameMonth?.previous).toEqual({ first: '2024-01', last: '2024-01' });
    expect(rolling?.current).toEqual({ first: '2024-02', last: '2025-01' });
    expect(rolling?.previous).toEqual({ first: '2023-02', last: '2024-01' });
  });

  it('rejects a year start that is not a month', () => {
    expect(() => yearToDateWindow('2025-03', 13)).toThrow(RangeError);
    expect(() => yearToDateWindow('2025-03', 0)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { comparisonWindows } from '../../../src/analytics/trends/comparisonWindows';
import { comparePeriods } from '../../../src/analytics/trends/periodComparison';
import {
  compareCategories,
  compareReportingMonth,
} from '../../../src/analytics/trends/reportingMonthComparisons';
import { describeComparison } from '../../../src/analytics/trends/trendSentences';
import { flatSeries, monthlySeries } from './seriesFixture';

/** The real extracts: no data 2019-03…2023-12 and 2024-05…2024-12. */
const REAL_GAPS = [
  { from: '2019-03', to: '2023-12' },
  { from: '2024-05', to: '2024-12' },
];

describe('comparing a reporting month with earlier periods', () => {
  it('gives counts, change, percentage and rate ratio for a like-for-like comparison', () => {
    const series = monthlySeries('2025-05', [180, 250]);
    const [monthOnMonth] = comparisonWindows('2025-06');
    const result = comparePeriods(series, monthOnMonth!);
    expect(result.previous.count).toBe(180);
    expect(result.current.count).toBe(250);
    expect(result.change).toBe(70);
    expect(result.percentChange).toBeCloseTo(38.888889, 5);
    expect(result.rateRatio.estimate).toBeCloseTo(250 / 180, 12);
    expect(result.significant).toBe(true);
    expect(result.verdict).toBe('significantRise');
  });

  it('flags the rolling year to June 2025 as incomplete: both real gaps fall in its windows', () => {
    const series = monthlySeries(
      '2019-01',
      Array.from({ length: 78 }, () => 100),
      REAL_GAPS,
    );
    const { rolling12Months } = compareReportingMonth(series, '2025-06');
    expect(rolling12Months.incomplete).toBe(true);
    expect(rolling12Months.previous.missingMonths).toEqual([
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-05',
      '2024-06',
    ]);
    expect(rolling12Months.current.missingMonths).toEqual([
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
    ]);
    expect(rolling12Months.missingMonths).toHaveLength(14);
    expect(rolling12Months.significant).toBe(false);
    expect(rolling12Months.verdict).toBe('notComparable');
  });

  it('treats months before the series starts as missing, not zero', () => {
    const series = flatSeries('2025-01', 6, 40);
    const { sameMonthLastYear } = compareReportingMonth(series, '2025-06');
    expect(sameMonthLastYear.previous.missingMonths).toEqual(['2024-06']);
    expect(sameMonthLastYear.verdict).toBe('notComparable');
  });

  it('a window with no data at all has no count (never 0), no change and no rate ratio', () => {
    const series = flatSeries('2025-01', 12, 40);
    const { sameMonthLastYear, rolling12Months } = compareReportingMonth(series, '2025-12');
    expect(sameMonthLastYear.previous.count).toBeNull();
    expect(sameMonthLastYear.current.count).toBe(40);
    expect(sameMonthLastYear.change).toBeNull();
    expect(sameMonthLastYear.percentChange).toBeNull();
    expect(sameMonthLastYear.rateRatio.estimate).toBeNaN();
    expect(sameMonthLastYear.likeForLike).toBeNull();
    expect(rolling12Months.previous.count).toBeNull();
    expect(describeComparison('ASB', rolling12Months)).not.toMatch(/\b0\b/);
  });

  it('offers the nearest like-for-like comparison: the month pairs both windows have data for', () => {
    // The real extracts: 2024-01…04 and 2025-01…12; the rolling year to December 2025.
    const counts = Array.from({ length: 24 }, (_, i) => (i < 4 ? 100 + i : i >= 12 ? 120 : null));
    const series = monthlySeries('2024-01', counts);
    const { rolling12Months } = compareReportingMonth(series, '2025-12');
    expect(rolling12Months.verdict).toBe('notComparable');
    expect(rolling12Months.likeForLike).toMatchObject({
      current: { first: '2025-01', last: '2025-04', count: 480 },
      previous: { first: '2024-01', last: '2024-04', count: 406 },
      months: ['01', '02', '03', '04'],
    });
    // R: poisson.test(c(480, 406))$conf.int → 1.033742 1.352650
    expect(rolling12Months.likeForLike?.rateRatio.estimate).toBeCloseTo(480 / 406, 10);
    expect(rolling12Months.likeForLike?.rateRatio.lower).toBeCloseTo(1.033742, 5);
    expect(rolling12Months.likeForLike?.rateRatio.upper).toBeCloseTo(1.35265, 5);
    expect(describeComparison('ASB', rolling12Months)).toContain(
      'Like for like, the 4 months both periods have data for (January–April 2025 against January–April 2024): 406 → 480',
    );
  });

  it('a complete window next to a gap stays comparable', () => {
    const series = monthlySeries(
      '2019-01',
      Array.from({ length: 78 }, () => 100),
      REAL_GAPS,
    );
    const { monthOnMonth } = compareReportingMonth(series, '2025-06');
    expect(monthOnMonth.incomplete).toBe(false);
  });

  it('calls 3 → 5 small numbers rather than a 66.7% rise', () => {
    const { monthOnMonth } = compareReportingMonth(monthlySeries('2025-05', [3, 5]), '2025-06');
    expect(monthOnMonth.smallNumbers).toBe(true);
    expect(monthOnMonth.verdict).toBe('smallNumbers');
    const custom = compareReportingMonth(monthlySeries('2025-05', [3, 5]), '2025-06', {
      smallNumberTotal: 5,
    });
    expect(custom.monthOnMonth.smallNumbers).toBe(false);
  });

  it('has no percentage from a base of zero', () => {
    const { monthOnMonth } = compareReportingMonth(monthlySeries('2025-05', [0, 30]), '2025-06');
    expect(monthOnMonth.percentChange).toBeNull();
    expect(monthOnMonth.rateRatio.upper).toBe(Infinity);
    expect(monthOnMonth.verdict).toBe('significantRise');
  });

  it('compares every category series', () => {
    const results = compareCategories(
      [
        { category: 'Nuisance', area: null, series: flatSeries('2023-06', 25, 50) },
        { category: 'Personal', area: 'Ward A', series: flatSeries('2023-06', 25, 10) },
      ],
      '2025-06',
    );
    expect(results.map((r) => [r.category, r.area, r.rolling12Months.current.count])).toEqual([
      ['Nuisance', null, 600],
      ['Personal', 'Ward A', 120],
    ]);
    expect(results[0]?.yearToDate.current.window).toEqual({ first: '2025-04', last: '2025-06' });
  });
});

import { describe, expect, it } from 'vitest';
import { compareReportingMonth } from '../../../src/analytics/trends/reportingMonthComparisons';
import { describeComparison } from '../../../src/analytics/trends/trendSentences';
import { monthlySeries } from './seriesFixture';

/** 24 months to June 2025: the earlier 12 sum to `previous`, the later 12 to `current`. */
function twoYears(previous: number, current: number, missing: { from: string; to: string }[] = []) {
  const spread = (total: number) =>
    Array.from({ length: 12 }, (_, i) => Math.floor(total / 12) + (i < total % 12 ? 1 : 0));
  return monthlySeries('2023-07', [...spread(previous), ...spread(current)], missing);
}

describe('plain-English trend sentences', () => {
  it('reads a change within normal variation with UK thousands separators', () => {
    const { rolling12Months } = compareReportingMonth(twoYears(1234, 1318), '2025-06');
    expect(describeComparison('Nuisance ASB', rolling12Months)).toBe(
      'Nuisance ASB rose 6.8% (1,234 → 1,318) in the 12 months to June 2025 compared with the previous 12 months; the change is within normal variation.',
    );
  });

  // R: poisson.test(c(1012, 1234)) gives 0.8200972 (0.7539401, 0.8919028).
  it('reads a significant fall with its rate ratio and interval', () => {
    const { rolling12Months } = compareReportingMonth(twoYears(1234, 1012), '2025-06');
    expect(describeComparison('Personal ASB', rolling12Months)).toBe(
      'Personal ASB fell 18.0% (1,234 → 1,012) in the 12 months to June 2025 compared with the previous 12 months, a significant fall (rate ratio 0.82, 95% CI 0.75–0.89).',
    );
  });

  it('does not dramatise small numbers', () => {
    const { monthOnMonth } = compareReportingMonth(monthlySeries('2025-05', [3, 5]), '2025-06');
    expect(describeComparison('Arson', monthOnMonth)).toBe(
      'Arson in June 2025 compared with May 2025: numbers are too small to describe as a percentage (3 → 5).',
    );
  });

  it('says a comparison across a gap is not comparable, naming the missing months', () => {
    const series = twoYears(1234, 1318, [{ from: '2024-05', to: '2024-12' }]);
    const { rolling12Months } = compareReportingMonth(series, '2025-06');
    const sentence = describeComparison('Nuisance ASB', rolling12Months);
    expect(sentence).toMatch(
      /^Nuisance ASB in the 12 months to June 2025 compared with the previous 12 months is not comparable: 2024-05 to 2024-12 have no data\. Like for like, the 4 months both periods have data for \(January–April 2025 against January–April 2024\): [\d,]+ → [\d,]+, rate ratio /,
    );
  });

  it('names the financial year to date and the same month last year', () => {
    const series = monthlySeries(
      '2024-04',
      [100, 110, 120, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 110, 120],
    );
    const { yearToDate, sameMonthLastYear } = compareReportingMonth(series, '2025-06');
    expect(describeComparison('Criminal damage', yearToDate)).toBe(
      'Criminal damage was unchanged at 330 in the financial year to date (April–June 2025) compared with the same months a year earlier.',
    );
    expect(describeComparison('Criminal damage', sameMonthLastYear)).toContain(
      'in June 2025 compared with June 2024',
    );
  });

  // R: poisson.test(c(30, 0))$conf.int is 7.642795 to Inf.
  it('rises from zero without a percentage and with an open-ended interval', () => {
    const { monthOnMonth } = compareReportingMonth(monthlySeries('2025-05', [0, 30]), '2025-06');
    expect(describeComparison('Hate incidents', monthOnMonth)).toBe(
      'Hate incidents rose from 0 to 30 in June 2025 compared with May 2025, a significant rise (rate ratio not defined from a base of zero, 95% CI above 7.64).',
    );
  });
});

import { monthIndex, monthLabel } from '../months';
import { FINANCIAL_YEAR_START_MONTH } from './comparisonWindows';
import type { PeriodComparison } from './periodComparison';
import type { RateRatioInterval } from './poissonRateRatio';
import {
  describeMissingMonths,
  formatCount,
  formatPercentSize,
  formatRatio,
  formatWindow,
} from './ukNumberFormat';

/**
 * One plain-English sentence for a comparison, fit to be read aloud at the tasking meeting or
 * printed in the board report, e.g. "Nuisance ASB rose 6.8% (1,234 → 1,318) in the 12 months
 * to June 2025 compared with the previous 12 months; the change is within normal variation."
 * `subject` is the category as people say it ("Nuisance ASB", "Arson in Ward X").
 */
export function describeComparison(subject: string, comparison: PeriodComparison): string {
  const period = describePeriod(comparison);
  const { current, previous } = comparison;
  const counts = `(${formatCount(previous.count)} → ${formatCount(current.count)})`;

  switch (comparison.verdict) {
    case 'notComparable':
      return `${subject} ${period} is not comparable: ${describeMissingMonths(comparison.missingMonths)}.`;
    case 'smallNumbers': {
      const caveat = comparison.significant
        ? ` Even so, the change is beyond normal variation (${describeInterval(comparison.rateRatio)}).`
        : '';
      return `${subject} ${period}: numbers are too small to describe as a percentage ${counts}.${caveat}`;
    }
    default:
      return `${describeMovement(subject, comparison, counts)} ${period}${describeVariation(comparison)}.`;
  }
}

/** "in June 2025 compared with May 2025", "in the 12 months to June 2025 compared with …". */
export function describePeriod(comparison: PeriodComparison): string {
  const { current, previous } = comparison;
  switch (comparison.kind) {
    case 'monthOnMonth':
    case 'sameMonthLastYear':
      return `in ${monthLabel(current.window.last)} compared with ${monthLabel(previous.window.last)}`;
    case 'yearToDate': {
      const startsInApril =
        (monthIndex(current.window.first) % 12) + 1 === FINANCIAL_YEAR_START_MONTH;
      const year = startsInApril ? 'financial year' : 'year';
      return `in the ${year} to date (${formatWindow(current.window)}) compared with the same months a year earlier`;
    }
    case 'rolling12Months':
      return `in the 12 months to ${monthLabel(current.window.last)} compared with the previous 12 months`;
  }
}

/** "rate ratio 0.82, 95% CI 0.75–0.90", or with an open upper end when the base is zero. */
export function describeInterval(interval: RateRatioInterval): string {
  const level = `${Math.round(interval.confidenceLevel * 100)}% CI`;
  if (interval.upper === Infinity) {
    return `rate ratio not defined from a base of zero, ${level} above ${formatRatio(interval.lower)}`;
  }
  return `rate ratio ${formatRatio(interval.estimate)}, ${level} ${formatRatio(interval.lower)}–${formatRatio(interval.upper)}`;
}

function describeMovement(subject: string, comparison: PeriodComparison, counts: string): string {
  const { change, percentChange, current, previous } = comparison;
  if (change === 0) return `${subject} was unchanged at ${formatCount(current.count)}`;
  const verb = change > 0 ? 'rose' : 'fell';
  if (percentChange === null) {
    return `${subject} ${verb} from ${formatCount(previous.count)} to ${formatCount(current.count)}`;
  }
  return `${subject} ${verb} ${formatPercentSize(percentChange)} ${counts}`;
}

function describeVariation(comparison: PeriodComparison): string {
  if (comparison.verdict === 'significantRise' || comparison.verdict === 'significantFall') {
    const kind = comparison.verdict === 'significantRise' ? 'rise' : 'fall';
    return `, a significant ${kind} (${describeInterval(comparison.rateRatio)})`;
  }
  return comparison.change === 0 ? '' : '; the change is within normal variation';
}

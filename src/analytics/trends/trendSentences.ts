import { monthIndex, monthLabel } from '../months';
import { FINANCIAL_YEAR_START_MONTH } from './comparisonWindows';
import type { LikeForLike, PeriodComparison } from './periodComparison';
import type { RateRatioInterval } from './poissonRateRatio';
import {
  describeMissingMonths,
  formatCount,
  formatCountOrNoData,
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
  const counts = `(${formatCountOrNoData(previous.count)} → ${formatCountOrNoData(current.count)})`;

  switch (comparison.verdict) {
    case 'notComparable': {
      const nearest = comparison.likeForLike
        ? ` ${describeLikeForLike(comparison.likeForLike)}`
        : '';
      return `${subject} ${period} is not comparable: ${describeMissingMonths(comparison.missingMonths)}.${nearest}`;
    }
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

/**
 * "Like for like, the 4 months both periods have data for (January–April 2025 against
 * January–April 2024): 1,234 → 1,100, rate ratio 0.89, 95% CI 0.82–0.97."
 */
export function describeLikeForLike(like: LikeForLike): string {
  const n = like.currentMonths.length;
  const months = n === 1 ? 'the 1 month' : `the ${n} months`;
  const span = (first: string, last: string, kept: readonly string[]) => {
    const contiguous = monthIndex(last) - monthIndex(first) + 1 === kept.length;
    return contiguous ? formatWindow({ first, last }) : kept.map(monthLabel).join(', ');
  };
  const now = span(like.current.first, like.current.last, like.currentMonths);
  const before = span(like.previous.first, like.previous.last, like.previousMonths);
  return `Like for like, ${months} both periods have data for (${now} against ${before}): ${formatCount(like.previous.count)} → ${formatCount(like.current.count)}, ${describeInterval(like.rateRatio)}.`;
}

function describeMovement(subject: string, comparison: PeriodComparison, counts: string): string {
  const { change, percentChange, current, previous } = comparison;
  if (change === null) return `${subject} ${counts}`;
  if (change === 0) return `${subject} was unchanged at ${formatCountOrNoData(current.count)}`;
  const verb = change > 0 ? 'rose' : 'fell';
  if (percentChange === null) {
    return `${subject} ${verb} from ${formatCountOrNoData(previous.count)} to ${formatCountOrNoData(current.count)}`;
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

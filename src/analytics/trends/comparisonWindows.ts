import { addMonths, monthIndex } from '../months';
import type { MonthKey } from './monthlySeries';

/** An inclusive run of calendar months. */
export interface MonthWindow {
  first: MonthKey;
  last: MonthKey;
}

/** The four comparisons of the tactical assessment. */
export type ComparisonKind =
  'monthOnMonth' | 'sameMonthLastYear' | 'yearToDate' | 'rolling12Months';

/** A comparison's current period and the period it is compared with. */
export interface ComparisonWindows {
  kind: ComparisonKind;
  current: MonthWindow;
  previous: MonthWindow;
}

/** How the reporting year is defined. */
export interface ReportingYearOptions {
  /** First month of the reporting year, 1–12: 4 (April, the financial year) by default, 1 for calendar. */
  yearStartMonth?: number;
}

/** The financial year starts in April. */
export const FINANCIAL_YEAR_START_MONTH = 4;

/**
 * The windows for a reporting month M: M vs the month before; M vs M a year earlier;
 * year to date (from the start of the reporting year containing M) vs the same months a year
 * earlier; the 12 months to M vs the 12 months before those.
 */
export function comparisonWindows(
  reportingMonth: MonthKey,
  options: ReportingYearOptions = {},
): ComparisonWindows[] {
  const single = (month: MonthKey): MonthWindow => ({ first: month, last: month });
  const yearEarlier = (window: MonthWindow): MonthWindow => ({
    first: addMonths(window.first, -12),
    last: addMonths(window.last, -12),
  });
  const yearToDate = yearToDateWindow(reportingMonth, options.yearStartMonth);
  const rolling = { first: addMonths(reportingMonth, -11), last: reportingMonth };
  return [
    {
      kind: 'monthOnMonth',
      current: single(reportingMonth),
      previous: single(addMonths(reportingMonth, -1)),
    },
    {
      kind: 'sameMonthLastYear',
      current: single(reportingMonth),
      previous: yearEarlier(single(reportingMonth)),
    },
    { kind: 'yearToDate', current: yearToDate, previous: yearEarlier(yearToDate) },
    { kind: 'rolling12Months', current: rolling, previous: yearEarlier(rolling) },
  ];
}

/**
 * From the start of the reporting year containing `reportingMonth` to `reportingMonth`:
 * with an April start, March 2025 gives April 2024–March 2025 and May 2025 gives April–May 2025.
 */
export function yearToDateWindow(
  reportingMonth: MonthKey,
  yearStartMonth: number = FINANCIAL_YEAR_START_MONTH,
): MonthWindow {
  if (!Number.isInteger(yearStartMonth) || yearStartMonth < 1 || yearStartMonth > 12) {
    throw new RangeError(
      `yearStartMonth must be a whole number from 1 to 12, not ${yearStartMonth}.`,
    );
  }
  const calendarMonth = (monthIndex(reportingMonth) % 12) + 1;
  const monthsIntoYear = (calendarMonth - yearStartMonth + 12) % 12;
  return { first: addMonths(reportingMonth, -monthsIntoYear), last: reportingMonth };
}

/** Number of months in a window. */
export function windowLength(window: MonthWindow): number {
  return monthIndex(window.last) - monthIndex(window.first) + 1;
}

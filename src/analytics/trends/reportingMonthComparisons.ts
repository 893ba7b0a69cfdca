import type { ReportingYearOptions } from './comparisonWindows';
import { comparisonWindows } from './comparisonWindows';
import type { CategorySeries, MonthKey, MonthlySeries } from './monthlySeries';
import type { ComparisonOptions, PeriodComparison } from './periodComparison';
import { comparePeriods } from './periodComparison';

/** Settings for the tactical-assessment comparisons. */
export type ReportingComparisonOptions = ComparisonOptions & ReportingYearOptions;

/** The four comparisons for one category (and area). */
export interface CategoryComparisons {
  category: string;
  /** null = all areas together. */
  area: string | null;
  reportingMonth: MonthKey;
  monthOnMonth: PeriodComparison;
  sameMonthLastYear: PeriodComparison;
  yearToDate: PeriodComparison;
  rolling12Months: PeriodComparison;
}

/**
 * This month vs last month, vs the same month last year, year to date vs last year to date,
 * and rolling 12 months vs the previous 12, for one series.
 */
export function compareReportingMonth(
  series: MonthlySeries,
  reportingMonth: MonthKey,
  options: ReportingComparisonOptions = {},
): Record<PeriodComparison['kind'], PeriodComparison> {
  const byKind = new Map(
    comparisonWindows(reportingMonth, options).map((w) => [
      w.kind,
      comparePeriods(series, w, options),
    ]),
  );
  const get = (kind: PeriodComparison['kind']): PeriodComparison => {
    const found = byKind.get(kind);
    if (!found) throw new Error(`No ${kind} window was built.`);
    return found;
  };
  return {
    monthOnMonth: get('monthOnMonth'),
    sameMonthLastYear: get('sameMonthLastYear'),
    yearToDate: get('yearToDate'),
    rolling12Months: get('rolling12Months'),
  };
}

/** {@link compareReportingMonth} for every category (and area) series. */
export function compareCategories(
  categories: readonly CategorySeries[],
  reportingMonth: MonthKey,
  options: ReportingComparisonOptions = {},
): CategoryComparisons[] {
  return categories.map(({ category, area, series }) => ({
    category,
    area,
    reportingMonth,
    ...compareReportingMonth(series, reportingMonth, options),
  }));
}

import type { DuckConnector } from '../db/connector';
import type { ComparisonKind } from '../analytics/trends/comparisonWindows';
import { FINANCIAL_YEAR_START_MONTH } from '../analytics/trends/comparisonWindows';
import type { CategorySeries, MonthKey, MonthlySeries } from '../analytics/trends/monthlySeries';
import type { PeriodComparison } from '../analytics/trends/periodComparison';
import { compareReportingMonth } from '../analytics/trends/reportingMonthComparisons';
import type { SeasonalPoint } from '../analytics/trends/seasonalComparison';
import { seasonalComparison } from '../analytics/trends/seasonalComparison';
import { seasonalAdjustment } from '../analytics/trends/seasonalAdjustment';
import type { SpecialCauseSignal } from '../analytics/trends/specialCauseRules';
import { specialCauseSignals } from '../analytics/trends/specialCauseRules';
import { describeComparison } from '../analytics/trends/trendSentences';
import type { XmrChart } from '../analytics/trends/xmrChart';
import { xmrChart } from '../analytics/trends/xmrChart';
import { CATEGORIES, categoryById } from '../sql/taxonomy';
import type { IncidentFilter } from '../sql/filters';
import type { TrendAreaLevel } from '../sql/trends';
import type { SourceMonths } from './trend-series';
import { loadTrendSeries } from './trend-series';

/** The four comparisons, in the order the tactical assessment reads them. */
export const COMPARISON_KINDS: readonly ComparisonKind[] = [
  'monthOnMonth',
  'sameMonthLastYear',
  'yearToDate',
  'rolling12Months',
];

/** Settings for {@link trendsReport}. */
export interface TrendsReportOptions {
  /** 'YYYY-MM'; default the latest month with data. */
  reportingMonth?: MonthKey | null;
  /** 4 (financial year, the default) or 1 (calendar year). */
  yearStartMonth?: number;
  /** Categories and place; the month range is ignored. */
  filter?: IncidentFilter;
  /** Also compare every area at this level (the drill-down). */
  areaLevel?: TrendAreaLevel | null;
  /** Combined count below which a change is "small numbers"; default 20. */
  smallNumberTotal?: number;
}

/** One category's (or one category-in-area's) trend figures for the reporting month. */
export interface CategoryTrend {
  category: string;
  label: string;
  /** The broader category for a sub-category (e.g. 'asb' for 'asb-nuisance'). */
  parent: string | null;
  /** null = all areas together. */
  area: string | null;
  series: MonthlySeries;
  comparisons: Record<ComparisonKind, PeriodComparison>;
  /** One plain-English sentence per comparison. */
  sentences: Record<ComparisonKind, string>;
}

/** Exceedance and seasonality for a category over all areas. */
export interface CategoryTrendDetail extends CategoryTrend {
  /** null when there are too few months for limits. */
  exceedance: { chart: XmrChart; signals: SpecialCauseSignal[] } | null;
  /**
   * The same chart on the seasonally adjusted series (each month divided by how busy its
   * calendar month usually is), so a normal summer is not a signal; null with under two years.
   */
  seasonalExceedance: SeasonalExceedance | null;
  /** Every month against the average of the same month in earlier years. */
  seasonal: SeasonalPoint[];
}

/** Exceedance against the seasonal expectation. */
export interface SeasonalExceedance {
  chart: XmrChart;
  signals: SpecialCauseSignal[];
  /** Seasonal index by calendar month (0 = January), averaging 1. */
  indices: number[];
  /** Years of data behind the indices. */
  years: number;
}

/** Everything the Trends view and `cli trends` show. */
export interface TrendsReport {
  reportingMonth: MonthKey | null;
  yearStartMonth: number;
  sources: SourceMonths[];
  /** Months between the first and last month of the data for which some source has none. */
  missingMonths: MonthKey[];
  /** All areas together, top-level categories first in taxonomy order, then sub-categories. */
  categories: CategoryTrendDetail[];
  /** Per area and category; empty without `areaLevel`. */
  areas: CategoryTrend[];
}

/** Builds the trend figures per category (and area) for a reporting month. */
export async function trendsReport(
  db: DuckConnector,
  options: TrendsReportOptions = {},
): Promise<TrendsReport> {
  const yearStartMonth = options.yearStartMonth ?? FINANCIAL_YEAR_START_MONTH;
  const data = await loadTrendSeries(db, {
    filter: options.filter,
    areaLevel: options.areaLevel ?? null,
    throughMonth: options.reportingMonth ?? null,
  });
  const reportingMonth = options.reportingMonth ?? data.lastMonth;
  const missingMonths = [...new Set(data.sources.flatMap((s) => s.missingMonths))].sort();
  const base = { reportingMonth, yearStartMonth, sources: data.sources, missingMonths };
  if (!reportingMonth) return { ...base, categories: [], areas: [] };

  const compare = (entry: CategorySeries): CategoryTrend =>
    categoryTrend(entry, reportingMonth, { ...options, yearStartMonth });
  const sorted = [...data.series].sort(byTaxonomyOrder);
  return {
    ...base,
    categories: sorted.filter((s) => s.area === null).map((s) => withDetail(compare(s))),
    areas: sorted.filter((s) => s.area !== null).map(compare),
  };
}

/** The comparisons and their sentences for one series. */
export function categoryTrend(
  entry: CategorySeries,
  reportingMonth: MonthKey,
  options: TrendsReportOptions = {},
): CategoryTrend {
  const category = categoryById(entry.category);
  const label = category?.label ?? entry.category;
  const comparisons = compareReportingMonth(entry.series, reportingMonth, {
    yearStartMonth: options.yearStartMonth,
    smallNumberTotal: options.smallNumberTotal,
  });
  const subject = entry.area === null ? label : `${label} in ${entry.area}`;
  const sentences = Object.fromEntries(
    COMPARISON_KINDS.map((kind) => [kind, describeComparison(subject, comparisons[kind])]),
  ) as Record<ComparisonKind, string>;
  return {
    category: entry.category,
    label,
    parent: category?.parent ?? null,
    area: entry.area,
    series: entry.series,
    comparisons,
    sentences,
  };
}

function withDetail(trend: CategoryTrend): CategoryTrendDetail {
  const chart = xmrChart(trend.series);
  return {
    ...trend,
    exceedance: chart
      ? { chart, signals: specialCauseSignals(chart, { improvement: 'decrease' }) }
      : null,
    seasonalExceedance: seasonalExceedance(trend.series),
    seasonal: seasonalComparison(trend.series),
  };
}

function seasonalExceedance(series: MonthlySeries): SeasonalExceedance | null {
  const adjustment = seasonalAdjustment(series);
  const chart = adjustment && xmrChart(adjustment.adjusted);
  if (!adjustment || !chart) return null;
  return {
    chart,
    signals: specialCauseSignals(chart, { improvement: 'decrease' }),
    indices: adjustment.indices,
    years: adjustment.years,
  };
}

function byTaxonomyOrder(a: CategorySeries, b: CategorySeries): number {
  const rank = (id: string): [number, number] => {
    const index = CATEGORIES.findIndex((c) => c.id === id);
    const isSub = categoryById(id)?.parent ? 1 : 0;
    return [isSub, index < 0 ? CATEGORIES.length : index];
  };
  const [subA, orderA] = rank(a.category);
  const [subB, orderB] = rank(b.category);
  return (
    subA - subB ||
    orderA - orderB ||
    a.category.localeCompare(b.category) ||
    (a.area ?? '').localeCompare(b.area ?? '', 'en-GB')
  );
}

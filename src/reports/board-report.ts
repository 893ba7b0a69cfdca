import type { DuckConnector } from '../db/connector';
import { addMonths, monthRange } from '../analytics/months';
import type { DisclosedTable, DisclosureOptions } from '../analytics/disclosure/disclosureControl';
import type { ComparisonWindows, MonthWindow } from '../analytics/trends/comparisonWindows';
import {
  comparisonWindows,
  FINANCIAL_YEAR_START_MONTH,
} from '../analytics/trends/comparisonWindows';
import type { MonthKey } from '../analytics/trends/monthlySeries';
import { comparePeriods, periodTotal } from '../analytics/trends/periodComparison';
import { describeComparison, describePeriod } from '../analytics/trends/trendSentences';
import { CATEGORIES, categoryById } from '../sql/taxonomy';
import type { IncidentFilter } from '../sql/filters';
import type { TrendAreaLevel } from '../sql/trends';
import { monthlyTypeCountsSql } from '../sql/trends';
import type { BoardCategory } from './board-tables';
import {
  disclosedAreaTable,
  seriesOfActiveAreas,
  shownValue,
  standaloneCell,
} from './board-tables';
import type { AreaChange, ChangesBasis } from './board-changes';
import { changesBasis, largestAreaChanges } from './board-changes';
import { loadTrendSeries } from './trend-series';
import type { BoardBreakdown, BoardFigures } from './board-breakdowns';
import { boardBreakdown, crimeTypeParts, subcategoryParts } from './board-breakdowns';

/** The headline a board member can open by the source's own crime types. */
const BY_CRIME_TYPE = 'other-crime';

/** The board compares a year with the year before: rolling 12 months or the year to date. */
export type BoardPeriod = 'rolling12Months' | 'yearToDate';

/** Settings for {@link boardReport}. */
export interface BoardOptions {
  reportingMonth?: MonthKey | null;
  yearStartMonth?: number;
  period?: BoardPeriod;
  /** Areas of the table; default district. */
  areaLevel?: TrendAreaLevel;
  filter?: IncidentFilter;
  disclosure?: DisclosureOptions;
  /** How many areas to list as the largest changes; default 5. */
  changesShown?: number;
}

/** One category's headline: published figures only (null = not shown). */
export interface BoardHeadline extends BoardFigures {
  sentence: string;
  /** The strategy's sub-categories, when the loaded extracts carry them. */
  breakdown: BoardBreakdown | null;
}

/** Volume by category in three consecutive years (oldest first). */
export interface BoardVolumes {
  periods: {
    window: MonthWindow;
    monthsWithData: number;
    months: number;
    missingMonths: MonthKey[];
  }[];
  /** values[i] for periods[i]; null when not shown (small count) or the period has no data. */
  categories: (BoardCategory & { values: (number | null)[] })[];
}

/** A one-screen board report holding aggregates only, after disclosure control. */
export interface BoardReport {
  reportingMonth: MonthKey | null;
  period: BoardPeriod;
  windows: ComparisonWindows | null;
  /** Months of either window with no data: the comparison is not like for like. */
  missingMonths: MonthKey[];
  areaLevel: TrendAreaLevel;
  headlines: BoardHeadline[];
  volumes: BoardVolumes;
  /** Area × category counts for the current period, as published. */
  areaTable: DisclosedTable | null;
  largestChanges: AreaChange[];
  /** The periods `largestChanges` compares; null when no like-for-like comparison exists. */
  changesBasis: ChangesBasis | null;
  notice: string;
}

/** Builds the board report; every count it holds has passed disclosure control. */
export async function boardReport(
  db: DuckConnector,
  options: BoardOptions = {},
): Promise<BoardReport> {
  const period = options.period ?? 'rolling12Months';
  const areaLevel = options.areaLevel ?? 'district';
  const data = await loadTrendSeries(db, {
    filter: options.filter,
    areaLevel,
    throughMonth: options.reportingMonth ?? null,
  });
  const reportingMonth = options.reportingMonth ?? data.lastMonth;
  const empty: BoardReport = {
    reportingMonth,
    period,
    windows: null,
    missingMonths: [],
    areaLevel,
    headlines: [],
    volumes: { periods: [], categories: [] },
    areaTable: null,
    largestChanges: [],
    changesBasis: null,
    notice: '',
  };
  if (!reportingMonth) return empty;

  const windows = comparisonWindows(reportingMonth, {
    yearStartMonth: options.yearStartMonth ?? FINANCIAL_YEAR_START_MONTH,
  }).find((w) => w.kind === period) as ComparisonWindows;
  const overall = data.series
    .filter((s) => s.area === null && !categoryById(s.category)?.parent)
    .sort((a, b) => taxonomyRank(a.category) - taxonomyRank(b.category));
  const categories: BoardCategory[] = overall.map((s) => ({
    id: s.category,
    label: categoryById(s.category)?.label ?? s.category,
    colour: categoryById(s.category)?.colour ?? '#7f7f7f',
  }));
  const topLevel = new Set(categories.map((c) => c.id));
  const byArea = seriesOfActiveAreas(
    data.series.filter((s) => topLevel.has(s.category)),
    [windows.current, windows.previous],
  );
  const current = disclosedAreaTable(byArea, categories, windows.current, options.disclosure);
  const previous = disclosedAreaTable(byArea, categories, windows.previous, options.disclosure);

  const subcategories = new Map(
    data.series
      .filter((s) => s.area === null && categoryById(s.category)?.parent)
      .map((s) => [s.category, s.series]),
  );
  const crimeTypes = overall.some((s) => s.category === BY_CRIME_TYPE)
    ? await db.query<{ month: string; type: string; count: number }>(
        monthlyTypeCountsSql(BY_CRIME_TYPE, { ...options.filter, fromMonth: null, toMonth: null }),
      )
    : [];
  const headlines = overall.map((s, j): BoardHeadline => {
    const comparison = comparePeriods(s.series, windows);
    const label = categories[j]?.label ?? s.category;
    const shownNow = shownValue(current.columnTotals[j]);
    const shownBefore = shownValue(previous.columnTotals[j]);
    const published = shownNow !== null && shownBefore !== null;
    const noData = {
      current: comparison.current.count === null,
      previous: comparison.previous.count === null,
    };
    return {
      category: s.category,
      label,
      current: noData.current ? null : shownNow,
      previous: noData.previous ? null : shownBefore,
      noData,
      percentChange: published ? comparison.percentChange : null,
      verdict: comparison.verdict,
      sentence:
        published || comparison.incomplete
          ? describeComparison(label, comparison)
          : `${label} ${describePeriod(comparison)}: figures are not shown, to protect small numbers.`,
      breakdown: boardBreakdown(
        {
          category: s.category,
          series: s.series,
          published: { current: shownNow, previous: shownBefore },
        },
        s.category === BY_CRIME_TYPE
          ? crimeTypeParts(s.series, crimeTypes)
          : subcategoryParts(s.category, subcategories),
        windows,
        options.disclosure,
        s.category === BY_CRIME_TYPE ? 'crimeType' : 'subcategory',
      ),
    };
  });

  const earliest = {
    first: addMonths(windows.previous.first, -12),
    last: addMonths(windows.previous.last, -12),
  };
  const periods = [earliest, windows.previous, windows.current].map((window) => {
    const missingMonths = unionOfMonths(
      overall.map((s) => periodTotal(s.series, window).missingMonths),
    );
    const months = monthRange(window.first, window.last).length;
    return { window, months, monthsWithData: months - missingMonths.length, missingMonths };
  });
  const volumes: BoardVolumes = {
    periods,
    categories: categories.map((c, j) => {
      const series = overall[j]?.series;
      const oldest = series ? (periodTotal(series, earliest).count ?? 0) : 0;
      const values = [
        shownValue(standaloneCell(oldest, options.disclosure)),
        shownValue(previous.columnTotals[j]),
        shownValue(current.columnTotals[j]),
      ].map((v, i) => (periods[i]?.monthsWithData ? v : null));
      return { ...c, values };
    }),
  };

  const missingMonths = unionOfMonths(
    overall.map((s) => comparePeriods(s.series, windows).missingMonths),
  );
  const basis = changesBasis(windows, missingMonths);
  const changesShown = options.changesShown ?? 5;
  const tableOf = (window: MonthWindow) =>
    disclosedAreaTable(byArea, categories, window, options.disclosure);
  return {
    ...empty,
    windows,
    missingMonths,
    headlines,
    volumes,
    areaTable: current,
    largestChanges: !basis
      ? []
      : basis.likeForLike
        ? largestAreaChanges(tableOf(basis.current), tableOf(basis.previous), changesShown)
        : largestAreaChanges(current, previous, changesShown),
    changesBasis: basis,
    notice: current.notice,
  };
}

function unionOfMonths(lists: readonly MonthKey[][]): MonthKey[] {
  return [...new Set(lists.flat())].sort();
}

function taxonomyRank(id: string): number {
  const index = CATEGORIES.findIndex((c) => c.id === id);
  return index < 0 ? CATEGORIES.length : index;
}

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
import { CATEGORIES, categoryById } from '../sql/taxonomy';
import type { IncidentFilter } from '../sql/filters';
import type { TrendAreaLevel } from '../sql/trends';
import type { BoardCategory } from './board-tables';
import { areaCategoryTable, seriesOfActiveAreas, shownValue, standaloneCell } from './board-tables';
import type { BoardBreakdown, BreakdownDefinition } from './board-breakdowns';
import {
  boardBreakdown,
  crimeTypeDefinition,
  partsTables,
  subCategoryDefinitions,
} from './board-breakdowns';
import type { BoardHeadline } from './board-headline';
import { boardHeadline } from './board-headline';
import { loadCrimeTypeSeries } from './crime-type-series';
import { disclosedLinkedTables } from './linked-disclosure';
import type { AreaChange, ChangesBasis } from './board-changes';
import { changesBasis, largestAreaChanges } from './board-changes';
import { loadTrendSeries } from './trend-series';

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

export type { BoardHeadline } from './board-headline';
export type { BoardBreakdown } from './board-breakdowns';

/** The category whose incidents a board member can open by crime type. */
export const CRIME_TYPE_BREAKDOWN = 'other-crime';

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
  /** Sub-categories the loaded extracts carry, and Other crime by crime type. */
  breakdowns: BoardBreakdown[];
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
    breakdowns: [],
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
  const areas = new Set(byArea.map((s) => s.area));
  const typeSeries = categories.some((c) => c.id === CRIME_TYPE_BREAKDOWN)
    ? await loadCrimeTypeSeries(db, data, {
        category: CRIME_TYPE_BREAKDOWN,
        filter: options.filter,
        areaLevel,
      })
    : [];
  const typeDefinition = crimeTypeDefinition(
    categories.find((c) => c.id === CRIME_TYPE_BREAKDOWN) as BoardCategory,
    typeSeries.filter((s) => s.area === null || areas.has(s.area)),
  );
  const definitions: BreakdownDefinition[] = [
    ...subCategoryDefinitions(
      data.series.filter((s) => s.area === null || areas.has(s.area)),
      categories,
    ),
    ...(typeDefinition ? [typeDefinition] : []),
  ];
  const disclosedTables = (pair: ComparisonWindows) => {
    const mains = {
      current: areaCategoryTable(byArea, categories, pair.current),
      previous: areaCategoryTable(byArea, categories, pair.previous),
    };
    const parts = partsTables(definitions, categories, mains, pair);
    return {
      current: disclosedLinkedTables(mains.current, parts.current, options.disclosure),
      previous: disclosedLinkedTables(mains.previous, parts.previous, options.disclosure),
    };
  };
  const tables = disclosedTables(windows);
  const current = tables.current.main;
  const previous = tables.previous.main;

  const headlines = overall.map((s, j): BoardHeadline =>
    boardHeadline(
      { id: s.category, label: categories[j]?.label ?? s.category, parent: null },
      s.series,
      windows,
      { current: current.columnTotals[j], previous: previous.columnTotals[j] },
    ),
  );
  const breakdowns = definitions.map((d, i) =>
    boardBreakdown(
      d,
      windows,
      {
        current: tables.current.parts[i] as DisclosedTable,
        previous: tables.previous.parts[i] as DisclosedTable,
      },
      headlines.find((h) => h.category === d.parent.id)?.noData ?? {
        current: true,
        previous: true,
      },
    ),
  );

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
  const likeForLike =
    basis?.likeForLike === true
      ? disclosedTables({ ...windows, current: basis.current, previous: basis.previous })
      : null;
  return {
    ...empty,
    windows,
    missingMonths,
    headlines,
    breakdowns,
    volumes,
    areaTable: current,
    largestChanges: !basis
      ? []
      : likeForLike
        ? largestAreaChanges(likeForLike.current.main, likeForLike.previous.main, changesShown)
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

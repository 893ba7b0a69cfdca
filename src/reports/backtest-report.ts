import type { BacktestResult } from '../analytics/backtest/backtest';
import { runBacktest } from '../analytics/backtest/backtest';
import { DEFAULT_RANKING } from '../analytics/backtest/defaultRanking';
import { griddedIncidents } from '../analytics/backtest/monthlyCellCounts';
import type { BacktestMethod } from '../analytics/backtest/rankingMethods';
import { BACKTEST_METHODS } from '../analytics/backtest/rankingMethods';
import type { HarmWeights } from '../analytics/tasking/harmWeights';
import { harmWeight } from '../analytics/tasking/harmWeights';
import { addMonths, monthFromIndex, monthIndex, monthRange } from '../analytics/months';
import type { DuckConnector } from '../db/connector';
import { backtestPointsSql } from '../sql/backtest';
import type { CountFrom } from '../sql/counting-sources';
import type { IncidentFilter } from '../sql/filters';
import { coveredMonthsSql } from '../sql/hotspots';
import { DEFAULT_TASKING_SETTINGS } from '../tasking/tasking-state';
import { CATEGORIES } from '../sql/taxonomy';
import { hotspotGrid } from './hotspots/hotspot-grid';
import type { StudyAreaInput } from './hotspots/study-area';

/** Options of {@link backtestReport}: the months scored and the settings of the comparison. */
export interface BacktestReportOptions {
  /** First and last month scored (YYYY-MM); the look-back before `from` is read too. */
  from: string;
  to: string;
  /** Category ids (with their sub-categories); all when empty. */
  categories?: readonly string[];
  /** Sources to count (all when empty), as the app's filter has them. */
  sources?: readonly string[];
  /** The counting source per category (the default rule for the rest). */
  countFrom?: CountFrom;
  /** Cell size in metres; chosen from the data (as `hotspots`) when absent. */
  cellSize?: number | null;
  /** Share of the study area each method picks (default 0.05). */
  areaShare?: number;
  studyArea?: StudyAreaInput | null;
  /** Harm weights of the default ranking (default: the tasking settings' defaults). */
  weights?: HarmWeights;
}

/** A method's score for one month; null where the month had no incident to capture. */
export interface BacktestMethodMonth {
  pai: number | null;
  hitRate: number | null;
  pei: number | null;
  /** The chosen cells as [ix, iy] = floor(easting / cellSize), floor(northing / cellSize). */
  cells: [number, number][];
}

/** The documented shape printed by `cli backtest --json`. */
export interface BacktestReport {
  cellSize: number;
  areaShare: number;
  studyCells: number;
  months: {
    month: string;
    incidents: number;
    methods: Record<BacktestMethod, BacktestMethodMonth>;
  }[];
  summary: Record<BacktestMethod, { meanPai: number | null; meanHitRate: number | null }>;
}

/** A report plus what the CLI's text table and the app show beside it. */
export interface BacktestReportDetail {
  report: BacktestReport;
  /** Months each method had the highest PAI. */
  monthsBest: Record<BacktestMethod, number>;
  /** Months in from…to that were not scored: missing, or nothing before them to learn from. */
  unscoredMonths: string[];
}

const DEFAULT_AREA_SHARE = 0.05;

/** Months read before the first scored one: the look-back of every method. */
export const BACKTEST_LOOK_BACK_MONTHS =
  DEFAULT_RANKING.recentMonths + DEFAULT_RANKING.baselineMonths;

/** Located points of the backtest with the harm weight of each. */
export interface BacktestPoints {
  eastings: Float64Array;
  northings: Float64Array;
  monthIndex: Int32Array;
  weights: Float64Array;
  coveredMonths: string[];
}

/**
 * The harm weight of a category as the candidates find it (its own, else its parent's, else
 * `otherWeight`); a category weighing 0 counts 1, as the analyst chose to count it.
 */
export function backtestWeightOf(
  weights: HarmWeights,
  category: string,
  parentOf: (id: string) => string | null | undefined,
): number {
  const weight = harmWeight(category, weights, parentOf);
  return weight > 0 ? weight : 1;
}

/** Reads the points of months `from − look-back … to` for the backtest. */
export async function loadBacktestPoints(
  db: DuckConnector,
  options: BacktestReportOptions,
): Promise<BacktestPoints> {
  const filter: IncidentFilter = {
    fromMonth: addMonths(options.from, -BACKTEST_LOOK_BACK_MONTHS),
    toMonth: options.to,
    categories: options.categories ?? [],
    sources: options.sources ?? [],
    countFrom: options.countFrom,
  };
  const columns = await db.queryColumns(backtestPointsSql(filter));
  const covered = await db.query<{ month: string }>(coveredMonthsSql(filter));
  const weights = options.weights ?? DEFAULT_TASKING_SETTINGS;
  const categories = (columns.category ?? []) as (string | null)[];
  const parents = (columns.parent ?? []) as (string | null)[];
  const parentOf = new Map<string, string | null>(CATEGORIES.map((c) => [c.id, c.parent]));
  categories.forEach((c, i) => {
    if (c && !parentOf.has(c)) parentOf.set(c, parents[i] ?? null);
  });
  const months = columns.month_index as Float64Array | undefined;
  return {
    eastings: (columns.easting as Float64Array | undefined) ?? new Float64Array(),
    northings: (columns.northing as Float64Array | undefined) ?? new Float64Array(),
    monthIndex: months ? Int32Array.from(months) : new Int32Array(),
    weights: Float64Array.from(categories, (c) =>
      backtestWeightOf(weights, c ?? '', (id) => parentOf.get(id)),
    ),
    coveredMonths: covered.map((r) => r.month),
  };
}

/**
 * Backtests of loaded points at several area shares on one grid (the rankings are computed
 * once): the grid is the one `hotspots` draws for the same points and study area.
 */
export function backtestFromPoints(
  points: BacktestPoints,
  options: BacktestReportOptions,
  areaShares: readonly number[] = [options.areaShare ?? DEFAULT_AREA_SHARE],
): BacktestReportDetail[] {
  const { grid } = hotspotGrid(
    points.eastings,
    points.northings,
    options.cellSize ?? null,
    options.studyArea ?? null,
  );
  const incidents = griddedIncidents(
    grid,
    points.eastings,
    points.northings,
    points.monthIndex,
    points.coveredMonths.map(monthIndex),
    points.weights,
  );
  const scored = monthRange(options.from, options.to).map(monthIndex);
  const results = runBacktest(incidents, { months: scored, areaShares });
  return results.map((result) => reportOf(result, grid, scored));
}

function reportOf(
  result: BacktestResult,
  grid: { cellSize: number; x0: number; y0: number; nx: number },
  scored: readonly number[],
): BacktestReportDetail {
  const cellRef = (index: number): [number, number] => {
    const col = index % grid.nx;
    return [grid.x0 + col, grid.y0 + (index - col) / grid.nx];
  };
  const orNull = (v: number) => (Number.isFinite(v) ? v : null);
  const months = result.months.map((m) => {
    const methods = {} as Record<BacktestMethod, BacktestMethodMonth>;
    for (const method of BACKTEST_METHODS) {
      const s = m.methods[method];
      methods[method] = {
        pai: orNull(s.pai),
        hitRate: orNull(s.hitRate),
        pei: orNull(s.pei),
        cells: Array.from(s.cells, cellRef),
      };
    }
    return { month: monthFromIndex(m.month), incidents: m.incidents, methods };
  });
  const summary = {} as BacktestReport['summary'];
  const monthsBest = {} as Record<BacktestMethod, number>;
  for (const method of BACKTEST_METHODS) {
    const s = result.summary[method];
    summary[method] = { meanPai: orNull(s.meanPai), meanHitRate: orNull(s.meanHitRate) };
    monthsBest[method] = s.monthsBest;
  }
  const done = new Set(result.months.map((m) => m.month));
  return {
    report: {
      cellSize: grid.cellSize,
      areaShare: result.areaShare,
      studyCells: result.studyCells,
      months,
      summary,
    },
    monthsBest,
    unscoredMonths: scored.filter((m) => !done.has(m)).map(monthFromIndex),
  };
}

/** Scores loaded points: here by default, or in a worker in the browser. */
export type BacktestScorer = (
  points: BacktestPoints,
  options: BacktestReportOptions,
) => Promise<BacktestReportDetail>;

const scoreHere: BacktestScorer = (points, options) =>
  Promise.resolve(backtestFromPoints(points, options)[0] as BacktestReportDetail);

/** The report with the months each method won and the months left unscored. */
export async function backtestReportDetail(
  db: DuckConnector,
  options: BacktestReportOptions,
  score: BacktestScorer = scoreHere,
): Promise<BacktestReportDetail> {
  return score(await loadBacktestPoints(db, options), options);
}

/** Filter → points → grid → each method's cells per month → PAI, hit rate, PEI. */
export async function backtestReport(
  db: DuckConnector,
  options: BacktestReportOptions,
): Promise<BacktestReport> {
  return (await backtestReportDetail(db, options)).report;
}

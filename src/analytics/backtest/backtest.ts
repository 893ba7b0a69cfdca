import { studyCellCount } from '../hotspots/cellGrid';
import type { DefaultRankingConstants } from './defaultRanking';
import { DEFAULT_RANKING } from './defaultRanking';
import { lookBack } from './lookBack';
import type { GriddedIncidents } from './monthlyCellCounts';
import { monthlyCellCounts } from './monthlyCellCounts';
import { cellsForShare } from './rankCells';
import type { BacktestMethod } from './rankingMethods';
import { BACKTEST_METHODS, rankMethods } from './rankingMethods';
import type { SelectionScore } from './scoreSelection';
import { bestCapturedByCells, scoreSelection } from './scoreSelection';

/** One method's pick for one month and how it scored. */
export interface MethodMonth extends SelectionScore {
  /** The chosen cell indexes, best first. */
  cells: Int32Array;
}

/** One scored month under one area share. */
export interface BacktestMonth {
  month: number;
  /** Incidents of the month on the grid (all of them, captured or not). */
  incidents: number;
  methods: Record<BacktestMethod, MethodMonth>;
}

/** Mean PAI and hit rate of a method over the scored months (months with no incident left out). */
export interface MethodSummary {
  meanPai: number;
  meanHitRate: number;
  /** Months where this method's PAI was the highest (ties count for each). */
  monthsBest: number;
}

/** The backtest at one area share. */
export interface BacktestResult {
  areaShare: number;
  studyCells: number;
  /** Cells each method picks. */
  k: number;
  months: BacktestMonth[];
  summary: Record<BacktestMethod, MethodSummary>;
}

/** Options of {@link runBacktest}. */
export interface BacktestOptions {
  /** Months to score (indexes); only covered ones with a non-empty look-back are scored. */
  months: readonly number[];
  /** Area shares to score, each a result (the rankings are computed once for all). */
  areaShares: readonly number[];
  methods?: readonly BacktestMethod[];
  defaultConstants?: DefaultRankingConstants;
}

/**
 * For each month to score, each method ranks the cells from the months before (the look-back of
 * {@link DEFAULT_RANKING}, the same window for every method), takes the top k = round(share ×
 * study cells) and is scored on the month: hit rate, PAI, PEI. Missing months are not scored and
 * add nothing to a look-back; a month whose look-back holds no data is not scored either.
 */
export function runBacktest(
  incidents: GriddedIncidents,
  options: BacktestOptions,
): BacktestResult[] {
  const methods = options.methods ?? BACKTEST_METHODS;
  const constants = options.defaultConstants ?? DEFAULT_RANKING;
  const { grid } = incidents;
  const studyCells = studyCellCount(grid);
  const monthly = monthlyCellCounts(incidents);
  const covered = new Set(incidents.coveredMonths);
  const results = options.areaShares.map((areaShare) => ({
    areaShare,
    studyCells,
    k: cellsForShare(areaShare, studyCells),
    months: [] as BacktestMonth[],
  }));
  for (const month of [...options.months].sort((a, b) => a - b)) {
    if (!covered.has(month)) continue;
    const window = lookBack(
      month,
      incidents.coveredMonths,
      constants.recentMonths,
      constants.baselineMonths,
    );
    if (window.months.length === 0) continue;
    const counts = monthly.counts.get(month) as Float64Array;
    let total = 0;
    for (const c of counts) total += c;
    const best = bestCapturedByCells(counts, grid.studyArea);
    const rankings = rankMethods(methods, {
      incidents,
      monthly,
      window,
      defaultConstants: constants,
    });
    for (const result of results) {
      const byMethod = {} as Record<BacktestMethod, MethodMonth>;
      methods.forEach((method) => {
        const cells = (rankings.get(method) as Int32Array).subarray(0, result.k);
        byMethod[method] = { ...scoreSelection(counts, cells, studyCells, best), cells };
      });
      result.months.push({ month, incidents: total, methods: byMethod });
    }
  }
  return results.map((r) => ({ ...r, summary: summarise(r.months, methods) }));
}

function summarise(
  months: readonly BacktestMonth[],
  methods: readonly BacktestMethod[],
): Record<BacktestMethod, MethodSummary> {
  const scored = months.filter((m) => m.incidents > 0);
  const bestPai = scored.map((m) => Math.max(...methods.map((method) => m.methods[method].pai)));
  const summary = {} as Record<BacktestMethod, MethodSummary>;
  for (const method of methods) {
    const mean = (pick: (s: MethodMonth) => number) =>
      scored.length === 0
        ? NaN
        : scored.reduce((sum, m) => sum + pick(m.methods[method]), 0) / scored.length;
    summary[method] = {
      meanPai: mean((s) => s.pai),
      meanHitRate: mean((s) => s.hitRate),
      monthsBest: scored.filter((m, i) => m.methods[method].pai >= (bestPai[i] as number)).length,
    };
  }
  return summary;
}

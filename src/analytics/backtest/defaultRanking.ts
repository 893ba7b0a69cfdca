import type { CellGrid } from '../hotspots/cellGrid';
import { queenWindowSums } from '../hotspots/queenWindowSums';
import type { LookBack } from './lookBack';
import type { MonthlyCellCounts } from './monthlyCellCounts';
import { sumMonths } from './monthlyCellCounts';

/**
 * The constants of our ranking (the `default` method of the backtest), stated so the tasking
 * screens and the pack can quote them.
 */
export const DEFAULT_RANKING = {
  /** Calendar months counted as recent, just before the month predicted. */
  recentMonths: 3,
  /** Calendar months before the recent window used as the baseline. */
  baselineMonths: 12,
  /** Share of a cell's score from its recent monthly rate; the rest from its baseline rate. */
  recentWeight: 0.5,
  /** Weight of the mean of a cell's (up to 8) neighbours' scores added to its own. */
  neighbourWeight: 0.1,
} as const;

/** The constants of {@link defaultRankingScores}; {@link DEFAULT_RANKING} unless testing. */
export type DefaultRankingConstants = { [K in keyof typeof DEFAULT_RANKING]: number };

/**
 * Our ranking of cells for the month after the look-back: per cell the harm-weighted monthly
 * rate over the recent months blended with that over the baseline months (each divided by its
 * covered months only), plus a share of the neighbours' mean so that a cell amid a cluster
 * outranks an isolated one with the same count.
 */
export function defaultRankingScores(
  grid: CellGrid,
  monthly: MonthlyCellCounts,
  window: LookBack,
  constants: DefaultRankingConstants = DEFAULT_RANKING,
): Float64Array {
  const cells = grid.nx * grid.ny;
  const recent = monthlyRate(monthly.weighted, window.recent, cells);
  const baseline = monthlyRate(monthly.weighted, window.baseline, cells);
  const wRecent = !recent ? 0 : !baseline ? 1 : constants.recentWeight;
  const own = new Float64Array(cells);
  for (let i = 0; i < cells; i++)
    own[i] = wRecent * (recent?.[i] ?? 0) + (1 - wRecent) * (baseline?.[i] ?? 0);
  if (constants.neighbourWeight === 0) return own;
  const { lagSums, neighbourCounts } = queenWindowSums(own, grid.nx, grid.ny, grid.studyArea);
  const scores = new Float64Array(cells);
  for (let i = 0; i < cells; i++) {
    const others = (neighbourCounts[i] as number) - 1;
    const neighbourMean = others > 0 ? ((lagSums[i] as number) - (own[i] as number)) / others : 0;
    scores[i] = (own[i] as number) + constants.neighbourWeight * neighbourMean;
  }
  return scores;
}

function monthlyRate(
  byMonth: ReadonlyMap<number, Float64Array>,
  months: readonly number[],
  cells: number,
): Float64Array | null {
  if (months.length === 0) return null;
  const sum = sumMonths(byMonth, months, cells);
  for (let i = 0; i < cells; i++) sum[i] = (sum[i] as number) / months.length;
  return sum;
}

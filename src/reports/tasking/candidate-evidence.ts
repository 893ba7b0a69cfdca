import { hotConfidence } from '../../analytics/tasking/giStarClusters';
import { monthIndex } from '../../analytics/months';
import { exactPoissonRateRatio } from '../../analytics/trends/poissonRateRatio';
import { specialCauseSignals } from '../../analytics/trends/specialCauseRules';
import { xmrChart } from '../../analytics/trends/xmrChart';
import type { CandidateChange } from '../../tasking/candidate';
import type { MonthId } from '../../tasking/tasking-state';
import type { CandidateWindows } from './candidate-windows';

/** Recent incidents are flagged 1, baseline ones 2, the rest 0. */
export const RECENT = 1;
export const BASELINE = 2;

/** Per-incident columns every place's evidence is read from. */
export interface EvidenceContext {
  windows: CandidateWindows;
  window: Uint8Array;
  monthIndex: Int32Array;
  categoryIndex: Int32Array;
  categoryIds: readonly string[];
  /** Harm weight of each category index. */
  weights: Float64Array;
  /** Grid cell of each incident, −1 off the grid. */
  cellOf: Int32Array;
  /** Gi* class of each cell on the recent counts, and each cell's space-time pattern. */
  giClasses: Int8Array;
  patternOf: (cell: number) => string;
}

/** What one place's incidents add up to. */
export interface PlaceEvidence {
  recent: { count: number; harmWeighted: number };
  baseline: { count: number; harmWeighted: number };
  monthly: { month: MonthId; count: number | null }[];
  categoryMix: Record<string, number>;
  change: CandidateChange | null;
  giConfidence: number | null;
  spaceTime: string | null;
  exceedance: boolean;
}

/**
 * Share of a place's recent incidents that hot cells must hold to lend it their Gi* confidence
 * or space-time pattern (a ward is not "hot at 99%" for one hot cell in a corner).
 */
export const PATTERN_SHARE = 0.5;

/**
 * Counts, harm, monthly series, category mix, rate ratio against its own baseline (exact Poisson,
 * per month with data), Gi* confidence (`clusterConfidence`, or the hottest cell holding
 * a recent incident when hot cells hold at least half of them), space-time pattern (the hot pattern holding the most recent incidents,
 * when hot-pattern cells hold at least half of them) and the XmR signal of the latest month.
 */
export function placeEvidence(
  members: readonly number[],
  ctx: EvidenceContext,
  clusterConfidence: number | null = null,
): PlaceEvidence {
  const { windows } = ctx;
  const months = [...windows.baselineWindow, ...windows.recentWindow];
  const first = monthIndex(months[0] as string);
  const byMonth = new Array<number>(months.length).fill(0);
  const recent = { count: 0, harmWeighted: 0 };
  const baseline = { count: 0, harmWeighted: 0 };
  const categoryMix: Record<string, number> = {};
  const cells = new Map<number, number>();
  for (const i of members) {
    const flag = ctx.window[i];
    if (flag !== RECENT && flag !== BASELINE) continue;
    const category = ctx.categoryIndex[i] as number;
    const weight = ctx.weights[category] as number;
    const target = flag === RECENT ? recent : baseline;
    target.count++;
    target.harmWeighted += weight;
    const at = (ctx.monthIndex[i] as number) - first;
    byMonth[at] = (byMonth[at] ?? 0) + 1;
    if (flag !== RECENT) continue;
    const id = ctx.categoryIds[category] ?? 'unknown';
    categoryMix[id] = (categoryMix[id] ?? 0) + 1;
    const cell = ctx.cellOf[i] as number;
    if (cell >= 0) cells.set(cell, (cells.get(cell) ?? 0) + 1);
  }
  const covered = new Set([...windows.recent, ...windows.baseline]);
  const monthly = months.map((month, k) => ({
    month,
    count: covered.has(month) ? (byMonth[k] as number) : null,
  }));
  return {
    recent,
    baseline,
    monthly,
    categoryMix,
    change: change(recent.count, baseline.count, windows),
    giConfidence: clusterConfidence ?? hottestCell(cells, ctx.giClasses, recent.count),
    spaceTime: plurality(cells, ctx.patternOf, recent.count),
    exceedance: exceedance(monthly, windows),
  };
}

function change(recent: number, baseline: number, windows: CandidateWindows) {
  if (windows.baseline.length === 0 || windows.recent.length === 0 || recent + baseline === 0)
    return null;
  const rr = exactPoissonRateRatio(recent, baseline, {
    currentExposure: windows.recent.length,
    previousExposure: windows.baseline.length,
  });
  return { ratio: rr.estimate, lower: rr.lower, upper: rr.upper };
}

/** The hottest Gi* confidence of its cells, when hot cells hold at least half its recent incidents. */
function hottestCell(
  cells: ReadonlyMap<number, number>,
  classes: Int8Array,
  recentCount: number,
): number | null {
  let best: number | null = null;
  let inHot = 0;
  for (const [cell, count] of cells) {
    const confidence = hotConfidence(classes[cell] as number);
    if (confidence === null) continue;
    inHot += count;
    if (best === null || confidence > best) best = confidence;
  }
  return recentCount > 0 && inHot >= PATTERN_SHARE * recentCount ? best : null;
}

function plurality(
  cells: ReadonlyMap<number, number>,
  patternOf: (cell: number) => string,
  recentCount: number,
): string | null {
  const tally = new Map<string, number>();
  let hot = 0;
  for (const [cell, count] of cells) {
    const pattern = patternOf(cell);
    if (!pattern.endsWith('-hot-spot')) continue;
    hot += count;
    tally.set(pattern, (tally.get(pattern) ?? 0) + count);
  }
  if (recentCount === 0 || hot < PATTERN_SHARE * recentCount) return null;
  return (
    [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null
  );
}

/** An upward special-cause signal that includes the data month, on the XmR chart of the windows. */
function exceedance(monthly: PlaceEvidence['monthly'], windows: CandidateWindows): boolean {
  const first = windows.baselineWindow[0];
  const last = windows.baselineWindow.at(-1);
  if (!first || !last) return false;
  const chart = xmrChart(
    {
      months: monthly.map((m) => m.month),
      counts: monthly.map((m) => m.count ?? 0),
      covered: monthly.map((m) => m.count !== null),
    },
    { baseline: { first, last } },
  );
  if (!chart) return false;
  return specialCauseSignals(chart).some(
    (s) => s.direction === 'up' && s.months.includes(windows.dataMonth),
  );
}

import type { CountGrid } from '../hotspots/cellGrid';
import { giStar } from '../hotspots/giStar';
import { kdeQuartic } from '../hotspots/kdeQuartic';
import type { DefaultRankingConstants } from './defaultRanking';
import { DEFAULT_RANKING, defaultRankingScores } from './defaultRanking';
import type { LookBack } from './lookBack';
import { rankCells } from './rankCells';
import type { GriddedIncidents, MonthlyCellCounts } from './monthlyCellCounts';
import { sumMonths } from './monthlyCellCounts';

/** The rankings the backtest compares; `default` is ours. */
export const BACKTEST_METHODS = ['default', 'counts', 'kde', 'gistar', 'last-month'] as const;
export type BacktestMethod = (typeof BACKTEST_METHODS)[number];

/** What a ranking may use: the incidents, their monthly grids and the look-back of one month. */
export interface RankingContext {
  incidents: GriddedIncidents;
  monthly: MonthlyCellCounts;
  window: LookBack;
  defaultConstants?: DefaultRankingConstants;
}

/**
 * A score per cell (higher = more likely to hold next month's incidents) from the look-back:
 * `counts` the incidents over it; `kde` the quartic kernel density of its incidents (rule-of-thumb
 * bandwidth); `gistar` the Gi* z of its counts; `last-month` the counts of its latest covered
 * month; `default` our harm- and recency-weighted ranking ({@link defaultRankingScores}).
 */
export function rankingScores(method: BacktestMethod, context: RankingContext): Float64Array {
  const { incidents, monthly, window } = context;
  const grid = incidents.grid;
  const cells = grid.nx * grid.ny;
  switch (method) {
    case 'default':
      return defaultRankingScores(
        grid,
        monthly,
        window,
        context.defaultConstants ?? DEFAULT_RANKING,
      );
    case 'counts':
      return sumMonths(monthly.counts, window.months, cells);
    case 'last-month': {
      const last = window.months[window.months.length - 1];
      return sumMonths(monthly.counts, last === undefined ? [] : [last], cells);
    }
    case 'gistar': {
      const counted: CountGrid = {
        ...grid,
        counts: sumMonths(monthly.counts, window.months, cells),
      };
      return giStar(counted, { fdr: false }).z;
    }
    case 'kde':
      return kdeScores(context);
  }
}

/**
 * The methods' rankings of one month: `default` orders its ties (mostly cells with nothing
 * near them in the look-back) by the look-back's KDE density, so that among them the cells
 * closest to where incidents concentrate come first; the others by cell index alone.
 */
export function rankMethods(
  methods: readonly BacktestMethod[],
  context: RankingContext,
): Map<BacktestMethod, Int32Array> {
  const grid = context.incidents.grid;
  const needsKde = methods.includes('kde') || methods.includes('default');
  const kde = needsKde ? kdeScores(context) : null;
  const rankings = new Map<BacktestMethod, Int32Array>();
  for (const method of methods) {
    const scores = method === 'kde' && kde ? kde : rankingScores(method, context);
    rankings.set(method, rankCells(scores, grid, method === 'default' ? kde : null));
  }
  return rankings;
}

function kdeScores({ incidents, window }: RankingContext): Float64Array {
  const inWindow = new Set(window.months);
  const keep: number[] = [];
  for (let i = 0; i < incidents.cellOf.length; i++)
    if ((incidents.cellOf[i] as number) >= 0 && inWindow.has(incidents.monthIndex[i] as number))
      keep.push(i);
  const cells = incidents.grid.nx * incidents.grid.ny;
  if (keep.length < 2) return new Float64Array(cells);
  const eastings = Float64Array.from(keep, (i) => incidents.eastings[i] as number);
  const northings = Float64Array.from(keep, (i) => incidents.northings[i] as number);
  try {
    return kdeQuartic(eastings, northings, incidents.grid).density;
  } catch {
    // All points on one coordinate: no spread to take a rule-of-thumb bandwidth from.
    return new Float64Array(cells);
  }
}

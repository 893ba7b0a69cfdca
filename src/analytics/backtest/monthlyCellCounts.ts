import type { CellGrid } from '../hotspots/cellGrid';
import { cellIndexOf } from '../hotspots/cellGrid';

/**
 * Incidents placed on a grid, the input of every backtest ranking: the cell and month of each
 * point, with an optional harm weight. Points off the grid (cell −1) take part in nothing.
 */
export interface GriddedIncidents {
  grid: CellGrid;
  eastings: Float64Array;
  northings: Float64Array;
  /** Cell index per point, −1 when outside the grid or the study area. */
  cellOf: Int32Array;
  /** Month per point as year·12 + month − 1 (see analytics/months). */
  monthIndex: Int32Array;
  /** Harm weight per point (1 each when every category weighs the same). */
  weights: Float64Array;
  /** Months (indexes) that hold any data: the others are missing, never zero. */
  coveredMonths: readonly number[];
}

/** Places points on a grid; `weights` defaults to 1 per point. */
export function griddedIncidents(
  grid: CellGrid,
  eastings: Float64Array,
  northings: Float64Array,
  monthIndex: Int32Array,
  coveredMonths: readonly number[],
  weights?: Float64Array,
): GriddedIncidents {
  const cellOf = new Int32Array(eastings.length);
  for (let i = 0; i < eastings.length; i++) {
    const e = eastings[i] as number;
    const n = northings[i] as number;
    cellOf[i] = Number.isFinite(e) && Number.isFinite(n) ? cellIndexOf(grid, e, n) : -1;
  }
  return {
    grid,
    eastings,
    northings,
    cellOf,
    monthIndex,
    weights: weights ?? new Float64Array(eastings.length).fill(1),
    coveredMonths: [...new Set(coveredMonths)].sort((a, b) => a - b),
  };
}

/** Per covered month: the incident count and the harm-weighted count of every cell. */
export interface MonthlyCellCounts {
  counts: Map<number, Float64Array>;
  weighted: Map<number, Float64Array>;
}

/** Counts every covered month once, so the rankings of all scored months share them. */
export function monthlyCellCounts(incidents: GriddedIncidents): MonthlyCellCounts {
  const cells = incidents.grid.nx * incidents.grid.ny;
  const counts = new Map<number, Float64Array>();
  const weighted = new Map<number, Float64Array>();
  for (const month of incidents.coveredMonths) {
    counts.set(month, new Float64Array(cells));
    weighted.set(month, new Float64Array(cells));
  }
  for (let i = 0; i < incidents.cellOf.length; i++) {
    const cell = incidents.cellOf[i] as number;
    if (cell < 0) continue;
    const month = incidents.monthIndex[i] as number;
    const c = counts.get(month);
    const w = weighted.get(month);
    if (!c || !w) continue;
    c[cell] = (c[cell] as number) + 1;
    w[cell] = (w[cell] as number) + (incidents.weights[i] as number);
  }
  return { counts, weighted };
}

/** Σ of the given months' grids (months without a grid, i.e. missing, add nothing). */
export function sumMonths(
  byMonth: ReadonlyMap<number, Float64Array>,
  months: readonly number[],
  cells: number,
): Float64Array {
  const total = new Float64Array(cells);
  for (const month of months) {
    const grid = byMonth.get(month);
    if (!grid) continue;
    for (let i = 0; i < cells; i++) total[i] = (total[i] as number) + (grid[i] as number);
  }
  return total;
}

import type { CellGrid } from './cellGrid';
import { cellIndexOf } from './cellGrid';

/**
 * Counts per cell per time step on one grid. `counts` is step-major:
 * counts[step · cellCount + cell], cells ordered as in the grid.
 */
export interface SpaceTimeCube {
  grid: CellGrid;
  steps: number;
  counts: Float64Array;
}

/** The cube and the points that could not go in it. */
export interface SpaceTimeCubeResult {
  cube: SpaceTimeCube;
  pointsCounted: number;
  /** Points with no coordinates, outside the grid or study area, or with a step out of range. */
  pointsLeftOut: number;
}

/**
 * Counts points into a space-time cube. `stepOfPoint` is each point's time step, 0 … steps − 1
 * (e.g. months since the first month). A missing month is a step with its own zeros:
 * the caller decides whether to include it.
 */
export function spaceTimeCube(
  eastings: Float64Array,
  northings: Float64Array,
  stepOfPoint: Int32Array,
  steps: number,
  grid: CellGrid,
): SpaceTimeCubeResult {
  const cellCount = grid.nx * grid.ny;
  const counts = new Float64Array(cellCount * steps);
  let pointsCounted = 0;
  for (let i = 0; i < eastings.length; i++) {
    const step = stepOfPoint[i] as number;
    const e = eastings[i] as number;
    const n = northings[i] as number;
    if (step < 0 || step >= steps || !Number.isFinite(e) || !Number.isFinite(n)) continue;
    const cell = cellIndexOf(grid, e, n);
    if (cell < 0) continue;
    const index = step * cellCount + cell;
    counts[index] = (counts[index] as number) + 1;
    pointsCounted++;
  }
  return {
    cube: { grid, steps, counts },
    pointsCounted,
    pointsLeftOut: eastings.length - pointsCounted,
  };
}

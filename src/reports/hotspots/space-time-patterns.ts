import type { CellGrid } from '../../analytics/hotspots/cellGrid';
import type { EmergingHotspotResult } from '../../analytics/hotspots/emergingHotspots';
import { emergingHotspots } from '../../analytics/hotspots/emergingHotspots';
import type { SpaceTimeCubeResult } from '../../analytics/hotspots/spaceTimeCube';
import { spaceTimeCube } from '../../analytics/hotspots/spaceTimeCube';
import { missingMonths, monthIndex } from '../../analytics/months';

/** The time steps of a space-time analysis and the step of every point. */
export interface MonthSteps {
  /** One step per covered month ('YYYY-MM'), in order. */
  steps: string[];
  /** Months between the first and last step with no data at all: dropped, not zero. */
  missingMonths: string[];
  /** Step of each point, −1 when its month is not a step. */
  stepOfPoint: Int32Array;
}

/**
 * Time steps from the months that hold data. A month with no data at all (no file loaded for
 * it) is missing, not a month of zero incidents: it is dropped from the steps, so the Gi* per
 * step and the Mann–Kendall trend run over the observed months in order. Calling it a zero would
 * make every cell "cold" that month and could fake a trend.
 */
export function monthSteps(coveredMonths: readonly string[], pointMonths: Int32Array): MonthSteps {
  const steps = [...new Set(coveredMonths)].sort();
  const stepOfMonth = new Map(steps.map((month, step) => [monthIndex(month), step]));
  const stepOfPoint = new Int32Array(pointMonths.length);
  for (let i = 0; i < pointMonths.length; i++)
    stepOfPoint[i] = stepOfMonth.get(pointMonths[i] as number) ?? -1;
  return { steps, missingMonths: missingMonths(steps), stepOfPoint };
}

/** Located incidents with the month of each (year·12 + month − 1). */
export interface MonthlyPoints {
  eastings: Float64Array;
  northings: Float64Array;
  monthIndex: Int32Array;
}

/** Levels and correction of a space-time analysis. */
export interface SpaceTimeLevels {
  alpha: number;
  fdr: boolean;
  trendAlpha: number;
  /** Trend only where the class needs it (see `emergingHotspots`); default false. */
  trendOnlyWhereNeeded?: boolean;
}

/** The cube, its emerging hot spot classes, and each cell's totals over the steps. */
export interface SpaceTimePatterns extends SpaceTimeCubeResult {
  time: MonthSteps;
  emerging: EmergingHotspotResult;
  /** Per grid cell: incidents over all steps, and steps significantly hot and cold. */
  totals: Float64Array;
  hotSteps: Int32Array;
  coldSteps: Int32Array;
}

/** Covered months → steps → space-time cube on the grid → emerging hot spot analysis. */
export function spaceTimePatterns(
  points: MonthlyPoints,
  coveredMonths: readonly string[],
  grid: CellGrid,
  levels: SpaceTimeLevels,
): SpaceTimePatterns {
  const time = monthSteps(coveredMonths, points.monthIndex);
  const counted = spaceTimeCube(
    points.eastings,
    points.northings,
    time.stepOfPoint,
    time.steps.length,
    grid,
  );
  const { cube } = counted;
  const emerging = emergingHotspots(cube, levels);
  const cellCount = grid.nx * grid.ny;
  const totals = new Float64Array(cellCount);
  const hotSteps = new Int32Array(cellCount);
  const coldSteps = new Int32Array(cellCount);
  for (let step = 0; step < cube.steps; step++) {
    for (let cell = 0; cell < cellCount; cell++) {
      const at = step * cellCount + cell;
      totals[cell] = (totals[cell] as number) + (cube.counts[at] as number);
      const significance = emerging.significanceByStep[at] as number;
      if (significance === 1) hotSteps[cell] = (hotSteps[cell] as number) + 1;
      else if (significance === -1) coldSteps[cell] = (coldSteps[cell] as number) + 1;
    }
  }
  return { ...counted, time, emerging, totals, hotSteps, coldSteps };
}

import { countGrid } from '../analytics/hotspots/countGrid';
import type {
  EmergingPattern,
  EmergingPatternRule,
} from '../analytics/hotspots/emergingHotspotClass';
import { EMERGING_PATTERN_RULES } from '../analytics/hotspots/emergingHotspotClass';
import type { EmergingHotspotResult } from '../analytics/hotspots/emergingHotspots';
import { emergingHotspots } from '../analytics/hotspots/emergingHotspots';
import { spaceTimeCube } from '../analytics/hotspots/spaceTimeCube';
import { missingMonths, monthIndex } from '../analytics/months';
import type { DuckConnector } from '../db/connector';
import type { IncidentFilter } from '../sql/filters';
import { coveredMonthsSql } from '../sql/hotspots';
import type { HotspotPoints, HotspotsOptions } from './hotspots-report';
import { loadHotspotPoints } from './hotspots-report';

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

/** One cell's space-time pattern. */
export interface PatternCell {
  ix: number;
  iy: number;
  /** Incidents over all steps. */
  count: number;
  pattern: EmergingPattern;
  /** The rule's name, e.g. "Persistent hot spot". */
  label: string;
  hotSteps: number;
  coldSteps: number;
  trendTau: number;
  trendP: number;
}

/** Options of the space-time analysis: the grid options plus the significance levels. */
export interface PatternsOptions extends HotspotsOptions {
  /** Level for a hot or cold step (default 0.05). */
  alpha?: number;
  /** Level of the Mann–Kendall trend (default 0.05). */
  trendAlpha?: number;
}

/** The documented shape printed by `cli patterns --json` (docs/cli-hotspots.md). */
export interface PatternsReport {
  cellSize: number;
  cellSizeReason: string;
  crs: 'EPSG:27700';
  fdr: boolean;
  alpha: number;
  trendAlpha: number;
  steps: string[];
  missingMonths: string[];
  points: { counted: number; leftOut: number; unlocated: number };
  cells: PatternCell[];
  /** Each pattern's rule in words. */
  rules: readonly EmergingPatternRule[];
}

const LABEL_OF = new Map(EMERGING_PATTERN_RULES.map((r) => [r.pattern, r.label]));

/** Grid, space-time cube and emerging hot spot classes of loaded points. */
export function patternsFromPoints(
  points: HotspotPoints,
  coveredMonths: readonly string[],
  options: PatternsOptions = {},
): PatternsReport & { emerging: EmergingHotspotResult } {
  const fdr = options.fdr ?? true;
  const alpha = options.alpha ?? 0.05;
  const trendAlpha = options.trendAlpha ?? 0.05;
  const { grid, report } = countGrid(points.eastings, points.northings, {
    cellSize: options.cellSize,
    boundary: options.boundary,
  });
  const time = monthSteps(coveredMonths, points.monthIndex);
  const { cube, pointsCounted, pointsLeftOut } = spaceTimeCube(
    points.eastings,
    points.northings,
    time.stepOfPoint,
    time.steps.length,
    grid,
  );
  const emerging = emergingHotspots(cube, { alpha, fdr, trendAlpha });
  const cellCount = grid.nx * grid.ny;
  const cells: PatternCell[] = [];
  for (let index = 0; index < cellCount; index++) {
    if (grid.studyArea && grid.studyArea[index] === 0) continue;
    let count = 0;
    let hotSteps = 0;
    let coldSteps = 0;
    for (let step = 0; step < cube.steps; step++) {
      count += cube.counts[step * cellCount + index] as number;
      const significance = emerging.significanceByStep[step * cellCount + index] as number;
      if (significance === 1) hotSteps++;
      else if (significance === -1) coldSteps++;
    }
    const col = index % grid.nx;
    const pattern = emerging.patterns[index] as EmergingPattern;
    cells.push({
      ix: grid.x0 + col,
      iy: grid.y0 + (index - col) / grid.nx,
      count,
      pattern,
      label: LABEL_OF.get(pattern) ?? pattern,
      hotSteps,
      coldSteps,
      trendTau: emerging.trendTau[index] as number,
      trendP: emerging.trendP[index] as number,
    });
  }
  return {
    cellSize: grid.cellSize,
    cellSizeReason: report.cellSizeReason,
    crs: 'EPSG:27700',
    fdr,
    alpha,
    trendAlpha,
    steps: time.steps,
    missingMonths: time.missingMonths,
    points: { counted: pointsCounted, leftOut: pointsLeftOut, unlocated: points.unlocated },
    cells,
    rules: EMERGING_PATTERN_RULES,
    emerging,
  };
}

/** Filter → points and covered months → space-time classes per cell. */
export async function patternsReport(
  db: DuckConnector,
  filter: IncidentFilter,
  options: PatternsOptions = {},
): Promise<PatternsReport> {
  const points = await loadHotspotPoints(db, filter);
  const covered = await db.query<{ month: string }>(coveredMonthsSql(filter));
  const full: Partial<ReturnType<typeof patternsFromPoints>> = patternsFromPoints(
    points,
    covered.map((r) => r.month),
    options,
  );
  delete full.emerging; // typed arrays for the app, not part of the JSON report
  return full as PatternsReport;
}

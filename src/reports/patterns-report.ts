import type {
  EmergingPattern,
  EmergingPatternRule,
} from '../analytics/hotspots/emergingHotspotClass';
import { EMERGING_PATTERN_RULES } from '../analytics/hotspots/emergingHotspotClass';
import type { DuckConnector } from '../db/connector';
import type { IncidentFilter } from '../sql/filters';
import type { HotspotPoints, HotspotsOptions } from './hotspots-report';
import { loadHotspotInput } from './hotspots-report';
import { hotspotGrid } from './hotspots/hotspot-grid';
import { DEFAULT_PARAMS, TREND_ALPHA } from './hotspots/hotspot-params';
import { spaceTimePatterns } from './hotspots/space-time-patterns';

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

/** Grid, space-time cube and emerging hot spot classes of loaded points, on the app's grid. */
export function patternsFromPoints(
  points: HotspotPoints,
  coveredMonths: readonly string[],
  options: PatternsOptions = {},
): PatternsReport {
  const levels = {
    alpha: options.alpha ?? DEFAULT_PARAMS.alpha,
    fdr: options.fdr ?? DEFAULT_PARAMS.fdr,
    trendAlpha: options.trendAlpha ?? TREND_ALPHA,
  };
  const { grid, report } = hotspotGrid(
    points.eastings,
    points.northings,
    options.cellSize ?? null,
    options.studyArea ?? null,
  );
  const space = spaceTimePatterns(points, coveredMonths, grid, levels);
  const { emerging } = space;
  const cells: PatternCell[] = [];
  for (let index = 0; index < grid.counts.length; index++) {
    if (grid.studyArea && grid.studyArea[index] === 0) continue;
    const col = index % grid.nx;
    const pattern = emerging.patterns[index] as EmergingPattern;
    cells.push({
      ix: grid.x0 + col,
      iy: grid.y0 + (index - col) / grid.nx,
      count: space.totals[index] as number,
      pattern,
      label: LABEL_OF.get(pattern) ?? pattern,
      hotSteps: space.hotSteps[index] as number,
      coldSteps: space.coldSteps[index] as number,
      trendTau: emerging.trendTau[index] as number,
      trendP: emerging.trendP[index] as number,
    });
  }
  return {
    cellSize: grid.cellSize,
    cellSizeReason: report.cellSizeReason,
    crs: 'EPSG:27700',
    fdr: levels.fdr,
    alpha: levels.alpha,
    trendAlpha: levels.trendAlpha,
    steps: space.time.steps,
    missingMonths: space.time.missingMonths,
    points: {
      counted: space.pointsCounted,
      leftOut: space.pointsLeftOut,
      unlocated: points.unlocated,
    },
    cells,
    rules: EMERGING_PATTERN_RULES,
  };
}

/** Filter → points and covered months → space-time classes per cell. */
export async function patternsReport(
  db: DuckConnector,
  filter: IncidentFilter,
  options: PatternsOptions = {},
): Promise<PatternsReport> {
  const input = await loadHotspotInput(db, filter);
  return patternsFromPoints(input, input.coveredMonths, options);
}

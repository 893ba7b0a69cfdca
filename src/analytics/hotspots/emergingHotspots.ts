import { benjaminiHochberg } from './benjaminiHochberg';
import type { EmergingPattern } from './emergingHotspotClass';
import { emergingHotspotClass } from './emergingHotspotClass';
import { giStarZ } from './giStar';
import { mannKendall } from './mannKendall';
import { twoSidedNormalP } from './normalTail';
import { boxSum3x3, queenNeighbourCounts } from './queenWindowSums';
import type { SpaceTimeCube } from './spaceTimeCube';

/** Options for {@link emergingHotspots}. */
export interface EmergingHotspotOptions {
  /** Significance level for a hot/cold step (default 0.05). */
  alpha?: number;
  /** Benjamini–Hochberg FDR across the cells of each step (default true). */
  fdr?: boolean;
  /** Significance level of the Mann–Kendall trend (default 0.05). */
  trendAlpha?: number;
}

/** Per-cell patterns plus the per-step Gi* and the trend behind them. */
export interface EmergingHotspotResult {
  patterns: EmergingPattern[];
  /** Gi* z per step, step-major like the cube's counts. */
  zByStep: Float64Array;
  /** Per step: 1 hot, −1 cold, 0 neither (step-major). */
  significanceByStep: Int8Array;
  /** Mann–Kendall tau, z and p of each cell's Gi* z series. */
  trendTau: Float64Array;
  trendZ: Float64Array;
  trendP: Float64Array;
}

/**
 * Emerging hot spot analysis in the manner of ArcGIS Pro. Neighbourhood choice: each step's
 * Gi* is the spatial Gi* of that month alone (queen + self, mean and sd over that month's study
 * cells, as `spdep::localG` per month), not ArcGIS's space-time neighbourhood that also pools
 * earlier steps. Then a Mann–Kendall test on each cell's z series, then the pattern rules.
 * Every study cell is classified, including cells that never had an incident.
 */
export function emergingHotspots(
  cube: SpaceTimeCube,
  options: EmergingHotspotOptions = {},
): EmergingHotspotResult {
  const alpha = options.alpha ?? 0.05;
  const fdr = options.fdr ?? true;
  const trendAlpha = options.trendAlpha ?? 0.05;
  const { grid, steps, counts } = cube;
  const cellCount = grid.nx * grid.ny;
  const neighbourCounts = queenNeighbourCounts(grid.nx, grid.ny, grid.studyArea);
  const zByStep = new Float64Array(cellCount * steps);
  const significanceByStep = new Int8Array(cellCount * steps);
  const lagSums = new Float64Array(cellCount);
  const rowPass = new Float64Array(cellCount);
  const masked = new Float64Array(cellCount);
  const p = new Float64Array(cellCount);

  for (let step = 0; step < steps; step++) {
    const slice = counts.subarray(step * cellCount, (step + 1) * cellCount);
    masked.set(slice);
    if (grid.studyArea)
      for (let i = 0; i < cellCount; i++) if (grid.studyArea[i] === 0) masked[i] = 0;
    boxSum3x3(masked, grid.nx, grid.ny, lagSums, rowPass);
    const z = zByStep.subarray(step * cellCount, (step + 1) * cellCount);
    giStarZ(slice, lagSums, neighbourCounts, grid.studyArea, z);
    for (let i = 0; i < cellCount; i++)
      p[i] = Number.isNaN(z[i] as number) ? NaN : twoSidedNormalP(z[i] as number);
    const pJudged = fdr ? benjaminiHochberg(p) : p;
    for (let i = 0; i < cellCount; i++) {
      const zi = z[i] as number;
      if ((pJudged[i] as number) < alpha)
        significanceByStep[step * cellCount + i] = zi > 0 ? 1 : zi < 0 ? -1 : 0;
    }
  }

  const patterns: EmergingPattern[] = new Array<EmergingPattern>(cellCount);
  const trendTau = new Float64Array(cellCount);
  const trendZ = new Float64Array(cellCount);
  const trendP = new Float64Array(cellCount);
  const zSeries = new Float64Array(steps);
  const significance = new Int8Array(steps);
  for (let cell = 0; cell < cellCount; cell++) {
    if (grid.studyArea && grid.studyArea[cell] === 0) {
      patterns[cell] = 'outside-study-area';
      trendTau[cell] = trendZ[cell] = trendP[cell] = NaN;
      continue;
    }
    for (let step = 0; step < steps; step++) {
      zSeries[step] = zByStep[step * cellCount + cell] as number;
      significance[step] = significanceByStep[step * cellCount + cell] as number;
    }
    const trend = mannKendall(zSeries);
    trendTau[cell] = trend.tau;
    trendZ[cell] = trend.z;
    trendP[cell] = trend.p;
    patterns[cell] = emergingHotspotClass(
      { significance, trendTau: trend.tau, trendP: trend.p },
      trendAlpha,
    );
  }
  return { patterns, zByStep, significanceByStep, trendTau, trendZ, trendP };
}

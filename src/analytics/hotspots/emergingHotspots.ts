import type { EmergingPattern } from './emergingHotspotClass';
import { emergingHotspotClass, PERSISTENT_SHARE } from './emergingHotspotClass';
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
  /**
   * Run the Mann–Kendall test only on cells whose class depends on it (significant in the final
   * step and in 90% or more of the steps); elsewhere tau, z and p are NaN. Same classes, less
   * work (default false: every cell's trend, as the patterns report lists them).
   */
  trendOnlyWhereNeeded?: boolean;
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
  const masked = grid.studyArea ? new Float64Array(cellCount) : null;
  const p = new Float64Array(cellCount);
  // Cells significant at some step: the others are 'no-pattern' whatever their trend.
  const everSignificant = new Uint8Array(cellCount);

  for (let step = 0; step < steps; step++) {
    const slice = counts.subarray(step * cellCount, (step + 1) * cellCount);
    if (masked && grid.studyArea) {
      masked.set(slice);
      for (let i = 0; i < cellCount; i++) if (grid.studyArea[i] === 0) masked[i] = 0;
    }
    boxSum3x3(masked ?? slice, grid.nx, grid.ny, lagSums, rowPass);
    const z = zByStep.subarray(step * cellCount, (step + 1) * cellCount);
    giStarZ(slice, lagSums, neighbourCounts, grid.studyArea, z);
    for (let i = 0; i < cellCount; i++) {
      const zi = z[i] as number;
      // |z| ≤ 1 is p ≥ 0.317: never significant at the levels offered, so no tail is computed.
      p[i] = Number.isNaN(zi) ? NaN : Math.abs(zi) > 1 || alpha > 0.3 ? twoSidedNormalP(zi) : 1;
    }
    const cut = fdr ? benjaminiHochbergCut(p, alpha) : -1;
    for (let i = 0; i < cellCount; i++) {
      const zi = z[i] as number;
      const pi = p[i] as number;
      if (fdr ? pi <= cut : pi < alpha) {
        const sign = zi > 0 ? 1 : zi < 0 ? -1 : 0;
        significanceByStep[step * cellCount + i] = sign;
        if (sign !== 0) everSignificant[i] = 1;
      }
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
    if (options.trendOnlyWhereNeeded && everSignificant[cell] === 0) {
      patterns[cell] = 'no-pattern';
      trendTau[cell] = trendZ[cell] = trendP[cell] = NaN;
      continue;
    }
    for (let step = 0; step < steps; step++) {
      zSeries[step] = zByStep[step * cellCount + cell] as number;
      significance[step] = significanceByStep[step * cellCount + cell] as number;
    }
    const { pattern, trend } = cellPattern(zSeries, significance, trendAlpha, options);
    trendTau[cell] = trend.tau;
    trendZ[cell] = trend.z;
    trendP[cell] = trend.p;
    patterns[cell] = pattern;
  }
  return { patterns, zByStep, significanceByStep, trendTau, trendZ, trendP };
}

/**
 * One cell's pattern from its Gi* z series and per-step significance (1 hot, −1 cold, 0),
 * with the Mann–Kendall trend behind it (NaN where `trendOnlyWhereNeeded` skips it).
 */
export function cellPattern(
  zSeries: Float64Array,
  significance: Int8Array,
  trendAlpha: number,
  options: Pick<EmergingHotspotOptions, 'trendOnlyWhereNeeded'>,
): { pattern: EmergingPattern; trend: { tau: number; z: number; p: number } } {
  const steps = significance.length;
  const final = significance[steps - 1] as number;
  let same = 0;
  for (let step = 0; step < steps; step++) if (final !== 0 && significance[step] === final) same++;
  const needed = !options.trendOnlyWhereNeeded || (final !== 0 && same / steps >= PERSISTENT_SHARE);
  const trend = needed ? mannKendall(zSeries) : { tau: NaN, z: NaN, p: NaN };
  const pattern = emergingHotspotClass(
    { significance, trendTau: trend.tau, trendP: trend.p },
    trendAlpha,
  );
  return { pattern, trend };
}

/**
 * The largest p that `benjaminiHochberg` adjusts below `alpha` (−1 when none does): p is
 * significant after the adjustment exactly when p ≤ this cut, since adjusted p(k) < α ⇔ some
 * j ≥ k has (m/j)·p(j) < α. Only the p-values below α need sorting, not all m cells.
 */
export function benjaminiHochbergCut(pValues: Float64Array, alpha: number): number {
  let m = 0;
  const small: number[] = [];
  for (const p of pValues) {
    if (Number.isNaN(p)) continue;
    m++;
    if (p < alpha) small.push(p);
  }
  const sorted = Float64Array.from(small).sort();
  for (let j = sorted.length; j >= 1; j--) {
    const p = sorted[j - 1] as number;
    if ((m / j) * p < alpha) return p;
  }
  return -1;
}

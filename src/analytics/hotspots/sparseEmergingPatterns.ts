import type { EmergingPattern } from './emergingHotspotClass';
import type { EmergingHotspotOptions } from './emergingHotspots';
import { cellPattern } from './emergingHotspots';
import { twoSidedNormalP } from './normalTail';
import type { SparseCounts, SparseGridFrame } from './sparseGiStar';
import { sparseBenjaminiHochbergCut, sparseGiStar, sparseScratch } from './sparseGiStar';

/** Each cell's emerging hot spot pattern, looked up by grid index. */
export type PatternOf = (cell: number) => EmergingPattern;

const WEIGHTS = 10;

/**
 * The patterns `emergingHotspots` gives for the same cube (one count list per step), without
 * the dense cube: each step's Gi* is worked out only near its incidents
 * ({@link sparseGiStar}); a cell whose window is empty in every step has the same z series as
 * every such cell with the same number of neighbours, so its pattern is found once per W.
 * Memory and time follow the cells near incidents, not the grid's extent.
 */
export function sparseEmergingPatterns(
  frame: SparseGridFrame,
  stepCounts: readonly SparseCounts[],
  options: EmergingHotspotOptions = {},
): PatternOf {
  const alpha = options.alpha ?? 0.05;
  const fdr = options.fdr ?? true;
  const trendAlpha = options.trendAlpha ?? 0.05;
  const steps = stepCounts.length;
  const { grid, neighbourCounts } = frame;
  const scratch = sparseScratch(frame);
  const pOf = (z: number) =>
    Number.isNaN(z) ? NaN : Math.abs(z) > 1 || alpha > 0.3 ? twoSidedNormalP(z) : 1;
  const significant = (z: number, p: number, cut: number) =>
    (fdr ? p <= cut : p < alpha) ? (z > 0 ? 1 : z < 0 ? -1 : 0) : 0;

  const perStep = stepCounts.map((counts) => {
    const gi = sparseGiStar(frame, counts, scratch);
    const activeP = mapped(gi.z, pOf);
    const emptyP = mapped(gi.emptyZ, pOf);
    const cut = fdr ? sparseBenjaminiHochbergCut(activeP, emptyP, gi.emptyByWeight, alpha) : -1;
    const activeSignificance = new Int8Array(gi.z.length);
    for (let k = 0; k < gi.z.length; k++)
      activeSignificance[k] = significant(gi.z[k] as number, activeP[k] as number, cut);
    const emptySignificance = new Int8Array(gi.emptyZ.length);
    for (let w = 0; w < gi.emptyZ.length; w++)
      emptySignificance[w] = significant(gi.emptyZ[w] as number, emptyP[w] as number, cut);
    return { gi, activeSignificance, emptySignificance };
  });

  // Cells active in some step, numbered in order of first appearance.
  const idOf = new Int32Array(neighbourCounts.length).fill(-1);
  const cells: number[] = [];
  for (const { gi } of perStep)
    for (const cell of gi.active) if (idOf[cell] === -1) idOf[cell] = cells.push(cell) - 1;

  const zSeries = new Float64Array(cells.length * steps);
  const significance = new Int8Array(cells.length * steps);
  cells.forEach((cell, id) => {
    const w = neighbourCounts[cell] as number;
    for (let step = 0; step < steps; step++) {
      const { gi, emptySignificance } = perStep[step] as (typeof perStep)[number];
      zSeries[id * steps + step] = gi.emptyZ[w] as number;
      significance[id * steps + step] = emptySignificance[w] as number;
    }
  });
  perStep.forEach(({ gi, activeSignificance }, step) => {
    for (let k = 0; k < gi.active.length; k++) {
      const id = idOf[gi.active[k] as number] as number;
      zSeries[id * steps + step] = gi.z[k] as number;
      significance[id * steps + step] = activeSignificance[k] as number;
    }
  });

  const patternOfSeries = (z: Float64Array, sig: Int8Array): EmergingPattern => {
    if (options.trendOnlyWhereNeeded && !sig.some((s) => s !== 0)) return 'no-pattern';
    return cellPattern(z, sig, trendAlpha, options).pattern;
  };
  const patterns = cells.map((_, id) =>
    patternOfSeries(
      zSeries.subarray(id * steps, (id + 1) * steps),
      significance.subarray(id * steps, (id + 1) * steps),
    ),
  );
  const emptyPatterns = Array.from({ length: WEIGHTS }, (_, w) =>
    patternOfSeries(
      Float64Array.from(perStep, ({ gi }) => gi.emptyZ[w] as number),
      Int8Array.from(perStep, ({ emptySignificance }) => emptySignificance[w] as number),
    ),
  );
  return (cell) => {
    if (grid.studyArea && grid.studyArea[cell] === 0) return 'outside-study-area';
    const id = idOf[cell] as number;
    if (id >= 0) return patterns[id] as EmergingPattern;
    return emptyPatterns[neighbourCounts[cell] as number] as EmergingPattern;
  };
}

/** `values.map(f)` as a loop: a typed array's own map calls back far slower. */
function mapped(values: Float64Array, f: (v: number) => number): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = f(values[i] as number);
  return out;
}

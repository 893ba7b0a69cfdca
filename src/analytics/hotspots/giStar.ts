import { benjaminiHochberg } from './benjaminiHochberg';
import type { CountGrid } from './cellGrid';
import { hotspotClassCode, OUTSIDE_STUDY_AREA } from './hotspotClass';
import { twoSidedNormalP } from './normalTail';
import { queenWindowSums } from './queenWindowSums';

/** Options for {@link giStar}. */
export interface GiStarOptions {
  /** Benjamini–Hochberg FDR across all study cells before classing (default true). */
  fdr?: boolean;
}

/** Gi* per cell; NaN and {@link OUTSIDE_STUDY_AREA} for cells outside the study area. */
export interface GiStarResult {
  z: Float64Array;
  /** Two-sided p from the normal approximation. */
  p: Float64Array;
  /** BH-adjusted p (as R `p.adjust(p, "BH")`) over the study cells. */
  pFdr: Float64Array;
  /** Class codes (see hotspotClass), from pFdr when `fdr` is on, else from p. */
  classes: Int8Array;
  fdr: boolean;
  /** Number of cells in the study area (spdep's n). */
  n: number;
}

/**
 * Getis–Ord Gi* with binary weights on the queen neighbourhood plus the cell itself, equal to
 * R `spdep::localG(x, nb2listw(include.self(cell2nb(ny, nx, "queen")), style = "B"))`:
 * z_i = (Σ_j w_ij x_j − W_i x̄) / √(s² (n S1_i − W_i²)/(n − 1)) with s² = Σ(x − x̄)²/n,
 * W_i = S1_i = the number of neighbours including itself. Runs in O(cells).
 * When every value is equal (s = 0) z is 0 and p is 1, where spdep would give NaN.
 */
export function giStar(grid: CountGrid, options: GiStarOptions = {}): GiStarResult {
  const fdr = options.fdr ?? true;
  const { counts, nx, ny, studyArea } = grid;
  const { lagSums, neighbourCounts } = queenWindowSums(counts, nx, ny, studyArea);
  const z = giStarZ(counts, lagSums, neighbourCounts, studyArea);
  const p = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++)
    p[i] = Number.isNaN(z[i] as number) ? NaN : twoSidedNormalP(z[i] as number);
  const pFdr = benjaminiHochberg(p);
  const classes = classify(z, fdr ? pFdr : p);
  let n = 0;
  for (const v of z) if (!Number.isNaN(v)) n++;
  return { z, p, pFdr, classes, fdr, n };
}

/**
 * Gi* z-scores from precomputed window sums; cells with mask 0 get NaN. `values`, `lagSums`
 * and `neighbourCounts` are aligned arrays; `out` may be passed to avoid allocation.
 */
export function giStarZ(
  values: Float64Array,
  lagSums: Float64Array,
  neighbourCounts: Float64Array,
  studyArea: Uint8Array | null,
  out: Float64Array = new Float64Array(values.length),
): Float64Array {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    if (studyArea && studyArea[i] === 0) continue;
    n++;
    sum += values[i] as number;
  }
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    if (studyArea && studyArea[i] === 0) continue;
    const d = (values[i] as number) - mean;
    squares += d * d;
  }
  const variance = squares / n;
  const denominatorOf = (w: number) => Math.sqrt((variance * (n * w - w * w)) / (n - 1));
  // Binary queen weights give W_i = 0…9: the denominator is one of ten, computed once each.
  const denominators = Float64Array.from({ length: 10 }, (_, w) => denominatorOf(w));
  for (let i = 0; i < values.length; i++) {
    if (studyArea && studyArea[i] === 0) {
      out[i] = NaN;
      continue;
    }
    const w = neighbourCounts[i] as number;
    const denominator = denominators[w] ?? denominatorOf(w);
    out[i] = denominator > 0 ? ((lagSums[i] as number) - w * mean) / denominator : 0;
  }
  return out;
}

function classify(z: Float64Array, pForClass: Float64Array): Int8Array {
  const classes = new Int8Array(z.length);
  for (let i = 0; i < z.length; i++) {
    const zi = z[i] as number;
    classes[i] = Number.isNaN(zi)
      ? OUTSIDE_STUDY_AREA
      : hotspotClassCode(zi, pForClass[i] as number);
  }
  return classes;
}

import type { CellGrid } from './cellGrid';
import type { BandwidthAxisRule, KdeBandwidth } from './kdeBandwidth';
import { kdeBandwidth } from './kdeBandwidth';

/** Options for {@link kdeQuartic}. */
export interface KdeQuarticOptions {
  /** Bandwidth (kernel radius h) in metres; the rule of thumb when absent. */
  bandwidth?: number;
  /** Multiplier on the rule-of-thumb bandwidth (sfhotspot's `bandwidth_adjust`). */
  bandwidthAdjust?: number;
  axisRule?: BandwidthAxisRule;
  /** Weight per point (e.g. harm weighting); 1 each when absent. */
  weights?: Float64Array;
}

/** Kernel density per cell centre and the bandwidth used. */
export interface KdeSurface {
  /** Points per square metre at each cell centre (row-major like the grid); NaN outside the study area. */
  density: Float64Array;
  bandwidth: KdeBandwidth;
}

/**
 * Quartic (biweight) kernel density at the cell centres:
 * f(c) = Σ_i w_i · 3/(π h²) · (1 − d²/h²)² over points with d = |c − p_i| < h.
 * Each point visits only the cells within h, so the cost is points × (2h/size)².
 */
export function kdeQuartic(
  eastings: Float64Array,
  northings: Float64Array,
  grid: CellGrid,
  options: KdeQuarticOptions = {},
): KdeSurface {
  const bandwidth: KdeBandwidth =
    options.bandwidth !== undefined
      ? {
          bandwidth: options.bandwidth,
          rule: `${options.bandwidth} m: set by the user`,
          eastingBandwidth: NaN,
          northingBandwidth: NaN,
        }
      : kdeBandwidth(eastings, northings, options.axisRule, options.bandwidthAdjust);
  const h = bandwidth.bandwidth;
  if (!(h > 0))
    throw new RangeError(`KDE bandwidth must be positive, got ${h} (${bandwidth.rule})`);
  const { nx, ny, x0, y0, cellSize } = grid;
  const density = new Float64Array(nx * ny);
  const h2 = h * h;
  const scale = 3 / (Math.PI * h2);
  const dx2 = new Float64Array(nx);
  const sites = weightedSites(eastings, northings, options.weights);
  for (let i = 0; i < sites.weights.length; i++) {
    const e = sites.eastings[i] as number;
    const n = sites.northings[i] as number;
    const weight = sites.weights[i] as number;
    // Column c has its centre at (x0 + c + 0.5)·size; keep the centres strictly within h.
    const colLow = Math.max(0, Math.ceil((e - h) / cellSize - 0.5 - x0));
    const colHigh = Math.min(nx - 1, Math.floor((e + h) / cellSize - 0.5 - x0));
    const rowLow = Math.max(0, Math.ceil((n - h) / cellSize - 0.5 - y0));
    const rowHigh = Math.min(ny - 1, Math.floor((n + h) / cellSize - 0.5 - y0));
    for (let col = colLow; col <= colHigh; col++) {
      const dx = (x0 + col + 0.5) * cellSize - e;
      dx2[col] = dx * dx;
    }
    for (let row = rowLow; row <= rowHigh; row++) {
      const dy = (y0 + row + 0.5) * cellSize - n;
      const dy2 = dy * dy;
      const rowStart = row * nx;
      for (let col = colLow; col <= colHigh; col++) {
        const d2 = (dx2[col] as number) + dy2;
        if (d2 >= h2) continue;
        const u = 1 - d2 / h2;
        density[rowStart + col] = (density[rowStart + col] as number) + weight * scale * u * u;
      }
    }
  }
  if (grid.studyArea) {
    for (let i = 0; i < density.length; i++) if (grid.studyArea[i] === 0) density[i] = NaN;
  }
  return { density, bandwidth };
}

/**
 * Merges incidents at the same coordinates (police.uk snaps them to shared points) into one
 * weighted site, which cuts the kernel work without changing the surface. Drops non-finite points.
 */
function weightedSites(
  eastings: Float64Array,
  northings: Float64Array,
  weights: Float64Array | undefined,
): { eastings: Float64Array; northings: Float64Array; weights: Float64Array } {
  const siteOf = new Map<string, number>();
  const e: number[] = [];
  const n: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < eastings.length; i++) {
    const easting = eastings[i] as number;
    const northing = northings[i] as number;
    if (!Number.isFinite(easting) || !Number.isFinite(northing)) continue;
    const weight = weights ? (weights[i] as number) : 1;
    const key = `${easting},${northing}`;
    const site = siteOf.get(key);
    if (site === undefined) {
      siteOf.set(key, w.length);
      e.push(easting);
      n.push(northing);
      w.push(weight);
    } else w[site] = (w[site] as number) + weight;
  }
  return {
    eastings: Float64Array.from(e),
    northings: Float64Array.from(n),
    weights: Float64Array.from(w),
  };
}

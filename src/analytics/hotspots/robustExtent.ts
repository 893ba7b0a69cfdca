import { quantileBySelection, sortedFiniteWeighted, weightedQuantileSorted } from './quantile';

/** A rectangle in British National Grid metres. */
export interface BngBounds {
  minEasting: number;
  minNorthing: number;
  maxEasting: number;
  maxNorthing: number;
}

/** The extent of the bulk of the points, with the points left out of it. */
export interface RobustExtent {
  bounds: BngBounds | null;
  /** 1 where the point is kept, 0 where it is missing or an outlier. */
  kept: Uint8Array;
  /** Points with a non-finite easting or northing. */
  missingCount: number;
  /** Points outside Great Britain or far from the rest (e.g. lon/lat 0/0 projected). */
  outlierCount: number;
}

/** Generous box around the British National Grid's area of use (metres). */
const GREAT_BRITAIN: BngBounds = {
  minEasting: -10_000,
  minNorthing: -10_000,
  maxEasting: 710_000,
  maxNorthing: 1_260_000,
};
const LOW_QUANTILE = 0.01;
const HIGH_QUANTILE = 0.99;
const MIN_FENCE_METRES = 1_000;

/**
 * Finds the extent of the points without the strays. A point is an outlier when it lies
 * outside Great Britain, or further outside the 1%–99% quantile range of either axis than
 * that range is wide (never less than 1 km). Missing coordinates are counted separately.
 * With `weights`, a point of integer weight w counts as w copies of itself (quantiles and
 * counts); points of weight 0 or less are left out.
 */
export function robustExtent(
  eastings: Float64Array,
  northings: Float64Array,
  weights?: Float64Array,
): RobustExtent {
  const n = eastings.length;
  const kept = new Uint8Array(n);
  const weightOf = (i: number) => (weights ? (weights[i] as number) : 1);
  let missingCount = 0;
  for (let i = 0; i < n; i++) {
    const e = eastings[i] as number;
    const no = northings[i] as number;
    if (!(weightOf(i) > 0)) continue;
    if (!Number.isFinite(e) || !Number.isFinite(no)) missingCount += weightOf(i);
    else kept[i] = insideBounds(e, no, GREAT_BRITAIN) ? 1 : 0;
  }
  const eastFence = weights
    ? weightedQuantileFence(eastings, kept, weights)
    : quantileFence(eastings, kept);
  const northFence = weights
    ? weightedQuantileFence(northings, kept, weights)
    : quantileFence(northings, kept);
  let outlierCount = 0;
  const bounds: BngBounds = {
    minEasting: Infinity,
    minNorthing: Infinity,
    maxEasting: -Infinity,
    maxNorthing: -Infinity,
  };
  for (let i = 0; i < n; i++) {
    const e = eastings[i] as number;
    const no = northings[i] as number;
    if (!Number.isFinite(e) || !Number.isFinite(no) || !(weightOf(i) > 0)) continue;
    const inside =
      kept[i] === 1 &&
      e >= eastFence[0] &&
      e <= eastFence[1] &&
      no >= northFence[0] &&
      no <= northFence[1];
    if (!inside) {
      kept[i] = 0;
      outlierCount += weightOf(i);
      continue;
    }
    if (e < bounds.minEasting) bounds.minEasting = e;
    if (e > bounds.maxEasting) bounds.maxEasting = e;
    if (no < bounds.minNorthing) bounds.minNorthing = no;
    if (no > bounds.maxNorthing) bounds.maxNorthing = no;
  }
  const anyKept = bounds.minEasting <= bounds.maxEasting;
  return { bounds: anyKept ? bounds : null, kept, missingCount, outlierCount };
}

/** True when (easting, northing) lies in the closed rectangle. */
export function insideBounds(easting: number, northing: number, bounds: BngBounds): boolean {
  return (
    easting >= bounds.minEasting &&
    easting <= bounds.maxEasting &&
    northing >= bounds.minNorthing &&
    northing <= bounds.maxNorthing
  );
}

function weightedQuantileFence(
  values: Float64Array,
  kept: Uint8Array,
  weights: Float64Array,
): [number, number] {
  const sorted = sortedFiniteWeighted(
    values,
    Float64Array.from(weights, (w, i) => (kept[i] === 1 ? w : 0)),
  );
  if (sorted.total === 0) return [Infinity, -Infinity];
  return fenceAround(
    weightedQuantileSorted(sorted, LOW_QUANTILE),
    weightedQuantileSorted(sorted, HIGH_QUANTILE),
  );
}

function fenceAround(low: number, high: number): [number, number] {
  const fence = Math.max(high - low, MIN_FENCE_METRES);
  return [low - fence, high + fence];
}

function quantileFence(values: Float64Array, kept: Uint8Array): [number, number] {
  let count = 0;
  for (let i = 0; i < kept.length; i++) count += kept[i] as number;
  if (count === 0) return [Infinity, -Infinity];
  const candidates = new Float64Array(count);
  for (let i = 0, k = 0; i < kept.length; i++)
    if (kept[i] === 1) candidates[k++] = values[i] as number;
  return fenceAround(
    quantileBySelection(candidates, LOW_QUANTILE),
    quantileBySelection(candidates, HIGH_QUANTILE),
  );
}

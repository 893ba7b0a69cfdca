import {
  quantileSorted,
  sampleStandardDeviation,
  sortedFinite,
  sortedFiniteWeighted,
  weightedQuantileSorted,
  weightedSampleStandardDeviation,
} from './quantile';

/** How the per-axis rule-of-thumb bandwidths become one. */
export type BandwidthAxisRule = 'mean-of-axes' | 'easting-only';

/** A KDE bandwidth in metres and how it was found. */
export interface KdeBandwidth {
  bandwidth: number;
  rule: string;
  eastingBandwidth: number;
  northingBandwidth: number;
}

/**
 * sfhotspot's rule of thumb for one axis (MASS::bandwidth.nrd, as copied by sfhotspot):
 * 4 · 1.06 · min(sd, IQR/1.34) · n^(−1/5), with R's type-7 quartiles and n − 1 sd.
 * Falls back to the sd when the IQR is 0 (over half the points on one coordinate).
 * With `weights`, each value counts as that many points (n = Σ weights); for integer weights
 * the result is that of the values repeated by their weights.
 */
export function ruleOfThumbBandwidth(values: Float64Array, weights?: Float64Array): number {
  if (weights) {
    const sorted = sortedFiniteWeighted(values, weights);
    if (sorted.total < 2) return NaN;
    const iqr = weightedQuantileSorted(sorted, 0.75) - weightedQuantileSorted(sorted, 0.25);
    return ruleOfThumb(sorted.total, iqr, weightedSampleStandardDeviation(sorted));
  }
  const sorted = sortedFinite(values);
  const n = sorted.length;
  if (n < 2) return NaN;
  const iqr = quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
  return ruleOfThumb(n, iqr, sampleStandardDeviation(sorted));
}

function ruleOfThumb(n: number, iqr: number, sd: number): number {
  const iqrScale = iqr / 1.34;
  const spread = iqrScale > 0 ? Math.min(sd, iqrScale) : sd;
  return 4 * 1.06 * spread * Math.pow(n, -1 / 5);
}

/**
 * The default KDE bandwidth. sfhotspot (R/bandwidth_nrd.R) writes
 * `mean(bandwidth_nrd(x), bandwidth_nrd(y))`, meaning the mean of the two axes; but R's
 * `mean(a, b)` reads b as `trim`, so sfhotspot in fact returns the easting value alone.
 * 'mean-of-axes' (default) follows the stated intent and does not depend on the map's
 * orientation; 'easting-only' reproduces sfhotspot's numbers. `adjust` multiplies the
 * result, as sfhotspot's `bandwidth_adjust`. `weights` (e.g. incidents per location) make
 * each point count that many times (see {@link ruleOfThumbBandwidth}).
 */
export function kdeBandwidth(
  eastings: Float64Array,
  northings: Float64Array,
  axisRule: BandwidthAxisRule = 'mean-of-axes',
  adjust = 1,
  weights?: Float64Array,
): KdeBandwidth {
  const eastingBandwidth = ruleOfThumbBandwidth(eastings, weights);
  const northingBandwidth = ruleOfThumbBandwidth(northings, weights);
  const base =
    axisRule === 'mean-of-axes' ? (eastingBandwidth + northingBandwidth) / 2 : eastingBandwidth;
  const bandwidth = base * adjust;
  const axes =
    axisRule === 'mean-of-axes'
      ? `mean of easting ${eastingBandwidth.toFixed(0)} m and northing ${northingBandwidth.toFixed(0)} m`
      : `easting axis only, as sfhotspot computes it (northing would give ${northingBandwidth.toFixed(0)} m)`;
  const adjustText = adjust === 1 ? '' : `, × ${adjust} adjustment`;
  return {
    bandwidth,
    rule: `${bandwidth.toFixed(0)} m: rule of thumb 4·1.06·min(sd, IQR/1.34)·n^(−1/5), ${axes}${adjustText}`,
    eastingBandwidth,
    northingBandwidth,
  };
}

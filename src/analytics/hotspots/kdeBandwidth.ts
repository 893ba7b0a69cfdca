import { quantileSorted, sampleStandardDeviation, sortedFinite } from './quantile';

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
 */
export function ruleOfThumbBandwidth(values: Float64Array): number {
  const sorted = sortedFinite(values);
  const n = sorted.length;
  if (n < 2) return NaN;
  const iqrScale = (quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25)) / 1.34;
  const sd = sampleStandardDeviation(sorted);
  const spread = iqrScale > 0 ? Math.min(sd, iqrScale) : sd;
  return 4 * 1.06 * spread * Math.pow(n, -1 / 5);
}

/**
 * The default KDE bandwidth. sfhotspot (R/bandwidth_nrd.R) writes
 * `mean(bandwidth_nrd(x), bandwidth_nrd(y))`, meaning the mean of the two axes; but R's
 * `mean(a, b)` reads b as `trim`, so sfhotspot in fact returns the easting value alone.
 * 'mean-of-axes' (default) follows the stated intent and does not depend on the map's
 * orientation; 'easting-only' reproduces sfhotspot's numbers. `adjust` multiplies the
 * result, as sfhotspot's `bandwidth_adjust`.
 */
export function kdeBandwidth(
  eastings: Float64Array,
  northings: Float64Array,
  axisRule: BandwidthAxisRule = 'mean-of-axes',
  adjust = 1,
): KdeBandwidth {
  const eastingBandwidth = ruleOfThumbBandwidth(eastings);
  const northingBandwidth = ruleOfThumbBandwidth(northings);
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

/**
 * A smooth population-density surface over the borough: a rural base plus a main town, a second
 * town and two villages, each a Gaussian bump. Background incidents, snap points and area
 * populations all follow it, so rates per head come out roughly even.
 */
import { EXTENT } from './borough';
import type { Rng } from './prng';

/** A settlement: a Gaussian bump of relative density. */
export interface Settlement {
  name: string;
  easting: number;
  northing: number;
  /** Peak density added at the centre. */
  peak: number;
  /** Gaussian spread in metres. */
  sigma: number;
}

/** The settlements of the fictional borough (centres in BNG metres). */
export const SETTLEMENTS: readonly Settlement[] = [
  { name: 'Demo Town centre', easting: 451200, northing: 380600, peak: 1.0, sigma: 1800 },
  { name: 'Southby', easting: 455300, northing: 377400, peak: 0.6, sigma: 1100 },
  { name: 'Upper Hatherley', easting: 448200, northing: 383000, peak: 0.35, sigma: 700 },
  { name: 'Lowmoor', easting: 448600, northing: 377000, peak: 0.3, sigma: 800 },
];

/** Density everywhere, even in the fields. */
const RURAL_BASE = 0.06;

/** Relative population density at a BNG point (about 0.06 in the country, about 1.1 in town). */
export function populationDensity(easting: number, northing: number): number {
  let density = RURAL_BASE;
  for (const s of SETTLEMENTS) {
    const dx = easting - s.easting;
    const dy = northing - s.northing;
    density += s.peak * Math.exp(-(dx * dx + dy * dy) / (2 * s.sigma * s.sigma));
  }
  return density;
}

/** An upper bound of populationDensity (for rejection sampling). */
export const MAX_DENSITY = RURAL_BASE + 1.2;

/**
 * Draws a point inside the borough with probability proportional to density^sharpness, by
 * rejection. Sharpness 1 follows residents; above 1 concentrates on the town centres (shops).
 */
export function samplePopulationPoint(rng: Rng, sharpness = 1): [number, number] {
  const ceiling = Math.pow(MAX_DENSITY, sharpness);
  for (;;) {
    const e = rng.uniform(EXTENT.minE, EXTENT.maxE);
    const n = rng.uniform(EXTENT.minN, EXTENT.maxN);
    if (rng.next() * ceiling < Math.pow(populationDensity(e, n), sharpness)) return [e, n];
  }
}

/**
 * police.uk crime types with the monthly volumes, spatial spread and seasonality of the demo
 * borough, and the 'Last outcome category' mix. Volumes are per month before seasonality; the
 * Anti-social behaviour figure is the background only (the planted hotspots add about 90 a month).
 */
import type { Rng } from './prng';

/** How one crime type is generated. */
export interface CrimeTypeSpec {
  type: string;
  /** Mean background incidents per month (seasonal multipliers average 1 over a year). */
  perMonth: number;
  /** Exponent on the population surface: > 1 concentrates on town centres. */
  sharpness: number;
}

/** The crime types, in police.uk's alphabetical order. */
export const CRIME_TYPES: readonly CrimeTypeSpec[] = [
  { type: 'Anti-social behaviour', perMonth: 398, sharpness: 0.7 },
  { type: 'Bicycle theft', perMonth: 11, sharpness: 1.3 },
  { type: 'Burglary', perMonth: 35, sharpness: 0.9 },
  { type: 'Criminal damage and arson', perMonth: 111, sharpness: 1 },
  { type: 'Drugs', perMonth: 21, sharpness: 1.4 },
  { type: 'Other crime', perMonth: 17, sharpness: 1 },
  { type: 'Other theft', perMonth: 49, sharpness: 1.3 },
  { type: 'Possession of weapons', perMonth: 8, sharpness: 1.3 },
  { type: 'Public order', perMonth: 111, sharpness: 1.3 },
  { type: 'Robbery', perMonth: 7, sharpness: 1.4 },
  { type: 'Shoplifting', perMonth: 63, sharpness: 2.2 },
  { type: 'Theft from the person', perMonth: 6, sharpness: 1.8 },
  { type: 'Vehicle crime', perMonth: 49, sharpness: 1 },
  { type: 'Violence and sexual offences', perMonth: 417, sharpness: 1.1 },
];

/** The ASB crime type string. */
export const ASB = 'Anti-social behaviour';

/** A seasonal effect: a multiplier per calendar month (index 0 = January). */
export interface SeasonalEffect {
  crimeType: string;
  description: string;
  multipliers: readonly number[];
}

/** Seasonal effects applied to background volumes (planted hotspots are not seasonal). */
export const SEASONAL_EFFECTS: readonly SeasonalEffect[] = [
  {
    crimeType: ASB,
    description: 'Summer nuisance: Jun–Aug about 30% above the yearly mean, winter below it.',
    multipliers: [0.86, 0.85, 0.92, 0.98, 1.04, 1.28, 1.32, 1.3, 1.0, 0.96, 0.9, 0.84],
  },
  {
    crimeType: 'Criminal damage and arson',
    description: 'Bonfire season: October about 35% and November about 55% above the yearly mean.',
    multipliers: [0.9, 0.88, 0.92, 0.95, 0.97, 0.97, 0.99, 0.97, 0.95, 1.35, 1.55, 0.95],
  },
];

/** The seasonal multiplier of a crime type in a calendar month (1–12). */
export function seasonalMultiplier(crimeType: string, month: number): number {
  const effect = SEASONAL_EFFECTS.find((s) => s.crimeType === crimeType);
  return effect?.multipliers[month - 1] ?? 1;
}

const SETTLED_OUTCOMES: readonly [string, number][] = [
  ['Unable to prosecute suspect', 34],
  ['Investigation complete; no suspect identified', 27],
  ['Court result unavailable', 9],
  ['Status update unavailable', 7],
  ['Local resolution', 4],
  ['Action to be taken by another organisation', 1.5],
  ['Awaiting court outcome', 1],
  ['Further investigation is not in the public interest', 0.7],
  ['Formal action is not in the public interest', 0.4],
  ['Offender given a caution', 0.4],
];
const SETTLED_WEIGHTS = SETTLED_OUTCOMES.map(([, w]) => w);

/**
 * A 'Last outcome category' for a crime recorded `monthsBeforeEnd` months before the last month:
 * recent crimes are mostly still under investigation, as on police.uk.
 */
export function drawOutcome(rng: Rng, monthsBeforeEnd: number): string {
  const open =
    monthsBeforeEnd <= 0 ? 0.6 : monthsBeforeEnd === 1 ? 0.4 : monthsBeforeEnd <= 3 ? 0.2 : 0.02;
  if (rng.chance(open)) return 'Under investigation';
  return SETTLED_OUTCOMES[rng.weightedIndex(SETTLED_WEIGHTS)]?.[0] ?? 'Status update unavailable';
}

/**
 * Shared pieces of the three local extracts: the generated-record shape, how many of each code fall
 * in each month, where and when an incident happens, and the deliberately bad rows.
 */
import { CELL_SIZE, EXTENT, type DemoMonth } from './borough';
import { ASB, CRIME_TYPES, seasonalMultiplier } from './crime-types';
import { PLANTED_PATTERNS } from './planted-patterns';
import { samplePopulationPoint } from './population-surface';
import type { Rng } from './prng';

/** Why a row of a local extract cannot be used. */
export type BadRowReason = 'unparseable-date' | 'zero-coordinates' | 'missing-type';

/** A deliberately bad row: `line` is the 1-based physical line in the file (header = line 1). */
export interface BadRow {
  file: string;
  line: number;
  reason: BadRowReason;
  /** The offending value as written. */
  value: string;
}

/** A local code with its share of the file and how it behaves. */
export interface LocalCodeSpec {
  code: string;
  share: number;
  /** Multiplier per calendar month (index 0 = January); omitted = flat. */
  season?: readonly number[];
  /** Whether planted ASB hotspots also show up in this code. */
  followsHotspots?: boolean;
  /** Population-surface sharpness for background locations. */
  sharpness?: number;
  /** Relative weights of the 24 hours of the day; omitted = the evening-peaked ASB profile. */
  hours?: readonly number[];
}

/** An incident of a local extract before formatting. */
export interface LocalIncident {
  code: string;
  month: DemoMonth;
  day: number;
  hour: number;
  minute: number;
  easting: number;
  northing: number;
}

/** The evening-peaked hour profile typical of ASB calls. */
export const EVENING_HOURS: readonly number[] = [
  3, 2, 1.5, 1, 0.6, 0.5, 0.6, 1, 1.5, 2, 2.5, 3, 3.5, 3.5, 3.8, 4.5, 5.5, 6.5, 7.5, 8, 8, 7, 5.5,
  4,
];
/** Office-hours profile (reports made to the council). */
export const OFFICE_HOURS: readonly number[] = [
  0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 5, 8, 8, 7.5, 6, 7, 7.5, 7, 6, 3, 1.5, 1, 0.8, 0.6, 0.4,
  0.3,
];

const BACKGROUND_ASB = CRIME_TYPES.find((c) => c.type === ASB)?.perMonth ?? 400;

/**
 * Draws every incident of an extract: each code gets a Poisson count per month (share × total / 36
 * × season), a day, a time and a BNG location. Sorted by date and time.
 */
export function drawLocalIncidents(
  rng: Rng,
  months: readonly DemoMonth[],
  total: number,
  codes: readonly LocalCodeSpec[],
): LocalIncident[] {
  const incidents: LocalIncident[] = [];
  for (const month of months) {
    for (const spec of codes) {
      const mean = (total * spec.share * seasonFactor(spec, month.month)) / months.length;
      const count = rng.poisson(mean);
      for (let k = 0; k < count; k++) {
        const [easting, northing] = drawLocation(rng, month, spec);
        const hour = rng.weightedIndex(spec.hours ?? EVENING_HOURS);
        incidents.push({
          code: spec.code,
          month,
          day: 1 + rng.int(month.days),
          hour,
          minute: rng.int(60),
          easting: clampRound(easting, EXTENT.minE, EXTENT.maxE),
          northing: clampRound(northing, EXTENT.minN, EXTENT.maxN),
        });
      }
    }
  }
  const stamp = (i: LocalIncident): number =>
    ((i.month.index * 32 + i.day) * 24 + i.hour) * 60 + i.minute;
  return incidents.sort((a, b) => stamp(a) - stamp(b));
}

/** The code's multiplier for a calendar month, normalised so the twelve average exactly 1. */
function seasonFactor(spec: LocalCodeSpec, month: number): number {
  if (!spec.season) return 1;
  const mean = spec.season.reduce((a, b) => a + b, 0) / spec.season.length;
  return (spec.season[month - 1] ?? mean) / mean;
}

/** A location: a planted hotspot cell (in proportion to its planted intensity) or the background. */
function drawLocation(rng: Rng, month: DemoMonth, spec: LocalCodeSpec): [number, number] {
  if (spec.followsHotspots) {
    const weights = PLANTED_PATTERNS.map((p) => (p.ratePerCell[month.index] ?? 0) * p.cells.length);
    const planted = weights.reduce((a, b) => a + b, 0);
    const background = BACKGROUND_ASB * seasonalMultiplier(ASB, month.month);
    if (planted > 0 && rng.chance(planted / (planted + background))) {
      const pattern = PLANTED_PATTERNS[rng.weightedIndex(weights)];
      const cell = pattern ? rng.pick(pattern.cells) : undefined;
      if (cell) {
        return [
          cell.ix * CELL_SIZE + rng.uniform(5, CELL_SIZE - 5),
          cell.iy * CELL_SIZE + rng.uniform(5, CELL_SIZE - 5),
        ];
      }
    }
  }
  return samplePopulationPoint(rng, spec.sharpness ?? 1);
}

const BAD_REASONS: readonly BadRowReason[] = [
  'unparseable-date',
  'zero-coordinates',
  'missing-type',
];

/**
 * Chooses which data rows (0-based, in [10, rows - 10)) are made deliberately bad: `perReason` of
 * each reason, spread through the file.
 */
export function chooseBadRows(rng: Rng, rows: number, perReason = 2): Map<number, BadRowReason> {
  const chosen = new Map<number, BadRowReason>();
  while (chosen.size < perReason * BAD_REASONS.length) {
    const position = 10 + rng.int(rows - 20);
    if (!chosen.has(position))
      chosen.set(position, BAD_REASONS[chosen.size % BAD_REASONS.length] ?? 'missing-type');
  }
  return chosen;
}

/** A row's date, place fields and code, as they will be written. */
export interface RowFields {
  date: string;
  place: string[];
  code: string;
}

/**
 * Applies the planted fault (if any) to a row and records it in `badRows`. `brokenDate` and
 * `brokenPlace` are only called for the row that needs them, so the random stream is unchanged.
 */
export function plantFault(
  reason: BadRowReason | undefined,
  at: { file: string; line: number },
  fields: RowFields,
  brokenDate: () => string,
  brokenPlace: () => { place: string[]; value: string },
  badRows: BadRow[],
): RowFields {
  if (reason === 'unparseable-date') {
    const date = brokenDate();
    badRows.push({ ...at, reason, value: date });
    return { ...fields, date };
  }
  if (reason === 'zero-coordinates') {
    const { place, value } = brokenPlace();
    badRows.push({ ...at, reason, value });
    return { ...fields, place };
  }
  if (reason === 'missing-type') {
    badRows.push({ ...at, reason, value: '' });
    return { ...fields, code: '' };
  }
  return fields;
}

/** Rounds to whole metres, kept strictly inside (min, max) so the point stays in the borough. */
function clampRound(value: number, min: number, max: number): number {
  return Math.min(max - 1, Math.max(min + 1, Math.round(value)));
}

/** Two-digit zero padding. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** What the generator knows about one written local extract (goes into truth.json). */
export interface LocalFileSummary {
  /** Path relative to the output folder. */
  file: string;
  system: string;
  encoding: 'windows-1252' | 'utf-8-bom' | 'utf-8';
  lineEnding: 'CRLF' | 'LF';
  /** Data rows (header excluded), bad rows included. */
  rows: number;
  codeColumn: string;
  /** Rows per code as written, over all rows with a non-empty code (bad rows included). */
  codeCounts: Record<string, number>;
  /** Rows with an empty code (each is also listed as a bad row). */
  missingCodeRows: number;
  /** Rows with blank coordinates but an address (not bad: they need geocoding). */
  addressOnlyRows: number;
  /** Rows holding at least one non-ASCII character. */
  nonAsciiRows: number;
}

/** A local extract ready to write. */
export interface LocalExtract {
  summary: LocalFileSummary;
  badRows: BadRow[];
  bytes: Uint8Array;
}

/** Counts rows per code (non-empty codes only). */
export function countCodes(codes: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of [...codes].sort()) if (code !== '') counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/** Finds the name of a street near a BNG point. */
export type StreetNear = (easting: number, northing: number) => string;

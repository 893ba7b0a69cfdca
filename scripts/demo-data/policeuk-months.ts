/**
 * Generates the police.uk street-level rows of each month: seasonal background incidents of every
 * crime type spread over the population surface, plus the planted ASB hotspots, snapped to snap
 * points and sorted the way police.uk files are (by LSOA name, then crime type; rows without a
 * location last).
 */
import { createHash } from 'node:crypto';
import type { BoroughAreas } from './areas';
import { FORCE_NAME, MONTH_COUNT, type DemoMonth } from './borough';
import { ASB, CRIME_TYPES, drawOutcome, seasonalMultiplier } from './crime-types';
import { csvLine } from './csv';
import { PLANTED_PATTERNS } from './planted-patterns';
import { samplePopulationPoint } from './population-surface';
import type { Rng } from './prng';
import type { SnapIndex } from './snap-index';
import type { SnapPoint } from './snap-points';

/** The police.uk street-level header, exactly. */
export const POLICE_UK_HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,' +
  'Crime type,Last outcome category,Context';

/** Share of rows police.uk publishes without a location. */
const NO_LOCATION_SHARE = 0.003;

/** One month's file content and what went into it. */
export interface PoliceUkMonth {
  month: string;
  /** File text, header first, LF line endings, trailing newline. */
  text: string;
  rows: number;
  rowsByType: Record<string, number>;
  noLocationRows: number;
  /** ASB rows identical to an earlier row of the same file. */
  duplicateAsbRows: number;
  /** Planted incidents written this month, by pattern id. */
  plantedByPattern: Record<string, number>;
}

interface Incident {
  type: string;
  snap: SnapPoint | null;
}

/** Builds one month of police.uk rows. */
export function buildPoliceUkMonth(
  rng: Rng,
  month: DemoMonth,
  areas: BoroughAreas,
  snaps: SnapIndex,
): PoliceUkMonth {
  const incidents: Incident[] = [];
  for (const spec of CRIME_TYPES) {
    const count = rng.poisson(spec.perMonth * seasonalMultiplier(spec.type, month.month));
    for (let k = 0; k < count; k++) {
      const [e, n] = samplePopulationPoint(rng, spec.sharpness);
      const snap = rng.chance(NO_LOCATION_SHARE) ? null : snaps.nearest(e, n);
      incidents.push({ type: spec.type, snap });
    }
  }
  const plantedByPattern: Record<string, number> = {};
  for (const pattern of PLANTED_PATTERNS) {
    const rate = pattern.ratePerCell[month.index] ?? 0;
    let planted = 0;
    for (const cell of pattern.cells) {
      const points = snaps.inCell(cell);
      const count = rng.poisson(rate);
      for (let k = 0; k < count; k++) incidents.push({ type: ASB, snap: rng.pick(points) });
      planted += count;
    }
    plantedByPattern[pattern.id] = planted;
  }

  const lsoaName = (i: Incident): string =>
    i.snap ? (areas.lsoas[i.snap.lsoaIndex]?.name ?? '') : '';
  incidents.sort((a, b) => {
    if (!a.snap !== !b.snap) return a.snap ? -1 : 1;
    return compareText(lsoaName(a), lsoaName(b)) || compareText(a.type, b.type);
  });

  const lines = [POLICE_UK_HEADER];
  const rowsByType: Record<string, number> = {};
  const seenAsb = new Set<string>();
  let duplicateAsbRows = 0;
  let crimeSeq = 0;
  for (const incident of incidents) {
    const isAsb = incident.type === ASB;
    const crimeId = isAsb ? '' : crimeIdFor(month.label, crimeSeq++);
    const outcome = isAsb ? '' : drawOutcome(rng, MONTH_COUNT - 1 - month.index);
    const s = incident.snap;
    const lsoa = s ? areas.lsoas[s.lsoaIndex] : undefined;
    const line = csvLine([
      crimeId,
      month.label,
      FORCE_NAME,
      FORCE_NAME,
      s?.longitude ?? '',
      s?.latitude ?? '',
      s ? `On or near ${s.place}` : '',
      lsoa?.code ?? '',
      lsoa?.name ?? '',
      incident.type,
      outcome,
      '',
    ]);
    if (isAsb) {
      if (seenAsb.has(line)) duplicateAsbRows++;
      else seenAsb.add(line);
    }
    rowsByType[incident.type] = (rowsByType[incident.type] ?? 0) + 1;
    lines.push(line);
  }
  return {
    month: month.label,
    text: `${lines.join('\n')}\n`,
    rows: incidents.length,
    rowsByType: Object.fromEntries(
      Object.entries(rowsByType).sort(([a], [b]) => compareText(a, b)),
    ),
    noLocationRows: incidents.filter((i) => !i.snap).length,
    duplicateAsbRows,
    plantedByPattern,
  };
}

/** A deterministic 64-hex-digit Crime ID (SHA-256 of the month and a sequence number). */
export function crimeIdFor(month: string, sequence: number): string {
  return createHash('sha256').update(`demo-borough-crime|${month}|${sequence}`).digest('hex');
}

/** Code-unit order (locale-independent, so output never depends on the ICU build). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

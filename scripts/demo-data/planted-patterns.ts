/**
 * The planted ASB hotspots: clusters of adjacent 250 m BNG cells with extra Anti-social behaviour
 * on top of the background, each shaped to land in one Emerging Hot Spot Analysis class when
 * Getis-Ord Gi* (queen neighbours + self) is run month by month. Magnitudes are several times the
 * busiest background cell, so Gi* flags them clearly even after an FDR correction.
 */
import { CELL_SIZE, MONTH_COUNT, type CellIndex } from './borough';

/** The Emerging Hot Spot class a pattern is designed to produce (ArcGIS names, lower case). */
export type ExpectedHotSpotClass = 'persistent' | 'consecutive' | 'diminishing' | 'sporadic';

/** A planted hotspot. */
export interface PlantedPattern {
  id: string;
  name: string;
  description: string;
  expectedClass: ExpectedHotSpotClass;
  cells: CellIndex[];
  /** Expected extra ASB incidents per cell for each month index 0 … 35 (0 = inactive). */
  ratePerCell: number[];
}

const series = (f: (m: number) => number): number[] =>
  Array.from({ length: MONTH_COUNT }, (_, m) => Math.round(f(m) * 100) / 100);

/** Month indexes (0 = 2023-01) in which the sporadic hotspot flares; includes the last month. */
export const SPORADIC_MONTHS: readonly number[] = [2, 7, 11, 15, 18, 22, 25, 29, 32, 35];
/** Per-cell rates of the emerging hotspot over the last six months (2025-07 … 2025-12). */
const EMERGING_RAMP: readonly number[] = [5, 6, 7, 7, 8, 9];

/** The four planted patterns, in a fixed order. */
export const PLANTED_PATTERNS: readonly PlantedPattern[] = [
  {
    id: 'persistent',
    name: 'Market Place (town centre night-time economy)',
    description: 'Elevated every month of all 36 at a flat rate (no trend, no seasonality).',
    expectedClass: 'persistent',
    cells: [
      { ix: 1804, iy: 1522 },
      { ix: 1803, iy: 1522 },
      { ix: 1805, iy: 1522 },
      { ix: 1804, iy: 1521 },
      { ix: 1804, iy: 1523 },
    ],
    ratePerCell: series(() => 6),
  },
  {
    id: 'emerging',
    name: 'Kingsmead retail park',
    description:
      'Nothing planted for 30 months, then strongly elevated in each of the last 6 months ' +
      '(2025-07 … 2025-12): a single uninterrupted final run, so EHSA class "consecutive" ' +
      '(not "new", which would need only the final month hot).',
    expectedClass: 'consecutive',
    cells: [
      { ix: 1816, iy: 1530 },
      { ix: 1817, iy: 1530 },
      { ix: 1816, iy: 1531 },
      { ix: 1817, iy: 1531 },
    ],
    ratePerCell: series((m) => EMERGING_RAMP[m - (MONTH_COUNT - EMERGING_RAMP.length)] ?? 0),
  },
  {
    id: 'diminishing',
    name: 'Southby estate',
    description:
      'Elevated in all 36 months but falling steadily from 13 to 4.5 extra incidents per cell ' +
      'per month; still clearly hot in the last month.',
    expectedClass: 'diminishing',
    cells: [
      { ix: 1820, iy: 1509 },
      { ix: 1821, iy: 1509 },
      { ix: 1820, iy: 1510 },
      { ix: 1821, iy: 1510 },
    ],
    ratePerCell: series((m) => 13 - (8.5 * m) / (MONTH_COUNT - 1)),
  },
  {
    id: 'sporadic',
    name: 'Upper Hatherley recreation ground',
    description:
      'Elevated only in 10 scattered months (including the last month), otherwise background.',
    expectedClass: 'sporadic',
    cells: [
      { ix: 1791, iy: 1532 },
      { ix: 1792, iy: 1532 },
      { ix: 1793, iy: 1532 },
    ],
    ratePerCell: series((m) => (SPORADIC_MONTHS.includes(m) ? 9 : 0)),
  },
];

/** Centre of a cluster in BNG metres: the mean of its cells' centres. */
export function patternCentre(pattern: PlantedPattern): [number, number] {
  let e = 0;
  let n = 0;
  for (const c of pattern.cells) {
    e += (c.ix + 0.5) * CELL_SIZE;
    n += (c.iy + 0.5) * CELL_SIZE;
  }
  return [e / pattern.cells.length, n / pattern.cells.length];
}

/** All planted cells of all patterns. */
export function allPlantedCells(): CellIndex[] {
  return PLANTED_PATTERNS.flatMap((p) => p.cells);
}

/**
 * The fictional borough's fixed facts: name, extent in British National Grid metres, the analysis
 * cell size and the 36 months covered. Everything else in the dataset hangs off these.
 */

/** Display name; says plainly that the data are invented. */
export const BOROUGH_NAME = 'Demo Borough — synthetic data';
/** Short name used in LSOA names ("Demo Borough 001A") and addresses. */
export const BOROUGH_SHORT_NAME = 'Demo Borough';
/** The force name written in police.uk 'Reported by' and 'Falls within'. */
export const FORCE_NAME = 'Demo Constabulary';
/** The force slug used in police.uk file names (YYYY-MM-demo-street.csv). */
export const FORCE_SLUG = 'demo';
/** Seed of the whole dataset. Change it and every file changes. */
export const DATASET_SEED = 20251231;

/** Analysis grid cell size in metres (cells aligned to multiples of this, as the app does). */
export const CELL_SIZE = 250;

/** The borough's bounding rectangle in BNG metres (10 km × 8 km, inland, grid square SK). */
export const EXTENT = { minE: 447000, minN: 376000, maxE: 457000, maxN: 384000 } as const;

/** A grid cell index pair: ix = floor(easting / 250), iy = floor(northing / 250). */
export interface CellIndex {
  ix: number;
  iy: number;
}

/** The cell a BNG point falls in. */
export function cellOf(easting: number, northing: number): CellIndex {
  return { ix: Math.floor(easting / CELL_SIZE), iy: Math.floor(northing / CELL_SIZE) };
}

/** A stable string key for a cell ("ix:iy"). */
export function cellKey(cell: CellIndex): string {
  return `${cell.ix}:${cell.iy}`;
}

/** True when a point lies inside the borough rectangle. */
export function insideBorough(easting: number, northing: number): boolean {
  return (
    easting > EXTENT.minE &&
    easting < EXTENT.maxE &&
    northing > EXTENT.minN &&
    northing < EXTENT.maxN
  );
}

/** First and last month covered (inclusive). */
export const FIRST_MONTH = { year: 2023, month: 1 } as const;
/** Number of monthly files. */
export const MONTH_COUNT = 36;

/** A calendar month of the dataset. */
export interface DemoMonth {
  /** 0-based position in the series (0 = 2023-01). */
  index: number;
  year: number;
  /** 1–12. */
  month: number;
  /** 'YYYY-MM' as written in police.uk files. */
  label: string;
  /** Days in the month. */
  days: number;
}

/** The 36 months 2023-01 … 2025-12 in order. */
export function demoMonths(): DemoMonth[] {
  const months: DemoMonth[] = [];
  for (let index = 0; index < MONTH_COUNT; index++) {
    const year = FIRST_MONTH.year + Math.floor((FIRST_MONTH.month - 1 + index) / 12);
    const month = ((FIRST_MONTH.month - 1 + index) % 12) + 1;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    months.push({ index, year, month, label: `${year}-${String(month).padStart(2, '0')}`, days });
  }
  return months;
}

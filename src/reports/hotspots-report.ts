import type { CountGrid } from '../analytics/hotspots/cellGrid';
import type { CountGridReport } from '../analytics/hotspots/countGrid';
import type { GiStarResult } from '../analytics/hotspots/giStar';
import { giStar } from '../analytics/hotspots/giStar';
import type { HotspotClassLabel } from '../analytics/hotspots/hotspotClass';
import { hotspotClassLabel } from '../analytics/hotspots/hotspotClass';
import type { DuckConnector } from '../db/connector';
import type { IncidentFilter } from '../sql/filters';
import type { CoverageKnown } from '../sql/hotspots';
import { coveredMonthsSql, hotspotPointsSql, hotspotUnlocatedSql } from '../sql/hotspots';
import { hotspotGrid } from './hotspots/hotspot-grid';
import { DEFAULT_PARAMS } from './hotspots/hotspot-params';
import type { StudyAreaInput } from './hotspots/study-area';

/** Located incidents as BNG coordinates with the month of each (year·12 + month − 1). */
export interface HotspotPoints {
  eastings: Float64Array;
  northings: Float64Array;
  monthIndex: Int32Array;
  /** Incidents of the filter with no usable coordinates (not in the arrays). */
  unlocated: number;
}

/** Reads the points of the filtered incidents from DuckDB as typed arrays. */
export async function loadHotspotPoints(
  db: DuckConnector,
  filter: IncidentFilter,
): Promise<HotspotPoints> {
  const [columns, [row]] = await Promise.all([
    db.queryColumns(hotspotPointsSql(filter)),
    db.query<{ unlocated: number }>(hotspotUnlocatedSql(filter)),
  ]);
  const months = columns.month_index as Float64Array | undefined;
  return {
    eastings: (columns.easting as Float64Array | undefined) ?? new Float64Array(),
    northings: (columns.northing as Float64Array | undefined) ?? new Float64Array(),
    monthIndex: months ? Int32Array.from(months) : new Int32Array(),
    unlocated: row?.unlocated ?? 0,
  };
}

/** The filtered points plus the months with data (the time steps). */
export interface HotspotInput extends HotspotPoints {
  coveredMonths: string[];
}

/**
 * The points and covered months of the filter: the input of every grid method (`coverage`: what
 * the caller already has for the months' coverage, see {@link coveredMonthsSql}).
 */
export async function loadHotspotInput(
  db: DuckConnector,
  filter: IncidentFilter,
  coverage: CoverageKnown = {},
): Promise<HotspotInput> {
  const [points, covered] = await Promise.all([
    loadHotspotPoints(db, filter),
    db.query<{ month: string }>(coveredMonthsSql(filter, coverage)),
  ]);
  return { ...points, coveredMonths: covered.map((r) => r.month) };
}

/** One grid cell of the hotspot JSON: BNG indexes, count, Gi* and its class. */
export interface HotspotCell {
  /** floor(easting / cellSize): the cell spans [ix·size, (ix+1)·size) metres east. */
  ix: number;
  iy: number;
  count: number;
  giZ: number;
  p: number;
  /** Benjamini–Hochberg adjusted p over all study cells. */
  pFdr: number;
  class: HotspotClassLabel;
}

/** Options of {@link hotspotsReport}. */
export interface HotspotsOptions {
  /** Cell size in metres; chosen from the data (with the reason) when absent. */
  cellSize?: number;
  /**
   * Boundaries as the study area: the grid covers their box and only cells whose centre is
   * inside are analysed and listed (as in the app).
   */
  studyArea?: StudyAreaInput | null;
  /** Classes from FDR-adjusted p (default true). */
  fdr?: boolean;
}

/** The documented shape printed by `cli hotspots --json` (docs/cli-hotspots.md). */
export interface HotspotsReport {
  cellSize: number;
  cellSizeReason: string;
  crs: 'EPSG:27700';
  fdr: boolean;
  /** What happened to every incident of the filter. */
  points: Omit<CountGridReport, 'cellSizeReason'> & { unlocated: number };
  grid: { x0: number; y0: number; nx: number; ny: number; studyCells: number };
  cells: HotspotCell[];
}

/**
 * Every study cell of the grid in row-major order from the south-west, with its count, Gi* z,
 * p, FDR-adjusted p and class. Cells outside a boundary are left out.
 */
export function giStarCells(grid: CountGrid, result: GiStarResult): HotspotCell[] {
  const cells: HotspotCell[] = [];
  for (let index = 0; index < grid.counts.length; index++) {
    if (grid.studyArea && grid.studyArea[index] === 0) continue;
    const col = index % grid.nx;
    const row = (index - col) / grid.nx;
    cells.push({
      ix: grid.x0 + col,
      iy: grid.y0 + row,
      count: grid.counts[index] as number,
      giZ: result.z[index] as number,
      p: result.p[index] as number,
      pFdr: result.pFdr[index] as number,
      class: hotspotClassLabel(result.classes[index] as number),
    });
  }
  return cells;
}

/** Grid counts and Gi* (with BH FDR by default) of already loaded points, on the app's grid. */
export function hotspotsFromPoints(
  points: HotspotPoints,
  options: HotspotsOptions = {},
): HotspotsReport {
  const fdr = options.fdr ?? DEFAULT_PARAMS.fdr;
  const { grid, report } = hotspotGrid(
    points.eastings,
    points.northings,
    options.cellSize ?? null,
    options.studyArea ?? null,
  );
  const result = giStar(grid, { fdr });
  const { cellSizeReason, ...counted } = report;
  return {
    cellSize: grid.cellSize,
    cellSizeReason,
    crs: 'EPSG:27700',
    fdr,
    points: { ...counted, unlocated: points.unlocated },
    grid: { x0: grid.x0, y0: grid.y0, nx: grid.nx, ny: grid.ny, studyCells: result.n },
    cells: giStarCells(grid, result),
  };
}

/** Filter → points → grid → Gi* → cells: the hotspot report of the CLI and the tests. */
export async function hotspotsReport(
  db: DuckConnector,
  filter: IncidentFilter,
  options: HotspotsOptions = {},
): Promise<HotspotsReport> {
  return hotspotsFromPoints(await loadHotspotPoints(db, filter), options);
}

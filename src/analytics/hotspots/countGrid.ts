import type { BoundaryPredicate, CountGrid } from './cellGrid';
import { cellIndexOf, maskByBoundary } from './cellGrid';
import { chooseCellSize } from './cellSize';
import type { BngBounds } from './robustExtent';
import { insideBounds, robustExtent } from './robustExtent';

/** Options for {@link countGrid}. */
export interface CountGridOptions {
  /** Cell size in metres; chosen from the data when absent. */
  cellSize?: number;
  /** Study area boundary: only cells whose centre is inside are kept. */
  boundary?: BoundaryPredicate;
  /** Extent to grid; defaults to the robust extent of the points. */
  bounds?: BngBounds;
  /**
   * Points each point stands for (e.g. incidents at one location), 1 each when absent. A point
   * of integer weight w counts as w copies of itself everywhere: extent quantiles, cell size,
   * counts and report. Points with a weight that is not positive are left out.
   */
  weights?: Float64Array;
}

/** What happened to every input point, so none is dropped silently. */
export interface CountGridReport {
  cellSizeReason: string;
  pointsCounted: number;
  missingCoordinates: number;
  /** Points left out of the extent as strays (see {@link robustExtent}). */
  outliers: number;
  /** Points outside the given bounds or in cells outside the boundary. */
  outsideStudyArea: number;
}

/** Incident counts per cell plus the report on the points. */
export interface CountGridResult {
  grid: CountGrid;
  report: CountGridReport;
}

/**
 * Counts points per square cell. The extent runs from the lowest to the highest occupied
 * cell index on each axis (empty cells included) unless `bounds` is given; with a
 * `boundary`, cells whose centre lies outside it are out of the study area.
 */
export function countGrid(
  eastings: Float64Array,
  northings: Float64Array,
  options: CountGridOptions = {},
): CountGridResult {
  const { weights } = options;
  const extent = robustExtent(eastings, northings, weights);
  const useRobust = options.bounds === undefined;
  const bounds = options.bounds ?? extent.bounds;
  let keptCount = 0;
  for (let i = 0; i < extent.kept.length; i++)
    if (extent.kept[i] === 1) keptCount += weights ? (weights[i] as number) : 1;
  const chosen = options.cellSize
    ? { cellSize: options.cellSize, reason: `${options.cellSize} m: set by the user` }
    : chooseCellSize(bounds, keptCount);
  if (!(chosen.cellSize > 0))
    throw new RangeError(`cell size must be positive, got ${chosen.cellSize}`);
  const size = chosen.cellSize;
  const x0 = bounds ? Math.floor(bounds.minEasting / size) : 0;
  const y0 = bounds ? Math.floor(bounds.minNorthing / size) : 0;
  const nx = bounds ? Math.floor(bounds.maxEasting / size) - x0 + 1 : 0;
  const ny = bounds ? Math.floor(bounds.maxNorthing / size) - y0 + 1 : 0;
  const grid: CountGrid = {
    cellSize: size,
    x0,
    y0,
    nx,
    ny,
    studyArea: null,
    counts: new Float64Array(nx * ny),
  };
  if (options.boundary) grid.studyArea = maskByBoundary(grid, options.boundary);

  const report: CountGridReport = {
    cellSizeReason: chosen.reason,
    pointsCounted: 0,
    missingCoordinates: extent.missingCount,
    outliers: useRobust ? extent.outlierCount : 0,
    outsideStudyArea: 0,
  };
  for (let i = 0; i < eastings.length; i++) {
    const e = eastings[i] as number;
    const n = northings[i] as number;
    const weight = weights ? (weights[i] as number) : 1;
    if (!Number.isFinite(e) || !Number.isFinite(n) || !(weight > 0)) continue;
    if (useRobust && extent.kept[i] === 0) continue;
    const index = bounds && insideBounds(e, n, bounds) ? cellIndexOf(grid, e, n) : -1;
    if (index < 0) {
      report.outsideStudyArea += weight;
      continue;
    }
    grid.counts[index] = (grid.counts[index] as number) + weight;
    report.pointsCounted += weight;
  }
  return { grid, report };
}

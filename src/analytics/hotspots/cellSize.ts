import type { BngBounds } from './robustExtent';

/** A cell size in metres with the reason it was chosen, for display next to the map. */
export interface ChosenCellSize {
  cellSize: number;
  reason: string;
}

/** Cell sizes a person can read on a map legend, in metres. */
export const NICE_CELL_SIZES = [
  50, 100, 150, 200, 250, 500, 750, 1000, 1500, 2000, 2500, 5000, 10000,
] as const;

const CELLS_ACROSS_SHORTER_SIDE = 50;
const DEFAULT_CELL_SIZE = 100;

/**
 * Chooses a grid cell size from the extent and the number of points: 1/50 of the shorter
 * side (sfhotspot's rule), but no smaller than half the mean spacing of the points
 * (√(area/points)/2) so that sparse data is not spread over mostly empty cells; then the
 * nearest nice size (50, 100, 150, 200, 250, 500 m …). Never 0.
 */
export function chooseCellSize(bounds: BngBounds | null, pointCount: number): ChosenCellSize {
  const width = bounds ? bounds.maxEasting - bounds.minEasting : 0;
  const height = bounds ? bounds.maxNorthing - bounds.minNorthing : 0;
  const shorterSide = Math.min(width, height);
  if (!(shorterSide > 0) || pointCount < 1) {
    return {
      cellSize: DEFAULT_CELL_SIZE,
      reason: `${DEFAULT_CELL_SIZE} m default: the points do not span an area`,
    };
  }
  const fromExtent = shorterSide / CELLS_ACROSS_SHORTER_SIDE;
  const fromSpacing = Math.sqrt((width * height) / pointCount) / 2;
  const raw = Math.max(fromExtent, fromSpacing);
  const cellSize = nearestNiceCellSize(raw);
  const km = (shorterSide / 1000).toFixed(1);
  const reason =
    fromExtent >= fromSpacing
      ? `${cellSize} m: about ${CELLS_ACROSS_SHORTER_SIDE} cells across the shorter side of the extent (${km} km)`
      : `${cellSize} m: half the mean spacing of ${pointCount} points over ` +
        `${((width * height) / 1e6).toFixed(1)} km² (sparser than ${CELLS_ACROSS_SHORTER_SIDE} cells across would suit)`;
  return { cellSize, reason };
}

/** The nice cell size closest to `metres` on a log scale. */
export function nearestNiceCellSize(metres: number): number {
  let best: number = NICE_CELL_SIZES[0];
  for (const size of NICE_CELL_SIZES) {
    if (Math.abs(Math.log(size / metres)) < Math.abs(Math.log(best / metres))) best = size;
  }
  return best;
}

import type { CountGrid } from '../../analytics/hotspots/cellGrid';
import { cellIndexOf } from '../../analytics/hotspots/cellGrid';

/**
 * The points the square grid counted: inside its extent and, with a boundary, in a study cell.
 * Hexagons and the KDE use these, so every view of a result counts the same incidents.
 */
export function pointsOnGrid(
  grid: CountGrid,
  eastings: Float64Array,
  northings: Float64Array,
): { eastings: Float64Array; northings: Float64Array } {
  const keep: number[] = [];
  for (let i = 0; i < eastings.length; i++) {
    const e = eastings[i] as number;
    const n = northings[i] as number;
    if (Number.isFinite(e) && Number.isFinite(n) && cellIndexOf(grid, e, n) >= 0) keep.push(i);
  }
  return {
    eastings: Float64Array.from(keep, (i) => eastings[i] as number),
    northings: Float64Array.from(keep, (i) => northings[i] as number),
  };
}

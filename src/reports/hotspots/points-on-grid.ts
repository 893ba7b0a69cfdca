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
  const inside = new Uint8Array(eastings.length);
  let count = 0;
  for (let i = 0; i < eastings.length; i++) {
    const e = eastings[i] as number;
    const n = northings[i] as number;
    if (Number.isFinite(e) && Number.isFinite(n) && cellIndexOf(grid, e, n) >= 0) {
      inside[i] = 1;
      count++;
    }
  }
  const kept = { eastings: new Float64Array(count), northings: new Float64Array(count) };
  for (let i = 0, at = 0; i < inside.length; i++) {
    if (inside[i] === 0) continue;
    kept.eastings[at] = eastings[i] as number;
    kept.northings[at++] = northings[i] as number;
  }
  return kept;
}

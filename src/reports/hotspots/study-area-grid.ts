import type { CountGridResult } from '../../analytics/hotspots/countGrid';
import { countGrid } from '../../analytics/hotspots/countGrid';
import type { FlatPolygon } from '../../analytics/hotspots/pointInPolygon';
import { insidePolygonsPredicate, polygonsBounds } from './bng-polygons';

/**
 * Counts points on a grid over the box of the boundary polygons, with the cells whose centre
 * lies inside a polygon as the study area. The cell size (when not given) is chosen for that
 * box; the box is then widened to whole cells, so a point in a study cell is counted even when
 * it lies just past the polygons' outermost vertex.
 */
export function studyAreaGrid(
  eastings: Float64Array,
  northings: Float64Array,
  cellSize: number | null,
  polygons: readonly FlatPolygon[],
): CountGridResult {
  const box = polygonsBounds(polygons);
  const sizing = cellSize ? null : countGrid(eastings, northings, { bounds: box });
  const size = cellSize ?? (sizing as CountGridResult).grid.cellSize;
  const below = (v: number) => Math.floor(v / size) * size;
  // Just short of the next cell's edge, so the grid ends with the cell holding the box's edge.
  const above = (v: number) => (Math.floor(v / size) + 1) * size - size * 1e-9;
  const result = countGrid(eastings, northings, {
    cellSize: size,
    bounds: {
      minEasting: below(box.minEasting),
      minNorthing: below(box.minNorthing),
      maxEasting: above(box.maxEasting),
      maxNorthing: above(box.maxNorthing),
    },
    boundary: insidePolygonsPredicate(polygons),
  });
  if (sizing) result.report.cellSizeReason = sizing.report.cellSizeReason;
  return result;
}

import type { CellGrid } from '../../analytics/hotspots/cellGrid';
import { cellsToMultiPolygon } from '../../analytics/tasking/cellsToMultiPolygon';
import { fromBng } from '../../ingest/bng';
import type { BngMultiPolygon } from '../../tasking/tasking-state';

/** Half the side of the square drawn around each snap point of a repeat location or street. */
export const LOCATION_HALF_WIDTH = 50;
const LOCATION_RASTER = 25;

/** The merged squares of grid cells (indexes into the grid) as BNG polygons. */
export function cellsGeometry(grid: CellGrid, cells: readonly number[]): BngMultiPolygon {
  const squares = cells.map((cell): [number, number] => {
    const col = cell % grid.nx;
    return [col, (cell - col) / grid.nx];
  });
  return cellsToMultiPolygon(squares, grid);
}

/**
 * Squares of about 100 m around snap points (50 m each way, on a 25 m raster so that the squares
 * of neighbouring points merge into one outline instead of overlapping).
 */
export function pointsGeometry(points: readonly { easting: number; northing: number }[]) {
  const squares = new Map<string, [number, number]>();
  const reach = LOCATION_HALF_WIDTH / LOCATION_RASTER;
  for (const p of points) {
    const cx = Math.round(p.easting / LOCATION_RASTER);
    const cy = Math.round(p.northing / LOCATION_RASTER);
    for (let ix = cx - reach; ix < cx + reach; ix++)
      for (let iy = cy - reach; iy < cy + reach; iy++) squares.set(`${ix},${iy}`, [ix, iy]);
  }
  return cellsToMultiPolygon([...squares.values()], { x0: 0, y0: 0, cellSize: LOCATION_RASTER });
}

/** [west, south, east, north] in degrees around BNG polygons, for a small map. */
export function geometryBox(geometry: BngMultiPolygon): [number, number, number, number] {
  let minE = Infinity;
  let minN = Infinity;
  let maxE = -Infinity;
  let maxN = -Infinity;
  for (const polygon of geometry)
    for (const [e, n] of polygon[0] ?? []) {
      minE = Math.min(minE, e);
      minN = Math.min(minN, n);
      maxE = Math.max(maxE, e);
      maxN = Math.max(maxN, n);
    }
  if (!Number.isFinite(minE)) return [NaN, NaN, NaN, NaN];
  const corners = [
    fromBng(minE, minN),
    fromBng(maxE, minN),
    fromBng(minE, maxN),
    fromBng(maxE, maxN),
  ];
  return [
    Math.min(...corners.map((c) => c[0])),
    Math.min(...corners.map((c) => c[1])),
    Math.max(...corners.map((c) => c[0])),
    Math.max(...corners.map((c) => c[1])),
  ];
}

import type { CountGrid } from '../../analytics/hotspots/cellGrid';
import { fromBng } from '../../ingest/bng';

/** Drawn cells as parallel typed arrays, with `cornersPerCell` lon/lat corners each. */
export interface DrawnArrays {
  ix: Int32Array;
  iy: Int32Array;
  count: Float64Array;
  value: Float64Array;
  code: Int16Array;
  /** 4 (squares: SW, SE, NE, NW) or 6 (hexagons) corners per cell. */
  cornersPerCell: number;
  /** Per drawn cell `cornersPerCell` lon/lat pairs. */
  corners: Float64Array;
}

/** The chosen grid cells (indexes into the grid) as drawable square cells. */
export function drawnSquares(
  grid: CountGrid,
  drawn: readonly number[],
  value: Float64Array,
  code: Int16Array,
): DrawnArrays {
  const n = drawn.length;
  const out: DrawnArrays = {
    ix: new Int32Array(n),
    iy: new Int32Array(n),
    count: new Float64Array(n),
    value: new Float64Array(n),
    code: new Int16Array(n),
    cornersPerCell: 4,
    corners: new Float64Array(n * 8),
  };
  // Neighbouring cells share corners: project each grid vertex once (lon, lat per vertex).
  const across = grid.nx + 1;
  const vertices = new Float64Array(across * (grid.ny + 1) * 2).fill(NaN);
  const vertex = (col: number, row: number, at: number) => {
    const v = (row * across + col) * 2;
    if (Number.isNaN(vertices[v] as number)) {
      const [lon, lat] = fromBng((grid.x0 + col) * grid.cellSize, (grid.y0 + row) * grid.cellSize);
      vertices[v] = lon;
      vertices[v + 1] = lat;
    }
    out.corners[at] = vertices[v] as number;
    out.corners[at + 1] = vertices[v + 1] as number;
  };
  drawn.forEach((index, k) => {
    const col = index % grid.nx;
    const row = (index - col) / grid.nx;
    out.ix[k] = grid.x0 + col;
    out.iy[k] = grid.y0 + row;
    out.count[k] = grid.counts[index] as number;
    out.value[k] = value[index] as number;
    out.code[k] = code[index] as number;
    vertex(col, row, k * 8);
    vertex(col + 1, row, k * 8 + 2);
    vertex(col + 1, row + 1, k * 8 + 4);
    vertex(col, row + 1, k * 8 + 6);
  });
  return out;
}

/** The grid's extent in lon/lat, or null for an empty grid. */
export function gridFrame(grid: CountGrid): [number, number, number, number] | null {
  if (grid.nx === 0 || grid.ny === 0) return null;
  const size = grid.cellSize;
  const [west, south] = fromBng(grid.x0 * size, grid.y0 * size);
  const [east, north] = fromBng((grid.x0 + grid.nx) * size, (grid.y0 + grid.ny) * size);
  const [westTop] = fromBng(grid.x0 * size, (grid.y0 + grid.ny) * size);
  const [eastBottom] = fromBng((grid.x0 + grid.nx) * size, grid.y0 * size);
  return [Math.min(west, westTop), south, Math.max(east, eastBottom), north];
}

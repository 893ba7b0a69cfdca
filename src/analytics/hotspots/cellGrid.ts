/**
 * A square grid in British National Grid metres, aligned to multiples of the cell size:
 * column `col` is easting index `x0 + col` = floor(easting / cellSize), row `row` is northing
 * index `y0 + row`. Values are row-major from the south-west: index = row·nx + col.
 */
export interface CellGrid {
  cellSize: number;
  /** Easting index of column 0 (cell spans [x0·size, (x0+1)·size)). */
  x0: number;
  /** Northing index of row 0. */
  y0: number;
  nx: number;
  ny: number;
  /** 1 for cells in the study area, 0 for cells outside the boundary; null = every cell. */
  studyArea: Uint8Array | null;
}

/** A grid with one value (usually an incident count) per cell. */
export interface CountGrid extends CellGrid {
  counts: Float64Array;
}

/** A point predicate: is (easting, northing) inside the study area boundary? */
export type BoundaryPredicate = (easting: number, northing: number) => boolean;

/** Easting and northing of the centre of cell `index`. */
export function cellCentre(grid: CellGrid, index: number): [number, number] {
  const col = index % grid.nx;
  const row = (index - col) / grid.nx;
  return [(grid.x0 + col + 0.5) * grid.cellSize, (grid.y0 + row + 0.5) * grid.cellSize];
}

/** Index of the cell holding (easting, northing), or -1 when outside the grid or study area. */
export function cellIndexOf(grid: CellGrid, easting: number, northing: number): number {
  const col = Math.floor(easting / grid.cellSize) - grid.x0;
  const row = Math.floor(northing / grid.cellSize) - grid.y0;
  if (col < 0 || row < 0 || col >= grid.nx || row >= grid.ny) return -1;
  const index = row * grid.nx + col;
  return grid.studyArea && grid.studyArea[index] === 0 ? -1 : index;
}

/** Number of cells in the study area (all cells when there is no boundary). */
export function studyCellCount(grid: CellGrid): number {
  if (!grid.studyArea) return grid.nx * grid.ny;
  let count = 0;
  for (const inside of grid.studyArea) count += inside;
  return count;
}

/** Marks the cells whose centre satisfies the boundary predicate. */
export function maskByBoundary(grid: CellGrid, boundary: BoundaryPredicate): Uint8Array {
  const mask = new Uint8Array(grid.nx * grid.ny);
  for (let i = 0; i < mask.length; i++) {
    const [e, n] = cellCentre(grid, i);
    mask[i] = boundary(e, n) ? 1 : 0;
  }
  return mask;
}

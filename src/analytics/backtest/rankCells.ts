import type { CellGrid } from '../hotspots/cellGrid';

/**
 * How many cells cover `areaShare` of the study area: round(share × study cells), at least 1
 * and at most every study cell. Cells are equal, so a share of cells is a share of area.
 */
export function cellsForShare(areaShare: number, studyCells: number): number {
  if (!(areaShare > 0 && areaShare <= 1))
    throw new RangeError(`area share must be in (0, 1], got ${areaShare}`);
  return Math.min(studyCells, Math.max(1, Math.round(areaShare * studyCells)));
}

/**
 * Study cells ordered best first by score; equal scores (and NaN, last) in ascending cell
 * index, i.e. row by row from the south-west, so the same input always picks the same cells.
 */
export function rankCells(scores: Float64Array, grid: CellGrid): Int32Array {
  const order: number[] = [];
  for (let i = 0; i < scores.length; i++)
    if (!grid.studyArea || grid.studyArea[i] === 1) order.push(i);
  const key = (i: number) => {
    const s = scores[i] as number;
    return Number.isNaN(s) ? -Infinity : s;
  };
  order.sort((a, b) => key(b) - key(a) || a - b);
  return Int32Array.from(order);
}

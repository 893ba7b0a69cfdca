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
 * Study cells ordered best first by score; equal scores by `tieBreak` (higher first) when
 * given, then in ascending cell index, i.e. row by row from the south-west, so the same input
 * always picks the same cells. NaN ranks last.
 */
export function rankCells(
  scores: Float64Array,
  grid: CellGrid,
  tieBreak: Float64Array | null = null,
): Int32Array {
  const order: number[] = [];
  for (let i = 0; i < scores.length; i++)
    if (!grid.studyArea || grid.studyArea[i] === 1) order.push(i);
  const key = (values: Float64Array, i: number) => {
    const s = values[i] as number;
    return Number.isNaN(s) ? -Infinity : s;
  };
  const second = tieBreak ? (a: number, b: number) => key(tieBreak, b) - key(tieBreak, a) : () => 0;
  order.sort((a, b) => key(scores, b) - key(scores, a) || second(a, b) || a - b);
  return Int32Array.from(order);
}

import type { GridCell } from './countTable';

/**
 * What a reader of a published table knows about one hidden cell: the bounds its value must lie
 * in. A cell hidden as a small count lies in the small range; a cell hidden to protect another is
 * never a small count (zeros are never hidden to protect), so it exceeds the range.
 */
export interface HiddenBounds {
  lower: number;
  upper: number;
}

/** The small-count range: counts from `smallest` to `largest` are hidden. */
export interface SmallRange {
  smallest: number;
  largest: number;
}

/** The bounds a reader can give a hidden cell of value `value`, knowing why it is hidden. */
export function hiddenBounds(value: number, range: SmallRange): HiddenBounds {
  if (value >= range.smallest && value <= range.largest)
    return { lower: range.smallest, upper: range.largest };
  if (value > range.largest) return { lower: range.largest + 1, upper: Infinity };
  return { lower: value, upper: value };
}

/** Where a cell sits in the table with margins: a count, an area total, a category total, the grand total. */
export type CellKind = 'count' | 'rowTotal' | 'columnTotal' | 'grandTotal';

export function cellKind(cell: GridCell, rowCount: number, columnCount: number): CellKind {
  const inTotalsRow = cell.row === rowCount;
  const inTotalsColumn = cell.column === columnCount;
  if (inTotalsRow && inTotalsColumn) return 'grandTotal';
  if (inTotalsRow) return 'columnTotal';
  if (inTotalsColumn) return 'rowTotal';
  return 'count';
}

/**
 * Each row and column equation of the table with margins is "counts − total = 0". Writing a
 * single margin cell with the opposite sign (y = −x) makes every equation "cells sum to 0", so the
 * hidden cells' possible deviations form a circulation on the graph of rows and columns. This is
 * the sign of a cell in that form.
 */
export function circulationSign(kind: CellKind): 1 | -1 {
  return kind === 'rowTotal' || kind === 'columnTotal' ? -1 : 1;
}

/**
 * Whether a cell of value `value` within `bounds` can move by `step` (±1) in the circulation form.
 */
export function canMove(value: number, bounds: HiddenBounds, sign: 1 | -1, step: 1 | -1): boolean {
  const next = value + sign * step;
  return next >= bounds.lower && next <= bounds.upper;
}

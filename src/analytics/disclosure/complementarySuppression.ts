import type { CellKind, SmallRange } from './cellKnowledge';
import { cellKind } from './cellKnowledge';
import type { GridCell } from './countTable';
import { HiddenCellGraph } from './hiddenCellGraph';

/** Hidden cells after complementary suppression, and for each added cell the cell it protects. */
export interface SuppressionResult {
  hidden: boolean[][];
  /**
   * protects[row][column]: the hidden cell this one was hidden for, traced back to a cell hidden
   * from the start (a small count, or one hidden in a linked table); null for those.
   */
  protects: (GridCell | null)[][];
}

/**
 * What hiding a cell costs the reader, by kind first: an area's count before an area's total,
 * before a category's total for the whole area (a headline), before the grand total; then by
 * value. The steps are far apart so that no number of smaller cells outweighs one of a higher kind.
 */
const KIND_COST: Readonly<Record<CellKind, number>> = {
  count: 0,
  rowTotal: 1e10,
  columnTotal: 1e11,
  grandTotal: 1e12,
};

/**
 * Secondary (complementary) suppression on a table with margins, so that no hidden value can be
 * worked out from the totals, even by a reader who knows why each figure is hidden (a small count
 * lies in the small range, a protecting figure above it) and that counts are whole numbers
 * ({@link HiddenCellGraph}). While some hidden value can be worked out, the cheapest cells
 * that prevent it are hidden: one cell that closes a loop of hidden cells through it, or the
 * three corners of a rectangle. Zeros and small counts are never used to protect.
 *
 * @param values the table with margins
 * @param hidden cells already hidden (small counts, or cells hidden in a linked table)
 * @param range the small-count range a reader knows hidden small counts lie in
 */
export function complementarySuppression(
  values: readonly (readonly number[])[],
  hidden: readonly (readonly boolean[])[],
  range: SmallRange = { smallest: 1, largest: 4 },
): SuppressionResult {
  const graph = new HiddenCellGraph(
    values,
    hidden.map((row) => [...row]),
    range,
  );
  const protects: (GridCell | null)[][] = values.map((row) => row.map(() => null));
  const cost = (cell: GridCell): number => {
    if (graph.isHidden(cell)) return 0;
    const value = graph.value(cell);
    if (value <= range.largest) return Infinity;
    return KIND_COST[cellKind(cell, graph.rowCount, graph.columnCount)] + value;
  };

  const queue: GridCell[] = [];
  hidden.forEach((row, r) =>
    row.forEach((isHidden, c) => isHidden && queue.push({ row: r, column: c })),
  );
  for (let cell = queue.shift(); cell; cell = queue.shift()) {
    while (graph.isPinned(cell)) {
      const repair = cheapestRepair(graph, cell, cost);
      if (!repair) throw new Error('No cell can protect a hidden value; the table is too small.');
      const root = protects[cell.row]?.[cell.column] ?? cell;
      for (const added of repair) {
        if (graph.isHidden(added)) continue;
        graph.hide(added);
        const row = protects[added.row];
        if (row) row[added.column] = root;
        queue.push(added);
      }
    }
  }
  return {
    hidden: values.map((row, r) => row.map((_, c) => graph.isHidden({ row: r, column: c }))),
    protects,
  };
}

/** The cheapest set of cells whose hiding lets `pinned` move: one closing cell, or a rectangle. */
function cheapestRepair(
  graph: HiddenCellGraph,
  pinned: GridCell,
  cost: (cell: GridCell) => number,
): GridCell[] | undefined {
  let best: { cells: GridCell[]; cost: number } | undefined;
  const consider = (cells: GridCell[]) => {
    const total = cells.reduce((sum, cell) => sum + cost(cell), 0);
    if (Number.isFinite(total) && (!best || total < best.cost)) best = { cells, cost: total };
  };
  const rows = graph.rowCount + 1;
  const columns = graph.columnCount + 1;

  for (const move of graph.moves(pinned)) {
    if (!move.cellAllows) continue;
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) {
        const cell = { row, column };
        if (graph.isHidden(cell)) continue;
        const columnNode = graph.columnNode(column);
        const forward =
          graph.canStep(cell, 1) && move.fromStart.has(row) && move.toEnd.has(columnNode);
        const backward =
          graph.canStep(cell, -1) && move.fromStart.has(columnNode) && move.toEnd.has(row);
        if (forward || backward) consider([cell]);
      }
    }
  }

  for (let row = 0; row < rows; row++) {
    if (row === pinned.row) continue;
    for (let column = 0; column < columns; column++) {
      if (column === pinned.column) continue;
      const inRow = { row: pinned.row, column };
      const inColumn = { row, column: pinned.column };
      const corner = { row, column };
      const loopMoves = (step: 1 | -1) =>
        graph.canStep(pinned, step) &&
        graph.canStep(inRow, step === 1 ? -1 : 1) &&
        graph.canStep(corner, step) &&
        graph.canStep(inColumn, step === 1 ? -1 : 1);
      if (loopMoves(1) || loopMoves(-1)) consider([inRow, inColumn, corner]);
    }
  }
  return best?.cells;
}

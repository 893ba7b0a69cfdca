import type { GridCell } from './countTable';
import { gridLines } from './countTable';

/**
 * Secondary (complementary) suppression on a table with margins, so that no hidden value can be
 * worked out from the totals.
 *
 * Each row and column of the table with margins is one equation (cells sum to the total).
 * Treat rows and columns as the two sides of a graph and hidden cells as edges: a hidden cell can
 * be solved for, by subtracting and combining totals, exactly when it lies on no cycle of hidden
 * cells (it is a bridge). So two rules are applied until both hold:
 * 1. every row and column with a hidden cell has at least two (including its total);
 * 2. no hidden cell is a bridge: if one is, hide another cell joining the two sides it separates.
 * Each time an inner cell is chosen before a total (the figures a reader looks for first), then
 * the smallest available non-zero cell, preferring one that also completes another line; zeros
 * are used only as a last resort, because a hidden zero cannot be lowered, which can pin down its
 * partners.
 *
 * @param values the table with margins
 * @param hidden cells already hidden (primary suppression), same shape; not modified
 * @returns the hidden cells after complementary suppression
 */
export function complementarySuppression(
  values: readonly (readonly number[])[],
  hidden: readonly (readonly boolean[])[],
): boolean[][] {
  const result = hidden.map((row) => [...row]);
  const rowCount = values.length;
  const columnCount = values[0]?.length ?? 0;
  const lines = gridLines(rowCount, columnCount);
  const isHidden = (cell: GridCell): boolean => result[cell.row]?.[cell.column] === true;
  const hiddenIn = (line: readonly GridCell[]): number => line.filter(isHidden).length;
  const hide = (cell: GridCell): void => {
    const row = result[cell.row];
    if (row) row[cell.column] = true;
  };
  const choose = (candidates: readonly GridCell[]): GridCell | undefined => {
    const completesLine = (cell: GridCell): boolean =>
      hiddenIn(lines[cell.row] ?? []) === 1 || hiddenIn(lines[rowCount + cell.column] ?? []) === 1;
    // A total is what a reader looks for first: one is given up only when no inner cell can
    // serve, and the grand total last of all.
    const totalsIn = (cell: GridCell): number =>
      (cell.row === rowCount - 1 ? 1 : 0) + (cell.column === columnCount - 1 ? 1 : 0);
    const rank = (cell: GridCell): [number, number, number, number] => {
      const value = values[cell.row]?.[cell.column] ?? 0;
      return [totalsIn(cell), value === 0 ? 1 : 0, value, completesLine(cell) ? 0 : 1];
    };
    return [...candidates].sort((a, b) => compareRanks(rank(a), rank(b)))[0];
  };

  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (hiddenIn(line) !== 1) continue;
      const partner = choose(line.filter((cell) => !isHidden(cell)));
      if (partner) {
        hide(partner);
        changed = true;
      }
    }
    if (changed) continue;
    const bridge = findBridge(result);
    if (bridge) {
      const partner = choose(bridgeRepairs(result, bridge));
      if (!partner) throw new Error('No cell can protect a hidden value; the table is too small.');
      hide(partner);
      changed = true;
    }
  }
  return result;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** A hidden cell lying on no cycle of hidden cells, if any. */
export function findBridge(hidden: readonly (readonly boolean[])[]): GridCell | undefined {
  for (let row = 0; row < hidden.length; row++) {
    const cells = hidden[row] ?? [];
    for (let column = 0; column < cells.length; column++) {
      if (!cells[column]) continue;
      const fromRow = connectedWithout(hidden, { row, column }, { side: 'row', index: row });
      if (!fromRow.columns.has(column)) return { row, column };
    }
  }
  return undefined;
}

/**
 * Unhidden cells joining the two parts that `bridge` alone connects; hiding any one of them puts
 * the bridge on a cycle.
 */
function bridgeRepairs(hidden: readonly (readonly boolean[])[], bridge: GridCell): GridCell[] {
  const rowPart = connectedWithout(hidden, bridge, { side: 'row', index: bridge.row });
  const columnPart = connectedWithout(hidden, bridge, { side: 'column', index: bridge.column });
  const repairs: GridCell[] = [];
  hidden.forEach((cells, row) =>
    cells.forEach((isHidden, column) => {
      const joins =
        (rowPart.rows.has(row) && columnPart.columns.has(column)) ||
        (columnPart.rows.has(row) && rowPart.columns.has(column));
      if (!isHidden && joins) repairs.push({ row, column });
    }),
  );
  return repairs;
}

type Vertex = { side: 'row' | 'column'; index: number };

/** Rows and columns connected to `origin` through hidden cells, not passing through `removed`. */
function connectedWithout(
  hidden: readonly (readonly boolean[])[],
  removed: GridCell,
  origin: Vertex,
): { rows: Set<number>; columns: Set<number> } {
  const rows = new Set<number>();
  const columns = new Set<number>();
  (origin.side === 'row' ? rows : columns).add(origin.index);
  const queue: Vertex[] = [origin];
  const usable = (row: number, column: number): boolean =>
    hidden[row]?.[column] === true && !(row === removed.row && column === removed.column);
  for (let vertex = queue.shift(); vertex; vertex = queue.shift()) {
    const { side, index } = vertex;
    if (side === 'row') {
      (hidden[index] ?? []).forEach((_, column) => {
        if (!usable(index, column) || columns.has(column)) return;
        columns.add(column);
        queue.push({ side: 'column', index: column });
      });
    } else {
      hidden.forEach((_, row) => {
        if (!usable(row, index) || rows.has(row)) return;
        rows.add(row);
        queue.push({ side: 'row', index: row });
      });
    }
  }
  return { rows, columns };
}

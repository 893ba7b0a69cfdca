import type { HiddenBounds, SmallRange } from './cellKnowledge';
import { canMove, cellKind, circulationSign, hiddenBounds } from './cellKnowledge';
import type { GridCell } from './countTable';

/**
 * The hidden cells of a table with margins as a graph: rows and columns are nodes, each hidden
 * cell an edge between its row and its column. Every way the hidden values could differ from the
 * truth while keeping all published totals is a circulation on this graph within the bounds the
 * reader knows ({@link hiddenBounds}); the bounds are whole numbers, so a hidden value can be
 * worked out exactly when no unit circulation through its edge exists (either way). That is a
 * path search, the exact test of "no value recoverable" from rows, columns and bounds together.
 */
export class HiddenCellGraph {
  readonly rowCount: number;
  readonly columnCount: number;
  private readonly values: readonly (readonly number[])[];
  private readonly range: SmallRange;
  private readonly hidden: boolean[][];

  constructor(values: readonly (readonly number[])[], hidden: boolean[][], range: SmallRange) {
    this.values = values;
    this.hidden = hidden;
    this.range = range;
    this.rowCount = values.length - 1;
    this.columnCount = (values[0]?.length ?? 1) - 1;
  }

  isHidden(cell: GridCell): boolean {
    return this.hidden[cell.row]?.[cell.column] === true;
  }

  hide(cell: GridCell): void {
    const row = this.hidden[cell.row];
    if (row) row[cell.column] = true;
  }

  value(cell: GridCell): number {
    return this.values[cell.row]?.[cell.column] ?? 0;
  }

  bounds(cell: GridCell): HiddenBounds {
    return hiddenBounds(this.value(cell), this.range);
  }

  /** Whether the cell, hidden, could move by `step` in the circulation form. */
  canStep(cell: GridCell, step: 1 | -1): boolean {
    const sign = circulationSign(cellKind(cell, this.rowCount, this.columnCount));
    return canMove(this.value(cell), this.bounds(cell), sign, step);
  }

  /** Whether the hidden value of `cell` could be worked out exactly by a reader. */
  isPinned(cell: GridCell): boolean {
    return this.moves(cell).every((move) => !move.cellAllows || !move.fromStart.has(move.end));
  }

  /**
   * The two ways of moving `cell` by one (+1, then −1, in the circulation form): the move starts
   * at one end of the cell's edge and must come back to the other through other hidden cells.
   */
  moves(cell: GridCell): CellMove[] {
    const rowNode = cell.row;
    const columnNode = this.columnNode(cell.column);
    const arcs = this.arcs(cell);
    const move = (step: 1 | -1, start: number, end: number): CellMove => ({
      cellAllows: this.canStep(cell, step),
      end,
      fromStart: reachable(arcs.forward, start),
      toEnd: reachable(arcs.backward, end),
    });
    return [move(1, columnNode, rowNode), move(-1, rowNode, columnNode)];
  }

  /** Graph node of a column: rows are nodes 0…rowCount, columns follow. */
  columnNode(column: number): number {
    return this.rowCount + 1 + column;
  }

  /** Residual arcs of the hidden cells other than `excluded`, forward and reversed. */
  private arcs(excluded: GridCell): { forward: Arcs; backward: Arcs } {
    const forward: Arcs = new Map();
    const backward: Arcs = new Map();
    const add = (from: number, to: number) => {
      pushArc(forward, from, to);
      pushArc(backward, to, from);
    };
    this.hidden.forEach((cells, row) =>
      cells.forEach((isHidden, column) => {
        if (!isHidden || (row === excluded.row && column === excluded.column)) return;
        const cell = { row, column };
        if (this.canStep(cell, 1)) add(row, this.columnNode(column));
        if (this.canStep(cell, -1)) add(this.columnNode(column), row);
      }),
    );
    return { forward, backward };
  }
}

/** One way of moving a hidden cell by one, and the nodes a closing path could use. */
export interface CellMove {
  /** The cell's own bounds allow the move. */
  cellAllows: boolean;
  end: number;
  /** Nodes reachable from the start of the move through other hidden cells. */
  fromStart: Set<number>;
  /** Nodes from which the end of the move can be reached. */
  toEnd: Set<number>;
}

type Arcs = Map<number, number[]>;

function pushArc(arcs: Arcs, from: number, to: number): void {
  const list = arcs.get(from);
  if (list) list.push(to);
  else arcs.set(from, [to]);
}

function reachable(arcs: ReadonlyMap<number, readonly number[]>, start: number): Set<number> {
  const seen = new Set([start]);
  const queue = [start];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    for (const next of arcs.get(node) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

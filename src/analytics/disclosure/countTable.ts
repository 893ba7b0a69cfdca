/**
 * A two-way table of counts for a board or public output (rows = areas, columns = categories),
 * and its "table with margins": the counts with each row's total as a last column, each column's
 * total as a last row and the grand total in the corner. Every row and column of the table with
 * margins is a sum someone could subtract from, which is what disclosure control must defend.
 */

/** Counts by area (rows) and category (columns). */
export interface CountTable {
  rowLabels: string[];
  columnLabels: string[];
  /** counts[row][column], whole numbers ≥ 0. */
  counts: number[][];
}

/** Position of a cell in the table with margins (row === rowCount: column totals, etc.). */
export interface GridCell {
  row: number;
  column: number;
}

/**
 * The table with margins, (rows + 1) × (columns + 1). Throws when the table is ragged or holds
 * anything but whole non-negative counts.
 */
export function tableWithMargins(table: CountTable): number[][] {
  const columnCount = table.columnLabels.length;
  if (table.counts.length !== table.rowLabels.length) {
    throw new Error(
      `${table.counts.length} rows of counts for ${table.rowLabels.length} row labels.`,
    );
  }
  table.counts.forEach((row, r) => {
    if (row.length !== columnCount) {
      throw new Error(
        `Row ${table.rowLabels[r] ?? r} has ${row.length} counts for ${columnCount} columns.`,
      );
    }
    for (const count of row) {
      if (!Number.isInteger(count) || count < 0) {
        throw new Error(`Counts must be whole numbers of at least 0; found ${count}.`);
      }
    }
  });
  const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);
  const body = table.counts.map((row) => [...row, sum(row)]);
  const totalsRow = Array.from({ length: columnCount + 1 }, (_, c) =>
    sum(body.map((row) => row[c] ?? 0)),
  );
  return [...body, totalsRow];
}

/** Every line (row or column) of a (rows × columns) grid, as lists of cells. */
export function gridLines(rowCount: number, columnCount: number): GridCell[][] {
  const rows = Array.from({ length: rowCount }, (_, row) =>
    Array.from({ length: columnCount }, (_, column) => ({ row, column })),
  );
  const columns = Array.from({ length: columnCount }, (_, column) =>
    Array.from({ length: rowCount }, (_, row) => ({ row, column })),
  );
  return [...rows, ...columns];
}

import type { CountTable } from '../analytics/disclosure/countTable';
import type {
  DisclosedTable,
  DisclosureOptions,
  LinkedHiddenCell,
} from '../analytics/disclosure/disclosureControl';
import { applyDisclosureControl } from '../analytics/disclosure/disclosureControl';

/**
 * A table of one category's parts (sub-categories or crime types) by area: its row totals are
 * the main table's column `parentColumn`, its grand total that column's total.
 */
export interface PartsTable {
  parentColumn: number;
  parentLabel: string;
  table: CountTable;
}

/**
 * Disclosure control over a main table and tables of its categories' parts, which share cells:
 * a figure hidden in one is hidden in the other, and each table is protected again until none
 * changes, so that no hidden value can be worked out from either table's totals. The parts
 * tables' rows must be the main table's rows, in the same order.
 */
export function disclosedLinkedTables(
  main: CountTable,
  parts: readonly PartsTable[],
  options: DisclosureOptions = {},
): { main: DisclosedTable; parts: DisclosedTable[] } {
  const rowCount = main.rowLabels.length;
  let intoMain: LinkedHiddenCell[] = [];
  for (;;) {
    const disclosedMain = applyDisclosureControl(main, options, intoMain);
    const disclosedParts = parts.map((p) => {
      const width = p.table.columnLabels.length;
      const shared: LinkedHiddenCell[] = [];
      [
        ...disclosedMain.cells.map((row) => row[p.parentColumn]),
        disclosedMain.columnTotals[p.parentColumn],
      ].forEach((cell, row) => {
        if (cell && !cell.shown)
          shared.push({
            cell: { row, column: width },
            protects: cell.reason === 'protectsSmallCount' ? cell.protects : null,
          });
      });
      return applyDisclosureControl(p.table, options, shared, p.parentLabel);
    });
    const next: LinkedHiddenCell[] = [...intoMain];
    disclosedParts.forEach((table, i) => {
      const column = parts[i]?.parentColumn ?? 0;
      [...table.rowTotals, table.grandTotal].forEach((cell, row) => {
        const already =
          row < rowCount ? disclosedMain.cells[row]?.[column] : disclosedMain.columnTotals[column];
        if (cell.shown || !already?.shown) return;
        next.push({
          cell: { row, column },
          protects: cell.reason === 'protectsSmallCount' ? cell.protects : null,
        });
      });
    });
    if (next.length === intoMain.length) return { main: disclosedMain, parts: disclosedParts };
    intoMain = next;
  }
}

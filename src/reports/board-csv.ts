import { csvText } from '../ingest/local/cell-safety';
import type { DisclosedTable, DisclosureCell } from '../analytics/disclosure/disclosureControl';
import {
  describeCellName,
  displayCell,
  hiddenReason,
} from '../analytics/disclosure/disclosureControl';

/** Label of the totals row and column in exported tables. */
export const TOTAL_LABEL = 'Total';

/** A hidden figure of a published table: where it is and why it is hidden. */
export interface HiddenFigure {
  name: string;
  small: boolean;
  reason: string;
}

/** Every hidden figure of a table, counts first, then area totals, category totals, grand total. */
export function hiddenFigures(table: DisclosedTable): HiddenFigure[] {
  const figures: HiddenFigure[] = [];
  const add = (cell: DisclosureCell | undefined, area: string | null, category: string | null) => {
    const reason = cell ? hiddenReason(cell, table.largestHidden) : null;
    if (!cell || cell.shown || reason === null) return;
    figures.push({
      name: describeCellName({ area, category }),
      small: cell.reason === 'smallCount',
      reason,
    });
  };
  table.rowLabels.forEach((area, r) => {
    table.columnLabels.forEach((category, c) => add(table.cells[r]?.[c], area, category));
    add(table.rowTotals[r], area, table.totalLabel);
  });
  table.columnLabels.forEach((category, c) => add(table.columnTotals[c], null, category));
  add(table.grandTotal, null, table.totalLabel);
  return figures;
}

function tableLines(table: DisclosedTable, areaHeading: string): (string | number)[][] {
  const cell = (c: DisclosureCell | undefined): string | number =>
    !c ? '' : c.shown ? c.value : displayCell(c, table);
  return [
    [areaHeading, ...table.columnLabels, table.totalLabel ?? TOTAL_LABEL],
    ...table.rowLabels.map((label, r) => [
      label,
      ...(table.cells[r] ?? []).map(cell),
      cell(table.rowTotals[r]),
    ]),
    [TOTAL_LABEL, ...table.columnTotals.map(cell), cell(table.grandTotal)],
  ];
}

/**
 * The published (suppressed) area × category table as CSV: a header, one row per area, a totals
 * row; hidden values carry the table's markers. Takes only DisclosedTables, so unsuppressed
 * counts cannot reach the file. Further tables (e.g. a category's sub-categories) follow, each
 * after an empty line; then why each hidden figure is hidden, then the disclosure rule. `notes`
 * (e.g. the counting sources statement) come first, one cell per line, then a blank line.
 */
export function disclosedTableCsv(
  table: DisclosedTable,
  areaHeading = 'Area',
  more: readonly DisclosedTable[] = [],
  notes: readonly string[] = [],
): string {
  const tables = [table, ...more];
  const reasons = tables.flatMap(hiddenFigures).filter((f) => !f.small);
  const lines = [
    ...(notes.length > 0 ? [...notes.map((note) => [note]), []] : []),
    ...tables.flatMap((t, i) => [...(i > 0 ? [[]] : []), ...tableLines(t, areaHeading)]),
    [],
    ...(reasons.length > 0
      ? [['Hidden figure', 'Why'], ...reasons.map((f) => [f.name, f.reason]), []]
      : []),
    [table.notice],
  ];
  return csvText(lines);
}

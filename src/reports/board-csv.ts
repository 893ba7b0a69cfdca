import { csvText } from '../ingest/local/cell-safety';
import type { DisclosedTable, DisclosureCell } from '../analytics/disclosure/disclosureControl';

/** Label of the totals row and column in exported tables. */
export const TOTAL_LABEL = 'Total';

/**
 * The published (suppressed) area × category table as CSV: a header, one row per area, a totals
 * row; hidden values carry the table's marker. Takes only a DisclosedTable, so unsuppressed
 * counts cannot reach the file. The disclosure rule follows the table as a last, one-cell line;
 * `notes` (e.g. the counting sources statement) come first, one cell per line, then a blank line.
 */
export function disclosedTableCsv(
  table: DisclosedTable,
  areaHeading = 'Area',
  notes: readonly string[] = [],
): string {
  const cell = (c: DisclosureCell | undefined): string | number =>
    c?.shown ? c.value : table.marker;
  const lines = [
    ...(notes.length > 0 ? [...notes.map((note) => [note]), []] : []),
    [areaHeading, ...table.columnLabels, TOTAL_LABEL],
    ...table.rowLabels.map((label, r) => [
      label,
      ...(table.cells[r] ?? []).map(cell),
      cell(table.rowTotals[r]),
    ]),
    [TOTAL_LABEL, ...table.columnTotals.map(cell), cell(table.grandTotal)],
    [],
    [table.notice],
  ];
  return csvText(lines);
}

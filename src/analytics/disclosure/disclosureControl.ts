import { complementarySuppression } from './complementarySuppression';
import type { CountTable } from './countTable';
import { tableWithMargins } from './countTable';

/** A cell as published: its value, or hidden with the reason (for the analyst, not the page). */
export type DisclosureCell =
  { shown: true; value: number } | { shown: false; reason: 'smallCount' | 'protectsSmallCount' };

/** The table ready for a board or public page. */
export interface DisclosedTable {
  rowLabels: string[];
  columnLabels: string[];
  cells: DisclosureCell[][];
  rowTotals: DisclosureCell[];
  columnTotals: DisclosureCell[];
  grandTotal: DisclosureCell;
  /** How many cells, totals included, are hidden. */
  hiddenCount: number;
  /** Shown in place of every hidden value, whatever the reason. */
  marker: string;
  /** The rule to state on the page. */
  notice: string;
  /** Why a figure shows the marker, said the same of every hidden cell (its tooltip). */
  hiddenTitle: string;
}

/** Settings for {@link applyDisclosureControl}. */
export interface DisclosureOptions {
  /** Smallest count hidden as small; default 1 (zeros are shown). */
  smallestHidden?: number;
  /** Largest count hidden as small; default 4. */
  largestHidden?: number;
  /** Apply the small-count rule to row, column and grand totals too; default true. */
  hideSmallTotals?: boolean;
  /** Default '*'. */
  marker?: string;
}

/**
 * Disclosure control for a board view: hides counts from 1 to 4 (primary suppression), then
 * further cells so that none of them can be worked out from row, column or grand totals
 * (complementary suppression). Every hidden cell carries the same marker on the page, because
 * telling small counts from protective ones would narrow what they could be.
 */
export function applyDisclosureControl(
  table: CountTable,
  options: DisclosureOptions = {},
): DisclosedTable {
  const smallest = options.smallestHidden ?? 1;
  const largest = options.largestHidden ?? 4;
  const hideSmallTotals = options.hideSmallTotals ?? true;
  const marker = options.marker ?? '*';
  const values = tableWithMargins(table);
  const rowCount = table.rowLabels.length;
  const columnCount = table.columnLabels.length;

  const small = values.map((row, r) =>
    row.map((value, c) => {
      const isTotal = r === rowCount || c === columnCount;
      return (hideSmallTotals || !isTotal) && value >= smallest && value <= largest;
    }),
  );
  const hidden = complementarySuppression(values, small);
  const cell = (r: number, c: number): DisclosureCell => {
    if (hidden[r]?.[c] !== true) return { shown: true, value: values[r]?.[c] ?? 0 };
    return { shown: false, reason: small[r]?.[c] === true ? 'smallCount' : 'protectsSmallCount' };
  };
  const rows = Array.from({ length: rowCount }, (_, r) => r);
  const columns = Array.from({ length: columnCount }, (_, c) => c);
  return {
    rowLabels: [...table.rowLabels],
    columnLabels: [...table.columnLabels],
    cells: rows.map((r) => columns.map((c) => cell(r, c))),
    rowTotals: rows.map((r) => cell(r, columnCount)),
    columnTotals: columns.map((c) => cell(rowCount, c)),
    grandTotal: cell(rowCount, columnCount),
    hiddenCount: hidden.flat().filter(Boolean).length,
    marker,
    notice: disclosureNotice({ smallestHidden: smallest, largestHidden: largest, marker }),
    hiddenTitle: hiddenCellTitle({ smallestHidden: smallest, largestHidden: largest }),
  };
}

/**
 * The rule as stated on the page, e.g. "Counts from 1 to 4 are not shown (*), to protect the
 * people involved. Some other figures are also not shown (*) so that a hidden count cannot be
 * worked out from the totals. Totals include the hidden counts."
 */
export function disclosureNotice(options: DisclosureOptions = {}): string {
  const smallest = options.smallestHidden ?? 1;
  const largest = options.largestHidden ?? 4;
  const marker = options.marker ?? '*';
  const range = smallest === largest ? `of ${smallest}` : `from ${smallest} to ${largest}`;
  return (
    `Counts ${range} are not shown (${marker}), to protect the people involved. ` +
    `Some other figures are also not shown (${marker}) so that a hidden count cannot be worked ` +
    `out from the totals. Totals include the hidden counts.`
  );
}

/**
 * What a hidden cell's tooltip says: the same for a small count and for a figure protecting one,
 * since telling them apart would narrow what they could be.
 */
export function hiddenCellTitle(options: DisclosureOptions = {}): string {
  const smallest = options.smallestHidden ?? 1;
  const largest = options.largestHidden ?? 4;
  const range = smallest === largest ? `${smallest}` : `from ${smallest} to ${largest}`;
  return (
    `Not shown: either a count ${range}, hidden to protect the people involved, or a figure ` +
    `hidden so that such a count cannot be worked out from the totals.`
  );
}

/** The text for a cell on the page: the count with thousands separators, or the marker. */
export function displayCell(cell: DisclosureCell, marker: string): string {
  return cell.shown ? cell.value.toLocaleString('en-GB') : marker;
}

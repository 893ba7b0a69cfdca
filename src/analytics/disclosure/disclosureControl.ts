import { complementarySuppression } from './complementarySuppression';
import type { CountTable, GridCell } from './countTable';
import { tableWithMargins } from './countTable';

/** A cell named by its area and category; null stands for all areas, or all categories. */
export interface CellName {
  area: string | null;
  category: string | null;
}

/** A cell as published: its value, or hidden with the reason the page states. */
export type DisclosureCell =
  | { shown: true; value: number }
  | { shown: false; reason: 'smallCount' }
  | { shown: false; reason: 'protectsSmallCount'; protects: CellName | null };

/** The table ready for a board or public page. */
export interface DisclosedTable {
  rowLabels: string[];
  columnLabels: string[];
  /** What the row totals count (e.g. "Anti-social behaviour" in a table of its sub-categories). */
  totalLabel: string | null;
  cells: DisclosureCell[][];
  rowTotals: DisclosureCell[];
  columnTotals: DisclosureCell[];
  grandTotal: DisclosureCell;
  /** How many cells, totals included, are hidden. */
  hiddenCount: number;
  /** Shown in place of a value hidden to protect another. */
  marker: string;
  /** Shown in place of a small count, e.g. "<5". */
  smallMarker: string;
  /** The largest count hidden as small. */
  largestHidden: number;
  /** The rule to state on the page. */
  notice: string;
}

/** Settings for {@link applyDisclosureControl}. */
export interface DisclosureOptions {
  /** Smallest count hidden as small; default 1 (zeros are shown). */
  smallestHidden?: number;
  /** Largest count hidden as small; default 4. */
  largestHidden?: number;
  /** Default '*'. */
  marker?: string;
}

/** A cell hidden in a linked table that shares it (same value), and what it protects there. */
export interface LinkedHiddenCell {
  cell: GridCell;
  protects: CellName | null;
}

/**
 * Disclosure control for a board view: hides counts from 1 to 4 (primary suppression), totals
 * included, then further cells so that none of them can be worked out from row, column or grand
 * totals (complementary suppression), choosing area counts before area totals before headline
 * totals. Each hidden figure says why it is hidden; the protection holds against a reader who
 * knows it ({@link complementarySuppression}).
 *
 * @param linked cells hidden in a linked table (e.g. the table of a category's sub-categories,
 *   whose row totals are this table's column of that category); hidden here too.
 */
export function applyDisclosureControl(
  table: CountTable,
  options: DisclosureOptions = {},
  linked: readonly LinkedHiddenCell[] = [],
  totalLabel: string | null = null,
): DisclosedTable {
  const smallest = options.smallestHidden ?? 1;
  const largest = options.largestHidden ?? 4;
  const marker = options.marker ?? '*';
  const values = tableWithMargins(table);
  const rowCount = table.rowLabels.length;
  const columnCount = table.columnLabels.length;

  const small = values.map((row) => row.map((value) => value >= smallest && value <= largest));
  const fromLinked = new Map(linked.map((l) => [`${l.cell.row},${l.cell.column}`, l.protects]));
  const alreadyHidden = small.map((row, r) =>
    row.map((isSmall, c) => isSmall || fromLinked.has(`${r},${c}`)),
  );
  const { hidden, protects } = complementarySuppression(values, alreadyHidden, {
    smallest,
    largest,
  });
  const name = (at: GridCell): CellName => ({
    area: at.row < rowCount ? (table.rowLabels[at.row] ?? null) : null,
    category: at.column < columnCount ? (table.columnLabels[at.column] ?? null) : totalLabel,
  });
  const cell = (r: number, c: number): DisclosureCell => {
    if (hidden[r]?.[c] !== true) return { shown: true, value: values[r]?.[c] ?? 0 };
    if (small[r]?.[c] === true) return { shown: false, reason: 'smallCount' };
    const protectedCell = protects[r]?.[c];
    const key = protectedCell ? `${protectedCell.row},${protectedCell.column}` : `${r},${c}`;
    const protectsName = fromLinked.has(key)
      ? (fromLinked.get(key) ?? null)
      : protectedCell
        ? name(protectedCell)
        : null;
    return { shown: false, reason: 'protectsSmallCount', protects: protectsName };
  };
  const rows = Array.from({ length: rowCount }, (_, r) => r);
  const columns = Array.from({ length: columnCount }, (_, c) => c);
  return {
    rowLabels: [...table.rowLabels],
    columnLabels: [...table.columnLabels],
    totalLabel,
    cells: rows.map((r) => columns.map((c) => cell(r, c))),
    rowTotals: rows.map((r) => cell(r, columnCount)),
    columnTotals: columns.map((c) => cell(rowCount, c)),
    grandTotal: cell(rowCount, columnCount),
    hiddenCount: hidden.flat().filter(Boolean).length,
    marker,
    smallMarker: `<${largest + 1}`,
    largestHidden: largest,
    notice: disclosureNotice({ smallestHidden: smallest, largestHidden: largest, marker }),
  };
}

/**
 * The rule as stated on the page, e.g. "<5: counts from 1 to 4 are not shown, to protect the
 * people involved. *: not shown so that a hidden count cannot be worked out from the totals
 * (each says which). Totals include the hidden counts."
 */
export function disclosureNotice(options: DisclosureOptions = {}): string {
  const smallest = options.smallestHidden ?? 1;
  const largest = options.largestHidden ?? 4;
  const marker = options.marker ?? '*';
  const range = smallest === largest ? `of ${smallest}` : `from ${smallest} to ${largest}`;
  return (
    `<${largest + 1}: counts ${range} are not shown, to protect the people involved. ` +
    `${marker}: not shown so that a hidden count cannot be worked out from the totals (each ` +
    `says which). Totals include the hidden counts.`
  );
}

/** The markers a published table uses. */
export type TableMarkers = Pick<DisclosedTable, 'marker' | 'smallMarker'>;

/** The text for a cell on the page: the count with thousands separators, or its marker. */
export function displayCell(cell: DisclosureCell, markers: TableMarkers): string {
  if (cell.shown) return cell.value.toLocaleString('en-GB');
  return cell.reason === 'smallCount' ? markers.smallMarker : markers.marker;
}

/** "Public order in Area not recorded", "Hate incident for all areas". */
export function describeCellName(name: CellName): string {
  const category = name.category ?? 'All incidents';
  return name.area === null ? `${category} for all areas` : `${category} in ${name.area}`;
}

/**
 * Why a figure is hidden, in words for the page: "hidden: fewer than 5 incidents", or "hidden
 * so that the hidden figure for Public order in Area not recorded cannot be worked out".
 */
export function hiddenReason(cell: DisclosureCell, largestHidden: number): string | null {
  if (cell.shown) return null;
  if (cell.reason === 'smallCount') return `hidden: fewer than ${largestHidden + 1} incidents`;
  return cell.protects
    ? `hidden so that the hidden figure for ${describeCellName(cell.protects)} cannot be worked out`
    : 'hidden so that another hidden figure cannot be worked out';
}

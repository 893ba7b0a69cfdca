import { describe, expect, it } from 'vitest';
import type { DisclosedTable } from '../../../../src/analytics/disclosure/disclosureControl';
import {
  applyDisclosureControl,
  displayCell,
} from '../../../../src/analytics/disclosure/disclosureControl';
import type { CountTable } from '../../../../src/analytics/disclosure/countTable';
import {
  recoverByLinearAlgebra,
  recoverBySubtraction,
  seededRandom,
  withMargins,
} from './tableAttacks';

/** Which cells of the table with margins the published table hides. */
function hiddenGrid(published: DisclosedTable): boolean[][] {
  const body = published.cells.map((row, r) => [
    ...row.map((cell) => !cell.shown),
    !(published.rowTotals[r]?.shown ?? true),
  ]);
  return [...body, [...published.columnTotals.map((c) => !c.shown), !published.grandTotal.shown]];
}

function randomTable(random: () => number): CountTable {
  const rows = 1 + Math.floor(random() * 7);
  const columns = 1 + Math.floor(random() * 6);
  const count = (): number => {
    const kind = random();
    if (kind < 0.15) return 0;
    if (kind < 0.45) return 1 + Math.floor(random() * 4);
    return 5 + Math.floor(random() * (random() < 0.5 ? 20 : 400));
  };
  return {
    rowLabels: Array.from({ length: rows }, (_, r) => `Ward ${r + 1}`),
    columnLabels: Array.from({ length: columns }, (_, c) => `Category ${c + 1}`),
    counts: Array.from({ length: rows }, () => Array.from({ length: columns }, count)),
  };
}

describe('disclosure control for the board view', () => {
  const table: CountTable = {
    rowLabels: ['Ward A', 'Ward B', 'Ward C'],
    columnLabels: ['Personal', 'Nuisance', 'Environmental'],
    counts: [
      [3, 50, 40],
      [20, 60, 45],
      [25, 70, 55],
    ],
  };

  it('hides a count of 3 and, to protect it, the smallest cells completing a rectangle', () => {
    const published = applyDisclosureControl(table);
    expect(published.cells.map((row) => row.map((cell) => displayCell(cell, '*')))).toEqual([
      ['*', '50', '*'],
      ['*', '60', '*'],
      ['25', '70', '55'],
    ]);
    expect(published.cells[0]?.[0]).toEqual({ shown: false, reason: 'smallCount' });
    expect(published.cells[1]?.[0]).toEqual({ shown: false, reason: 'protectsSmallCount' });
    expect(published.grandTotal).toEqual({ shown: true, value: 368 });
    expect(published.hiddenCount).toBe(4);
  });

  it('states the rule on the page', () => {
    expect(applyDisclosureControl(table).notice).toBe(
      'Counts from 1 to 4 are not shown (*), to protect the people involved. Some other figures are also not shown (*) so that a hidden count cannot be worked out from the totals. Totals include the hidden counts.',
    );
  });

  it('shows a table without small counts untouched, zeros included', () => {
    const published = applyDisclosureControl({
      ...table,
      counts: [
        [0, 50, 40],
        [20, 60, 45],
        [25, 70, 55],
      ],
    });
    expect(published.hiddenCount).toBe(0);
  });

  it('the attacks used below do find values when only the small counts are hidden', () => {
    const values = withMargins(table.counts);
    const primaryOnly = values.map((row) => row.map((v) => v >= 1 && v <= 4));
    expect(recoverBySubtraction(values, primaryOnly)).toContainEqual({
      row: 0,
      column: 0,
      value: 3,
    });
    expect(recoverByLinearAlgebra(primaryOnly)).toContainEqual([0, 0]);
  });

  it('over 400 random tables, no hidden value can be recovered from row, column or grand totals', () => {
    const random = seededRandom(20250601);
    let tablesWithHiddenCells = 0;
    for (let trial = 0; trial < 400; trial++) {
      const source = randomTable(random);
      const published = applyDisclosureControl(source);
      const values = withMargins(source.counts);
      const hidden = hiddenGrid(published);
      const context = `table ${trial}: ${JSON.stringify(source.counts)}`;

      values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value >= 1 && value <= 4) expect(hidden[r]?.[c], context).toBe(true);
        }),
      );
      published.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.shown) expect(cell.value, context).toBe(source.counts[r]?.[c]);
        }),
      );
      if (published.hiddenCount > 0) tablesWithHiddenCells++;
      expect(recoverBySubtraction(values, hidden), context).toEqual([]);
      expect(recoverByLinearAlgebra(hidden), context).toEqual([]);
    }
    expect(tablesWithHiddenCells).toBeGreaterThan(300);
  });

  it('hides a small area total too, and protects it', () => {
    const published = applyDisclosureControl({
      rowLabels: ['Ward A', 'Ward B'],
      columnLabels: ['Personal', 'Nuisance'],
      counts: [
        [0, 3],
        [30, 40],
      ],
    });
    expect(published.rowTotals[0]).toEqual({ shown: false, reason: 'smallCount' });
    expect(published.cells[0]?.[1]).toEqual({ shown: false, reason: 'smallCount' });
  });

  it('protects with inner cells before any total, even when a total is the smallest choice', () => {
    // Hate incidents in one small ward: the borough's 9 is smaller than any other ward's cell
    // that could protect the 2, and before this rule it was the total that went.
    const published = applyDisclosureControl({
      rowLabels: ['Ward A', 'Ward B', 'Ward C'],
      columnLabels: ['Hate incident', 'ASB'],
      counts: [
        [2, 400],
        [3, 350],
        [4, 500],
      ],
    });
    expect(published.columnTotals[0]).toEqual({ shown: true, value: 9 });
    expect(published.grandTotal.shown).toBe(true);
    expect(published.rowTotals.every((t) => t.shown)).toBe(true);
    expect(published.hiddenCount).toBe(6);
  });
});

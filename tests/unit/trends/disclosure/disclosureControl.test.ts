import { describe, expect, it } from 'vitest';
import type { DisclosedTable } from '../../../../src/analytics/disclosure/disclosureControl';
import {
  applyDisclosureControl,
  displayCell,
  hiddenReason,
} from '../../../../src/analytics/disclosure/disclosureControl';
import type { CountTable } from '../../../../src/analytics/disclosure/countTable';
import {
  recoverByBounds,
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
    expect(published.cells.map((row) => row.map((cell) => displayCell(cell, published)))).toEqual([
      ['<5', '50', '*'],
      ['*', '60', '*'],
      ['25', '70', '55'],
    ]);
    expect(published.cells[0]?.[0]).toEqual({ shown: false, reason: 'smallCount' });
    expect(published.cells[1]?.[0]).toEqual({
      shown: false,
      reason: 'protectsSmallCount',
      protects: { area: 'Ward A', category: 'Personal' },
    });
    expect(published.grandTotal).toEqual({ shown: true, value: 368 });
    expect(published.hiddenCount).toBe(4);
  });

  it('states the rule on the page, and why each figure is hidden', () => {
    const published = applyDisclosureControl(table);
    expect(published.notice).toBe(
      '<5: counts from 1 to 4 are not shown, to protect the people involved. *: not shown so that a hidden count cannot be worked out from the totals (each says which). Totals include the hidden counts.',
    );
    expect(hiddenReason(published.cells[0]![0]!, published.largestHidden)).toBe(
      'hidden: fewer than 5 incidents',
    );
    expect(hiddenReason(published.cells[1]![2]!, published.largestHidden)).toBe(
      'hidden so that the hidden figure for Personal in Ward A cannot be worked out',
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
      expect(recoverByBounds(values, hidden), context).toEqual([]);
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
});

describe('what a reader who knows why figures are hidden can work out', () => {
  it('two hidden 4s summing to 8 give themselves away, though no total names either alone', () => {
    const values = withMargins([
      [4, 4, 30],
      [40, 50, 60],
    ]);
    const hidden = values.map((row, r) => row.map((_, c) => (r < 2 && c < 2) || false));
    // Rows and columns alone fix nothing (a rectangle of four hidden cells)…
    expect(recoverByLinearAlgebra(hidden)).toEqual([]);
    // …but the row's two hidden cells sum to 8 and neither can exceed 4.
    expect(recoverByBounds(values, hidden)).toContainEqual([0, 0]);
    const published = applyDisclosureControl({
      rowLabels: ['Ward A', 'Ward B'],
      columnLabels: ['Personal', 'Nuisance', 'Environmental'],
      counts: [
        [4, 4, 30],
        [40, 50, 60],
      ],
    });
    expect(recoverByBounds(values, hiddenGrid(published))).toEqual([]);
  });
});

describe('protecting figures are the ones that matter least', () => {
  /** The demo borough, January–December 2024: police.uk by district, local extracts with no area. */
  const demo2024: CountTable = {
    rowLabels: ['Demo Borough', 'Area not recorded'],
    columnLabels: [
      'ASB',
      'Cohesion',
      'Criminal damage and arson',
      'Hate incident',
      'Other crime',
      'Public order',
    ],
    counts: [
      [5865, 0, 1349, 0, 8228, 1303],
      [3099, 40, 451, 95, 234, 4],
    ],
  };

  it('the demo borough: the hate incident and cohesion headlines stay, area counts protect the 4', () => {
    const published = applyDisclosureControl(demo2024);
    expect(published.columnTotals.every((cell) => cell.shown)).toBe(true);
    expect(published.grandTotal.shown).toBe(true);
    expect(published.columnTotals[3]).toEqual({ shown: true, value: 95 });
    expect(published.cells[1]?.[5]).toEqual({ shown: false, reason: 'smallCount' });
    // Public order's column can only be closed in Demo Borough; the cheapest loop runs through
    // criminal damage (1,349 and 451), and each hidden figure says it protects the 4.
    const reasons = published.cells.flatMap((row) =>
      row.flatMap((cell) => (cell.shown ? [] : [hiddenReason(cell, 4)])),
    );
    expect(reasons.sort()).toEqual([
      'hidden so that the hidden figure for Public order in Area not recorded cannot be worked out',
      'hidden so that the hidden figure for Public order in Area not recorded cannot be worked out',
      'hidden so that the hidden figure for Public order in Area not recorded cannot be worked out',
      'hidden: fewer than 5 incidents',
    ]);
    const values = withMargins(demo2024.counts);
    expect(recoverByBounds(values, hiddenGrid(published))).toEqual([]);
    expect(recoverByLinearAlgebra(hiddenGrid(published))).toEqual([]);
  });

  it('a headline total is hidden only when no area count can close the loop', () => {
    // Ward B has nothing else to give: the only protection for Ward B's 3 in Personal is its total
    // and Ward A's — area totals before the Personal headline.
    const published = applyDisclosureControl({
      rowLabels: ['Ward A', 'Ward B'],
      columnLabels: ['Personal', 'Nuisance'],
      counts: [
        [20, 30],
        [3, 0],
      ],
    });
    expect(published.columnTotals.map((c) => c.shown)).toEqual([true, true]);
    expect(published.grandTotal.shown).toBe(true);
    expect(published.rowTotals.map((c) => c.shown)).toEqual([false, false]);
  });

  it('over 400 random tables, a headline is never hidden to protect when area cells were left that could', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 400; trial++) {
      const source = randomTable(random);
      const published = applyDisclosureControl(source);
      // A small headline needs a partner in the row of headlines: a headline.
      if (published.columnTotals.some((c) => !c.shown && c.reason === 'smallCount')) continue;
      published.columnTotals.forEach((cell, c) => {
        if (cell.shown || cell.reason !== 'protectsSmallCount') return;
        // The column's own area counts that are not small and not zero are all hidden already.
        const usable = source.counts.filter(
          (row, r) => (row[c] ?? 0) > 4 && published.cells[r]?.[c]?.shown,
        );
        expect(usable.length, JSON.stringify(source.counts)).toBeLessThanOrEqual(1);
      });
    }
  });
});

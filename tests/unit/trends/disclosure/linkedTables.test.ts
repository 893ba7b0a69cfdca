import { describe, expect, it } from 'vitest';
import type { DisclosedTable } from '../../../../src/analytics/disclosure/disclosureControl';
import { disclosedLinkedTables } from '../../../../src/reports/linked-disclosure';
import { recoverByBounds, seededRandom, withMargins } from './tableAttacks';

/** Hidden cells of a published table with margins. */
function hiddenGrid(t: DisclosedTable): boolean[][] {
  return [
    ...t.cells.map((row, r) => [...row.map((c) => !c.shown), !(t.rowTotals[r]?.shown ?? true)]),
    [...t.columnTotals.map((c) => !c.shown), !t.grandTotal.shown],
  ];
}

/**
 * Hidden values fixed by the equations of both tables together (rows, columns, and the
 * sub-categories summing to their category), found by Gaussian elimination over the hidden cells;
 * a cell shared by the two tables is one unknown.
 */
function recoverFromBoth(
  main: number[][],
  mainHidden: boolean[][],
  parts: number[][],
  partsHidden: boolean[][],
  column: number,
): string[] {
  const ids = new Map<string, number>();
  const id = (key: string) => ids.get(key) ?? (ids.set(key, ids.size), ids.size - 1);
  const mainKey = (r: number, c: number) => `main ${r},${c}`;
  const partsKey = (r: number, c: number, width: number) =>
    c === width ? mainKey(r, column) : `parts ${r},${c}`;
  const equations: Map<number, number>[] = [];
  const addLines = (
    values: number[][],
    hidden: boolean[][],
    key: (r: number, c: number) => string,
  ) => {
    const h = values.length;
    const w = values[0]?.length ?? 0;
    const line = (cells: [number, number, number][]) => {
      const eq = new Map<number, number>();
      for (const [r, c, sign] of cells) if (hidden[r]?.[c]) eq.set(id(key(r, c)), sign);
      if (eq.size > 0) equations.push(eq);
    };
    for (let r = 0; r < h; r++)
      line(Array.from({ length: w }, (_, c) => [r, c, c === w - 1 ? -1 : 1]));
    for (let c = 0; c < w; c++)
      line(Array.from({ length: h }, (_, r) => [r, c, r === h - 1 ? -1 : 1]));
  };
  addLines(main, mainHidden, mainKey);
  const width = (parts[0]?.length ?? 1) - 1;
  addLines(parts, partsHidden, (r, c) => partsKey(r, c, width));
  const n = ids.size;
  const rows = equations.map((eq) => Array.from({ length: n }, (_, i) => eq.get(i) ?? 0));
  const rank = (m: number[][]) => {
    const a = m.map((r) => [...r]);
    let rk = 0;
    for (let c = 0; c < n && rk < a.length; c++) {
      const p = a.findIndex((r, i) => i >= rk && Math.abs(r[c] ?? 0) > 1e-9);
      if (p < 0) continue;
      [a[rk], a[p]] = [a[p]!, a[rk]!];
      for (let i = 0; i < a.length; i++) {
        if (i === rk) continue;
        const f = (a[i]![c] ?? 0) / (a[rk]![c] ?? 1);
        if (f !== 0) for (let k = c; k < n; k++) a[i]![k] = (a[i]![k] ?? 0) - f * (a[rk]![k] ?? 0);
      }
      rk++;
    }
    return rk;
  };
  const base = rank(rows);
  return [...ids.entries()]
    .filter(
      ([, i]) => rank([...rows, Array.from({ length: n }, (_, j) => (j === i ? 1 : 0))]) === base,
    )
    .map(([key]) => key);
}

describe('a category and its sub-categories published side by side', () => {
  it('over 300 random boroughs, no hidden value follows from either table or from both together', () => {
    const random = seededRandom(1348);
    const count = () => {
      const kind = random();
      return kind < 0.15
        ? 0
        : kind < 0.4
          ? 1 + Math.floor(random() * 4)
          : 5 + Math.floor(random() * 300);
    };
    let protectedTables = 0;
    for (let trial = 0; trial < 300; trial++) {
      const areas = 2 + Math.floor(random() * 5);
      const parts = Array.from({ length: areas }, () => [count(), count(), count(), count()]);
      const main = parts.map((p) => [p.reduce((s, v) => s + v, 0), count(), count()]);
      const rowLabels = Array.from({ length: areas }, (_, i) => `Ward ${i + 1}`);
      const published = disclosedLinkedTables(
        { rowLabels, columnLabels: ['ASB', 'Public order', 'Hate crime'], counts: main },
        [
          {
            parentColumn: 0,
            parentLabel: 'ASB',
            table: {
              rowLabels,
              columnLabels: ['Personal', 'Nuisance', 'Environmental', 'Not split'],
              counts: parts,
            },
          },
        ],
      );
      const partsTable = published.parts[0] as DisclosedTable;
      const mainHidden = hiddenGrid(published.main);
      const partsHidden = hiddenGrid(partsTable);
      const context = JSON.stringify({ main, parts });
      // The shared cells (ASB by area and in total) are hidden in both or neither.
      mainHidden.forEach((row, r) => expect(row[0], context).toBe(partsHidden[r]?.[4]));
      expect(recoverByBounds(withMargins(main), mainHidden), context).toEqual([]);
      expect(recoverByBounds(withMargins(parts), partsHidden), context).toEqual([]);
      expect(
        recoverFromBoth(withMargins(main), mainHidden, withMargins(parts), partsHidden, 0),
        context,
      ).toEqual([]);
      if (partsTable.hiddenCount > 0) protectedTables++;
    }
    expect(protectedTables).toBeGreaterThan(200);
  });
});

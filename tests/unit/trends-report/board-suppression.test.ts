import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DisclosedTable,
  DisclosureCell,
} from '../../../src/analytics/disclosure/disclosureControl';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { loadFiles } from '../../../src/ingest/load-files';
import { disclosedTableCsv } from '../../../src/reports/board-csv';
import type { BoardOptions, BoardReport } from '../../../src/reports/board-report';
import { boardReport } from '../../../src/reports/board-report';
import { nodeInputs } from '../../../scripts/cli/node-inputs';
import { sharedData, sharedDataIfPresent } from '../../support/shared-data';
import { linearAlgebraAttack, readPublishedCsv, subtractionAttack } from './csv-attack';

const folder = sharedDataIfPresent('policeuk', 'derbyshire');
let db: DuckConnector;

beforeAll(async () => {
  if (!folder) return;
  db = await initialiseDatabase(await openNodeDuck());
  await loadFiles(db, nodeInputs([folder]));
}, 300_000);
afterAll(async () => {
  await db?.close();
});

/** Every number the board publishes outside the table. */
function numbersOutsideTable(report: BoardReport): number[] {
  return [
    ...report.headlines.flatMap((h) => [h.current, h.previous]),
    ...report.volumes.categories.flatMap((c) => c.values),
    ...report.largestChanges.flatMap((c) => [c.previous, c.current]),
  ].filter((v): v is number => v !== null);
}

const SMALL = (v: number) => v >= 1 && v <= 4;

describe('board disclosure control on the real Derbyshire data', () => {
  const cases: [string, BoardOptions][] = [
    [
      'LSOAs of Chesterfield, 12 months to June 2025',
      { areaLevel: 'lsoa', filter: { lsoaNamePrefix: 'Chesterfield ' } },
    ],
    [
      'LSOAs of Chesterfield, financial year to date',
      { areaLevel: 'lsoa', period: 'yearToDate', filter: { lsoaNamePrefix: 'Chesterfield ' } },
    ],
    ['districts, 12 months to June 2025', { areaLevel: 'district' }],
    [
      'LSOAs of Bolsover, one month window (April 2024)',
      {
        areaLevel: 'lsoa',
        reportingMonth: '2024-04',
        period: 'yearToDate',
        filter: { lsoaNamePrefix: 'Bolsover ' },
      },
    ],
  ];

  it.for(cases)(
    '%s: the CSV shows no count from 1 to 4 and no hidden value can be worked out',
    async ([, options], test) => {
      sharedData(test, 'policeuk', 'derbyshire');
      const report = await boardReport(db, { reportingMonth: '2025-06', ...options });
      const table = report.areaTable as DisclosedTable;
      expect(table.hiddenCount).toBeGreaterThan(0);
      const csv = disclosedTableCsv(table);
      const grid = readPublishedCsv(csv);
      expect(grid.rowLabels.length).toBeGreaterThan(3);

      const published = grid.values.flat().filter((v): v is number => v !== null);
      expect(published.filter(SMALL)).toEqual([]);
      expect(subtractionAttack(grid)).toEqual([]);
      expect(linearAlgebraAttack(grid)).toEqual([]);

      // The rule is stated with the table, and nothing else on the board gives a small count away.
      expect(csv).toContain('Counts from 1 to 4 are not shown');
      expect(numbersOutsideTable(report).filter(SMALL)).toEqual([]);
      // Headline figures are the table's published column totals, never a hidden one.
      const totals = grid.values.at(-1) ?? [];
      report.headlines.forEach((h, j) => expect(h.current).toBe(totals[j] ?? null));
    },
  );

  it('on the full LSOA table (1,800 rows) subtraction from totals recovers nothing', async (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    const report = await boardReport(db, { reportingMonth: '2025-06', areaLevel: 'lsoa' });
    const grid = readPublishedCsv(disclosedTableCsv(report.areaTable as DisclosedTable));
    expect(grid.rowLabels.length).toBeGreaterThan(1000);
    expect(
      grid.values
        .flat()
        .filter((v): v is number => v !== null)
        .filter(SMALL),
    ).toEqual([]);
    expect(subtractionAttack(grid)).toEqual([]);
  });
});

describe('the attacks themselves', () => {
  it('recover a value when only the small counts are hidden', () => {
    const counts = [
      [3, 10, 12],
      [8, 9, 20],
      [15, 2, 30],
    ];
    const withTotals = [...counts.map((r) => [...r, r[0]! + r[1]! + r[2]!]), [26, 21, 62, 109]];
    const cell = (v: number): DisclosureCell =>
      SMALL(v) ? { shown: false, reason: 'smallCount' } : { shown: true, value: v };
    const naive: DisclosedTable = {
      rowLabels: ['A', 'B', 'C'],
      columnLabels: ['x', 'y', 'z'],
      cells: withTotals.slice(0, 3).map((r) => r.slice(0, 3).map(cell)),
      rowTotals: withTotals.slice(0, 3).map((r) => cell(r[3]!)),
      columnTotals: withTotals[3]!.slice(0, 3).map(cell),
      grandTotal: cell(109),
      hiddenCount: 2,
      marker: '*',
      notice: 'primary suppression only',
      hiddenTitle: 'Not shown',
    };
    const grid = readPublishedCsv(disclosedTableCsv(naive));
    expect(subtractionAttack(grid)).toContainEqual({ row: 0, column: 0, value: 3 });
    expect(linearAlgebraAttack(grid)).toContainEqual({ row: 2, column: 1 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { countingSourcesReport } from '../../../src/reports/counting-sources-report';
import { datasetSummary } from '../../../src/reports/dataset-summary';
import type { IncidentFilter } from '../../../src/sql/filters';
import { whereRecorded } from '../../../src/sql/filters';
import {
  BUILD_INCIDENT_CUBE_SQL,
  CUBE_ROWS,
  cubeAnswers,
  INCIDENT_ROWS,
} from '../../../src/sql/incident-cube';
import { monthsWithDataSql } from '../../../src/sql/map-points';
import type { CountingPair } from '../../../src/sql/counting-sources';
import { countingPairsSql } from '../../../src/sql/counting-sources';
import { coverageOf, coveredMonthsSql } from '../../../src/sql/hotspots';
import { CATEGORIES } from '../../../src/sql/taxonomy';
import { loadDemoMonths } from '../../support/demo-months';

const MONTHS = ['2025-10', '2025-11', '2025-12'];
/** A local extract's rows: LSOA names of several districts, one that is no LSOA name, none. */
const LOCAL: [lsoaName: string | null, category: string, month: string, unlocated: boolean][] = [
  ['Chesterfield 001A', 'asb-nuisance', '2025-10', false],
  ['Chesterfield 012B', 'asb-personal', '2025-11', false],
  ['North East Derbyshire 003C', 'asb-nuisance', '2025-11', true],
  ['Derby Road estate', 'criminal-damage', '2025-12', false],
  ['Demo Borough 002B', 'asb-environmental', '2025-12', false],
  [null, 'asb-nuisance', '2025-12', true],
];
let db: DuckConnector;

beforeAll(async () => {
  db = await initialiseDatabase(await openNodeDuck());
  await loadDemoMonths(db, MONTHS);
  const values = LOCAL.flatMap(([lsoa, category, month, unlocated], k) =>
    Array.from(
      { length: 3 + k },
      (_, i) =>
        `('council', 'c|${k}|${i}', 'council.csv', ${k * 10 + i + 1}, DATE '${month}-01', '${category}',
          '${category}', ${lsoa === null ? 'NULL' : `'${lsoa}'`}, ${unlocated ? "'no coordinates'" : 'NULL'})`,
    ),
  );
  await db.exec(`INSERT INTO incidents (source, load_key, file_name, record, month, original_type,
  category, lsoa_name, unlocated_reason) VALUES ${values.join(',\n')}`);
  await db.exec(BUILD_INCIDENT_CUBE_SQL);
});
afterAll(async () => {
  await db?.close();
});

const FILTERS: IncidentFilter[] = [
  {},
  { categories: ['asb'] },
  { categories: ['asb-nuisance', 'criminal-damage-arson'], fromMonth: '2025-11' },
  { fromMonth: '2025-11', toMonth: '2025-11' },
  { lsoaNamePrefix: 'Demo Borough ' },
  { lsoaNamePrefix: 'Chesterfield ' },
  { lsoaNamePrefix: 'North East Derbyshire ', categories: ['asb'] },
  { lsoaNamePrefix: 'Derby ' },
  { sources: ['council'] },
  { sources: ['police.uk'], toMonth: '2025-10' },
  { countFrom: { asb: 'police.uk' } },
  { countFrom: { asb: 'council' }, lsoaNamePrefix: 'Chesterfield ' },
];

describe('the incident cube', () => {
  it('is far smaller than the incidents it counts, and counts every one of them', async () => {
    const [sizes] = await db.query<{ rows: number; cube: number; counted: number }>(
      `SELECT (SELECT count(*) FROM incidents)::INTEGER AS rows,
        (SELECT count(*) FROM incident_cube)::INTEGER AS cube,
        (SELECT sum(n) FROM incident_cube)::INTEGER AS counted`,
    );
    expect(sizes?.counted).toBe(sizes?.rows);
    expect(sizes?.cube).toBeLessThan((sizes?.rows ?? 0) / 10);
  });

  it('gives the summary, the months with data and the counting statement of every incident', async () => {
    for (const filter of FILTERS) {
      const label = JSON.stringify(filter);
      expect(cubeAnswers(filter), label).toBe(true);
      expect(await datasetSummary(db, filter, undefined, CUBE_ROWS), label).toEqual(
        await datasetSummary(db, filter, undefined, INCIDENT_ROWS),
      );
      expect(await countingSourcesReport(db, filter, CUBE_ROWS), label).toEqual(
        await countingSourcesReport(db, filter),
      );
      expect(await db.query(monthsWithDataSql(filter, CUBE_ROWS)), label).toEqual(
        await db.query(monthsWithDataSql(filter)),
      );
      const countingPairs = await db.query<CountingPair>(countingPairsSql(coverageOf(filter)));
      expect(
        await db.query(coveredMonthsSql(filter, { countingPairs, relation: CUBE_ROWS })),
        label,
      ).toEqual(await db.query(coveredMonthsSql(filter)));
    }
    const chesterfield = await datasetSummary(
      db,
      { lsoaNamePrefix: 'Chesterfield ' },
      undefined,
      CUBE_ROWS,
    );
    expect(chesterfield.totals.incidents).toBe(3 + 4);
  });

  it('narrows to a category with its sub-categories as the categories table lists them', async () => {
    const choices = [
      ...CATEGORIES.map((c) => [c.id]),
      ['asb', 'criminal-damage'],
      ['no-such-category'],
    ];
    for (const categories of choices) {
      const list = categories.map((c) => `'${c}'`).join(', ');
      const [reference] = await db.query<{ n: number }>(
        `SELECT count(*)::INTEGER AS n FROM incidents WHERE category IN (${list})
          OR category IN (SELECT id FROM categories WHERE parent IN (${list}))`,
      );
      const [counted] = await db.query<{ n: number }>(
        `SELECT count(*)::INTEGER AS n FROM incidents WHERE ${whereRecorded({ categories })}`,
      );
      expect(counted?.n, categories.join()).toBe(reference?.n);
    }
    const [asb] = await db.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM incidents WHERE ${whereRecorded({ categories: ['asb'] })}`,
    );
    expect(asb?.n).toBeGreaterThan(3 + 4 + 5 + 8);
  });

  it('is not used for a filter it cannot answer: LSOA codes, a box of the grid, any other prefix', () => {
    expect(cubeAnswers({ lsoaCodes: ['E01900001'] })).toBe(false);
    expect(cubeAnswers({ bbox: { minE: 0, minN: 0, maxE: 1, maxN: 1 } })).toBe(false);
    expect(cubeAnswers({ lsoaNamePrefix: 'Demo Borough 00' })).toBe(false);
  });
});

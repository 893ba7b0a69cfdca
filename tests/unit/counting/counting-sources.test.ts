import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { countingSourcesReport } from '../../../src/reports/counting-sources-report';
import { countingStatementText } from '../../../src/reports/counting-statement';
import { boardReport } from '../../../src/reports/board-report';
import { loadHotspotInput } from '../../../src/reports/hotspots-report';
import { trendsReport } from '../../../src/reports/trends-report';
import { coverageOf } from '../../../src/sql/hotspots';
import type { CountingPair } from '../../../src/sql/counting-sources';
import { countingPairsSql } from '../../../src/sql/counting-sources';
import type { IncidentFilter } from '../../../src/sql/filters';
import { whereIncidents } from '../../../src/sql/filters';
import { totalsSql, countsByMonthCategorySql } from '../../../src/sql/summary';

/**
 * Rows per (source, category, month). The same ASB is reported to police.uk, the council and
 * the police incident log; the fire service records arson and accidental fires ("other").
 */
const ROWS: [source: string, category: string, month: string, count: number][] = [
  ['police.uk', 'asb', '2025-01', 20],
  ['police.uk', 'asb', '2025-02', 22],
  ['police.uk', 'criminal-damage-arson', '2025-01', 9],
  ['police.uk', 'other-crime', '2025-01', 50],
  ['police.uk', 'public-order', '2025-01', 4],
  ['council', 'asb-personal', '2025-01', 3],
  ['council', 'asb-nuisance', '2025-01', 5],
  ['council', 'asb-nuisance', '2025-02', 4],
  ['police-log', 'asb-nuisance', '2025-01', 6],
  ['police-log', 'asb-personal', '2025-02', 1],
  ['fire', 'arson-secondary', '2025-01', 2],
  ['fire', 'other-crime', '2025-01', 7],
];

let db: DuckConnector;

beforeAll(async () => {
  db = await initialiseDatabase(await openNodeDuck());
  const values = ROWS.flatMap(([source, category, month, count]) =>
    Array.from(
      { length: count },
      (_, i) =>
        `('${source}', '${source}|${i}', '${source}.csv', ${i + 1}, DATE '${month}-01', '${category}', '${category}')`,
    ),
  );
  await db.exec(`INSERT INTO incidents (source, load_key, file_name, record, month, original_type, category)
VALUES ${values.join(',\n')}`);
});

afterAll(async () => {
  await db.close();
});

async function byCategory(filter: IncidentFilter): Promise<Record<string, number>> {
  const rows = await db.query<{ category: string; count: number }>(
    countsByMonthCategorySql(filter),
  );
  const totals: Record<string, number> = {};
  for (const r of rows) totals[r.category] = (totals[r.category] ?? 0) + r.count;
  return totals;
}

describe('counting source per category', () => {
  it('counts each category from one source by default: the local extract with most rows, police.uk for other crime', async () => {
    expect(await byCategory({})).toEqual({
      asb: 12, // council (12 rows) over the police log (7) and police.uk (42)
      'criminal-damage-arson': 2, // fire's arson: the only local extract recording it
      'other-crime': 50, // police.uk, not the fire service's accidental fires
      'public-order': 4, // only police.uk
    });
  });

  it('counts from the analyst’s choice, and falls back to the default for a source with none of it', async () => {
    expect(
      await byCategory({
        countFrom: {
          asb: 'police.uk',
          'criminal-damage-arson': 'police.uk',
          'public-order': 'fire',
        },
      }),
    ).toEqual({ asb: 42, 'criminal-damage-arson': 9, 'other-crime': 50, 'public-order': 4 });
    expect(await byCategory({ countFrom: { asb: 'police-log' } })).toMatchObject({ asb: 7 });
  });

  it('chooses among the sources a view is narrowed to', async () => {
    expect(await byCategory({ sources: ['police.uk', 'police-log'] })).toEqual({
      asb: 7,
      'criminal-damage-arson': 9,
      'other-crime': 50,
      'public-order': 4,
    });
    expect(
      await byCategory({ sources: ['police.uk'], countFrom: { asb: 'council' } }),
    ).toMatchObject({ asb: 42 });
  });

  it('keeps the choice whatever the month range, so a series never changes source', async () => {
    // February: police.uk 22 ASB, the council 4; the police log 1. The council still counts.
    expect(await byCategory({ fromMonth: '2025-02', toMonth: '2025-02' })).toEqual({ asb: 4 });
  });

  it('leaves every total to the one filter: a total is the sum of its counted categories', async () => {
    const [totals] = await db.query<{ total: number }>(totalsSql({}));
    expect(totals?.total).toBe(12 + 2 + 50 + 4);
    expect(whereIncidents({})).toContain('cs_choice');
  });

  it('counts the same with the choice written out as pairs as with the choice worked out in each statement', async () => {
    const filters: IncidentFilter[] = [
      {},
      { countFrom: { asb: 'police.uk', 'criminal-damage-arson': 'police.uk' } },
      { countFrom: { asb: 'police-log' }, fromMonth: '2025-02', toMonth: '2025-02' },
      { sources: ['police.uk', 'police-log'] },
      { sources: ['police.uk'], countFrom: { asb: 'council' }, categories: ['asb'] },
    ];
    for (const filter of filters) {
      const countingPairs = await db.query<CountingPair>(countingPairsSql(filter));
      expect(
        countingPairs.some((p) => p.counted),
        JSON.stringify(filter),
      ).toBe(true);
      expect(whereIncidents({ ...filter, countingPairs })).not.toContain('cs_choice');
      expect(await byCategory({ ...filter, countingPairs }), JSON.stringify(filter)).toEqual(
        await byCategory(filter),
      );
      expect(await countingSourcesReport(db, { ...filter, countingPairs })).toEqual(
        await countingSourcesReport(db, filter),
      );
      const counted = { ...filter, countingPairs };
      expect(await trendsReport(db, { filter: counted })).toEqual(
        await trendsReport(db, { filter }),
      );
      expect(await boardReport(db, { filter: counted })).toEqual(await boardReport(db, { filter }));
      const coverage = {
        countingPairs: await db.query<CountingPair>(countingPairsSql(coverageOf(filter))),
      };
      expect(await loadHotspotInput(db, counted, coverage)).toEqual(
        await loadHotspotInput(db, filter),
      );
    }
    const pairs = await db.query<CountingPair>(countingPairsSql({}));
    expect(pairs).toContainEqual({
      category: 'asb-nuisance',
      source: 'council',
      top: 'asb',
      n: 9,
      counted: true,
    });
    expect(pairs).toContainEqual({
      category: 'asb',
      source: 'police.uk',
      top: 'asb',
      n: 42,
      counted: false,
    });
    expect(await countingSourcesReport(db, { countingPairs: [] })).toEqual({
      categories: [],
      countFrom: {},
    });
    const oneSourceEach = pairs.filter((p) => p.counted);
    expect(whereIncidents({ countingPairs: oneSourceEach })).not.toMatch(/NOT|cs_choice/);
  });

  it('reports the counted source, the default and the other sources, within the view', async () => {
    const report = await countingSourcesReport(db, {
      fromMonth: '2025-01',
      toMonth: '2025-01',
      countFrom: { asb: 'police.uk' },
    });
    const asb = report.categories.find((c) => c.category === 'asb');
    expect(asb).toEqual({
      category: 'asb',
      label: 'Anti-social behaviour',
      counted: { source: 'police.uk', loadedRows: 42, count: 20 },
      reason: 'chosen',
      defaultSource: 'council',
      alsoRecorded: [
        { source: 'council', loadedRows: 12, count: 8 },
        { source: 'police-log', loadedRows: 7, count: 6 },
      ],
    });
    expect(report.categories.map((c) => [c.category, c.counted.source, c.reason])).toEqual([
      ['asb', 'police.uk', 'chosen'],
      ['criminal-damage-arson', 'fire', 'local-extract'],
      ['public-order', 'police.uk', 'only-source'],
      ['other-crime', 'police.uk', 'police-uk'],
    ]);
    expect(countingStatementText(report)).toBe(
      'Each category counted from one source, never summed across sources. ' +
        'Anti-social behaviour counted from police.uk (chosen): 20; also recorded: council 8, police-log 6. ' +
        'Criminal damage and arson counted from fire (default): 2; also recorded: police.uk 9. ' +
        'Other crime counted from police.uk (default): 50; also recorded: fire 7. ' +
        'Other categories: one source each.',
    );
  });
});

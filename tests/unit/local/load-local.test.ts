import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import type { CodeMapping } from '../../../src/ingest/local/code-mapping';
import { createColumnMapping } from '../../../src/ingest/local/column-mapping';
import type { ColumnMapping } from '../../../src/ingest/local/column-mapping';
import { loadLocalExtract } from '../../../src/ingest/local/load';
import { validationReportCsv } from '../../../src/ingest/local/validation-csv';
import { fixtureBytes, fixtureInput, freshDatabase } from './fixtures';

const COUNCIL_HEADER = [
  'Case Ref',
  'Date Reported',
  'Incident Type',
  'Easting',
  'Northing',
  'Address',
  'Ward',
  'Notes',
];
const councilColumns: ColumnMapping = createColumnMapping(COUNCIL_HEADER, {
  name: 'ECINS cases',
  source: 'Council ASB (ECINS)',
  columns: {
    reference: 'Case Ref',
    date: 'Date Reported',
    category: 'Incident Type',
    easting: 'Easting',
    northing: 'Northing',
    location: 'Address',
    ward: 'Ward',
  },
  dateFormat: 'auto',
});
/** The council's codes as the test states them (Pest control deliberately left out). */
const COUNCIL_CODES: Record<string, string> = {
  'ASB - Noise': 'asb-nuisance',
  'ASB - Harassment': 'asb-personal',
  'Neighbour dispute': 'asb-personal',
  'Fly tipping': 'asb-environmental',
  Graffiti: 'asb-environmental',
  'Dog fouling': 'asb-environmental',
  'Abandoned vehicle': 'asb-environmental',
  'Criminal damage': 'criminal-damage',
  'Community tension': 'cohesion',
};
const councilCodes: CodeMapping = {
  name: 'ECINS codes',
  source: 'Council ASB (ECINS)',
  codes: Object.fromEntries(
    Object.entries(COUNCIL_CODES).map(([code, category]) => [code, { category }]),
  ),
};

let db: DuckConnector;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.close();
});

async function countsByCategory(source: string): Promise<Record<string, number>> {
  const rows = await db.query<{ category: string; n: number }>(
    `SELECT category, count(*)::INTEGER AS n FROM incidents WHERE source = '${source}' GROUP BY 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.category, r.n]));
}

/** Counts the council fixture by category without the loader: papaparse, Date, a Set of refs. */
function independentCouncilCount(): Record<string, number> {
  const text = new TextDecoder('windows-1252').decode(fixtureBytes('council-asb-ecins.csv'));
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const seen = new Set<string>();
  const counts: Record<string, number> = {};
  for (const row of data) {
    const [d, m, y] = (row['Date Reported'] ?? '').split(' ')[0]!.split('/').map(Number) as [
      number,
      number,
      number,
    ];
    const date = new Date(Date.UTC(y, m - 1, d));
    const validDate = date.getUTCDate() === d && date.getUTCMonth() === m - 1;
    const category = COUNCIL_CODES[row['Incident Type'] ?? ''];
    const ref = row['Case Ref'] ?? '';
    if (!validDate || !category || seen.has(ref)) continue;
    seen.add(ref);
    counts[category] = (counts[category] ?? 0) + 1;
  }
  return counts;
}

describe('loading a council extract', () => {
  it('loads totals by NSIR category equal to an independent count of the fixture', async () => {
    const report = await loadLocalExtract(db, fixtureInput('council-asb-ecins.csv'), {
      columnMapping: councilColumns,
      codeMapping: councilCodes,
    });
    expect(report.error).toBeNull();
    expect(await countsByCategory('Council ASB (ECINS)')).toEqual(independentCouncilCount());
    expect(report).toMatchObject({
      rowsRead: 16,
      rowsLoaded: 11,
      rowsRejected: 5,
      rowsUnlocated: 3,
      months: ['2024-01', '2024-02', '2024-03'],
    });
  });

  it('lists every held-back row and every impossible coordinate with its line and reason', async () => {
    const report = await loadLocalExtract(db, fixtureInput('council-asb-ecins.csv'), {
      columnMapping: councilColumns,
      codeMapping: councilCodes,
    });
    const issues = report.local?.issues.map((i) => [i.line, i.kind, i.heldBack]);
    expect(issues).toEqual([
      [8, 'impossible-coordinates', false],
      [10, 'unparseable-date', true],
      [12, 'missing-category', true],
      [13, 'unmapped-code', true],
      [14, 'unmapped-code', true],
      [15, 'duplicate-reference', true],
      [16, 'impossible-coordinates', false],
    ]);
    expect(report.local?.unmappedCodes).toEqual([{ code: 'Pest control', count: 2 }]);
    expect(report.local?.issues.find((i) => i.line === 15)?.reason).toBe(
      'reference "ECN-1002" already on line 3 (that row is kept)',
    );
    expect(report.local?.encoding).toBe('windows-1252');
    expect(report.local?.dateFormat).toBe('day-first');
  });

  it('stores source, reference, month, timestamp, both coordinate systems and the ward', async () => {
    await loadLocalExtract(db, fixtureInput('council-asb-ecins.csv'), {
      columnMapping: councilColumns,
      codeMapping: councilCodes,
    });
    const [row] =
      await db.query(`SELECT source, load_key, ref, strftime(month, '%Y-%m-%d') AS month,
      strftime(occurred_at, '%Y-%m-%d %H:%M') AS occurred, round(easting) AS e, round(longitude, 2) AS lon,
      round(latitude, 2) AS lat, context, original_type, record FROM incidents WHERE ref = 'ECN-1002'`);
    expect(row).toEqual({
      source: 'Council ASB (ECINS)',
      load_key: 'Council ASB (ECINS)|ECN-1002',
      ref: 'ECN-1002',
      month: '2024-01-01',
      occurred: '2024-01-14 22:40',
      e: 435410,
      lon: -1.47,
      lat: 52.92,
      context: 'Ward: Abbey',
      original_type: 'ASB - Harassment',
      record: 2,
    });
  });

  it('loading the same file twice gives the same totals and says what it replaced', async () => {
    const options = { columnMapping: councilColumns, codeMapping: councilCodes };
    await loadLocalExtract(db, fixtureInput('council-asb-ecins.csv'), options);
    const before = await countsByCategory('Council ASB (ECINS)');
    const again = await loadLocalExtract(db, fixtureInput('council-asb-ecins.csv'), options);
    expect(again.rowsReplaced).toBe(11);
    expect(await countsByCategory('Council ASB (ECINS)')).toEqual(before);
  });

  it('a newer overlapping extract replaces the rows it repeats by reference', async () => {
    const options = { columnMapping: councilColumns, codeMapping: councilCodes };
    await loadLocalExtract(db, fixtureInput('council-asb-ecins.csv'), options);
    const newer = await loadLocalExtract(db, fixtureInput('council-asb-ecins-newer.csv'), options);
    expect(newer).toMatchObject({ rowsLoaded: 5, rowsReplaced: 3, months: ['2024-03', '2024-04'] });
    const [total] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM incidents`);
    expect(total?.n).toBe(11 - 3 + 5);
    const [recoded] = await db.query(
      `SELECT category, file_name FROM incidents WHERE ref = 'ECN-1015'`,
    );
    expect(recoded).toEqual({ category: 'asb-personal', file_name: 'council-asb-ecins-newer.csv' });
  });

  it('holds back every row when there is no code mapping yet, listing the codes with counts', async () => {
    const report = await loadLocalExtract(db, fixtureInput('council-asb-ecins.csv'), {
      columnMapping: councilColumns,
      codeMapping: null,
    });
    expect(report.rowsLoaded).toBe(0);
    expect(report.local?.unmappedCodes[0]).toEqual({ code: 'ASB - Noise', count: 3 });
    expect(report.local?.unmappedCodes.reduce((n, c) => n + c.count, 0)).toBe(14);
  });

  it('escapes formula-looking cells in the validation CSV', async () => {
    const header = ['Ref', 'Date', 'Type'];
    const columnMapping = createColumnMapping(header, {
      name: 'm',
      source: 'S',
      columns: { reference: 'Ref', date: 'Date', category: 'Type' },
      dateFormat: 'auto',
    });
    const input = (await import('./fixtures')).textInput(
      'f.csv',
      'Ref,Date,Type\n=HYPERLINK("x"),01/01/2024,=cmd|calc\n',
    );
    const report = await loadLocalExtract(db, input, {
      columnMapping,
      codeMapping: { name: 'c', source: 'S', codes: {} },
    });
    const csv = validationReportCsv(report);
    expect(csv).toContain(`unmapped code,summary,'=cmd|calc,1`);
    expect(csv).toContain(`"'=HYPERLINK(""x""),01/01/2024,=cmd|calc"`);
    expect(csv.split('\r\n')[0]).toBe('file,line,issue,outcome,reason,value');
  });
});

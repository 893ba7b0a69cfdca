import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { loadFiles } from '../../../src/ingest/load-files';
import { createColumnMapping } from '../../../src/ingest/local/column-mapping';
import type { ColumnMapping } from '../../../src/ingest/local/column-mapping';
import { loadLocalExtract } from '../../../src/ingest/local/load';
import { isLocalReport } from '../../../src/ingest/local/local-report';
import { localMappingsFile } from '../../../src/ingest/local/mappings-file';
import { previewLocalTable } from '../../../src/ingest/local/open-table';
import { proposeCodeMapping } from '../../../src/ingest/local/propose-codes';
import { proposeMapping } from '../../../src/ingest/local/propose-mapping';
import { fixtureInput, freshDatabase, textInput } from './fixtures';

let db: DuckConnector;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db.close();
});

/** The form's flow: preview → propose columns → propose codes from the category column → load. */
async function proposedLoad(name: string, source: string, sheet?: string) {
  const preview = await previewLocalTable(fixtureInput(name), { sheet });
  const proposal = proposeMapping(preview.header, preview.sampleRows);
  const columnMapping = createColumnMapping(preview.header, {
    name,
    source,
    columns: proposal.columns,
    dateFormat: 'auto',
    sheet,
  });
  const at = preview.header.indexOf(proposal.columns.category as string);
  const counts = new Map<string, number>();
  for (const row of preview.sampleRows)
    if (row[at]) counts.set(row[at] as string, (counts.get(row[at] as string) ?? 0) + 1);
  const codes = proposeCodeMapping(
    `${source} codes`,
    source,
    [...counts].map(([code, count]) => ({ code, count })),
  );
  const report = await loadLocalExtract(db, fixtureInput(name), {
    columnMapping,
    codeMapping: codes.mapping,
    sheet,
  });
  return { report, columnMapping, codeMapping: codes.mapping };
}

async function categories(source: string): Promise<Record<string, number>> {
  const rows = await db.query<{ category: string; n: number }>(
    `SELECT category, count(*)::INTEGER AS n FROM incidents WHERE source = '${source}' GROUP BY 1 ORDER BY 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.category, r.n]));
}

describe('each export shape loads with the proposed mappings', () => {
  it('fire: arson primary/secondary, accidental to other, swapped and 0,0 coordinates unlocated', async () => {
    const { report } = await proposedLoad('fire-incidents-irs.csv', 'Fire (IRS)');
    expect(report).toMatchObject({ rowsRead: 10, rowsLoaded: 8, rowsUnlocated: 2 });
    expect(report.local?.unmappedCodes).toEqual([
      { code: 'Fire alarm due to apparatus', count: 1 },
    ]);
    expect(await categories('Fire (IRS)')).toEqual({
      'arson-primary': 2,
      'arson-secondary': 4,
      'other-crime': 2,
    });
  });

  it('police incident log: grid references with and without letters, separate HHMM times, hate strands', async () => {
    const { report } = await proposedLoad('police-incident-log.csv', 'Police incidents (C&C)');
    expect(report).toMatchObject({ rowsLoaded: 9, rowsUnlocated: 2 });
    const rows = await db.query<{
      ref: string;
      e: number;
      n: number;
      t: string;
      context: string | null;
    }>(
      `SELECT ref, easting AS e, northing AS n, strftime(occurred_at, '%d %H:%M') AS t, context FROM incidents
       WHERE source = 'Police incidents (C&C)' ORDER BY record`,
    );
    expect(rows.slice(0, 4).map((r) => [r.e, r.n])).toEqual([
      [452123, 380456],
      [452123, 380456],
      [452150, 380410],
      [452100, 380400],
    ]);
    expect(rows[0]?.t).toBe('01 00:15');
    expect(rows[5]).toMatchObject({ t: '02 00:00', context: 'Hate strand: religion' });
    expect(report.local?.issues.map((i) => [i.line, i.kind])).toEqual([
      [7, 'unreadable-time'],
      [8, 'impossible-coordinates'],
    ]);
  });

  it('Excel: the first sheet by default, and a chosen sheet of Excel serial dates', async () => {
    const first = await proposedLoad('council-cases.xlsx', 'Housing (xlsx)');
    expect(first.report).toMatchObject({ rowsLoaded: 3, months: ['2024-01', '2024-02'] });
    expect(first.report.local?.sheet).toBe('Cases');
    const archive = await loadLocalExtract(db, fixtureInput('council-cases.xlsx'), {
      columnMapping: first.columnMapping,
      codeMapping: {
        ...first.codeMapping,
        codes: {
          ...first.codeMapping.codes,
          'ASB - Harassment': { category: 'asb-personal' },
          'Fly tipping': { category: 'asb-environmental' },
        },
      },
      sheet: 'Archive',
      dateFormatOverride: 'excel-serial',
    });
    expect(archive).toMatchObject({ rowsLoaded: 2, months: ['2023-11'] });
    const [row] = await db.query(
      `SELECT strftime(occurred_at, '%Y-%m-%d %H:%M') AS t FROM incidents WHERE ref = 'HX-0'`,
    );
    expect(row).toEqual({ t: '2023-11-16 18:00' });
  });

  it('a header-only file loads nothing and says why', async () => {
    const preview = await previewLocalTable(fixtureInput('header-only.csv'));
    const columnMapping = createColumnMapping(preview.header, {
      name: 'h',
      source: 'Header only',
      columns: { date: 'Date Reported', category: 'Incident Type' },
      dateFormat: 'auto',
    });
    const report = await loadLocalExtract(db, fixtureInput('header-only.csv'), {
      columnMapping,
      codeMapping: null,
    });
    expect(report).toMatchObject({ error: null, rowsRead: 0, rowsLoaded: 0 });
    expect(report.local?.notes).toContain(
      'header only: the file has no data rows, so nothing was loaded',
    );
  });

  it('a mapping whose columns are missing from the file is refused, naming them', async () => {
    const columnMapping = createColumnMapping(['X'], {
      name: 'wrong',
      source: 'S',
      columns: { date: 'When', category: 'What' },
      dateFormat: 'auto',
    });
    const report = await loadLocalExtract(db, fixtureInput('fire-incidents-irs.csv'), {
      columnMapping,
      codeMapping: null,
    });
    expect(report.error).toMatch(
      /column "When" \(date\) is not in the file; column "What" \(category\) is not in the file/,
    );
  });
});

describe('extracts without reference numbers', () => {
  const header = ['Date', 'Type'];
  const columnMapping: ColumnMapping = createColumnMapping(header, {
    name: 'n',
    source: 'Wardens',
    columns: { date: 'Date', category: 'Type' },
    dateFormat: 'auto',
  });
  const codeMapping = {
    name: 'w',
    source: 'Wardens',
    codes: { Litter: { category: 'asb-environmental' } },
  };

  it('replace earlier rows of the same source in the day range the new file covers', async () => {
    const jan =
      'Date,Type\n02/01/2024,Litter\n15/01/2024,Litter\n30/01/2024,Litter\n10/02/2024,Litter\n';
    const overlap =
      'Date,Type\n15/01/2024,Litter\n30/01/2024,Litter\n31/01/2024,Litter\n10/02/2024,Litter\n20/02/2024,Litter\n';
    await loadLocalExtract(db, textInput('w1.csv', jan), { columnMapping, codeMapping });
    const again = await loadLocalExtract(db, textInput('w1.csv', jan), {
      columnMapping,
      codeMapping,
    });
    expect(again.rowsReplaced).toBe(4);
    const newer = await loadLocalExtract(db, textInput('w2.csv', overlap), {
      columnMapping,
      codeMapping,
    });
    expect(newer.rowsReplaced).toBe(3);
    const [n] = await db.query<{ n: number; keys: number }>(
      `SELECT count(*)::INTEGER AS n, count(DISTINCT load_key)::INTEGER AS keys FROM incidents WHERE source = 'Wardens'`,
    );
    expect(n).toEqual({ n: 6, keys: 2 });
  });
});

describe('the batch loader', () => {
  it('sends police.uk files to the police.uk loader and local extracts to their saved mapping', async () => {
    const { columnMapping, codeMapping } = await proposedLoad(
      'fire-incidents-irs.csv',
      'Fire (batch)',
    );
    const police = textInput(
      '2024-01-derbyshire-street.csv',
      'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n' +
        ',2024-01,Derbyshire Constabulary,Derbyshire Constabulary,-1.47,52.92,On or near X,E01,Derby 1,Anti-social behaviour,,\n',
    );
    const batch = await loadFiles(
      db,
      [police, fixtureInput('fire-incidents-irs.csv'), fixtureInput('police-incident-log.csv')],
      undefined,
      undefined,
      {
        mappings: localMappingsFile([columnMapping], [codeMapping]),
      },
    );
    const [policeUk, fire, unknown] = batch.files;
    expect(policeUk).toMatchObject({ source: 'police.uk', rowsLoaded: 1 });
    expect(fire).toMatchObject({ source: 'Fire (batch)', rowsLoaded: 8, rowsReplaced: 8 });
    expect(fire && isLocalReport(fire)).toBe(true);
    expect(unknown?.error).toMatch(
      /needs a column mapping: not a police\.uk street-level file.*no saved column mapping matches its columns \(Log Number, Date, Time/,
    );
  });
});

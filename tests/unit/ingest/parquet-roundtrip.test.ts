import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckConnector, Row } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { bytesInput } from '../../../src/ingest/input-file';
import { loadFiles } from '../../../src/ingest/load-files';
import { incidentsParquet } from '../../../src/reports/incidents-parquet';
import { readMappingsFlag } from '../../../scripts/cli/local-mapping';
import { nodeInputs } from '../../../scripts/cli/node-inputs';
import { runCli } from '../../support/run-cli';
import { REPO_ROOT } from '../../support/shared-data';

const DEMO = join(REPO_ROOT, 'data/demo');
/** Every column but where the row came from (the Parquet file and its row, once reloaded). */
const CONTENT_SQL = `SELECT source, load_key, ref, month, occurred_at, force, longitude, latitude,
  easting, northing, unlocated_reason, location, lsoa_code, lsoa_name, original_type, category,
  outcome, context FROM incidents ORDER BY ALL`;

let original: DuckConnector;
let parquet: Uint8Array;

async function freshDb(): Promise<DuckConnector> {
  return initialiseDatabase(await openNodeDuck());
}

async function load(db: DuckConnector, name: string, bytes: Uint8Array) {
  const batch = await loadFiles(db, [bytesInput(name, bytes)]);
  const report = batch.files[0];
  if (!report) throw new Error(`nothing loaded from ${name}`);
  return report;
}

async function count(db: DuckConnector): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM incidents');
  return row?.n ?? -1;
}

beforeAll(async () => {
  if (!existsSync(join(DEMO, 'local/council-asb-cases.csv')))
    throw new Error(`${DEMO}/local is missing: run npm run demo-data first`);
  const out = mkdtempSync(join(tmpdir(), 'parquet-roundtrip-'));
  await runCli(['local-mapping', join(DEMO, 'local'), '--out', out]);
  const mappings = readMappingsFlag(join(out, 'mappings.json'));
  original = await freshDb();
  await loadFiles(
    original,
    nodeInputs([join(DEMO, 'policeuk'), join(DEMO, 'local')]),
    undefined,
    undefined,
    { mappings },
  );
  parquet = await incidentsParquet(original, { sources: ['demo'], writtenAt: new Date(0) });
}, 300_000);
afterAll(async () => {
  await original?.close();
});

describe('incidents Parquet: written from a workspace, loaded back as an input', () => {
  it('holds every incident and every column, police.uk and local extracts alike', async () => {
    const db = await freshDb();
    try {
      const report = await load(db, 'demo.parquet', parquet);
      const expected = await original.query<Row>(CONTENT_SQL);
      expect(report.error).toBeNull();
      expect(report.rowsRead).toBe(expected.length);
      expect(report.rowsLoaded).toBe(expected.length);
      expect(report.rowsRejected).toBe(0);
      expect(report.rowsUnaccounted).toBe(0);
      expect(await db.query<Row>(CONTENT_SQL)).toEqual(expected);
      const sources = await db.query<{ source: string }>(
        'SELECT DISTINCT source FROM incidents ORDER BY 1',
      );
      expect(sources.length).toBeGreaterThan(1);
      const [timed] = await db.query<{ n: number }>(
        'SELECT count(occurred_at)::INTEGER AS n FROM incidents',
      );
      expect(timed?.n).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  });

  it('never doubles a count: loaded twice, or over the files it was made from', async () => {
    const db = await freshDb();
    try {
      const total = await count(original);
      await load(db, 'demo.parquet', parquet);
      const again = await load(db, 'demo.parquet', parquet);
      expect(again.rowsReplaced).toBe(total);
      expect(await count(db)).toBe(total);
      const renamed = await load(db, 'copy of demo.parquet', parquet);
      expect(renamed.rowsReplaced).toBe(total);
      expect(await count(db)).toBe(total);
    } finally {
      await db.close();
    }
    const overCsv = await freshDb();
    try {
      await loadFiles(overCsv, nodeInputs([join(DEMO, 'policeuk')]));
      const police = await count(overCsv);
      const report = await load(overCsv, 'demo.parquet', parquet);
      expect(report.rowsReplaced).toBe(police);
      expect(await count(overCsv)).toBe(await count(original));
    } finally {
      await overCsv.close();
    }
  });

  it('lists the rows it cannot use with their row number and reason, and loads the rest', async () => {
    const db = await freshDb();
    try {
      const report = await load(db, 'hostile.parquet', hostileParquet());
      expect(report.error).toBeNull();
      expect(report.rowsRead).toBe(5);
      expect(report.rowsLoaded).toBe(1);
      expect(report.rowsUnaccounted).toBe(0);
      expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
        [2, 'row 2: month "2025-03-15" is not the first day of a month'],
        [3, 'row 3: category "made-up" is not in the taxonomy'],
        [4, 'row 4: no load_key'],
        [5, 'row 5: located, but without longitude, latitude, easting and northing'],
      ]);
      const [rejected] = await db.query<{ n: number }>(
        "SELECT count(*)::INTEGER AS n FROM rejected_rows WHERE file_name = 'hostile.parquet › police.uk'",
      );
      expect(rejected?.n).toBe(4);
    } finally {
      await db.close();
    }
  });

  it('refuses, with the reason, what is not an incidents Parquet file', async () => {
    const db = await freshDb();
    try {
      const truncated = await load(db, 'cut.parquet', parquet.subarray(0, 5000));
      expect(truncated.error).toMatch(/^cut\.parquet: could not be read: not a Parquet file/);
      const other = parquetWriteBuffer({
        columnData: [{ name: 'month', data: ['2025-01'], type: 'STRING' }],
      });
      const foreign = await load(db, 'other.parquet', new Uint8Array(other));
      expect(foreign.error).toMatch(
        /^other\.parquet: could not be read: not an incidents Parquet file: no column source, load_key/,
      );
      const newer = await load(db, 'newer.parquet', hostileParquet('2'));
      expect(newer.error).toMatch(/incidents format 2; this version of the app reads up to 1/);
      const notNumber = await load(db, 'text-easting.parquet', hostileParquet('1', 'abc'));
      expect(notNumber.error).toMatch(/column easting, row 1: "abc" is not a number/);
      expect(await count(db)).toBe(0);
    } finally {
      await db.close();
    }
  });
});

/** Five police.uk-like rows, four of them unusable in a different way. */
function hostileParquet(version = '1', firstEasting: string | null = null): Uint8Array {
  const text = (values: (string | null)[]) => ({ data: values, type: 'STRING' as const });
  const number = (values: (number | null)[]) => ({ data: values, type: 'DOUBLE' as const });
  const columns = {
    source: text(Array(5).fill('police.uk')),
    load_key: text(['demo|2025-03', 'demo|2025-03', 'demo|2025-03', null, 'demo|2025-03']),
    file_name: text(Array(5).fill('x.csv')),
    record: number([1, 2, 3, 4, 5]),
    ref: text(Array(5).fill(null)),
    month: text(['2025-03-01', '2025-03-15', '2025-03-01', '2025-03-01', '2025-03-01']),
    occurred_at: number(Array(5).fill(null)),
    force: text(Array(5).fill('Demo')),
    longitude: number([-1.4, -1.4, -1.4, -1.4, null]),
    latitude: number([52.9, 52.9, 52.9, 52.9, null]),
    easting:
      firstEasting === null
        ? number([436000, 436000, 436000, 436000, null])
        : text([firstEasting, '436000', '436000', '436000', null]),
    northing: number([335000, 335000, 335000, 335000, null]),
    unlocated_reason: text(Array(5).fill(null)),
    location: text(Array(5).fill('On or near X')),
    lsoa_code: text(Array(5).fill(null)),
    lsoa_name: text(Array(5).fill(null)),
    original_type: text(Array(5).fill('Anti-social behaviour')),
    category: text(['asb', 'asb', 'made-up', 'asb', 'asb']),
    outcome: text(Array(5).fill(null)),
    context: text(Array(5).fill(null)),
  };
  const buffer = parquetWriteBuffer({
    columnData: Object.entries(columns).map(([name, column]) => ({ name, ...column })),
    kvMetadata: [{ key: 'csp-incidents-format', value: version }],
  });
  return new Uint8Array(buffer);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { blobInput } from '../../../src/ingest/input-file';
import { loadFiles } from '../../../src/ingest/load-files';
import { streetSearchSql } from '../../../src/sql/street-search';
import { REPO_ROOT } from '../../support/shared-data';

const MONTHS = ['2025-10', '2025-11', '2025-12'];
const demoFile = (month: string) =>
  join(REPO_ROOT, 'data/demo/policeuk', month, `${month}-demo-street.csv`);
let db: DuckConnector;

beforeAll(async () => {
  db = await initialiseDatabase(await openNodeDuck());
  await loadFiles(
    db,
    MONTHS.map((m) => blobInput(`demo/${m}.csv`, new Blob([readFileSync(demoFile(m))]))),
  );
});
afterAll(async () => {
  await db?.close();
});

/** Rows of the demo files at "On or near <street>", counted from the CSV text itself. */
function rowsAt(street: string): number {
  let n = 0;
  for (const m of MONTHS) {
    const rows = Papa.parse<Record<string, string>>(readFileSync(demoFile(m), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    n += rows.filter((r) => r.Location === `On or near ${street}` && r.Longitude).length;
  }
  return n;
}

type Row = { street: string; count: number; point_count: number; points: string };

describe('searching the loaded data for a street by name', () => {
  it('finds every street containing the text, any case, with its incidents and map points', async () => {
    const rows = await db.query<Row>(streetSearchSql('market', {}));
    const place = rows.find((r) => r.street === 'Market Place');
    expect(place?.count).toBe(rowsAt('Market Place'));
    expect(rows.every((r) => /market/i.test(r.street))).toBe(true);
    const points = (place?.points ?? '').split(';').map((p) => p.split(' ').map(Number));
    expect(points).toHaveLength(place?.point_count ?? -1);
    // Inside the demo borough's extent, in BNG metres.
    for (const [e, n] of points) {
      expect(e).toBeGreaterThan(447000);
      expect(n).toBeLessThan(384000);
    }
  });

  it('takes % and _ in the text literally', async () => {
    expect(await db.query<Row>(streetSearchSql('Mar%et', {}))).toEqual([]);
    expect(await db.query<Row>(streetSearchSql('Market_Place', {}))).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { blobInput } from '../../../src/ingest/input-file';
import { loadFiles } from '../../../src/ingest/load-files';
import {
  loadDocuments,
  removeFile,
  replaceDocuments,
  saveDocument,
  workspaceContents,
} from '../../../src/reports/workspace';
import { REPO_ROOT } from '../../support/shared-data';

let db: DuckConnector;
const demoFile = (month: string) =>
  join(REPO_ROOT, 'data/demo/policeuk', month, `${month}-demo-street.csv`);

beforeAll(async () => {
  db = await initialiseDatabase(await openNodeDuck());
});
afterAll(async () => {
  await db?.close();
});

async function incidents(): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM incidents');
  return row?.n ?? -1;
}

describe('the workspace report', () => {
  it('lists each loaded file with its months and rows, and removes one file completely', async () => {
    const inputs = ['2023-01', '2023-02'].map((m) =>
      blobInput(`demo/${m}.csv`, new Blob([readFileSync(demoFile(m))])),
    );
    const batch = await loadFiles(db, inputs);
    const loaded = batch.files.reduce((n, f) => n + f.rowsLoaded, 0);
    expect(loaded).toBeGreaterThan(0);

    const { files } = await workspaceContents(db);
    expect(files.map((f) => [f.fileName, f.months, f.rowsNow === f.rowsLoaded])).toEqual([
      ['demo/2023-01.csv', ['2023-01'], true],
      ['demo/2023-02.csv', ['2023-02'], true],
    ]);
    expect(await incidents()).toBe(loaded);

    const first = files[0]?.rowsNow ?? 0;
    await removeFile(db, 'demo/2023-01.csv');
    expect(await incidents()).toBe(loaded - first);
    expect((await workspaceContents(db)).files.map((f) => f.fileName)).toEqual([
      'demo/2023-02.csv',
    ]);
    const [rejected] = await db.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM rejected_rows WHERE file_name = 'demo/2023-01.csv'`,
    );
    expect(rejected?.n).toBe(0);
  });

  it('keeps documents by kind and name, one population table at a time', async () => {
    await saveDocument(db, 'boundary', 'Wards', '{"type":"FeatureCollection","features":[]}');
    await saveDocument(db, 'boundary', 'Wards', '{"type":"FeatureCollection","features":[1]}');
    expect((await loadDocuments(db, 'boundary')).map((d) => d.body)).toEqual([
      '{"type":"FeatureCollection","features":[1]}',
    ]);
    await replaceDocuments(db, 'population', 'a.csv', 'code,name,population');
    await replaceDocuments(db, 'population', 'b.csv', 'code,name,population');
    expect((await loadDocuments(db, 'population')).map((d) => d.name)).toEqual(['b.csv']);
  });
});

import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { loadFiles } from '../../../src/ingest/load-files';
import { writePoliceUkRows } from '../../../scripts/bench/police-uk-rows';
import { pathInput } from '../../../scripts/cli/node-inputs';

const folder = mkdtempSync(join(tmpdir(), 'zip-large-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Zips one file on disk into another, streaming (nothing held whole). */
async function zipFile(source: string, entryName: string, target: string): Promise<void> {
  const out = createWriteStream(target);
  const zip = new Zip((error, data) => {
    if (error) throw error;
    out.write(data);
  });
  const entry = new ZipDeflate(entryName, { level: 1 });
  zip.add(entry);
  for await (const chunk of createReadStream(source)) entry.push(chunk as Uint8Array);
  entry.push(new Uint8Array(0), true);
  zip.end();
  out.end();
  await once(out, 'finish');
}

describe('a large police.uk zip', () => {
  it('loads all 1.4 million rows of a zipped street-level file', async () => {
    const csv = join(folder, 'rows.csv');
    const zip = join(folder, 'download.zip');
    await writePoliceUkRows(csv, 1_400_000);
    await zipFile(csv, '2024/2024-bench-street.csv', zip);
    const db = await initialiseDatabase(await openNodeDuck());
    const { files, skipped } = await loadFiles(db, [pathInput(zip, 'download.zip')]);
    expect(skipped).toEqual([]);
    expect(files[0]?.error).toBeNull();
    expect(files[0]?.rowsLoaded).toBe(1_400_000);
    expect(files[0]?.rowsRejected).toBe(0);
    expect(files[0]).toMatchObject({
      linesRead: 1_400_001,
      rowsRead: 1_400_000,
      rowsUnaccounted: 0,
    });
  }, 600_000);
});

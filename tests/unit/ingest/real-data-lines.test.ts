import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { loadFiles } from '../../../src/ingest/load-files';
import { pathInput } from '../../../scripts/cli/node-inputs';
import { sharedData } from '../../support/shared-data';

describe('the real Derbyshire files: every line accounted for', () => {
  it('reads as many rows as it loads and rejects, file by file', async (test) => {
    const folder = sharedData(test, 'policeuk', 'derbyshire');
    const inputs = readdirSync(folder).flatMap((month) =>
      readdirSync(join(folder, month))
        .filter((name) => name.endsWith('.csv'))
        .map((name) => pathInput(join(folder, month, name), `${month}/${name}`)),
    );
    const db = await initialiseDatabase(await openNodeDuck());
    const { files, skipped } = await loadFiles(db, inputs);
    expect(skipped).toEqual([]);
    expect(files.length).toBe(inputs.length);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      expect(file.error, file.fileName).toBeNull();
      expect(file.rowsUnaccounted, file.fileName).toBe(0);
      expect(file.rowsLoaded + file.rowsRejected, file.fileName).toBe(file.rowsRead);
      expect(file.linesRead, file.fileName).toBe(file.rowsRead + 1);
    }
  }, 300_000);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckConnector } from '../../src/db/connector';
import { blobInput } from '../../src/ingest/input-file';
import { loadFiles } from '../../src/ingest/load-files';
import { REPO_ROOT } from './shared-data';

/** Loads months of the repository's demo police.uk files (`npm run demo-data`) into `db`. */
export async function loadDemoMonths(db: DuckConnector, months: readonly string[]): Promise<void> {
  await loadFiles(
    db,
    months.map((m) =>
      blobInput(
        `demo/${m}.csv`,
        new Blob([readFileSync(join(REPO_ROOT, 'data/demo/policeuk', m, `${m}-demo-street.csv`))]),
      ),
    ),
  );
}

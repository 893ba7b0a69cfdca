import type { DuckConnector } from '../../src/db/connector';
import type { LoadBatchReport } from '../../src/ingest/load-files';
import { loadFiles } from '../../src/ingest/load-files';
import type { LocalMappingsFile } from '../../src/ingest/local/mappings-file';
import { DataProblem } from './command';
import { nodeInputs } from './node-inputs';

/**
 * Loads the command line's files, folders and zips. A file refused whole, or a batch that loaded
 * no rows, is listed in `problems` (exit code 1) while the report is still printed.
 */
export async function loadInputs(
  db: DuckConnector,
  paths: readonly string[],
  mappings: LocalMappingsFile | null = null,
): Promise<{ batch: LoadBatchReport; problems: string[] }> {
  const batch = await loadFiles(db, nodeInputs(paths), undefined, undefined, { mappings });
  const problems = batch.files.flatMap((f) => (f.error ? [f.error] : []));
  if (batch.files.every((f) => f.rowsLoaded === 0))
    problems.push(`no rows loaded from ${paths.join(', ')}`);
  return { batch, problems };
}

/**
 * Loads the inputs of a command that analyses them: with no rows loaded there is nothing to
 * analyse, and that is a DataProblem.
 */
export async function loadForAnalysis(
  db: DuckConnector,
  paths: readonly string[],
): Promise<{ batch: LoadBatchReport; problems: string[] }> {
  const loaded = await loadInputs(db, paths);
  if (loaded.batch.files.every((f) => f.rowsLoaded === 0))
    throw new DataProblem(loaded.problems.join('\n'));
  return loaded;
}

import type { DuckConnector } from '../../src/db/connector';
import type { LoadBatchReport } from '../../src/ingest/load-files';
import type { FileLoadReport } from '../../src/ingest/load-report';
import { loadFiles } from '../../src/ingest/load-files';
import type { LocalMappingsFile } from '../../src/ingest/local/mappings-file';
import { DataProblem } from './command';
import { nodeInputs } from './node-inputs';

/**
 * Loads the command line's files, folders and zips. A file refused whole, a zip or zip entry
 * refused (unreadable, repeated name, nested zip), rows rejected or unaccounted for, or a batch
 * that loaded no rows, is listed in `problems` (exit code 1) while the report is still printed.
 */
export async function loadInputs(
  db: DuckConnector,
  paths: readonly string[],
  mappings: LocalMappingsFile | null = null,
): Promise<{ batch: LoadBatchReport; problems: string[] }> {
  const batch = await loadFiles(db, nodeInputs(paths), undefined, undefined, { mappings });
  const problems = [
    ...batch.files.flatMap(fileProblems),
    ...batch.skipped.filter((s) => s.refused).map((s) => `${s.fileName}: ${s.reason}`),
  ];
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
  mappings: LocalMappingsFile | null = null,
): Promise<{ batch: LoadBatchReport; problems: string[] }> {
  const loaded = await loadInputs(db, paths, mappings);
  if (loaded.batch.files.every((f) => f.rowsLoaded === 0))
    throw new DataProblem(loaded.problems.join('\n'));
  return loaded;
}

/** What in one file's report makes the exit code 1: a refusal, rejected or unaccounted rows. */
function fileProblems(file: FileLoadReport): string[] {
  const problems = file.error ? [file.error] : [];
  const first = file.rejected[0];
  if (file.rowsRejected > 0) {
    const rows = `${file.rowsRejected} ${file.rowsRejected === 1 ? 'row' : 'rows'} rejected`;
    const example = first ? ` (first: line ${first.line}, ${first.reason})` : '';
    problems.push(`${file.fileName}: ${rows}${example}`);
  }
  if (file.rowsUnaccounted !== 0)
    problems.push(
      `${file.fileName}: ${file.rowsUnaccounted} rows neither loaded nor rejected (lines read ${file.linesRead})`,
    );
  return problems;
}

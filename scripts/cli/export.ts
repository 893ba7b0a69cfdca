import { writeFileSync } from 'node:fs';
import type { DuckConnector } from '../../src/db/connector';
import { incidentsParquet } from '../../src/reports/incidents-parquet';
import type { CliCommand, CommandResult } from './command';
import { UsageError } from './command';
import { readMappingsFlag } from './local-mapping';
import { loadForAnalysis } from './load-inputs';
import type { CliOptions } from './options';
import { MAPPING_FLAG } from './options';

export const exportCommand: CliCommand = {
  name: 'export',
  inputs: '<files, folders or zips…>',
  summary: 'the normalised incidents (British National Grid included) as one Parquet file',
  flags: [
    {
      name: 'parquet',
      value: 'FILE',
      description: 'the Parquet file to write (the app and every command load it as an input)',
    },
    MAPPING_FLAG,
  ],
  run: exportIncidents,
};

/**
 * `export <inputs…> --parquet FILE`: loads the inputs with every check of a load, then writes
 * the incidents they leave (re-downloads replaced, nothing doubled) as one Parquet file.
 */
async function exportIncidents(db: DuckConnector, options: CliOptions): Promise<CommandResult> {
  const path = options.flags.parquet;
  if (!path) throw new UsageError('export: --parquet FILE is required');
  const { batch, problems } = await loadForAnalysis(
    db,
    options.inputs,
    readMappingsFlag(options.flags.mapping),
  );
  const bytes = await incidentsParquet(db, {
    sources: batch.files.filter((f) => f.rowsLoaded > 0).map((f) => f.fileName),
    writtenAt: new Date(),
  });
  writeFileSync(path, bytes);
  const rows = batch.files.reduce((n, f) => n + f.rowsLoaded, 0);
  return {
    stdout: `${path}: ${rows} incidents from ${batch.files.length} files (${bytes.byteLength} bytes)`,
    problems,
  };
}

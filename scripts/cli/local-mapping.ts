import { readFileSync } from 'node:fs';
import type { CodeMapping } from '../../src/ingest/local/code-mapping';
import type { ColumnMapping } from '../../src/ingest/local/column-mapping';
import { createColumnMapping } from '../../src/ingest/local/column-mapping';
import { distinctValueCounts } from '../../src/ingest/local/column-values';
import type { LocalMappingsFile } from '../../src/ingest/local/mappings-file';
import {
  localMappingsFile,
  mappingsToJson,
  parseMappingsJson,
} from '../../src/ingest/local/mappings-file';
import { openLocalTable, previewLocalTable } from '../../src/ingest/local/open-table';
import { proposeCodeMapping } from '../../src/ingest/local/propose-codes';
import { proposeMapping } from '../../src/ingest/local/propose-mapping';
import type { CliCommand, CommandResult } from './command';
import { DataProblem } from './command';
import { nodeInputs } from './node-inputs';
import type { CliOptions } from './options';
import { OUT_FLAG } from './options';

export const localMapping: CliCommand = {
  name: 'local-mapping',
  inputs: '<local extracts…>',
  summary: 'propose column and code mappings for summary --mapping (stdout, or mappings.json)',
  flags: [OUT_FLAG],
  run: localMappingCommand,
};

/**
 * Reads the `--mapping <file>` JSON (column and code mappings), or null when not given. A file
 * that cannot be read or parsed is a DataProblem.
 */
export function readMappingsFlag(path: string | undefined): LocalMappingsFile | null {
  if (path === undefined) return null;
  try {
    return parseMappingsJson(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DataProblem(
      `--mapping ${path}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/**
 * Proposes a mappings file for local extracts: per file, the column roles guessed from the header
 * and sample rows and a code mapping proposed from every code in the category column. Codes no
 * rule recognised are listed under `proposalNotes` to be mapped by hand before loading.
 */
export async function proposeMappingsFile(
  paths: readonly string[],
): Promise<LocalMappingsFile & { proposalNotes: unknown[] }> {
  const columnMappings: ColumnMapping[] = [];
  const codeMappings: CodeMapping[] = [];
  const proposalNotes: unknown[] = [];
  for (const input of nodeInputs(paths)) {
    const preview = await previewLocalTable(input);
    const proposal = proposeMapping(preview.header, preview.sampleRows);
    const source = input.name.replace(/\.[^.]+$/, '');
    columnMappings.push(
      createColumnMapping(preview.header, {
        name: source,
        source,
        columns: proposal.columns,
        dateFormat: 'auto',
      }),
    );
    const category = proposal.columns.category;
    const codes = category
      ? proposeCodeMapping(
          `${source} codes`,
          source,
          (await distinctValueCounts(await openLocalTable(input), category)).values,
        )
      : null;
    if (codes) codeMappings.push(codes.mapping);
    proposalNotes.push({
      file: input.name,
      roles: proposal.roles,
      missingRoles: proposal.missing,
      dateFormat: proposal.dateFormat,
      unmappedCodes: codes?.unmapped ?? [],
    });
  }
  return { ...localMappingsFile(columnMappings, codeMappings), proposalNotes };
}

/** The proposed mappings JSON on stdout, or as `mappings.json` in `--out DIR`. No database. */
async function localMappingCommand(_db: unknown, options: CliOptions): Promise<CommandResult> {
  const json = mappingsToJson(await proposeMappingsFile(options.inputs));
  if (options.flags.out === undefined) return { stdout: json.trimEnd() };
  return { stdout: '', files: [{ name: 'mappings.json', content: json }] };
}

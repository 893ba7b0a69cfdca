import type { DuckConnector } from '../../db/connector';
import type { InputFile } from '../input-file';
import { codeMappingFor } from './code-mapping';
import { findMappingForHeader } from './column-mapping';
import { loadLocalExtract } from './load';
import type { LocalTable } from './local-table';
import { LocalReadError } from './local-table';
import type { LocalFileLoadReport } from './local-report';
import { failedLocalReport } from './local-report';
import type { LocalMappingsFile } from './mappings-file';
import { openLocalTable } from './open-table';

/**
 * Loads a local extract with whichever saved column mapping matches its header (and that
 * mapping's code mapping). Without a match the report's error says the file needs a column
 * mapping, naming its columns. `why` is prepended (e.g. why it is not a police.uk file).
 */
export async function loadWithSavedMappings(
  db: DuckConnector,
  input: InputFile,
  mappings: LocalMappingsFile | null,
  why = '',
): Promise<LocalFileLoadReport> {
  let table: LocalTable;
  try {
    table = await openLocalTable(input);
  } catch (error) {
    if (error instanceof LocalReadError)
      return failedLocalReport(input.name, 'unknown', error.message);
    throw error;
  }
  let columnMapping = findMappingForHeader(mappings?.columnMappings ?? [], table.header);
  if (!columnMapping && table.format === 'xlsx' && mappings) {
    columnMapping = await matchOtherSheet(input, table, mappings);
  }
  if (!columnMapping) {
    const columns = table.header.slice(0, 15).join(', ') + (table.header.length > 15 ? ', …' : '');
    const firstSentence = why.split('. ')[0] ?? '';
    const prefix = firstSentence ? `${firstSentence}; ` : '';
    return failedLocalReport(
      input.name,
      'unknown',
      `${input.name}: needs a column mapping: ${prefix}no saved column mapping matches its columns (${columns})`,
    );
  }
  const codeMapping = codeMappingFor(mappings?.codeMappings ?? [], columnMapping);
  return loadLocalExtract(db, input, { columnMapping, codeMapping });
}

/** A workbook whose mapped sheet is not the first: try each other sheet's header. */
async function matchOtherSheet(input: InputFile, first: LocalTable, mappings: LocalMappingsFile) {
  for (const sheet of first.sheetNames.slice(1)) {
    const table = await openLocalTable(input, { sheet });
    const found = findMappingForHeader(mappings.columnMappings, table.header);
    if (found) return { ...found, sheet };
  }
  return null;
}

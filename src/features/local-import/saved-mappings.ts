import type { CodeMapping } from '../../ingest/local/code-mapping';
import type { ColumnMapping } from '../../ingest/local/column-mapping';
import type { LocalMappingsFile } from '../../ingest/local/mappings-file';
import {
  localMappingsFile,
  mappingsToJson,
  parseMappingsJson,
} from '../../ingest/local/mappings-file';

/** Where the browser keeps the analyst's mappings (localStorage: survives a reload). */
export const SAVED_MAPPINGS_KEY = 'csp-local-mappings';

/** The part of `Storage` the mappings need (a Map-backed fake in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const NO_MAPPINGS: LocalMappingsFile = localMappingsFile([], []);

/**
 * The saved mappings, or none. A stored value that no longer reads (hand-edited, older shape) is
 * reported rather than silently replaced, so the caller can tell the user.
 */
export function readSavedMappings(storage: KeyValueStorage): {
  mappings: LocalMappingsFile;
  problem: string | null;
} {
  const text = storage.getItem(SAVED_MAPPINGS_KEY);
  if (text === null) return { mappings: NO_MAPPINGS, problem: null };
  try {
    return { mappings: parseMappingsJson(text), problem: null };
  } catch (error) {
    return { mappings: NO_MAPPINGS, problem: `saved mappings could not be read: ${String(error)}` };
  }
}

export function writeSavedMappings(storage: KeyValueStorage, mappings: LocalMappingsFile): void {
  storage.setItem(SAVED_MAPPINGS_KEY, mappingsToJson(mappings));
}

function mergeByName<T extends { name: string }>(base: readonly T[], incoming: readonly T[]): T[] {
  const names = new Set(incoming.map((m) => m.name));
  return [...base.filter((m) => !names.has(m.name)), ...incoming];
}

/**
 * Adds mappings to the saved ones: a mapping with the same name replaces the old one, and the
 * newest comes last, so it is the one `findMappingForHeader` picks for a header.
 */
export function mergeMappings(
  base: LocalMappingsFile,
  incoming: LocalMappingsFile,
): LocalMappingsFile {
  return localMappingsFile(
    mergeByName(base.columnMappings, incoming.columnMappings),
    mergeByName(base.codeMappings, incoming.codeMappings),
  );
}

/** Saves one confirmed pair: the column mapping names its code mapping, so they travel together. */
export function withConfirmedMapping(
  base: LocalMappingsFile,
  columnMapping: ColumnMapping,
  codeMapping: CodeMapping,
): LocalMappingsFile {
  return mergeMappings(
    base,
    localMappingsFile([{ ...columnMapping, codeMapping: codeMapping.name }], [codeMapping]),
  );
}

import { useSyncExternalStore } from 'react';
import type { LocalMappingsFile } from '../../ingest/local/mappings-file';
import { parseMappingsJson } from '../../ingest/local/mappings-file';
import {
  mergeMappings,
  NO_MAPPINGS,
  readSavedMappings,
  writeSavedMappings,
} from './saved-mappings';

let current: { mappings: LocalMappingsFile; problem: string | null } | null = null;
const listeners = new Set<() => void>();

function snapshot(): { mappings: LocalMappingsFile; problem: string | null } {
  current ??=
    typeof localStorage === 'undefined'
      ? { mappings: NO_MAPPINGS, problem: null }
      : readSavedMappings(localStorage);
  return current;
}

/** The mappings saved in this browser (read once, then kept in step with every save). */
export function savedMappings(): LocalMappingsFile {
  return snapshot().mappings;
}

/** Replaces the saved mappings and tells every subscriber. */
export function storeMappings(mappings: LocalMappingsFile): void {
  writeSavedMappings(localStorage, mappings);
  current = { mappings, problem: null };
  for (const listener of listeners) listener();
}

/** Adds the mappings of a JSON file (from a colleague) to the saved ones; throws listing problems. */
export function importMappingsJson(text: string): LocalMappingsFile {
  const incoming = parseMappingsJson(text);
  storeMappings(mergeMappings(savedMappings(), incoming));
  return incoming;
}

/** The saved mappings for a component, re-rendering when they change. */
export function useSavedMappings(): { mappings: LocalMappingsFile; problem: string | null } {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, snapshot);
}

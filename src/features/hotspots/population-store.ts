import { useSyncExternalStore } from 'react';
import type { DuckConnector } from '../../db/connector';
import type { PopulationTable } from '../../queries/hotspots';
import { parsePopulationCsv } from '../../reports/areas-report';
import { deleteDocuments, loadDocuments, replaceDocuments } from '../../reports/workspace';

let table: PopulationTable | null = null;
const listeners = new Set<() => void>();

function publish(next: PopulationTable | null): void {
  table = next;
  for (const listener of listeners) listener();
}

/** The population table for area rates, kept in the workspace. */
export function usePopulationTable(): PopulationTable | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => table,
  );
}

/** Reads and keeps a population CSV; throws with the reason when it cannot be read. */
export async function setPopulationCsv(db: DuckConnector, name: string, text: string) {
  const values = parsePopulationCsv(text);
  await replaceDocuments(db, 'population', name, text);
  publish({ name, values });
}

export async function clearPopulation(db: DuckConnector): Promise<void> {
  await deleteDocuments(db, 'population');
  publish(null);
}

export async function restorePopulation(db: DuckConnector): Promise<void> {
  const kept = (await loadDocuments(db, 'population')).at(-1);
  try {
    publish(kept ? { name: kept.name, values: parsePopulationCsv(kept.body) } : null);
  } catch {
    publish(null);
  }
}

export function forgetPopulation(): void {
  publish(null);
}

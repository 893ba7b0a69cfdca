import { useSyncExternalStore } from 'react';
import type { DuckConnector } from '../../db/connector';
import { deleteDocument, loadDocuments, saveDocument } from '../../reports/workspace';
import type { BoundaryLayer } from '../../reports/boundary-layer';

let layers: BoundaryLayer[] = [];
const listeners = new Set<() => void>();

function publish(next: BoundaryLayer[]): void {
  layers = next;
  for (const listener of listeners) listener();
}

/** The boundary layers in the workspace (kept in it, so they come back after a reload). */
export function useBoundaryLayers(): BoundaryLayer[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => layers,
  );
}

/** Reads the layers kept in the workspace; a damaged one is left out and named in the result. */
export async function restoreBoundaries(db: DuckConnector): Promise<string[]> {
  const damaged: string[] = [];
  const restored: BoundaryLayer[] = [];
  for (const doc of await loadDocuments(db, 'boundary')) {
    try {
      restored.push(JSON.parse(doc.body) as BoundaryLayer);
    } catch {
      damaged.push(doc.name);
    }
  }
  publish(restored);
  return damaged;
}

/** Adds layers to the workspace; a layer with the name of one already there replaces it. */
export async function addBoundaries(db: DuckConnector, added: BoundaryLayer[]): Promise<void> {
  for (const layer of added) await saveDocument(db, 'boundary', layer.name, JSON.stringify(layer));
  const names = new Set(added.map((l) => l.name));
  publish([...layers.filter((l) => !names.has(l.name)), ...added]);
}

export async function removeBoundary(db: DuckConnector, name: string): Promise<void> {
  await deleteDocument(db, 'boundary', name);
  publish(layers.filter((l) => l.name !== name));
}

/** Empties the store (the workspace behind it was cleared or is being reopened). */
export function forgetBoundaries(): void {
  publish([]);
}

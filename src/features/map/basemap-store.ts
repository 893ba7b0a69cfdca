import { useSyncExternalStore } from 'react';
import { forgetBasemapFile, keepBasemapFile, keptBasemapFile } from '../../db/basemap-file';
import type { PmtilesArchive } from '../../ingest/pmtiles/pmtiles-reader';
import { blobRanges, openPmtiles, vectorLayerNames } from '../../ingest/pmtiles/pmtiles-reader';

/** The vector basemap the analyst loaded from disk. */
export interface Basemap {
  name: string;
  bytes: number;
  archive: PmtilesArchive;
  sourceLayers: string[];
  /** Changes with every file, so the map never shows tiles of the previous one from its cache. */
  generation: number;
  /** True when kept in the workspace (survives a reload), false when only in this tab. */
  kept: boolean;
  attribution: string | null;
}

let current: Basemap | null = null;
let generation = 0;
const listeners = new Set<() => void>();

function publish(next: Basemap | null): void {
  current = next;
  for (const listener of listeners) listener();
}

export function currentBasemap(): Basemap | null {
  return current;
}

export function useBasemap(): Basemap | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

async function open(file: Blob, name: string, kept: boolean): Promise<Basemap> {
  const archive = await openPmtiles(blobRanges(file));
  if (archive.header.tileType !== 'mvt')
    throw new Error(
      `${name} holds ${archive.header.tileType} tiles; a vector (MVT) basemap is needed.`,
    );
  const attribution = archive.metadata.attribution;
  return {
    name,
    bytes: file.size,
    archive,
    sourceLayers: vectorLayerNames(archive.metadata),
    generation: ++generation,
    kept,
    attribution: typeof attribution === 'string' ? attribution : null,
  };
}

/** Opens a PMTiles file from disk, keeps it in the workspace and shows it; throws with the reason. */
export async function loadBasemap(file: File): Promise<Basemap> {
  await open(file, file.name, false);
  const kept = await keepBasemapFile(file, file.name);
  const stored = kept ? await keptBasemapFile() : null;
  const basemap = await open(stored?.file ?? file, file.name, kept);
  publish(basemap);
  return basemap;
}

/** Brings back the basemap kept in the workspace, if any. */
export async function restoreBasemap(): Promise<void> {
  const kept = await keptBasemapFile();
  try {
    publish(kept ? await open(kept.file, kept.name, true) : null);
  } catch {
    publish(null);
  }
}

export async function removeBasemap(): Promise<void> {
  await forgetBasemapFile();
  publish(null);
}

export function forgetBasemap(): void {
  publish(null);
}

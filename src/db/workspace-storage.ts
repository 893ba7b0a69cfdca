import type { DuckConnector } from './connector';
import { openBrowserDuck } from './browser';

/** The workspace database's name in the origin-private file system. */
const WORKSPACE_FILE = 'csp-workspace.db';

/** Where the workspace is kept, and why not in the browser's storage when it is not. */
export interface WorkspaceStorage {
  /** True when the database lives in the origin-private file system and survives a reload. */
  saved: boolean;
  /** Why the workspace is in memory only (no storage, refused, locked by another tab). */
  problem: string | null;
  /** True when the browser agreed not to evict the workspace under storage pressure. */
  persisted: boolean;
}

export interface OpenedWorkspace {
  db: DuckConnector;
  storage: WorkspaceStorage;
}

function opfsAvailable(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function';
}

/**
 * Opens the workspace in the origin-private file system; where that is missing, refused or held
 * by another tab, opens an in-memory database instead and says why.
 */
export async function openWorkspaceDuck(): Promise<OpenedWorkspace> {
  if (!opfsAvailable()) {
    return {
      db: await openBrowserDuck(),
      storage: {
        saved: false,
        persisted: false,
        problem:
          'This browser offers no private file storage here, so the workspace is kept in memory and is lost on reload.',
      },
    };
  }
  // Asked alongside the open, so a slow answer never delays the workspace.
  const persisting = navigator.storage.persist?.().catch(() => false) ?? Promise.resolve(false);
  try {
    const db = await openBrowserDuck(`opfs://${WORKSPACE_FILE}`);
    const persisted = await Promise.race([
      persisting,
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000)),
    ]);
    return { db, storage: { saved: true, persisted, problem: null } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      db: await openBrowserDuck(),
      storage: {
        saved: false,
        persisted: false,
        problem: `The saved workspace could not be opened (${reason}); it may be open in another tab, or the browser refused storage. This tab works in memory: what you load now is lost on reload.`,
      },
    };
  }
}

/** Every file the app keeps in the origin-private file system, with its size in bytes. */
export async function workspaceFiles(): Promise<{ name: string; bytes: number }[]> {
  if (!opfsAvailable()) return [];
  const root = await navigator.storage.getDirectory();
  const files: { name: string; bytes: number }[] = [];
  for await (const [name, handle] of root.entries()) {
    if (handle instanceof FileSystemFileHandle)
      files.push({ name, bytes: (await handle.getFile()).size });
    else files.push({ name: `${name}/`, bytes: 0 });
  }
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

/** Deletes everything the app keeps in the origin-private file system. Close the database first. */
export async function removeWorkspaceFiles(): Promise<void> {
  if (!opfsAvailable()) return;
  const root = await navigator.storage.getDirectory();
  const names: string[] = [];
  for await (const name of root.keys()) names.push(name);
  for (const name of names) await root.removeEntry(name, { recursive: true });
}

/** What the browser says this origin uses and may use, in bytes. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  const { usage, quota } = await navigator.storage.estimate();
  return usage === undefined || quota === undefined ? null : { usage, quota };
}

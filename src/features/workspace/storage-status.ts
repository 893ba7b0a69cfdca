import type { WorkspaceStorage } from '../../db/workspace-storage';

/** One sentence on where the workspace is kept, for the sidebar and the workspace view. */
export function storageStatus(storage: WorkspaceStorage | null): string {
  if (!storage) return 'Opening the workspace…';
  if (storage.problem) return storage.problem;
  return storage.persisted
    ? 'Kept in this browser’s private storage: it survives reloads and restarts until you remove it.'
    : 'Kept in this browser’s private storage: it survives reloads and restarts until you remove it (the browser may clear it if the disk runs very short).';
}

/** The sidebar's short form. */
export function storageStatusShort(storage: WorkspaceStorage | null): string {
  if (!storage) return 'Opening the workspace…';
  return storage.problem ?? 'Kept in this browser: it comes back after a reload.';
}

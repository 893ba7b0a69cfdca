const STORAGE_REFUSED = /quota|no space|disk is full|disk full|out of space|ENOSPC/i;

/**
 * The reason a file could not be loaded, in the user's terms: a browser that refuses more storage
 * is told apart from a file that cannot be read.
 */
export function loadFailureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (STORAGE_REFUSED.test(message))
    return `could not be saved: the browser refused more storage (${message}). Nothing from this file was kept; remove files in the Workspace tab or free disk space, then load it again`;
  return `could not be read: ${message}`;
}

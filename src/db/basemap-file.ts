/** The basemap archive and its original file name, kept beside the workspace database. */
const BASEMAP_FILE = 'csp-basemap.pmtiles';
const BASEMAP_NAME_FILE = 'csp-basemap-name.txt';

async function privateRoot(): Promise<FileSystemDirectoryHandle | null> {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.getDirectory !== 'function')
    return null;
  try {
    return await navigator.storage.getDirectory();
  } catch {
    return null;
  }
}

async function writeFile(root: FileSystemDirectoryHandle, name: string, data: Blob | string) {
  const handle = await root.getFileHandle(name, { create: true });
  const writable = await handle.createWritable();
  await writable.write(data);
  await writable.close();
}

/**
 * Keeps a basemap file in the origin-private file system with the workspace (copied, so the
 * analyst's original can move). False when this browser has no such storage or refused it: the
 * basemap then lasts only as long as the tab.
 */
export async function keepBasemapFile(file: Blob, name: string): Promise<boolean> {
  const root = await privateRoot();
  if (!root) return false;
  try {
    await writeFile(root, BASEMAP_FILE, file);
    await writeFile(root, BASEMAP_NAME_FILE, name);
    return true;
  } catch {
    await forgetBasemapFile();
    return false;
  }
}

/** The kept basemap, or null when there is none. */
export async function keptBasemapFile(): Promise<{ name: string; file: File } | null> {
  const root = await privateRoot();
  if (!root) return null;
  try {
    const file = await (await root.getFileHandle(BASEMAP_FILE)).getFile();
    const name = await (await (await root.getFileHandle(BASEMAP_NAME_FILE)).getFile()).text();
    return { name: name || BASEMAP_FILE, file };
  } catch {
    return null;
  }
}

/** Removes the kept basemap (nothing happens when there is none). */
export async function forgetBasemapFile(): Promise<void> {
  const root = await privateRoot();
  if (!root) return;
  for (const name of [BASEMAP_FILE, BASEMAP_NAME_FILE])
    await root.removeEntry(name).catch(() => undefined);
}

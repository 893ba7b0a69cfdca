/** Collects files from a drop, walking into dropped folders (Chromium's entry API). */
export async function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  const entries = Array.from(transfer.items)
    .map((item) => item.webkitGetAsEntry?.())
    .filter((e): e is FileSystemEntry => Boolean(e));
  if (entries.length === 0) return Array.from(transfer.files);
  const files: File[] = [];
  for (const entry of entries) files.push(...(await filesFromEntry(entry, '')));
  return files;
}

async function filesFromEntry(entry: FileSystemEntry, prefix: string): Promise<File[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    return [new File([file], prefix + file.name, { type: file.type })];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) break;
    children.push(...batch);
  }
  const files: File[] = [];
  for (const child of children)
    files.push(...(await filesFromEntry(child, `${prefix}${entry.name}/`)));
  return files;
}

/** Display name of a picked file: its path inside a picked folder, or its name. */
export function displayName(file: File): string {
  return file.webkitRelativePath || file.name;
}

export function isBoundaryFile(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.geojson') || lower.endsWith('.json');
}

import type { InputFile } from './input-file';
import { isZipName } from './input-file';
import { skipReasonForEntryName, skipReasonForName } from './skip-reasons';
import { listZipEntries, ZIP_ENTRY_LIMIT } from './zip-entries';
import type { ZipEntry } from './zip-entries';
import { zipEntryInput } from './zip-entry-input';

export interface SkippedInput {
  fileName: string;
  reason: string;
}

const STORED = 0;
const DEFLATED = 8;

/**
 * Turns what the user gave (CSVs, zips of CSVs) into the files to load, and lists every file or
 * zip entry passed over with its reason: each entry of a zip is either loaded or listed.
 */
export async function expandInputs(
  inputs: readonly InputFile[],
  zipEntryLimit: number = ZIP_ENTRY_LIMIT,
): Promise<{ files: InputFile[]; skipped: SkippedInput[] }> {
  const files: InputFile[] = [];
  const skipped: SkippedInput[] = [];
  for (const input of inputs) {
    if (!isZipName(input.name)) {
      const reason = skipReasonForName(input.name);
      if (reason) skipped.push({ fileName: input.name, reason });
      else files.push(input);
      continue;
    }
    let entries: ZipEntry[];
    try {
      entries = await listZipEntries(input.chunks());
    } catch (error) {
      skipped.push({
        fileName: input.name,
        reason: `not a readable zip archive (${String(error)})`,
      });
      continue;
    }
    if (entries.length === 0) skipped.push({ fileName: input.name, reason: 'an empty zip' });
    const firstWithName = new Map<string, boolean>();
    for (const entry of entries) {
      const name = `${input.name} › ${entry.name}`;
      const reason = entryReason(entry, firstWithName);
      if (reason) skipped.push({ fileName: name, reason });
      else files.push(zipEntryInput(input, entry, name, zipEntryLimit));
    }
  }
  return { files, skipped };
}

/** Why a zip entry is not loaded, remembering which names came before (and whether loaded). */
function entryReason(entry: ZipEntry, firstWithName: Map<string, boolean>): string | null {
  const earlierLoaded = firstWithName.get(entry.name);
  if (earlierLoaded !== undefined) {
    return `duplicate entry name: the first one was ${earlierLoaded ? 'loaded' : 'skipped'}`;
  }
  let reason = skipReasonForEntryName(entry.name);
  if (!reason && entry.compression !== STORED && entry.compression !== DEFLATED) {
    reason = `compressed with method ${entry.compression}, which cannot be read: re-zip it`;
  }
  firstWithName.set(entry.name, reason === null);
  return reason;
}

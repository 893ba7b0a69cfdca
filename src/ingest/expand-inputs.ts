import type { InputFile } from './input-file';
import { isZipName } from './input-file';
import { skipReasonForEntryName, skipReasonForName } from './skip-reasons';
import { listZipEntries, ZIP_ENTRY_LIMIT } from './zip-entries';
import type { ZipEntry } from './zip-entries';
import { zipEntryInput } from './zip-entry-input';

export interface SkippedInput {
  fileName: string;
  reason: string;
  /**
   * True when what was passed over may hold rows the user meant to load (an unreadable zip, a
   * repeated entry name, a zip inside a zip): a problem to act on, unlike an outcomes file.
   */
  refused?: boolean;
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
        reason: `not a readable zip archive: ${error instanceof Error ? error.message : String(error)}`,
        refused: true,
      });
      continue;
    }
    if (entries.length === 0) skipped.push({ fileName: input.name, reason: 'an empty zip' });
    const firstWithName = new Map<string, boolean>();
    for (const entry of entries) {
      const name = `${input.name} › ${entry.name}`;
      const skip = entryReason(entry, firstWithName);
      if (skip) skipped.push({ fileName: name, ...skip });
      else files.push(zipEntryInput(input, entry, name, zipEntryLimit));
    }
  }
  return { files, skipped };
}

/**
 * Why a zip entry is not loaded, remembering which names came before (and whether loaded). A
 * name passed over by design (an outcomes file…) keeps that reason however often it repeats.
 */
function entryReason(
  entry: ZipEntry,
  firstWithName: Map<string, boolean>,
): { reason: string; refused?: boolean } | null {
  const byName = skipReasonForEntryName(entry.name);
  if (byName) {
    firstWithName.set(entry.name, false);
    return { reason: byName, ...(isRefusal(entry.name) ? { refused: true } : {}) };
  }
  const earlierLoaded = firstWithName.get(entry.name);
  if (earlierLoaded !== undefined) {
    return {
      reason: `duplicate entry name: the first one was ${earlierLoaded ? 'loaded' : 'skipped'}`,
      refused: true,
    };
  }
  firstWithName.set(entry.name, true);
  if (entry.compression !== STORED && entry.compression !== DEFLATED) {
    firstWithName.set(entry.name, false);
    return {
      reason: `compressed with method ${entry.compression}, which cannot be read: re-zip it`,
      refused: true,
    };
  }
  return null;
}

/** A zip inside the zip may hold street files: not loading it is a problem, not a choice. */
function isRefusal(name: string): boolean {
  return /\.zip$/i.test(name) && skipReasonForName(name) === null;
}

import { Unzip, UnzipInflate } from 'fflate';
import type { UnzipFile } from 'fflate';

/** One entry of a zip as its local header gives it, nothing inflated. */
export interface ZipEntry {
  /** Position in the archive (0 = first): names may repeat, positions never do. */
  index: number;
  name: string;
  compression: number;
  /** The inflated size the header declares (absent for streamed archives; never trusted). */
  declaredSize: number | undefined;
}

/** Thrown when an entry inflates past the limit: the message names the entry and the limit. */
export class ZipEntryTooLarge extends Error {
  constructor(entryName: string, limit: number) {
    super(
      `${entryName} inflates to more than ${formatBytes(limit)}, the most read from one file ` +
        'in a zip: unzip it and load the CSV itself',
    );
    this.name = 'ZipEntryTooLarge';
  }
}

/** The most one zip entry may inflate to: well above a year of a large force (1.4M rows ≈ 300 MB). */
export const ZIP_ENTRY_LIMIT = 1024 * 1024 * 1024;

const SLICE = 16 * 1024;

function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`;
}

function newUnzip(onfile: (file: UnzipFile) => void): Unzip {
  const unzip = new Unzip(onfile);
  unzip.register(UnzipInflate);
  return unzip;
}

/** Feeds a stream of zip bytes to `unzip` in small slices, pausing after each. */
async function* feed(
  zip: AsyncIterable<Uint8Array>,
  unzip: Unzip,
): AsyncGenerator<void, void, undefined> {
  for await (const chunk of zip) {
    for (let at = 0; at < chunk.length; at += SLICE) {
      unzip.push(chunk.subarray(at, at + SLICE));
      yield;
    }
  }
  unzip.push(new Uint8Array(0), true);
  yield;
}

/** The end-of-central-directory record: 22 bytes, then a comment of up to 65,535. */
const EOCD_SIGNATURE = 0x06054b50;
const EOCD_BYTES = 22;
const TAIL_BYTES = EOCD_BYTES + 0xffff;

/** The entry count the archive's table of contents (end record) declares, or null without one. */
function declaredEntryCount(tail: Uint8Array): number | null {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let at = tail.length - EOCD_BYTES; at >= 0; at--) {
    if (view.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    if (at + EOCD_BYTES + view.getUint16(at + 20, true) !== tail.length) continue;
    return view.getUint16(at + 10, true);
  }
  return null;
}

/** Keeps the last `TAIL_BYTES` of a stream as it passes. */
async function* keepingTail(
  zip: AsyncIterable<Uint8Array>,
  tail: { bytes: Uint8Array },
): AsyncGenerator<Uint8Array> {
  for await (const chunk of zip) {
    const joined = new Uint8Array(tail.bytes.length + chunk.length);
    joined.set(tail.bytes);
    joined.set(chunk, tail.bytes.length);
    tail.bytes = joined.subarray(Math.max(0, joined.length - TAIL_BYTES));
    yield chunk;
  }
}

/**
 * Lists every entry of a zip in archive order, streaming, without inflating any. Throws when the
 * archive has no table of contents at its end, or one listing another number of entries: a zip
 * cut short (an interrupted download) is refused whole rather than read in part.
 */
export async function listZipEntries(zip: AsyncIterable<Uint8Array>): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  const unzip = newUnzip((file) => {
    entries.push({
      index: entries.length,
      name: file.name,
      compression: file.compression,
      declaredSize: file.originalSize,
    });
  });
  const tail = { bytes: new Uint8Array(0) };
  const steps = feed(keepingTail(zip, tail), unzip);
  while (!(await steps.next()).done);
  const declared = declaredEntryCount(tail.bytes);
  if (declared === null)
    throw new Error('it ends before its table of contents: it may be cut short, download it again');
  if (declared !== 0xffff && declared !== entries.length % 0x10000)
    throw new Error(
      `its table of contents lists ${declared} entries but ${entries.length} were found: it may be damaged, download it again`,
    );
  return entries;
}

/**
 * Inflates the entry at `index`, streaming: yields its bytes as they come and throws
 * `ZipEntryTooLarge` once they pass `limit`, whatever the header declared.
 */
export async function* inflateZipEntry(
  zip: AsyncIterable<Uint8Array>,
  index: number,
  displayName: string,
  limit: number = ZIP_ENTRY_LIMIT,
): AsyncGenerator<Uint8Array, void, undefined> {
  let seen = 0;
  let inflated = 0;
  let done = false;
  let failure: Error | null = null;
  const pending: Uint8Array[] = [];
  const unzip = newUnzip((file) => {
    if (seen++ !== index) return;
    file.ondata = (error, data, final) => {
      if (error) failure = error;
      else {
        const room = limit - inflated;
        inflated += data.byteLength;
        if (inflated > limit) {
          if (room > 0) pending.push(data.subarray(0, room));
          failure = new ZipEntryTooLarge(displayName, limit);
          file.terminate();
        } else if (data.byteLength > 0) pending.push(data);
      }
      if (final) done = true;
    };
    file.start();
  });
  const steps = feed(zip, unzip);
  try {
    while (!(await steps.next()).done) {
      while (pending.length > 0) yield pending.shift() as Uint8Array;
      if (failure) throw failure;
      if (done) return;
    }
    if (!done) throw new Error(`${displayName}: the zip ends before this entry does`);
  } finally {
    await steps.return();
  }
}

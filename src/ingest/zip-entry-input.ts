import type { InputFile } from './input-file';
import type { ZipEntry } from './zip-entries';
import { inflateZipEntry } from './zip-entries';

/**
 * One entry of a zip as an input, inflated from the zip each time it is read and never written
 * anywhere under its name. Reading past the inflated-size limit throws, naming the entry.
 */
export function zipEntryInput(
  zip: InputFile,
  entry: ZipEntry,
  name: string,
  limit: number,
): InputFile {
  const chunks = () => inflateZipEntry(zip.chunks(), entry.index, name, limit);
  return {
    name,
    size: entry.declaredSize ?? 0,
    async head(length) {
      const out = new Uint8Array(length);
      let filled = 0;
      for await (const chunk of chunks()) {
        const take = Math.min(chunk.length, length - filled);
        out.set(chunk.subarray(0, take), filled);
        filled += take;
        if (filled >= length) break;
      }
      return out.subarray(0, filled);
    },
    chunks,
    async register(db, sqlName) {
      const parts: Uint8Array[] = [];
      for await (const chunk of chunks()) parts.push(chunk);
      await db.registerBytes(sqlName, joinBytes(parts));
    },
  };
}

function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
